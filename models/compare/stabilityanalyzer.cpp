#include "models/compare/stabilityanalyzer.h"

#include "models/compare/textdiff.h"

#include <QCoreApplication>
#include <QRegularExpression>

QString stabilityKey(StabilityResult::Verdict verdict)
{
    switch (verdict) {
    case StabilityResult::Verdict::Stable:
        return QStringLiteral("STABLE");
    case StabilityResult::Verdict::Unstable:
        return QStringLiteral("UNSTABLE");
    case StabilityResult::Verdict::Unknown:
        break;
    }
    return QStringLiteral("UNKNOWN");
}

QString stabilityDisplayName(StabilityResult::Verdict verdict)
{
    switch (verdict) {
    case StabilityResult::Verdict::Stable:
        return StabilityAnalyzer::tr("Stable");
    case StabilityResult::Verdict::Unstable:
        return StabilityAnalyzer::tr("Unstable");
    case StabilityResult::Verdict::Unknown:
        break;
    }
    return StabilityAnalyzer::tr("Unknown");
}

QString StabilityAnalyzer::normalize(const QString &answer)
{
    static const QRegularExpression whitespace(QStringLiteral("\\s+"));
    QString t = answer;
    t.replace(whitespace, QStringLiteral(" "));
    return t.trimmed().toCaseFolded();
}

StabilityResult StabilityAnalyzer::analyze(const QList<CompareCell> &cells)
{
    StabilityResult r;
    QStringList distinct;    // normalised
    QList<int> firstOfClass; // index into cells of the first run with that answer
    int runaways = 0;
    for (int i = 0; i < cells.size(); ++i) {
        const CompareCell &c = cells.at(i);
        if (c.warmup)
            continue;
        ++r.runs;
        r.runNumbers.append(c.run);
        if (c.state() == RunState::Runaway)
            ++runaways;
        if (c.state() != RunState::Done) {
            r.answerClass.append(-1);
            continue;
        }
        ++r.answered;
        const QString n = normalize(c.result.text);
        qsizetype k = distinct.indexOf(n);
        if (k < 0) {
            k = distinct.size();
            distinct.append(n);
            firstOfClass.append(i);
        }
        r.answerClass.append(int(k));
    }
    r.distinctAnswers = int(distinct.size());

    if (r.distinctAnswers >= 2) {
        r.verdict = StabilityResult::Verdict::Unstable;
        r.reason =
            StabilityAnalyzer::tr("%1 different answers in %2 runs").arg(r.distinctAnswers).arg(r.answered);
        QStringList parts;
        const CompareCell &base = cells.at(firstOfClass.first());
        for (int k = 1; k < firstOfClass.size(); ++k) {
            const CompareCell &other = cells.at(firstOfClass.at(k));
            parts.append(QStringLiteral("run %1 vs run %2:\n").arg(base.run).arg(other.run) +
                         TextDiff::describe(base.result.text, other.result.text));
        }
        r.diff = parts.join(QStringLiteral("\n\n"));
    } else if (r.answered >= 1 && runaways > 0) {
        r.verdict = StabilityResult::Verdict::Unstable;
        r.reason = StabilityAnalyzer::tr("%1 of %2 runs answered, %3 ran away")
                       .arg(r.answered)
                       .arg(r.runs)
                       .arg(runaways);
    } else if (r.runs < 2) {
        r.reason = StabilityAnalyzer::tr("needs at least 2 runs");
    } else if (r.answered == r.runs) {
        r.verdict = StabilityResult::Verdict::Stable;
        r.reason = StabilityAnalyzer::tr("all %1 runs gave the same answer").arg(r.runs);
    } else {
        r.reason = StabilityAnalyzer::tr("only %1 of %2 runs finished").arg(r.answered).arg(r.runs);
    }
    return r;
}

StabilityResult StabilityAnalyzer::analyze(const CompareRun &run, int nodeIndex, bool thinking)
{
    QList<CompareCell> cells;
    for (int i : run.measuredCells(nodeIndex, thinking))
        cells.append(run.cells.at(i));
    return analyze(cells);
}
