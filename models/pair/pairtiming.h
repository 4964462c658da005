#pragma once

#include "models/pair/pairstep.h"

#include <QList>
#include <optional>

// TCT arithmetic of a multi-step task (README "The numbers"): TCT = the sum of every step's TTR plus
// the measured gaps between consecutive steps (next step's t0 - previous step's end). With end = t0 +
// TTR this equals last end - first start; it is computed as the sum so each part can be shown.
// Unknown (nullopt) when any step lacks a TTR or a start: never a partial sum passed off as the total.
class PairTiming final
{
public:
    static std::optional<double> tctMs(const QList<PairStep> &steps);
    static std::optional<double> sumTtrMs(const QList<PairStep> &steps);
    // One entry per pair of consecutive steps (size = steps - 1); nullopt where a time is unknown.
    static QList<std::optional<double>> gapsMs(const QList<PairStep> &steps);
    static std::optional<double> sumGapsMs(const QList<PairStep> &steps);
};
