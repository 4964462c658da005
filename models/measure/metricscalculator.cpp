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

// "Most of the prompt": a cache hit only when the cache served more than half of it, and a server
// prefill speed only when the newly evaluated tokens are at least half of it (llama.cpp reuses the
// template prefix, cache_n 3 of 514, even on a miss: prompt_n / prompt_ms is still exact then).
constexpr double kMostOfPrompt = 0.5;
constexpr double kNoticeableConnectShare = 0.1; // connection set-up >= 10 % of TTFT: flagged cold
// An estimated prefill (TTFT - headers - one ITL) is noise for short prompts: no speed below this.
constexpr qint64 kMinPromptForEstimatedSpeed = 256;
// Many token chunks stamped with one arrival time: a buffering proxy (or a busy reader) merged them.
constexpr int kMinChunksForBunching = 4;
constexpr double kBunchedShare = 0.5;
} // namespace

MetricsCalculator::Result MetricsCalculator::compute(const RequestTrace &trace)
{
    Result r;
    computeCounts(trace, r);
    computeTimes(trace, r);
    computeItl(trace, r);
    computePrefill(trace, r);
    computeSpeeds(trace, r);

    if (trace.coldConnection()) {
        // llama-server closes every streamed connection, so nearly every request opens one: flag it
        // only when the set-up is a noticeable share of the wait (or could not be measured).
        const ResponseMetrics &m = r.metrics;
        const std::optional<double> wait = m.ttftMs ? m.ttftMs : m.ttrMs;
        if (!m.connectMs || !wait || *m.connectMs >= kNoticeableConnectShare * *wait)
            addFlag(r.flags, MetricFlag::ColdConnection);
    }
    if (!trace.streamed())
        addFlag(r.flags, MetricFlag::NonStream);
    if (trace.finishReason() == QLatin1String("length"))
        addFlag(r.flags, MetricFlag::FinishLength);
    if (trace.thinkingRequested() == false && trace.reasoningChunkCount() > 0)
        addFlag(r.flags, MetricFlag::ThinkingToggleIgnored);
    if (trace.thinkingRequested() == true && !trace.tokenChunks().isEmpty() && trace.reasoningChunkCount() == 0)
        addFlag(r.flags, MetricFlag::ThinkingNotReturned);
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
    if (m.cachedPromptTokens && m.promptTokens && *m.promptTokens > 0 &&
        double(*m.cachedPromptTokens) > kMostOfPrompt * double(*m.promptTokens))
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
        if (timings->predictedN && *timings->predictedN >= 2 && timings->predictedMs && *timings->predictedMs > 0)
            m.serverDecodeStepsTps = double(*timings->predictedN - 1) / (*timings->predictedMs / 1000.0);
    }
}

void MetricsCalculator::computeTimes(const RequestTrace &trace, Result &r)
{
    ResponseMetrics &m = r.metrics;
    m.headersMs = trace.msFromT0(trace.headersNs());
    m.connectMs = trace.connectMs();
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
    const bool cacheHit = r.flags.contains(MetricFlag::CacheHit);
    if (timings && timings->promptMs) {
        // prompt_n counts only the newly evaluated tokens and prompt_ms only their evaluation: exact
        // whenever those tokens are most of the prompt.
        m.prefillMs = timings->promptMs;
        m.prefillSource = MetricSource::Server;
        const std::optional<qint64> evaluated = timings->promptN;
        const std::optional<qint64> prompt = m.promptTokens ? m.promptTokens : evaluated;
        if (evaluated && prompt && *m.prefillMs > 0 && double(*evaluated) >= kMostOfPrompt * double(*prompt))
            m.prefillTps = double(*evaluated) / (*m.prefillMs / 1000.0);
        return;
    }
    if (!m.ttftMs || !m.headersMs)
        return;
    // vLLM sends its headers before queueing and before the first decode step: subtract the headers
    // time and one inter-token interval (the step that produced the first token), and call it estimated.
    const double oneStep = m.itlP50Ms.value_or(0.0);
    const double estimate = *m.ttftMs - *m.headersMs - oneStep;
    // Headers that arrive with the first token leave nothing to subtract: no near-zero estimate.
    if (estimate < kMinEstimablePrefillMs)
        return;
    m.prefillMs = estimate;
    m.prefillSource = MetricSource::Estimated;
    addFlag(r.flags, MetricFlag::EstimatedPrefill);
    std::optional<qint64> evaluated = m.promptTokens;
    if (evaluated && m.cachedPromptTokens)
        evaluated = *evaluated - *m.cachedPromptTokens;
    if (!cacheHit && evaluated && *evaluated >= kMinPromptForEstimatedSpeed)
        m.prefillTps = double(*evaluated) / (*m.prefillMs / 1000.0);
}

void MetricsCalculator::computeSpeeds(const RequestTrace &trace, Result &r)
{
    ResponseMetrics &m = r.metrics;
    // n counts tokens that make no chunk (EOS, a swallowed <think>), so the window ends at the chunk
    // that says finish_reason, not at the last text chunk. Fewer than 2 tokens: no interval, no speed.
    const std::optional<qint64> n = m.completionTokens;
    const auto first = trace.firstTokenNs();
    auto end = trace.lastTokenNs();
    if (trace.finishChunkNs() && end && *trace.finishChunkNs() > *end)
        end = trace.finishChunkNs();
    if (trace.streamed() && n && *n >= 2 && first && end && *end > *first) {
        m.decodeTps = double(*n - 1) / (double(*end - *first) / 1e9);
        m.decodeSource = MetricSource::Client;
    } else if (n && *n >= 2 && (m.serverDecodeStepsTps || m.serverDecodeTps.value_or(0) > 0)) {
        m.decodeTps = m.serverDecodeStepsTps ? m.serverDecodeStepsTps : m.serverDecodeTps;
        m.decodeSource = MetricSource::Server;
    }
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
    int bunched = 0;
    for (qsizetype i = 1; i < chunks.size(); ++i)
        bunched += chunks[i].ns == chunks[i - 1].ns ? 1 : 0;
    if (chunks.size() >= kMinChunksForBunching && double(bunched) >= kBunchedShare * double(chunks.size() - 1))
        addFlag(r.flags, MetricFlag::BunchedArrivals); // ITL and decode speed measure the reader, not the node
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
