#pragma once

#include "models/bench/benchresult.h"

#include <optional>

// One cell's aggregate as history keeps it; what regression detection compares.
struct CellSummary
{
    qint64 runId = 0;
    QString suite, task, node;
    QString taskVersion; // only the same version of a task is compared
    std::optional<double> mean, min, max;
    bool passed = false;
    RunState state = RunState::Done;
};

// Compares a cell with the same suite + task + node and the same task version in the previous comparable
// run (different task versions are never compared). A regression is a
// cell that passed and now fails, or a mean drop larger than the run-to-run noise: the larger of the two
// runs' min..max spreads, and at least MinAllowedDrop points. Cells whose requests failed (state not DONE)
// are errors, not regressions: they are reported by their state.
class RegressionDetector final
{
public:
    static constexpr double MinAllowedDrop = 5.0;

    static std::optional<Regression> compare(const CellSummary &previous, const CellSummary &current);
    static CellSummary summarize(qint64 runId, const BenchCell &cell);
};
