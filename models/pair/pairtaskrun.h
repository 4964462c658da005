#pragma once

#include "models/bench/check.h"
#include "models/pair/pairstep.h"

#include <QList>
#include <QString>
#include <optional>

// One task x one run of a pair: its steps in order, how it ended and the grades. The builder's first
// answer graded alone is the single-builder baseline (the same request a single builder makes); the
// last builder answer graded is the pair's result. Both use the task's own checks and sandbox.
struct PairTaskRun
{
    QString suite;
    QString task;
    QString title;
    int runIndex = 0; // 0-based
    double passThreshold = 70;
    QList<PairStep> steps;
    RunState state = RunState::Pending; // DONE unless a step failed (then that step's state)
    QString error;

    // Pair grade (final code). A run whose state is not DONE scores 0 (as in benchmarks).
    std::optional<double> score;
    bool passed = false;
    QList<CheckResult> checks;
    // Single-builder grade (first build answer).
    std::optional<double> singleScore;
    bool singlePassed = false;
    QList<CheckResult> singleChecks;

    int reviews() const; // review rounds used
    ReviewVerdict finalVerdict() const; // verdict of the last review (None when there was none)
    // approved | rejected (rounds used up) | unparsable | error | timeout | runaway | cancelled | ...
    QString outcomeKey() const;
    QString outcomeDisplayName() const; // translated
    const PairStep *firstBuild() const;
    const PairStep *lastBuilderStep() const; // last build/revise step that finished DONE
    std::optional<double> tctMs() const;
    std::optional<double> singleTtrMs() const; // the first build's TTR
};
