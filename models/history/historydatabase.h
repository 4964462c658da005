#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// Owns one SQLite connection to the history file (WAL, foreign keys, synchronous=NORMAL) on the
// thread that opened it. Each store (compare runs, bench runs) keeps its own schema component and
// applies its numbered migrations through migrate(); versions live in table schema_version.
// Default file: <AppDataLocation>/history.sqlite; `--db PATH` or the settings can point elsewhere.
class HistoryDatabase final
{
    Q_DISABLE_COPY_MOVE(HistoryDatabase)
public:
    HistoryDatabase();
    ~HistoryDatabase();

    static QString defaultPath();

    bool open(const QString &path);
    bool isOpen() const;
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
};
