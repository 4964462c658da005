#include "models/bench/sandbox.h"

#include <QTcpServer>
#include <QTest>

// Each test runs hostile Python inside the sandbox and checks that the sandbox, not the host, lost.
class TstSandbox : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void runsAndCapturesOutput();
    void failingProgramReportsExitCode();
    void noNetwork();
    void onlyTmpIsWritable();
    void hostFilesAreHidden();
    void forkBombHitsTheProcessLimit();
    void cpuTimeLimit();
    void wallTimeLimit();
    void memoryLimit();
    void fileSizeLimit();
    void rejectsBadFileNames();

private:
    SandboxResult python(const QByteArray &code, SandboxLimits limits = {});
};

void TstSandbox::initTestCase()
{
    const Sandbox::Availability a = Sandbox::availability();
    if (!a.available)
        QSKIP(qPrintable(QStringLiteral("sandbox unavailable: ") + a.reason));
}

SandboxResult TstSandbox::python(const QByteArray &code, SandboxLimits limits)
{
    return Sandbox::run({{QStringLiteral("main.py"), code}},
                        {QStringLiteral("/usr/bin/python3"), QStringLiteral("-B"), QStringLiteral("main.py")},
                        limits);
}

void TstSandbox::runsAndCapturesOutput()
{
    const SandboxResult r =
        python("import os\nprint('hello', os.getcwd())\nprint(open('main.py').read()[:6])\n");
    QCOMPARE(r.status, SandboxStatus::Exited);
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.succeeded());
    QVERIFY(r.stdOut.contains("hello /box"));
    QVERIFY(r.stdOut.contains("import"));
}

void TstSandbox::failingProgramReportsExitCode()
{
    const SandboxResult r = python("import sys\nsys.stderr.write('bad')\nsys.exit(3)\n");
    QCOMPARE(r.status, SandboxStatus::Exited);
    QCOMPARE(r.exitCode, 3);
    QVERIFY(r.stdErr.contains("bad"));
}

void TstSandbox::noNetwork()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    const QByteArray code = "import socket\n"
                            "try:\n"
                            "    socket.create_connection(('127.0.0.1', " +
                            QByteArray::number(server.serverPort()) +
                            "), timeout=2)\n"
                            "    print('CONNECTED')\n"
                            "except OSError as e:\n"
                            "    print('BLOCKED', e)\n"
                            "try:\n"
                            "    socket.getaddrinfo('example.com', 80)\n"
                            "    print('RESOLVED')\n"
                            "except OSError as e:\n"
                            "    print('NODNS', e)\n";
    const SandboxResult r = python(code);
    QVERIFY2(r.stdOut.contains("BLOCKED"), r.stdOut.constData());
    QVERIFY(!r.stdOut.contains("CONNECTED"));
    QVERIFY(!r.stdOut.contains("RESOLVED"));
    QTest::qWait(100);
    QVERIFY(!server.hasPendingConnections());
}

void TstSandbox::onlyTmpIsWritable()
{
    const QByteArray code = "import os\n"
                            "for path in ['/box/x', '/usr/x', '/x', '/etc/x', '/root/x', '/dev/x']:\n"
                            "    try:\n"
                            "        open(path, 'w').write('x')\n"
                            "        print('WROTE', path)\n"
                            "    except OSError:\n"
                            "        print('DENIED', path)\n"
                            "open('/tmp/ok', 'w').write('fine')\n"
                            "print('TMP', open('/tmp/ok').read())\n";
    const SandboxResult r = python(code);
    QVERIFY2(!r.stdOut.contains("WROTE"), r.stdOut.constData());
    QCOMPARE(r.stdOut.count("DENIED"), 6);
    QVERIFY(r.stdOut.contains("TMP fine"));
    QVERIFY(!QFile::exists(QStringLiteral("/x")));
}

void TstSandbox::hostFilesAreHidden()
{
    const SandboxResult r =
        python("import os\nprint(sorted(os.listdir('/')))\nprint(os.path.exists('/home'), "
               "os.path.exists('/work'))\n");
    QVERIFY(r.stdOut.contains("False False"));
}

void TstSandbox::forkBombHitsTheProcessLimit()
{
    // Children sleep so they stay counted; the process limit (8 here) must stop the forks, and the
    // sandbox must end (its pid namespace takes every child down with it).
    SandboxLimits limits;
    limits.maxProcesses = 8;
    limits.wallMs = 15000;
    const QByteArray code = "import os, time\n"
                            "n = 0\n"
                            "for i in range(200):\n"
                            "    try:\n"
                            "        if os.fork() == 0:\n"
                            "            time.sleep(30)\n"
                            "            os._exit(0)\n"
                            "        n += 1\n"
                            "    except OSError:\n"
                            "        print('LIMITED after', n, flush=True)\n"
                            "        os._exit(0)\n"
                            "print('UNLIMITED', n, flush=True)\n"
                            "os._exit(0)\n";
    const SandboxResult r = python(code, limits);
    QVERIFY2(r.stdOut.contains("LIMITED"), r.stdOut.constData());
    QVERIFY(!r.stdOut.contains("UNLIMITED"));
    // And a real bomb still ends within the wall limit.
    limits.wallMs = 4000;
    const SandboxResult bomb = python(
        "import os\nwhile True:\n    try:\n        os.fork()\n    except OSError:\n        pass\n", limits);
    QVERIFY(bomb.status == SandboxStatus::TimedOut || bomb.status == SandboxStatus::Signaled);
}

void TstSandbox::cpuTimeLimit()
{
    SandboxLimits limits;
    limits.cpuSeconds = 1;
    limits.wallMs = 20000;
    const SandboxResult r = python("while True:\n    pass\n", limits);
    QCOMPARE(r.status, SandboxStatus::Signaled);
    QVERIFY(!r.reason.isEmpty());
}

void TstSandbox::wallTimeLimit()
{
    SandboxLimits limits;
    limits.wallMs = 1500;
    const SandboxResult r = python("import time\ntime.sleep(60)\n", limits);
    QCOMPARE(r.status, SandboxStatus::TimedOut);
    QVERIFY(r.wallMs < 30000); // ended by the limit, not by the sleep
}

void TstSandbox::memoryLimit()
{
    SandboxLimits limits;
    limits.memoryMb = 256;
    const SandboxResult r = python("try:\n    x = bytearray(1024 * 1024 * 1024)\n    print('GOT')\nexcept "
                                   "MemoryError:\n    print('NOMEM')\n",
                                   limits);
    QVERIFY2(r.stdOut.contains("NOMEM"), r.stdOut.constData());
}

void TstSandbox::fileSizeLimit()
{
    SandboxLimits limits;
    limits.maxFileMb = 1;
    const SandboxResult r = python(
        "f = open('/tmp/big', 'wb')\nf.write(b'x' * (4 * 1024 * 1024))\nf.close()\nprint('WROTE')\n", limits);
    QVERIFY(!r.succeeded());
    QVERIFY(!r.stdOut.contains("WROTE"));
}

void TstSandbox::rejectsBadFileNames()
{
    const SandboxResult r =
        Sandbox::run({{QStringLiteral("../escape.py"), "x"}}, {QStringLiteral("/usr/bin/true")});
    QCOMPARE(r.status, SandboxStatus::FailedToStart);
}

QTEST_GUILESS_MAIN(TstSandbox)
#include "tst_sandbox.moc"
