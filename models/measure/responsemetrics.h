#pragma once

#include "models/measure/metricsource.h"

#include <optional>

// The measured numbers of one finished (or partial) request. Definitions (the metric registry
// MetricInfo, and the README's metric table made from it), all times in ms relative to t0 = request
// bytes handed to the socket:
//  ttfr: first SSE event of any kind; ttft: first chunk with any token (reasoning or content);
//  ttfa: first answer (content) token; ttr: last token (or close).
//  prefill: server prompt_ms when given (source Server), else TTFT minus the headers time minus one
//  inter-token interval (source Estimated). thinking: TTFT -> last reasoning token. generation: first
//  answer token -> last token. decode tok/s (the one "raw" figure: every generated token, thinking
//  included) = (n-1) / (finish chunk - first token chunk) with the server's n, unknown for n < 2;
//  effective tok/s = answer tokens / ttr; thinking ratio = reasoning tokens / completion tokens.
// nullopt = unknown: never a made-up zero.
struct ResponseMetrics
{
    std::optional<double> ttfrMs;
    std::optional<double> ttftMs;
    std::optional<double> ttfaMs;
    std::optional<double> ttrMs;
    std::optional<double> connectMs; // new connection's set-up (post() -> request sent), part of TTFT
    std::optional<double> headersMs;
    std::optional<double> prefillMs;
    MetricSource prefillSource = MetricSource::None;
    std::optional<double> prefillTps;
    std::optional<double> thinkingMs;
    std::optional<double> generationMs;
    std::optional<double> decodeTps;
    MetricSource decodeSource = MetricSource::None;
    std::optional<double> effectiveTps;
    MetricSource effectiveTpsSource = MetricSource::None;   // Estimated when answer tokens are
    std::optional<double> thinkingRatio;
    MetricSource thinkingRatioSource = MetricSource::None;  // follows reasoningTokensSource
    std::optional<double> itlP50Ms;
    std::optional<double> itlP95Ms;
    std::optional<qint64> promptTokens;
    std::optional<qint64> cachedPromptTokens;
    std::optional<qint64> completionTokens;
    std::optional<qint64> reasoningTokens;  // server count only (vLLM newer); else estimated or null
    MetricSource reasoningTokensSource = MetricSource::None;
    std::optional<qint64> answerTokens;
    MetricSource answerTokensSource = MetricSource::None;
    std::optional<double> serverPrefillMs;  // llama.cpp timings.prompt_ms as sent
    std::optional<double> serverDecodeTps;  // llama.cpp timings.predicted_per_second as sent
    // (predicted_n - 1) / predicted_ms: predicted_ms spans n - 1 decode steps (the first token comes out
    // of prefill), so this is the server's figure like for like with decodeTps.
    std::optional<double> serverDecodeStepsTps;
    std::optional<double> clientServerGapMs; // client TTFT - server prompt_ms (network + queue + template)

    bool operator==(const ResponseMetrics &) const = default;
};
