#include "models/bench/suiteverifier.h"

#include "models/bench/checkrunner.h"

#include <QFileInfo>
#include <QSet>

QString VerifyCase::describeChecks() const
{
    QStringList lines;
    for (const CheckResult &c : checks) {
        QString line = QStringLiteral("[%1] %2 (w %3%4): %5")
                           .arg(checkOutcomeKey(c.outcome), c.name)
                           .arg(c.weight)
                           .arg(c.required ? QStringLiteral(", required") : QString())
                           .arg(c.detail.left(400));
        if (!c.read.isEmpty())
            line +=
                QStringLiteral(" | read: ") + c.read.left(200).replace(QLatin1Char('\n'), QLatin1Char(' '));
        lines << line;
    }
    return lines.join(QLatin1Char('\n'));
}

void VerifyRates::add(const VerifyCase &c)
{
    if (c.skipped) {
        ++skipped;
        return;
    }
    if (c.expectedPass) {
        ++right;
        rightAccepted += c.passed ? 1 : 0;
    } else {
        ++wrong;
        wrongRejected += c.passed ? 0 : 1;
    }
}

std::optional<double> VerifyRates::rightAcceptedPct() const
{
    return right ? std::optional<double>(100.0 * rightAccepted / right) : std::nullopt;
}

std::optional<double> VerifyRates::wrongRejectedPct() const
{
    return wrong ? std::optional<double>(100.0 * wrongRejected / wrong) : std::nullopt;
}

int VerifyReport::misjudged() const
{
    return int(
        std::count_if(cases.cbegin(), cases.cend(), [](const VerifyCase &c) { return c.misjudged(); }));
}

VerifyRates VerifyReport::total() const
{
    VerifyRates r;
    for (const VerifyCase &c : cases)
        r.add(c);
    return r;
}

QMap<QString, VerifyRates> VerifyReport::byClass() const
{
    QMap<QString, VerifyRates> m;
    for (const VerifyCase &c : cases)
        m[c.cls].add(c);
    return m;
}

QMap<QString, VerifyRates> VerifyReport::byTask() const
{
    QMap<QString, VerifyRates> m;
    for (const VerifyCase &c : cases)
        m[c.suite + QLatin1Char('/') + c.task].add(c);
    return m;
}

QString SuiteVerifier::suiteStem(const Suite &suite)
{
    const QString stem = QFileInfo(suite.sourcePath).completeBaseName();
    return stem.isEmpty() ? suite.name : stem;
}

VerifyCase SuiteVerifier::grade(const Task &task, const QStringList &answers, bool expectedPass)
{
    VerifyCase c;
    c.task = task.id;
    c.answers = answers;
    c.expectedPass = expectedPass;
    c.passThreshold = task.passThreshold;
    // The benchmark's own path (BenchNodeLane::finishRun / onRunScored): CheckRunner, then Scorer.
    c.checks = CheckRunner::run(task, answers);
    c.score = Scorer::scoreRun(c.checks);
    c.skipped = c.score.skippedChecks > 0;
    c.passed = c.score.passes(task.passThreshold);
    return c;
}

VerifyReport SuiteVerifier::verify(const QList<Suite> &suites, const CorpusLoadReport *corpus, bool examples,
                                   bool ignoreOtherSuites)
{
    VerifyReport report;
    for (const Suite &s : suites) {
        if (!examples)
            break;
        for (const Task &t : s.tasks) {
            for (int good = 1; good >= 0; --good) {
                const QList<QStringList> &list = good ? t.examples.good : t.examples.bad;
                for (int i = 0; i < list.size(); ++i) {
                    VerifyCase c = grade(t, list.at(i), good);
                    c.suite = s.name;
                    c.source = QStringLiteral("example");
                    c.cls = QStringLiteral("example");
                    c.index = i;
                    report.cases.append(c);
                }
            }
        }
    }
    if (!corpus)
        return report;
    report.errors << corpus->errors;
    for (const CorpusTask &ct : corpus->tasks) {
        const Suite *suite = nullptr;
        for (const Suite &s : suites)
            if (suiteStem(s) == ct.suiteStem)
                suite = &s;
        if (!suite) {
            if (!ignoreOtherSuites)
                report.errors
                    << ct.path + QStringLiteral(": ") +
                           tr("no loaded suite comes from a file named \"%1.json\"").arg(ct.suiteStem);
            continue;
        }
        const Task *task = suite->task(ct.task);
        if (!task) {
            report.errors << ct.path + QStringLiteral(": ") +
                                 tr("suite \"%1\" has no task \"%2\"").arg(suite->name, ct.task);
            continue;
        }
        for (const CorpusAnswer &a : ct.answers) {
            if (a.turns.size() != task->turns.size()) {
                report.errors << ct.path + QStringLiteral(": ") +
                                     tr("%1[%2] has %3 answer(s) but the task has %4 turn(s)")
                                         .arg(a.right ? QStringLiteral("right") : QStringLiteral("wrong"))
                                         .arg(a.index)
                                         .arg(a.turns.size())
                                         .arg(task->turns.size());
                continue;
            }
            VerifyCase c = grade(*task, a.turns, a.right);
            c.suite = suite->name;
            c.source = QStringLiteral("corpus");
            c.cls = a.cls;
            c.note = a.note;
            c.index = a.index;
            report.cases.append(c);
        }
    }
    return report;
}
