#include "models/bench/regressiondetector.h"

#include <algorithm>

std::optional<Regression> RegressionDetector::compare(const CellSummary &previous, const CellSummary &current)
{
    if (previous.state != RunState::Done || current.state != RunState::Done || !previous.mean ||
        !current.mean)
        return std::nullopt;
    // A task whose checks changed is another task: its old scores say nothing about the new grading.
    if (previous.taskVersion != current.taskVersion)
        return std::nullopt;
    Regression r;
    r.suite = current.suite;
    r.task = current.task;
    r.node = current.node;
    r.runId = current.runId;
    r.previousRunId = previous.runId;
    r.previousMean = *previous.mean;
    r.currentMean = *current.mean;
    auto spread = [](const CellSummary &c) { return (c.min && c.max) ? *c.max - *c.min : 0.0; };
    r.allowedDrop = std::max({spread(previous), spread(current), MinAllowedDrop});
    if (previous.passed && !current.passed) {
        r.kind = Regression::Kind::NowFailing;
        return r;
    }
    if (*previous.mean - *current.mean > r.allowedDrop) {
        r.kind = Regression::Kind::ScoreDrop;
        return r;
    }
    return std::nullopt;
}

CellSummary RegressionDetector::summarize(qint64 runId, const BenchCell &cell)
{
    CellSummary s;
    s.runId = runId;
    s.suite = cell.suite;
    s.task = cell.task;
    s.node = cell.node;
    s.taskVersion = cell.taskVersion;
    s.mean = cell.score.mean;
    s.min = cell.score.min;
    s.max = cell.score.max;
    s.passed = cell.score.passed;
    s.state = cell.score.state;
    return s;
}
