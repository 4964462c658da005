#include "models/bench/codecheck.h"

#include "models/bench/codecheckhelpers.h"
#include "models/bench/codeextractor.h"
#include "models/bench/pythonsource.h"
#include "models/bench/sandbox.h"

#include <QCoreApplication>
#include <QStringList>

namespace {

QString tail(const QByteArray &bytes, int lines)
{
    QStringList all = QString::fromUtf8(bytes).trimmed().split(QLatin1Char('\n'));
    if (all.size() > lines)
        all = all.mid(all.size() - lines);
    return all.join(QStringLiteral(" | ")).left(300);
}

} // namespace

CodeExtractor::Solution CodeCheck::solution(const QString &text, const QString &tests)
{
    // The names the tests import from solution.py decide which blocks form the solution. No fence: the
    // whole answer is the solution; if it is not Python, importing it fails the tests.
    return CodeExtractor::solution(
        text, {QStringLiteral("python"), QStringLiteral("py"), QStringLiteral("python3")},
        PythonSource::namesImportedFrom(tests, QStringLiteral("solution")));
}

QString CodeCheck::extractPython(const QString &text, const QString &tests)
{
    return solution(text, tests).code;
}

CheckResult CodeCheck::evaluate(const Check &check, const QString &text)
{
    CheckResult r;
    if (check.language != QLatin1String("python")) {
        r.outcome = CheckOutcome::Skipped;
        r.detail =
            QCoreApplication::translate("CodeCheck", "language %1 is not supported").arg(check.language);
        return r;
    }
    const CodeExtractor::Solution extracted = solution(text, check.tests);
    const QString &code = extracted.code;
    r.read = code;
    if (code.trimmed().isEmpty()) {
        r.outcome = CheckOutcome::Failed;
        r.detail = QCoreApplication::translate("CodeCheck", "no code in the answer");
        return r;
    }
    SandboxLimits limits;
    limits.cpuSeconds = check.codeTimeoutS;
    limits.wallMs = 2 * check.codeTimeoutS * 1000 + 5000;
    limits.memoryMb = check.memoryMb;
    const SandboxResult run = Sandbox::run({{QStringLiteral("solution.py"), code.toUtf8()},
                                            {QStringLiteral("test_solution.py"), check.tests.toUtf8()},
                                            {CodeCheckHelpers::fileName(), CodeCheckHelpers::source()}},
                                           {QStringLiteral("/usr/bin/python3"), QStringLiteral("-B"),
                                            QStringLiteral("-s"), QStringLiteral("test_solution.py")},
                                           limits);
    switch (run.status) {
    case SandboxStatus::Unavailable:
        r.outcome = CheckOutcome::Skipped;
        r.detail = QCoreApplication::translate("CodeCheck", "sandbox unavailable: %1").arg(run.reason);
        return r;
    case SandboxStatus::FailedToStart:
        r.outcome = CheckOutcome::Skipped;
        r.detail = QCoreApplication::translate("CodeCheck", "sandbox failed to start: %1").arg(run.reason);
        return r;
    case SandboxStatus::TimedOut:
    case SandboxStatus::Signaled:
        r.outcome = CheckOutcome::Failed;
        r.detail = run.reason;
        return r;
    case SandboxStatus::Exited:
        break;
    }
    r.outcome = run.exitCode == 0 ? CheckOutcome::Passed : CheckOutcome::Failed;
    r.detail = run.exitCode == 0
                   ? QCoreApplication::translate("CodeCheck", "tests passed (%1 ms)").arg(run.wallMs)
                   : QCoreApplication::translate("CodeCheck", "tests failed (exit %1): %2")
                         .arg(run.exitCode)
                         .arg(tail(run.stdErr, 3));
    r.detail += QStringLiteral(" [") + extracted.origin + QLatin1Char(']');
    return r;
}
