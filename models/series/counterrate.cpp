#include "models/series/counterrate.h"

#include <array>
#include <cmath>

namespace {

using Counter = std::optional<double> NodeMetrics::*;

// Every monotonic counter: if any of them drops, the server restarted and the whole interval is void.
constexpr std::array<Counter, 10> kCounters = {
    &NodeMetrics::promptTokensTotal,       &NodeMetrics::generationTokensTotal,
    &NodeMetrics::promptSecondsTotal,      &NodeMetrics::generationSecondsTotal,
    &NodeMetrics::requestsSuccessTotal,    &NodeMetrics::specDraftTokensTotal,
    &NodeMetrics::specAcceptedTokensTotal, &NodeMetrics::specDraftsTotal,
    &NodeMetrics::prefixCacheQueriesTotal, &NodeMetrics::prefixCacheHitsTotal,
};

bool usable(const std::optional<double> &v)
{
    return v && std::isfinite(*v);
}

std::optional<double> delta(const NodeMetrics &before, const NodeMetrics &after, Counter counter)
{
    const std::optional<double> &a = before.*counter;
    const std::optional<double> &b = after.*counter;
    if (!usable(a) || !usable(b))
        return std::nullopt;
    return *b - *a;
}

bool anyCounterDropped(const NodeMetrics &before, const NodeMetrics &after)
{
    for (const Counter c : kCounters) {
        const std::optional<double> d = delta(before, after, c);
        if (d && *d < 0)
            return true;
    }
    return false;
}

std::optional<double> perSecond(std::optional<double> d, double seconds)
{
    if (!d)
        return std::nullopt;
    return *d / seconds;
}

std::optional<double> ratio(std::optional<double> numerator, std::optional<double> denominator)
{
    if (!numerator || !denominator || *denominator <= 0)
        return std::nullopt;
    return *numerator / *denominator;
}

} // namespace

CounterRateUpdate CounterRate::update(qint64 monotonicMs, const NodeMetrics &metrics)
{
    CounterRateUpdate out;
    const std::optional<Baseline> previous = m_previous;
    const bool afterGap = m_gap;
    m_previous = Baseline{monotonicMs, metrics};
    m_gap = false;

    if (!previous) {
        out.status = CounterRateUpdate::Status::Baseline;
        return out;
    }
    // A restart is worth reporting even across a gap (the poll often failed because of it).
    out.reset = anyCounterDropped(previous->metrics, metrics);
    if (afterGap) {
        out.status = CounterRateUpdate::Status::AfterGap;
        return out;
    }
    if (out.reset) {
        out.status = CounterRateUpdate::Status::Reset;
        return out;
    }
    if (monotonicMs <= previous->monotonicMs) {
        out.status = CounterRateUpdate::Status::ClockStall;
        return out;
    }

    const NodeMetrics &a = previous->metrics;
    const double seconds = double(monotonicMs - previous->monotonicMs) / 1000.0;
    out.status = CounterRateUpdate::Status::Rated;
    out.intervalMs = monotonicMs - previous->monotonicMs;
    const std::optional<double> prompt = delta(a, metrics, &NodeMetrics::promptTokensTotal);
    const std::optional<double> generation = delta(a, metrics, &NodeMetrics::generationTokensTotal);
    out.promptTps = perSecond(prompt, seconds);
    out.generationTps = perSecond(generation, seconds);
    out.requestsPerSecond = perSecond(delta(a, metrics, &NodeMetrics::requestsSuccessTotal), seconds);
    out.serverPromptTps = ratio(prompt, delta(a, metrics, &NodeMetrics::promptSecondsTotal));
    out.serverGenerationTps = ratio(generation, delta(a, metrics, &NodeMetrics::generationSecondsTotal));
    out.specAcceptanceRate = ratio(delta(a, metrics, &NodeMetrics::specAcceptedTokensTotal),
                                   delta(a, metrics, &NodeMetrics::specDraftTokensTotal));
    out.prefixCacheHitRate = ratio(delta(a, metrics, &NodeMetrics::prefixCacheHitsTotal),
                                   delta(a, metrics, &NodeMetrics::prefixCacheQueriesTotal));
    return out;
}

void CounterRate::markGap()
{
    m_gap = true;
}

void CounterRate::clear()
{
    m_previous.reset();
    m_gap = false;
}
