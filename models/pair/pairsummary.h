#pragma once

#include "models/pair/pairrun.h"

#include <QList>
#include <QString>
#include <optional>

// One task over its n runs: the single builder (first build graded alone) beside the pair (final code).
struct PairTaskSummary
{
    QString suite;
    QString task;
    QString title;
    int runs = 0;
    double passThreshold = 70;
    std::optional<double> singleMeanScore;
    std::optional<double> pairMeanScore;
    bool singlePassed = false; // mean >= pass threshold
    bool pairPassed = false;
    double meanReviews = 0;    // review rounds used
    int approvedRuns = 0;
    int secondRoundRuns = 0;   // runs that needed more than one review
    std::optional<double> meanSingleTtrMs;
    std::optional<double> meanTctMs;
};

// A row of the user's table: mode (single | pair), tasks, pass rate, mean score, mean time
// (single: the builder's TTR; pair: TCT).
struct PairSummaryRow
{
    QString mode;
    int tasks = 0;
    int passedTasks = 0;
    std::optional<double> passRate; // percent of tasks whose mean score passed
    std::optional<double> meanScore;
    std::optional<double> meanTimeMs;
};

class PairSummary final
{
public:
    static QList<PairTaskSummary> perTask(const PairRun &run);
    static QList<PairSummaryRow> rows(const PairRun &run); // single, pair
    static QString modeDisplayName(const QString &mode);  // translated
};
