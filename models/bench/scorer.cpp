#include "models/bench/scorer.h"

#include <algorithm>

RunScore Scorer::scoreRun(const QList<CheckResult> &checks)
{
    RunScore s;
    for (const CheckResult &c : checks) {
        if (c.skipped()) {
            ++s.skippedChecks;
            continue;
        }
        s.scoredWeight += c.weight;
        if (c.passed())
            s.passedWeight += c.weight;
        else if (c.required)
            s.failedRequired << c.name;
    }
    if (s.scoredWeight > 0)
        s.score = 100.0 * s.passedWeight / s.scoredWeight;
    s.weightedScore = s.score;
    if (!s.failedRequired.isEmpty())
        s.score = 0.0;
    return s;
}

CellScore Scorer::scoreCell(const QList<RunScoreInput> &runs, double passThreshold, double stableSpread)
{
    CellScore cell;
    cell.runs = int(runs.size());
    QList<double> scores;
    int passes = 0;
    cell.state = runs.isEmpty() ? RunState::Pending : RunState::Done;
    for (const RunScoreInput &run : runs) {
        if (run.state != RunState::Done && cell.state == RunState::Done)
            cell.state = run.state;
        // A failed request is a failed run: it scores 0 (an ERROR is visible in the state, not hidden).
        const std::optional<double> score =
            run.state == RunState::Done ? run.score : std::optional<double>(0.0);
        if (!score)
            continue;
        scores.append(*score);
        if (*score >= passThreshold)
            ++passes;
    }
    cell.scoredRuns = int(scores.size());
    if (scores.isEmpty())
        return cell;
    double sum = 0;
    for (double s : scores)
        sum += s;
    cell.mean = sum / double(scores.size());
    cell.min = *std::min_element(scores.cbegin(), scores.cend());
    cell.max = *std::max_element(scores.cbegin(), scores.cend());
    cell.passed = *cell.mean >= passThreshold;
    const bool agree = passes == 0 || passes == cell.scoredRuns;
    cell.stable = agree && (*cell.max - *cell.min) <= stableSpread;
    return cell;
}
