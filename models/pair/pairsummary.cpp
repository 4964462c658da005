#include "models/pair/pairsummary.h"

#include <QCoreApplication>

namespace {

struct Mean
{
    double sum = 0;
    int n = 0;
    void add(std::optional<double> v)
    {
        if (v) {
            sum += *v;
            ++n;
        }
    }
    std::optional<double> value() const { return n ? std::optional<double>(sum / n) : std::nullopt; }
};

} // namespace

QList<PairTaskSummary> PairSummary::perTask(const PairRun &run)
{
    QList<PairTaskSummary> out;
    for (const PairTaskRun &t : run.taskRuns) {
        if (t.state == RunState::Running || t.state == RunState::Pending)
            continue; // not graded yet
        PairTaskSummary *s = nullptr;
        for (PairTaskSummary &e : out)
            if (e.suite == t.suite && e.task == t.task)
                s = &e;
        if (!s) {
            out.append(PairTaskSummary{});
            s = &out.last();
            s->suite = t.suite;
            s->task = t.task;
            s->title = t.title;
            s->passThreshold = t.passThreshold;
        }
        ++s->runs;
    }
    for (PairTaskSummary &s : out) {
        Mean single, pair, reviews, ttr, tct;
        for (const PairTaskRun &t : run.taskRuns) {
            if (t.suite != s.suite || t.task != s.task || t.state == RunState::Running ||
                t.state == RunState::Pending)
                continue;
            single.add(t.singleScore);
            pair.add(t.score);
            reviews.add(double(t.reviews()));
            ttr.add(t.singleTtrMs());
            tct.add(t.tctMs());
            if (t.state == RunState::Done && t.finalVerdict() == ReviewVerdict::Approve)
                ++s.approvedRuns;
            if (t.reviews() > 1)
                ++s.secondRoundRuns;
        }
        s.singleMeanScore = single.value();
        s.pairMeanScore = pair.value();
        s.singlePassed = s.singleMeanScore && *s.singleMeanScore >= s.passThreshold;
        s.pairPassed = s.pairMeanScore && *s.pairMeanScore >= s.passThreshold;
        s.meanReviews = reviews.value().value_or(0);
        s.meanSingleTtrMs = ttr.value();
        s.meanTctMs = tct.value();
    }
    return out;
}

QList<PairSummaryRow> PairSummary::rows(const PairRun &run)
{
    const QList<PairTaskSummary> tasks = perTask(run);
    PairSummaryRow single{QStringLiteral("single"), int(tasks.size()), 0, {}, {}, {}};
    PairSummaryRow pair{QStringLiteral("pair"), int(tasks.size()), 0, {}, {}, {}};
    Mean singleScore, pairScore, singleTime, pairTime;
    for (const PairTaskSummary &t : tasks) {
        single.passedTasks += t.singlePassed ? 1 : 0;
        pair.passedTasks += t.pairPassed ? 1 : 0;
        singleScore.add(t.singleMeanScore);
        pairScore.add(t.pairMeanScore);
        singleTime.add(t.meanSingleTtrMs);
        pairTime.add(t.meanTctMs);
    }
    if (!tasks.isEmpty()) {
        single.passRate = 100.0 * single.passedTasks / double(tasks.size());
        pair.passRate = 100.0 * pair.passedTasks / double(tasks.size());
    }
    single.meanScore = singleScore.value();
    pair.meanScore = pairScore.value();
    single.meanTimeMs = singleTime.value();
    pair.meanTimeMs = pairTime.value();
    return {single, pair};
}

QString PairSummary::modeDisplayName(const QString &mode)
{
    if (mode == QLatin1String("single"))
        return QCoreApplication::translate("PairSummary", "Single (builder alone)");
    return QCoreApplication::translate("PairSummary", "Pair (builder + reviewer)");
}
