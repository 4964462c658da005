#include "models/history/historydatabase.h"

#include "models/settings/appdatadir.h"

#include <QAtomicInt>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

static QAtomicInt s_connectionCounter;

HistoryDatabase::HistoryDatabase()
    : m_connectionName(QStringLiteral("tokscope-history-%1").arg(s_connectionCounter.fetchAndAddRelaxed(1)))
{}

HistoryDatabase::~HistoryDatabase()
{
    {
        QSqlDatabase d = QSqlDatabase::database(m_connectionName, false);
        if (d.isOpen())
            d.close();
    }
    if (QSqlDatabase::contains(m_connectionName))
        QSqlDatabase::removeDatabase(m_connectionName);
}

QString HistoryDatabase::defaultPath()
{
    return AppDataDir::historyFile();
}

bool HistoryDatabase::open(const QString &path, Mode mode)
{
    m_path = path.isEmpty() ? defaultPath() : path;
    m_mode = mode;
    m_fileMissing = false;
    const QFileInfo file(m_path);
    if (mode == Mode::ReadOnly && !file.isFile()) {
        m_fileMissing = !file.exists();
        m_error = m_fileMissing ? tr("no history database at %1 (the file does not exist)").arg(m_path)
                                : tr("%1 is not a file").arg(m_path);
        return false;
    }
    if (mode == Mode::ReadWrite)
        QDir().mkpath(file.absolutePath());
    QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    d.setDatabaseName(m_path);
    d.setConnectOptions(mode == Mode::ReadOnly
                            ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000")
                            : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!d.open()) {
        m_error = d.lastError().text();
        return false;
    }
    QSqlQuery q(d);
    if (mode == Mode::ReadOnly) {
        // A file that is not SQLite opens fine and fails at the first read: find out now.
        if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"))) {
            m_error = q.lastError().text();
            return false;
        }
        return true;
    }
    for (const char *pragma :
         {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL", "PRAGMA foreign_keys=ON"}) {
        if (!q.exec(QString::fromLatin1(pragma))) {
            m_error = q.lastError().text();
            return false;
        }
    }
    if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version ("
                               "component TEXT PRIMARY KEY, version INTEGER NOT NULL)"))) {
        m_error = q.lastError().text();
        return false;
    }
    return true;
}

bool HistoryDatabase::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && db().isOpen();
}

QSqlDatabase HistoryDatabase::db() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int HistoryDatabase::schemaVersion(const QString &component) const
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT version FROM schema_version WHERE component = ?"));
    q.addBindValue(component);
    if (q.exec() && q.next())
        return q.value(0).toInt();
    return 0;
}

bool HistoryDatabase::migrate(const QString &component, const QStringList &migrations)
{
    QSqlDatabase d = db();
    if (m_mode == Mode::ReadOnly) { // nothing may change: the schema must already be the current one
        const int version = schemaVersion(component);
        if (version >= migrations.size())
            return true;
        m_error = tr("%1 has an older %2 history schema (version %3 of %4); open it once with the app "
                     "or a command that writes history")
                      .arg(m_path, component)
                      .arg(version)
                      .arg(migrations.size());
        return false;
    }
    for (int v = schemaVersion(component); v < migrations.size(); ++v) {
        if (!d.transaction()) {
            m_error = d.lastError().text();
            return false;
        }
        QSqlQuery q(d);
        // A migration may hold several statements separated by ";\n".
        const QStringList statements = migrations.at(v).split(QStringLiteral(";\n"), Qt::SkipEmptyParts);
        for (const QString &s : statements) {
            if (s.trimmed().isEmpty())
                continue;
            if (!q.exec(s)) {
                m_error =
                    QStringLiteral("%1 migration %2: %3").arg(component).arg(v + 1).arg(q.lastError().text());
                d.rollback();
                return false;
            }
        }
        q.prepare(QStringLiteral("INSERT INTO schema_version(component, version) VALUES(?, ?) "
                                 "ON CONFLICT(component) DO UPDATE SET version = excluded.version"));
        q.addBindValue(component);
        q.addBindValue(v + 1);
        if (!q.exec() || !d.commit()) {
            m_error = q.lastError().text();
            d.rollback();
            return false;
        }
    }
    return true;
}

bool HistoryDatabase::integrityOk() const
{
    QSqlQuery q(db());
    return q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next() &&
           q.value(0).toString() == QLatin1String("ok");
}

QString HistoryDatabase::insertStatement(const QString &table, const QStringList &columns)
{
    QStringList marks;
    for (qsizetype i = 0; i < columns.size(); ++i)
        marks << QStringLiteral("?");
    return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
        .arg(table, columns.join(QLatin1Char(',')), marks.join(QLatin1Char(',')));
}
