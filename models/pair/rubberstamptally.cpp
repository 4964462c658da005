#include "models/pair/rubberstamptally.h"

#include "models/bench/suiteverifier.h"

#include <algorithm>

QList<RubberStampSample> RubberStampTally::samples(const QList<QPair<const Suite *, const Task *>> &tasks,
                                                   const QList<CorpusTask> &corpus)
{
    QList<RubberStampSample> out;
    for (const auto &[suite, task] : tasks) {
        for (const QStringList &e : task->examples.bad)
            if (!e.isEmpty() && !e.last().trimmed().isEmpty())
                out.append({suite->name, task->id, false, e.last()});
        for (const QStringList &e : task->examples.good)
            if (!e.isEmpty() && !e.last().trimmed().isEmpty())
                out.append({suite->name, task->id, true, e.last()});
        if (const CorpusTask *c = GradingCorpus::find(corpus, SuiteVerifier::suiteStem(*suite), task->id))
            for (const CorpusAnswer &a : c->answers)
                if (!a.turns.isEmpty() && !a.turns.last().trimmed().isEmpty())
                    out.append({suite->name, task->id, a.right, a.turns.last(), true});
    }
    return out;
}

static RubberStampRate rate(const QList<int> &hits, const QList<int> &totals)
{
    RubberStampRate r;
    QList<double> values;
    for (qsizetype i = 0; i < totals.size(); ++i) {
        if (totals.at(i) == 0) {
            r.perRun.append(std::nullopt);
            continue;
        }
        const double v = 100.0 * hits.at(i) / totals.at(i);
        r.perRun.append(v);
        values.append(v);
    }
    if (!values.isEmpty()) {
        double sum = 0;
        for (double v : values)
            sum += v;
        r.mean = sum / double(values.size());
        r.min = *std::min_element(values.cbegin(), values.cend());
        r.max = *std::max_element(values.cbegin(), values.cend());
    }
    return r;
}

RubberStampPromptResult RubberStampTally::tally(const QString &promptKey, const QString &prompt, int promptIndex,
                                                int runs, const QList<RubberStampSample> &samples,
                                                const QList<RubberStampReview> &reviews)
{
    RubberStampPromptResult r;
    r.promptKey = promptKey;
    r.prompt = prompt;
    QList<int> badHits(runs, 0), badTotals(runs, 0), goodHits(runs, 0), goodTotals(runs, 0);
    for (const RubberStampReview &v : reviews) {
        if (v.prompt != promptIndex || v.sample < 0 || v.sample >= samples.size() || v.run < 0 || v.run >= runs)
            continue;
        if (v.state != RunState::Done) {
            ++r.failed;
            continue;
        }
        if (v.verdict != ReviewVerdict::Approve && v.verdict != ReviewVerdict::Reject) {
            ++r.unparsable;
            continue;
        }
        const bool approved = v.verdict == ReviewVerdict::Approve;
        if (samples.at(v.sample).knownGood) {
            ++r.goodReviews;
            ++goodTotals[v.run];
            if (!approved) {
                ++r.goodRejected;
                ++goodHits[v.run];
            }
        } else {
            ++r.badReviews;
            ++badTotals[v.run];
            if (approved) {
                ++r.badApproved;
                ++badHits[v.run];
            }
        }
    }
    r.rubberStamp = rate(badHits, badTotals);
    r.nitpick = rate(goodHits, goodTotals);
    return r;
}
