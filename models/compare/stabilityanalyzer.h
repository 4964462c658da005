#pragma once

#include "models/compare/comparerun.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// Did n runs of one prompt on one node (one thinking mode) give the same answer?
//  STABLE   every run ended DONE (n >= 2) and all answers are equal after normalisation
//           (whitespace runs collapsed, ends trimmed, case folded).
//  UNSTABLE two DONE runs differ, or some runs answered while others ran away (RUNAWAY).
//  UNKNOWN  fewer than two comparable answers, or runs failed for reasons that say nothing about
//           the model (ERROR, TIMEOUT, CANCELLED, INCOMPLETE) while the answers that exist agree.
// Only the visible answer counts; reasoning text is expected to vary.
struct StabilityResult
{
    enum class Verdict
    {
        Unknown,
        Stable,
        Unstable
    };

    Verdict verdict = Verdict::Unknown;
    int runs = 0;            // runs considered
    int answered = 0;        // runs that ended DONE
    int distinctAnswers = 0; // among the DONE runs, after normalisation
    QList<int> runNumbers;   // run number of each considered run (1..n)
    QList<int> answerClass;  // per considered run: index of its distinct answer, -1 when not DONE
    QString reason;          // translated one-liner: why this verdict
    QString diff;            // when UNSTABLE through differing answers: first answer vs each other one

    bool isStable() const { return verdict == Verdict::Stable; }
    bool operator==(const StabilityResult &) const = default;
};

QString stabilityKey(StabilityResult::Verdict verdict); // STABLE | UNSTABLE | UNKNOWN
QString stabilityDisplayName(StabilityResult::Verdict verdict);

class StabilityAnalyzer final
{
    Q_DECLARE_TR_FUNCTIONS(StabilityAnalyzer)

public:
    static QString normalize(const QString &answer);
    // `cells` are the measured runs of one node x mode, in run order.
    static StabilityResult analyze(const QList<CompareCell> &cells);
    static StabilityResult analyze(const CompareRun &run, int nodeIndex, bool thinking);
};
