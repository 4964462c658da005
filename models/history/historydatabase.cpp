#include "models/history/historydatabase.h"

#include <QAtomicInt>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

static QAtomicInt s_connectionCounter;

HistoryDatabase::HistoryDatabase()
    : m_connectionName(QStringLiteral("tokscope-history-%1").arg(s_connectionCounter.fetchAndAddRelaxed(1)))
{
}

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
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return dir + QStringLiteral("/history.sqlite");
}

bool HistoryDatabase::open(const QString &path)
{
    m_path = path.isEmpty() ? defaultPath() : path;
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    d.setDatabaseName(m_path);
    d.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!d.open()) {
        m_error = d.lastError().text();
        return false;
    }
    QSqlQuery q(d);
    for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL", "PRAGMA foreign_keys=ON"}) {
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
                m_error = QStringLiteral("%1 migration %2: %3").arg(component).arg(v + 1).arg(q.lastError().text());
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
    return q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next() && q.value(0).toString() == QLatin1String("ok");
}
