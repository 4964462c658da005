#pragma once

#include "models/measure/requesttrace.h"
#include "models/measure/responsemetrics.h"

#include <QStringList>

// Turns a RequestTrace into ResponseMetrics plus flags (MetricFlag keys), following the definitions in
// responsemetrics.h / MetricInfo. Token counts only ever come from the server (usage, then timings);
// chunk counts are used for shares and spreading, never as token counts. Pure function, no state.
class MetricsCalculator final
{
public:
    struct Result
    {
        ResponseMetrics metrics;
        QStringList flags;
    };

    static Result compute(const RequestTrace &trace);

private:
    static void computeCounts(const RequestTrace &trace, Result &r);
    static void computeTimes(const RequestTrace &trace, Result &r);
    static void computePrefill(const RequestTrace &trace, Result &r);
    static void computeSpeeds(const RequestTrace &trace, Result &r);
    static void computeItl(const RequestTrace &trace, Result &r);
};
