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

    void helpListsEveryCommand()
    {
        QByteArray out;
        QCOMPARE(run({QStringLiteral("--help")}, &out), 0);
        for (const char *command : {"bench", "compare", "history", "probe", "sim"}) {
            const QRegularExpression line(QStringLiteral("^  %1 +\\S.+$").arg(QLatin1String(command)),
                                          QRegularExpression::MultilineOption);
            QVERIFY2(line.match(QString::fromUtf8(out)).hasMatch(), command); // name + one-line summary
        }
        QByteArray err;
        QCOMPARE(run({}, &out, &err), 2); // no command: the list on stderr, usage error
        QVERIFY(err.contains("  history "));
    }

    void commandHelpNamesTheCommand_data()
    {
        QTest::addColumn<QString>("command");
        for (const char *c : {"bench", "compare", "history", "probe", "sim"})
            QTest::newRow(c) << QString::fromLatin1(c);
    }
    void commandHelpNamesTheCommand()
    {
        QFETCH(QString, command);
        QByteArray out;
        QCOMPARE(run({command, QStringLiteral("--help")}, &out), 0);
        const QString first = QString::fromUtf8(out).section(QLatin1Char('\n'), 0, 0);
        QVERIFY2(first.startsWith(QStringLiteral("Usage: tokscope-cli %1 ").arg(command)), qPrintable(first));
    }
};

QTEST_GUILESS_MAIN(TestCliMain)
#include "tst_climain.moc"
