#include "models/bench/sandbox.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <mutex>
#include <unistd.h>

namespace {

QString findTool(const QString &name)
{
    // TOKSCOPE_BWRAP points at another bubblewrap (or at nothing, to see the SKIPPED path in tests).
    if (name == QLatin1String("bwrap") && qEnvironmentVariableIsSet("TOKSCOPE_BWRAP")) {
        const QString path = qEnvironmentVariable("TOKSCOPE_BWRAP");
        return QFileInfo(path).isExecutable() ? path : QString();
    }
    const QString found =
        QStandardPaths::findExecutable(name, {QStringLiteral("/usr/bin"), QStringLiteral("/bin")});
    return found.isEmpty() ? QStandardPaths::findExecutable(name) : found;
}

// /bin, /lib... are symlinks into /usr on merged-/usr systems (Debian 12): recreate them as symlinks,
// otherwise bind the real directories read-only.
QStringList systemBinds()
{
    QStringList args{QStringLiteral("--ro-bind"), QStringLiteral("/usr"), QStringLiteral("/usr")};
    for (const QString &dir : {QStringLiteral("/bin"), QStringLiteral("/sbin"), QStringLiteral("/lib"),
                               QStringLiteral("/lib32"), QStringLiteral("/lib64")}) {
        const QFileInfo info(dir);
        if (info.isSymLink())
            args << QStringLiteral("--symlink")
                 << info.symLinkTarget().replace(QStringLiteral("/usr/"), QStringLiteral("usr/")) << dir;
        else if (info.isDir())
            args << QStringLiteral("--ro-bind") << dir << dir;
    }
    return args;
}

QByteArray capped(QByteArray data, int max)
{
    if (data.size() > max) {
        data.truncate(max);
        data += "\n[output truncated]";
    }
    return data;
}

} // namespace

QStringList Sandbox::commandLine(const QString &hostDir, const QStringList &command,
                                 const SandboxLimits &limits)
{
    QStringList argv;
    if (::geteuid() == 0) // root: drop to nobody before building the namespaces
        argv << findTool(QStringLiteral("setpriv")) << QStringLiteral("--reuid=65534")
             << QStringLiteral("--regid=65534") << QStringLiteral("--clear-groups") << QStringLiteral("--");
    argv << findTool(QStringLiteral("bwrap")) << QStringLiteral("--unshare-all")
         << QStringLiteral("--die-with-parent") << QStringLiteral("--new-session") << systemBinds()
         << QStringLiteral("--proc") << QStringLiteral("/proc") << QStringLiteral("--dev")
         << QStringLiteral("/dev") << QStringLiteral("--tmpfs") << QStringLiteral("/tmp")
         << QStringLiteral("--ro-bind") << hostDir
         << QStringLiteral("/box")
         // bwrap's new root and /dev are tmpfs: make them read-only so /tmp stays the only writable place.
         << QStringLiteral("--remount-ro") << QStringLiteral("/dev") << QStringLiteral("--remount-ro")
         << QStringLiteral("/") << QStringLiteral("--chdir") << QStringLiteral("/box") << QStringLiteral("--")
         << QStringLiteral("/usr/bin/prlimit") << QStringLiteral("--cpu=%1").arg(limits.cpuSeconds)
         << QStringLiteral("--as=%1").arg(qint64(limits.memoryMb) * 1024 * 1024)
         << QStringLiteral("--nproc=%1").arg(limits.maxProcesses)
         << QStringLiteral("--fsize=%1").arg(qint64(limits.maxFileMb) * 1024 * 1024)
         << QStringLiteral("--core=0") << QStringLiteral("--") << command;
    return argv;
}

Sandbox::Availability Sandbox::availability()
{
    static std::once_flag once;
    static Availability cached;
    std::call_once(once, [] {
        if (findTool(QStringLiteral("bwrap")).isEmpty()) {
            cached.reason = Sandbox::tr("bubblewrap (bwrap) is not installed");
            return;
        }
        if (!QFileInfo::exists(QStringLiteral("/usr/bin/prlimit"))) {
            cached.reason = Sandbox::tr("prlimit (util-linux) is not installed");
            return;
        }
        if (::geteuid() == 0 && findTool(QStringLiteral("setpriv")).isEmpty()) {
            cached.reason = Sandbox::tr("setpriv (util-linux) is needed to drop root before sandboxing");
            return;
        }
        const SandboxResult probe = execute({}, {QStringLiteral("/usr/bin/true")}, SandboxLimits{});
        cached.available = probe.succeeded();
        if (!cached.available)
            cached.reason =
                Sandbox::tr("bubblewrap cannot create a sandbox (user namespaces unavailable?): %1")
                    .arg(QString::fromLocal8Bit(probe.stdErr).trimmed().left(200) + probe.reason);
    });
    return cached;
}

SandboxResult Sandbox::run(const QList<SandboxFile> &files, const QStringList &command,
                           const SandboxLimits &limits)
{
    const Availability avail = availability();
    if (!avail.available) {
        SandboxResult result;
        result.status = SandboxStatus::Unavailable;
        result.reason = avail.reason;
        return result;
    }
    return execute(files, command, limits);
}

SandboxResult Sandbox::execute(const QList<SandboxFile> &files, const QStringList &command,
                               const SandboxLimits &limits)
{
    SandboxResult result;
    QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/tokscope-sandbox-XXXXXX"));
    if (!dir.isValid()) {
        result.status = SandboxStatus::FailedToStart;
        result.reason = Sandbox::tr("cannot create a temporary folder: %1").arg(dir.errorString());
        return result;
    }
    // The sandbox runs as nobody: the folder and files must be world-readable (they are read-only inside).
    QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                          QFileDevice::ExeOwner | QFileDevice::ReadOther |
                                          QFileDevice::ExeOther | QFileDevice::ReadGroup |
                                          QFileDevice::ExeGroup);
    for (const SandboxFile &f : files) {
        if (f.name.contains(QLatin1Char('/')) || f.name.startsWith(QLatin1Char('.'))) {
            result.status = SandboxStatus::FailedToStart;
            result.reason = Sandbox::tr("invalid file name: %1").arg(f.name);
            return result;
        }
        QFile out(dir.filePath(f.name));
        if (!out.open(QIODevice::WriteOnly) || out.write(f.content) != f.content.size()) {
            result.status = SandboxStatus::FailedToStart;
            result.reason = Sandbox::tr("cannot write %1: %2").arg(f.name, out.errorString());
            return result;
        }
        out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther |
                           QFileDevice::ReadGroup);
    }
    const QStringList argv = commandLine(dir.path(), command, limits);
    QProcess process;
    QProcessEnvironment env;
    env.insert(QStringLiteral("PATH"), QStringLiteral("/usr/bin:/bin"));
    env.insert(QStringLiteral("HOME"), QStringLiteral("/tmp"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("PYTHONDONTWRITEBYTECODE"), QStringLiteral("1"));
    env.insert(QStringLiteral("PYTHONIOENCODING"), QStringLiteral("utf-8"));
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(dir.path());
    process.setStandardInputFile(QProcess::nullDevice());
    QElapsedTimer clock;
    clock.start();
    process.start(argv.first(), argv.mid(1));
    if (!process.waitForStarted(10000)) {
        result.status = SandboxStatus::FailedToStart;
        result.reason = process.errorString();
        return result;
    }
    // Drain output while waiting so a chatty program cannot block on a full pipe.
    QByteArray out, err;
    bool finished = false;
    while (!finished && clock.elapsed() < limits.wallMs) {
        finished = process.waitForFinished(int(std::min<qint64>(200, limits.wallMs - clock.elapsed() + 1)));
        out += process.readAllStandardOutput();
        err += process.readAllStandardError();
        if (out.size() > 4 * limits.maxOutputBytes || err.size() > 4 * limits.maxOutputBytes)
            break;
    }
    if (!finished) {
        // SIGKILL to bwrap: --die-with-parent and the pid namespace take every child with it.
        process.kill();
        process.waitForFinished(5000);
        result.status = SandboxStatus::TimedOut;
        result.reason = clock.elapsed() >= limits.wallMs
                            ? Sandbox::tr("wall time limit of %1 ms exceeded").arg(limits.wallMs)
                            : Sandbox::tr("output limit exceeded");
    } else if (process.exitStatus() == QProcess::CrashExit) {
        result.status = SandboxStatus::Signaled;
        result.reason = Sandbox::tr("killed by a signal");
    } else {
        result.status = SandboxStatus::Exited;
        result.exitCode = process.exitCode();
        // bwrap reports a child killed by signal N as exit code 128 + N (SIGXCPU = 24, SIGKILL = 9).
        if (result.exitCode > 128 && result.exitCode < 160) {
            result.status = SandboxStatus::Signaled;
            result.reason = result.exitCode == 128 + 24
                                ? Sandbox::tr("CPU time limit of %1 s exceeded").arg(limits.cpuSeconds)
                                : Sandbox::tr("killed by signal %1").arg(result.exitCode - 128);
        }
    }
    out += process.readAllStandardOutput();
    err += process.readAllStandardError();
    result.stdOut = capped(out, limits.maxOutputBytes);
    result.stdErr = capped(err, limits.maxOutputBytes);
    result.wallMs = clock.elapsed();
    return result;
}
