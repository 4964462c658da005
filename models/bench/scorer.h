#pragma once

#include "models/bench/check.h"
#include "models/measure/runstate.h"

#include <QList>
#include <QStringList>
#include <optional>

// The score of one run: 100 x passed weight / weight of the checks that were not SKIPPED. A failed
// `required` check fails the run whatever its weight: the score is 0 and `weightedScore` keeps what the
// weights alone would have given (shown, never used to pass).
struct RunScore
{
    std::optional<double> score; // nullopt when every check was skipped (nothing measured)
    double passedWeight = 0;
    double scoredWeight = 0;
    int skippedChecks = 0;
    QStringList failedRequired;          // names of the required checks that failed
    std::optional<double> weightedScore; // the score before a failed required check zeroed it

    bool passes(double passThreshold) const
    {
        return score && failedRequired.isEmpty() && *score >= passThreshold;
    }
};

// One run as the cell scorer sees it: how the request ended and its score.
struct RunScoreInput
{
    RunState state = RunState::Done;
    std::optional<double> score;
};

// A cell (suite x task x node) over its n runs.
struct CellScore
{
    std::optional<double> mean, min, max; // over runs that have a score (failed requests count as 0)
    bool passed = false;                  // mean >= pass threshold
    bool stable = false;                  // every run agrees on pass/fail and max - min <= spread limit
    RunState state = RunState::Pending;   // DONE when every run was DONE, else the first other state seen
    int runs = 0;
    int scoredRuns = 0;
    double spread() const { return (min && max) ? *max - *min : 0.0; }
};

// Scoring rules (docs/suite-format.md, "Scoring, stability, verdicts"): a request that did not end
// DONE scores 0; a run whose checks were all skipped has no score and does not count in the mean.
class Scorer final
{
public:
    static constexpr double DefaultStableSpread = 10.0; // score points

    static RunScore scoreRun(const QList<CheckResult> &checks);
    static CellScore scoreCell(const QList<RunScoreInput> &runs, double passThreshold,
                               double stableSpread = DefaultStableSpread);
};
