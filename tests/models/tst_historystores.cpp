// Where the history lives and how it is opened: one default file, ~/.local/share/tokscope/history.sqlite
// (here under a temporary XDG_DATA_HOME), a file from the old place (…/tokscope/tokscope/) moved with
// its -wal and -shm on first start, and read-only opening that never creates a file or a table.
#include "models/bench/suiteloader.h"
#include "models/history/benchhistorystore.h"
#include "models/history/comparehistorystore.h"
#include "models/history/historystores.h"
#include "models/settings/appdatadir.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestHistoryStores : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    QByteArray m_oldDataHome;

    static void touch(const QString &path, const QByteArray &bytes)
    {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        m_oldDataHome = qgetenv("XDG_DATA_HOME");
        qputenv("XDG_DATA_HOME", m_home.path().toUtf8());
        QCoreApplication::setOrganizationName(QStringLiteral("tokscope"));
        QCoreApplication::setApplicationName(QStringLiteral("tokscope"));
    }
    void cleanupTestCase() { qputenv("XDG_DATA_HOME", m_oldDataHome); }
    void init() { QDir(m_home.filePath(QStringLiteral("tokscope"))).removeRecursively(); }

    void defaultPathIsOneFolderDeep()
    {
        QCOMPARE(AppDataDir::path(), m_home.filePath(QStringLiteral("tokscope")));
        QCOMPARE(HistoryDatabase::defaultPath(), m_home.filePath(QStringLiteral("tokscope/history.sqlite")));
        QCOMPARE(SuiteLoader::userSuiteDir(), m_home.filePath(QStringLiteral("tokscope/suites")));
        HistoryStores stores;
        QVERIFY2(stores.open(QString()), qPrintable(stores.errorString()));
        QCOMPARE(stores.path(), HistoryDatabase::defaultPath());
        QVERIFY(QFileInfo::exists(HistoryDatabase::defaultPath()));
        QVERIFY(stores.compare());
        QVERIFY(stores.bench());
    }

    void movesTheOldFileWithItsWalAndShm()
    {
        const QString legacy = AppDataDir::legacyPath();
        QCOMPARE(legacy, m_home.filePath(QStringLiteral("tokscope/tokscope")));
        touch(legacy + QStringLiteral("/history.sqlite"), "db");
        touch(legacy + QStringLiteral("/history.sqlite-wal"), "wal");
        touch(legacy + QStringLiteral("/history.sqlite-shm"), "shm");
        touch(legacy + QStringLiteral("/suites/mine.json"), "{}");
        const QStringList notes = AppDataDir::adoptLegacyFiles();
        QCOMPARE(notes.size(), 2);
        QVERIFY2(notes.first().contains(QStringLiteral("moved")), qPrintable(notes.join('\n')));
        for (const char *name :
             {"history.sqlite", "history.sqlite-wal", "history.sqlite-shm", "suites/mine.json"}) {
            QVERIFY2(QFileInfo::exists(AppDataDir::filePath(QLatin1String(name))), name);
        }
        QFile wal(AppDataDir::filePath(QStringLiteral("history.sqlite-wal")));
        QVERIFY(wal.open(QIODevice::ReadOnly));
        QCOMPARE(wal.readAll(), QByteArray("wal"));
        QVERIFY(!QFileInfo::exists(legacy));               // the empty old folder is gone
        QVERIFY(AppDataDir::adoptLegacyFiles().isEmpty()); // nothing left to do
    }

    void movedHistoryKeepsItsRows()
    {
        const QString legacyDb = AppDataDir::legacyPath() + QStringLiteral("/history.sqlite");
        QDir().mkpath(AppDataDir::legacyPath());
        qint64 runId = 0;
        {
            HistoryStores old;
            QVERIFY2(old.open(legacyDb), qPrintable(old.errorString()));
            BenchRunInfo info;
            info.suites = {QStringLiteral("math")};
            runId = old.bench()->createRun(info).value_or(0);
            QVERIFY(runId > 0);
        }
        AppDataDir::adoptLegacyFiles();
        HistoryStores moved;
        QVERIFY2(moved.open(QString(), HistoryDatabase::Mode::ReadOnly), qPrintable(moved.errorString()));
        QVERIFY(moved.bench());
        QVERIFY(moved.bench()->run(runId));
    }

    void existingNewFileWins()
    {
        touch(AppDataDir::filePath(QStringLiteral("history.sqlite")), "new");
        touch(AppDataDir::legacyPath() + QStringLiteral("/history.sqlite"), "old");
        const QStringList notes = AppDataDir::adoptLegacyFiles();
        QCOMPARE(notes.size(), 1);
        QVERIFY2(notes.first().contains(QStringLiteral("not used")), qPrintable(notes.first()));
        QFile f(AppDataDir::filePath(QStringLiteral("history.sqlite")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("new"));
        QVERIFY(QFileInfo::exists(AppDataDir::legacyPath() + QStringLiteral("/history.sqlite"))); // kept
    }

    void readOnlyNeverCreatesAFile()
    {
        const QString typo = m_home.filePath(QStringLiteral("histroy.sqlite"));
        HistoryStores stores;
        QVERIFY(!stores.open(typo, HistoryDatabase::Mode::ReadOnly));
        QVERIFY(stores.fileMissing());
        QVERIFY2(stores.errorString().contains(typo), qPrintable(stores.errorString()));
        QVERIFY(!stores.bench());
        QVERIFY(!QFileInfo::exists(typo));
        QVERIFY(!QFileInfo::exists(typo + QStringLiteral("-wal")));
    }

    void readOnlyLeavesTheSchemaAlone()
    {
        const QString path = m_home.filePath(QStringLiteral("compare-only.sqlite"));
        {
            HistoryDatabase db;
            QVERIFY(db.open(path));
            CompareHistoryStore compare(db);
            QVERIFY(compare.open());
        }
        {
            HistoryStores stores;
            QVERIFY2(stores.open(path, HistoryDatabase::Mode::ReadOnly), qPrintable(stores.errorString()));
            QVERIFY(stores.compare());
            QVERIFY(!stores.bench()); // never written: nothing to show, and no tables created
            QSqlQuery q(stores.database().db());
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'bench_runs'")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 0);
            QVERIFY(!q.exec(QStringLiteral("CREATE TABLE t(x)"))); // the connection really is read-only
        }
    }

    void readOnlyRejectsAFileThatIsNotSqlite()
    {
        const QString path = m_home.filePath(QStringLiteral("notes.txt"));
        touch(path, QByteArray("these are not the rows you are looking for\n").repeated(20));
        HistoryStores stores;
        QVERIFY(!stores.open(path, HistoryDatabase::Mode::ReadOnly));
        QVERIFY(!stores.fileMissing());
        QVERIFY(!stores.errorString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestHistoryStores)
#include "tst_historystores.moc"
