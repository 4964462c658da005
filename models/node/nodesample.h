#pragma once

#include "models/node/backend.h"
#include "models/node/llmmodelinfo.h"
#include "models/node/nodehealth.h"
#include "models/node/nodemetrics.h"
#include "models/measure/metricsource.h"

#include <QDateTime>
#include <QString>
#include <optional>

// One normalized snapshot of a node after one poll. Produced by NodeProbe, consumed by the item
// models, the time series and `tokscope-cli probe`.
struct NodeSample
{
    QString nodeId;
    qint64 monotonicMs = 0;           // steady clock when the poll completed
    QDateTime wallTime;               // for display and history only
    NodeHealth health = NodeHealth::Unknown;
    QString reason;                   // human-readable, translated ("connection refused", "HTTP 401 ...")
    Backend backend = Backend::Unknown;
    std::optional<double> latencyMs;  // /health round trip
    LlmModelInfo model;
    NodeMetrics metrics;
    std::optional<double> promptTps;      // counter delta / measured time since previous good scrape
    std::optional<double> generationTps;
    // Where generationTps came from: Metrics (counter deltas) or Slots (llama.cpp /slots n_decoded
    // deltas while a slot is processing: its counter moves only when a request ends).
    MetricSource generationTpsSource = MetricSource::None;
    bool counterReset = false;        // counters dropped since the previous scrape (server restart)
    bool simulated = false;
    std::optional<qint64> lastGoodMonotonicMs; // age of the last good poll = now - this
};
