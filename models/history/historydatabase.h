#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// Owns one SQLite connection to the history file (WAL, foreign keys, synchronous=NORMAL) on the
// thread that opened it. Each store (compare runs, bench runs) keeps its own schema component and
// applies its numbered migrations through migrate(); versions live in table schema_version.
// Default file: ~/.local/share/tokscope/history.sqlite (AppDataDir); `--db PATH` or the settings can
// point elsewhere. ReadOnly never creates a file or a table: a missing file is an error (fileMissing()).
class HistoryDatabase final
{
    Q_DISABLE_COPY_MOVE(HistoryDatabase)
    Q_DECLARE_TR_FUNCTIONS(HistoryDatabase)
public:
    enum class Mode
    {
        ReadWrite,
        ReadOnly
    };

    HistoryDatabase();
    ~HistoryDatabase();

    static QString defaultPath();
    // "INSERT INTO table (a,b,c) VALUES (?,?,?)" for a prepared statement of the stores.
    static QString insertStatement(const QString &table, const QStringList &columns);

    bool open(const QString &path, Mode mode = Mode::ReadWrite);
    bool isOpen() const;
    bool isReadOnly() const { return m_mode == Mode::ReadOnly; }
    bool fileMissing() const { return m_fileMissing; }
    QString path() const { return m_path; }
    QString lastError() const { return m_error; }
    QSqlDatabase db() const;

    // Applies migrations[i] for every i >= the component's stored version, each in one transaction.
    bool migrate(const QString &component, const QStringList &migrations);
    int schemaVersion(const QString &component) const;
    // PRAGMA integrity_check == "ok"
    bool integrityOk() const;

private:
    QString m_connectionName;
    QString m_path;
    QString m_error;
    Mode m_mode = Mode::ReadWrite;
    bool m_fileMissing = false;
};
