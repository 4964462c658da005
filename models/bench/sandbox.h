#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// Limits applied to one sandboxed run.
struct SandboxLimits
{
    int cpuSeconds = 10;        // RLIMIT_CPU per process (SIGXCPU, then SIGKILL)
    int wallMs = 25000;         // whole run; the sandbox (and its pid namespace) is killed after it
    int memoryMb = 512;         // RLIMIT_AS per process
    int maxProcesses = 64;      // RLIMIT_NPROC inside the sandbox's own user namespace
    int maxFileMb = 16;         // RLIMIT_FSIZE
    int maxOutputBytes = 65536; // stdout/stderr kept per stream
};

struct SandboxFile
{
    QString name; // plain file name placed in /box (read-only, the working directory)
    QByteArray content;
};

enum class SandboxStatus
{
    Exited,
    Signaled,
    TimedOut,
    FailedToStart,
    Unavailable
};

struct SandboxResult
{
    SandboxStatus status = SandboxStatus::Unavailable;
    int exitCode = -1;
    QByteArray stdOut;
    QByteArray stdErr;
    qint64 wallMs = 0;
    QString reason; // why Unavailable / FailedToStart / TimedOut / Signaled, translated

    bool succeeded() const { return status == SandboxStatus::Exited && exitCode == 0; }
};

// Runs untrusted generated code under bubblewrap: every namespace unshared (no network: the sandbox's
// loopback is down and nothing else exists), /usr read-only (plus the /bin, /lib symlinks), fresh
// /proc and /dev, a private tmpfs /tmp as the only writable place, the job's files read-only at /box,
// a clean environment, and prlimit CPU / address-space / process-count / file-size limits. When the
// app runs as root the sandbox first drops to nobody (setpriv) so no root-only file is reachable.
// If bwrap, prlimit or user namespaces are missing, run() returns Unavailable with the reason:
// generated code never runs unsandboxed. run() blocks: call it from a worker thread, never the GUI thread.
class Sandbox final
{
    Q_DECLARE_TR_FUNCTIONS(Sandbox)

public:
    struct Availability
    {
        bool available = false;
        QString reason; // why not, translated
    };

    // Probes once per process (runs `true` in a sandbox) and caches the answer. Thread-safe.
    static Availability availability();
    static SandboxResult run(const QList<SandboxFile> &files, const QStringList &command,
                             const SandboxLimits &limits = {});

    // The full argv (program first) that run() would execute for `command` with files in hostDir.
    static QStringList commandLine(const QString &hostDir, const QStringList &command,
                                   const SandboxLimits &limits);

private:
    static SandboxResult execute(const QList<SandboxFile> &files, const QStringList &command,
                                 const SandboxLimits &limits);
};
