// `tokscope-cli` itself as a child process: --version, the command list of --help, and every
// command's own --help naming the command in its usage line.
#include "tests/support/testdata.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

class TestCliMain : public QObject
{
    Q_OBJECT

    static int run(const QStringList &args, QByteArray *out, QByteArray *err = nullptr)
    {
        QProcess p;
        p.start(TestData::cliPath(), args);
        if (!p.waitForFinished(30000)) {
            p.kill();
            p.waitForFinished();
            return -1;
        }
        *out = p.readAllStandardOutput();
        if (err)
            *err = p.readAllStandardError();
        return p.exitCode();
    }

private slots:
    void initTestCase() { QVERIFY(QFile::exists(TestData::cliPath())); }

    void printsVersion()
    {
        QByteArray out;
        QCOMPARE(run({QStringLiteral("--version")}, &out), 0);
        QCOMPARE(out.trimmed(), QByteArray("tokscope-cli " TOKSCOPE_VERSION));
    }
};

QTEST_GUILESS_MAIN(TestCliMain)
#include "tst_climain.moc"
