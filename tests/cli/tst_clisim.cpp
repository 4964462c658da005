// `tokscope-cli sim` as a child process: profile list, usage errors, a served node with a fault, and a
// clean stop on SIGTERM.
#include "tests/support/simclient.h"
#include "tests/support/testdata.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

class TestCliSim : public QObject
{
    Q_OBJECT

    static int runToEnd(const QStringList &args, QByteArray *out = nullptr, QByteArray *err = nullptr)
    {
        QProcess p;
        p.start(TestData::cliPath(), QStringList{QStringLiteral("sim")} + args);
        if (!p.waitForFinished(20000)) {
            p.kill();
            p.waitForFinished();
            return -1;
        }
        if (out)
            *out = p.readAllStandardOutput();
        if (err)
            *err = p.readAllStandardError();
        return p.exitCode();
    }

private slots:
    void initTestCase() { QVERIFY(QFile::exists(TestData::cliPath())); }

    void listsProfiles()
    {
        QByteArray out;
        QCOMPARE(runToEnd({QStringLiteral("--list-profiles")}, &out), 0);
        for (const char *name : {"vllm-dgx", "vllm-dgx-thinking", "llamacpp-5090", "test"})
            QVERIFY2(out.contains(name), name);
    }

    void badUsage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("unknown profile") << QStringList{QStringLiteral("--profile"), QStringLiteral("nope")};
        QTest::newRow("bad fault") << QStringList{QStringLiteral("--fault"), QStringLiteral("explode")};
        QTest::newRow("bad port") << QStringList{QStringLiteral("--port"), QStringLiteral("99999")};
        QTest::newRow("bad scale") << QStringList{QStringLiteral("--time-scale"), QStringLiteral("-1")};
    }
    void badUsage()
    {
        QFETCH(QStringList, args);
        QByteArray err;
        QCOMPARE(runToEnd(args, nullptr, &err), 2);
        QVERIFY(err.startsWith("tokscope-cli sim: "));
    }

    void servesUntilTerminated()
    {
        QProcess p;
        p.start(TestData::cliPath(),
                {QStringLiteral("sim"), QStringLiteral("--profile"), QStringLiteral("test-llamacpp"),
                 QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--fault"),
                 QStringLiteral("loading")});
        QVERIFY(p.waitForStarted(10000));
        QByteArray out;
        const QRegularExpression listening(
            QStringLiteral("SIMULATED test-llamacpp node listening on (http://127\\.0\\.0\\.1:\\d+)"));
        QRegularExpressionMatch match;
        QTRY_VERIFY_WITH_TIMEOUT((out += p.readAllStandardOutput(),
                                  match = listening.match(QString::fromUtf8(out)), match.hasMatch()),
                                 10000);
        const QUrl base(match.captured(1));
        const SimHttpResult health = SimClient::get(base, QStringLiteral("/health"));
        QCOMPARE(health.status, 503); // the loading fault from the command line
        QCOMPARE(health.headers.value("x-tokscope-simulated"), QByteArray("1"));
        QSignalSpy done(&p, &QProcess::finished);
        p.terminate(); // SIGTERM
        QVERIFY(done.wait(10000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 0);
        out += p.readAllStandardOutput();
        QVERIFY(out.contains("stopped after"));
        QCOMPARE(SimClient::get(base, QStringLiteral("/health")).error,
                 QNetworkReply::ConnectionRefusedError);
    }

    void apiKeyComesFromTheEnvironmentAndIsNotPrinted()
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SIM_TEST_KEY"), QStringLiteral("sk-very-secret"));
        p.setProcessEnvironment(env);
        p.start(TestData::cliPath(),
                {QStringLiteral("sim"), QStringLiteral("--profile"), QStringLiteral("test"),
                 QStringLiteral("--api-key-env"), QStringLiteral("SIM_TEST_KEY")});
        QVERIFY(p.waitForStarted(10000));
        QByteArray out;
        const QRegularExpression listening(QStringLiteral("listening on (http://127\\.0\\.0\\.1:\\d+)"));
        QRegularExpressionMatch match;
        QTRY_VERIFY_WITH_TIMEOUT((out += p.readAllStandardOutput(),
                                  match = listening.match(QString::fromUtf8(out)), match.hasMatch()),
                                 10000);
        const QUrl base(match.captured(1));
        QCOMPARE(SimClient::get(base, QStringLiteral("/v1/models")).status, 401);
        QCOMPARE(SimClient::get(base, QStringLiteral("/v1/models"), 5000,
                                {{"Authorization", "Bearer sk-very-secret"}})
                     .status,
                 200);
        QSignalSpy done(&p, &QProcess::finished);
        p.terminate();
        QVERIFY(done.wait(10000));
        out += p.readAllStandardOutput() + p.readAllStandardError();
        QVERIFY(!out.contains("sk-very-secret"));
    }
};

QTEST_GUILESS_MAIN(TestCliSim)
#include "tst_clisim.moc"
