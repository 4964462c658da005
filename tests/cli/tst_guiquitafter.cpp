// The `tokscope` GUI as a child process (offscreen): `--quit-after S` ends it with exit code 0, with
// and without the simulated lab, and a bad value is a usage error. Every run gets its own HOME and XDG
// folders, so nothing of the developer's settings or history is read or written.
#include "tests/support/testdata.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestGuiQuitAfter : public QObject
{
    Q_OBJECT

    struct Result
    {
        int exitCode = -1;
        bool finished = false;
        QByteArray err;
    };

    Result runGui(const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), m_home.filePath(QStringLiteral("cache")));
        p.setProcessEnvironment(env);
        // An empty node list: no lookups of the default lab's hostnames.
        p.start(TestData::guiPath(), QStringList{QStringLiteral("--nodes"), m_nodes} + args);
        Result r;
        // A hang guard, not a timing assertion: without --quit-after the GUI never exits by itself.
        r.finished = p.waitForFinished(120000);
        if (!r.finished) {
            p.kill();
            p.waitForFinished();
        }
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.err = p.readAllStandardError();
        return r;
    }

    QTemporaryDir m_home;
    QString m_nodes;

private slots:
    void initTestCase()
    {
        QVERIFY(QFile::exists(TestData::guiPath()));
        QVERIFY(m_home.isValid());
        m_nodes = m_home.filePath(QStringLiteral("nodes.json"));
        QFile f(m_nodes);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"nodes\": []}\n");
    }

    void quitsWithZero_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("plain") << QStringList{QStringLiteral("--quit-after"), QStringLiteral("1")};
        QTest::newRow("demo") << QStringList{QStringLiteral("--demo"), QStringLiteral("--quit-after"),
                                             QStringLiteral("2")};
        QTest::newRow("fraction") << QStringList{QStringLiteral("--quit-after"), QStringLiteral("0.5"),
                                                 QStringLiteral("--page"), QStringLiteral("3")};
    }
    void quitsWithZero()
    {
        QFETCH(QStringList, args);
        const Result r = runGui(args);
        QVERIFY2(r.finished, "the GUI did not quit");
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }

    void badValueIsAUsageError_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("word") << QStringLiteral("soon");
        QTest::newRow("negative") << QStringLiteral("-3");
    }
    void badValueIsAUsageError()
    {
        QFETCH(QString, value);
        const Result r = runGui({QStringLiteral("--quit-after"), value});
        QVERIFY(r.finished);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--quit-after"), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestGuiQuitAfter)
#include "tst_guiquitafter.moc"
