#pragma once

#include "models/node/nodemetrics.h"

#include <QtGlobal>
#include <optional>

// Rates over one scrape interval, derived from counter deltas. Every field is std::nullopt when the
// interval gives no honest value (first sample, after a gap, after a reset, counter missing, clock did
// not advance, or a zero denominator for the ratios).
struct CounterRateUpdate
{
    enum class Status
    {
        Rated,      // a valid interval: rates below are defined where the counters exist
        Baseline,   // first sample (or first after clear()): only a baseline was stored
        AfterGap,   // first good sample after markGap(): re-baselined, no rate spans the gap
        Reset,      // a counter dropped (server restart): re-baselined, no rate for this interval
        ClockStall, // monotonic time did not advance (t <= previous t): re-baselined, no rate
    };
    Status status = Status::Baseline;
    bool reset = false;    // a counter dropped since the previous sample, even across a gap (status Reset or
                           // AfterGap); goes to NodeSample::counterReset
    qint64 intervalMs = 0; // measured time since the previous sample (0 when not Rated)

    // Throughput over wall-clock time (client monotonic clock): delta tokens / delta seconds.
    std::optional<double> promptTps;
    std::optional<double> generationTps;
    std::optional<double> requestsPerSecond; // finished requests (requestsSuccessTotal)

    // Server-side busy speed (llama.cpp): delta tokens / delta busy seconds reported by the server.
    // std::nullopt when the server was idle in the interval (no busy seconds).
    std::optional<double> serverPromptTps;
    std::optional<double> serverGenerationTps;

    // Ratios over the interval (0..1): accepted / draft tokens, prefix-cache hits / queries.
    std::optional<double> specAcceptanceRate;
    std::optional<double> prefixCacheHitRate;
};

// Turns successive NodeMetrics of ONE node into per-interval rates. Feed every good scrape in order with
// the monotonic time it completed; call markGap() when a poll fails or is skipped, so the next good
// scrape only re-baselines instead of producing a rate that spans the hole. A counter that drops
// (restart) reports reset = true and never a negative value or a spike. Not thread-safe; owned by the
// node's poller.
class CounterRate final
{
public:
    CounterRateUpdate update(qint64 monotonicMs, const NodeMetrics &metrics);
    void markGap();
    void clear();

    bool hasBaseline() const { return m_previous.has_value(); }

private:
    struct Baseline
    {
        qint64 monotonicMs = 0;
        NodeMetrics metrics;
    };
    std::optional<Baseline> m_previous;
    bool m_gap = false;
};
