#include "models/measure/metricscalculator.h"

#include "models/measure/metricdefinitions.h"
#include "models/measure/runstats.h"

#include <cmath>

namespace {
void addFlag(QStringList &flags, const QString &flag)
{
    if (!flags.contains(flag))
        flags.append(flag);
}

double nsToMs(qint64 ns)
{
    return double(ns) / 1e6;
}
} // namespace

MetricsCalculator::Result MetricsCalculator::compute(const RequestTrace &trace)
{
    Result r;
    computeCounts(trace, r);
    computeTimes(trace, r);
    computePrefill(trace, r);
    computeSpeeds(trace, r);
    computeItl(trace, r);

    if (trace.coldConnection())
        addFlag(r.flags, MetricFlag::ColdConnection);
    if (!trace.streamed())
        addFlag(r.flags, MetricFlag::NonStream);
    if (trace.finishReason() == QLatin1String("length"))
        addFlag(r.flags, MetricFlag::FinishLength);
    if (trace.thinkingRequested() == false && trace.reasoningChunkCount() > 0)
        addFlag(r.flags, MetricFlag::ThinkingToggleIgnored);
    return r;
}

void MetricsCalculator::computeCounts(const RequestTrace &trace, Result &r)
{
    ResponseMetrics &m = r.metrics;
    const std::optional<TokenUsage> &usage = trace.usage();
    const std::optional<ServerTimings> &timings = trace.timings();
    if (!usage)
        addFlag(r.flags, MetricFlag::NoUsage);

    if (usage && usage->promptTokens)
        m.promptTokens = usage->promptTokens;
    else if (timings && timings->promptN && timings->cacheN)
        m.promptTokens = *timings->promptN + *timings->cacheN;
    if (usage && usage->cachedTokens)
        m.cachedPromptTokens = usage->cachedTokens;
    else if (timings)
        m.cachedPromptTokens = timings->cacheN;
    if (usage && usage->completionTokens)
        m.completionTokens = usage->completionTokens;
    else if (timings)
        m.completionTokens = timings->predictedN;

    const int chunks = int(trace.tokenChunks().size());
    if (trace.streamed() && m.completionTokens && *m.completionTokens != chunks)
        addFlag(r.flags, MetricFlag::ChunksNotTokens);
    if (m.cachedPromptTokens.value_or(0) > 0)
        addFlag(r.flags, MetricFlag::CacheHit);

    // Reasoning / answer split: the server's count, else "none seen", else an estimate by chunk share.
    const int reasoningChunks = trace.reasoningChunkCount();
    const int contentChunks = trace.contentChunkCount();
    const std::optional<qint64> completion = m.completionTokens;
    if (usage && usage->reasoningTokens) {
        m.reasoningTokens = usage->reasoningTokens;
        m.reasoningTokensSource = MetricSource::Server;
        if (completion) {
            m.answerTokens = std::max<qint64>(0, *completion - *usage->reasoningTokens);
            m.answerTokensSource = MetricSource::Server;
        }
    } else if (reasoningChunks == 0 && (completion || !trace.tokenChunks().isEmpty())) {
        // Tokens arrived and none of them was reasoning: nothing to split.
        m.reasoningTokens = 0;
        m.reasoningTokensSource = MetricSource::Client;
        m.answerTokens = completion;
        m.answerTokensSource = completion ? MetricSource::Server : MetricSource::None;
    } else if (reasoningChunks > 0) {
        addFlag(r.flags, MetricFlag::NoReasoningCount);
        if (completion && contentChunks == 0) {
            m.reasoningTokens = completion;
            m.answerTokens = 0;
        } else if (completion && trace.streamed()) {
            const double share = double(reasoningChunks) / double(reasoningChunks + contentChunks);
            m.reasoningTokens = qint64(std::llround(double(*completion) * share));
            m.answerTokens = *completion - *m.reasoningTokens;
        }
        if (m.reasoningTokens) {
            m.reasoningTokensSource = MetricSource::Estimated;
            m.answerTokensSource = MetricSource::Estimated;
        }
    }
    if (m.reasoningTokens && completion && *completion > 0) {
        m.thinkingRatio = double(*m.reasoningTokens) / double(*completion);
        m.thinkingRatioSource = m.reasoningTokensSource;
    }
    if (timings) {
        m.serverDecodeTps = timings->predictedPerSecond;
        m.serverPrefillMs = timings->promptMs;
    }
}

void MetricsCalculator::computeTimes(const RequestTrace &trace, Result &r)
{
    ResponseMetrics &m = r.metrics;
    m.headersMs = trace.msFromT0(trace.headersNs());
    if (trace.streamed()) {
        m.ttfrMs = trace.msFromT0(trace.firstEventNs());
        m.ttftMs = trace.msFromT0(trace.firstTokenNs());
        m.ttfaMs = trace.msFromT0(trace.firstContentNs());
        m.ttrMs = trace.msFromT0(trace.lastTokenNs() ? trace.lastTokenNs() : trace.closeNs());
        if (trace.lastReasoningNs() && trace.firstTokenNs())
            m.thinkingMs = nsToMs(*trace.lastReasoningNs() - *trace.firstTokenNs());
        if (trace.lastTokenNs() && trace.firstContentNs())
            m.generationMs = nsToMs(*trace.lastTokenNs() - *trace.firstContentNs());
    } else {
        // The whole answer arrives at once: first-token times are invisible to the client.
        m.ttrMs = trace.msFromT0(trace.lastTokenNs() ? trace.lastTokenNs() : trace.closeNs());
    }
    if (m.ttftMs && m.serverPrefillMs)
        m.clientServerGapMs = *m.ttftMs - *m.serverPrefillMs;
}

static constexpr double kMinEstimablePrefillMs = 1.0;

void MetricsCalculator::computePrefill(const RequestTrace &trace, Result &r)
{
    ResponseMetrics &m = r.metrics;
    const std::optional<ServerTimings> &timings = trace.timings();
    std::optional<qint64> evaluated;
    if (timings && timings->promptMs) {
        m.prefillMs = timings->promptMs;
        m.prefillSource = MetricSource::Server;
        evaluated = timings->promptN;
    } else if (m.ttftMs && m.headersMs && *m.ttftMs - *m.headersMs >= kMinEstimablePrefillMs) {
        // Only when the server flushed its headers before prefill: headers that arrive with the first
        // token leave nothing to subtract, and a near-zero estimate would show an absurd speed.
        m.prefillMs = *m.ttftMs - *m.headersMs;
        m.prefillSource = MetricSource::Estimated;
        evaluated = m.promptTokens;
        addFlag(r.flags, MetricFlag::EstimatedPrefill);
    }
    const bool cacheHit = r.flags.contains(MetricFlag::CacheHit);
    if (!cacheHit && evaluated && m.prefillMs && *m.prefillMs > 0)
        m.prefillTps = double(*evaluated) / (*m.prefillMs / 1000.0);
}

void MetricsCalculator::computeSpeeds(const RequestTrace &trace, Result &r)
{
    ResponseMetrics &m = r.metrics;
    const std::optional<qint64> n = m.completionTokens;
    const auto first = trace.firstTokenNs();
    const auto last = trace.lastTokenNs();
    if (trace.streamed() && n && *n >= 2 && first && last && *last > *first) {
        m.decodeTps = double(*n - 1) / (double(*last - *first) / 1e9);
        m.decodeSource = MetricSource::Client;
    } else if (m.serverDecodeTps) {
        m.decodeTps = m.serverDecodeTps;
        m.decodeSource = MetricSource::Server;
    }
    if (n && m.ttrMs && m.ttftMs && *m.ttrMs > *m.ttftMs)
        m.rawTps = double(*n) / ((*m.ttrMs - *m.ttftMs) / 1000.0);
    if (m.answerTokens && m.ttrMs && *m.ttrMs > 0) {
        m.effectiveTps = double(*m.answerTokens) / (*m.ttrMs / 1000.0);
        m.effectiveTpsSource =
            m.answerTokensSource == MetricSource::Estimated ? MetricSource::Estimated : MetricSource::Client;
    }
}

void MetricsCalculator::computeItl(const RequestTrace &trace, Result &r)
{
    const QList<RequestTrace::TokenChunk> &chunks = trace.tokenChunks();
    if (!trace.streamed() || chunks.size() < 2)
        return;
    // Each chunk carries completion / chunks tokens on average. Without a server count the tokens per
    // chunk are unknown (MTP sends several), so there is no ITL rather than a chunk interval posing as one.
    if (!r.metrics.completionTokens || *r.metrics.completionTokens <= 0)
        return;
    const double tokensPerChunk = double(*r.metrics.completionTokens) / double(chunks.size());
    QList<double> itl;
    itl.reserve(chunks.size() - 1);
    for (qsizetype i = 1; i < chunks.size(); ++i)
        itl.append(nsToMs(chunks[i].ns - chunks[i - 1].ns) / tokensPerChunk);
    std::sort(itl.begin(), itl.end());
    r.metrics.itlP50Ms = RunStats::percentileOfSorted(itl, 50);
    r.metrics.itlP95Ms = RunStats::percentileOfSorted(itl, 95);
}
