#include "models/measure/metricdefinitions.h"

#include <QCoreApplication>

namespace {

using ValueFn = std::optional<double> (*)(const ResponseMetrics &);
using SourceFn = MetricSource (*)(const ResponseMetrics &);

struct Entry
{
    const char *key;
    const char *label;
    const char *definition;
    const char *unit;
    ValueFn value;
    SourceFn source;
};

std::optional<double> asDouble(const std::optional<qint64> &v)
{
    return v ? std::optional<double>(double(*v)) : std::nullopt;
}

MetricSource client(const ResponseMetrics &)
{
    return MetricSource::Client;
}
MetricSource server(const ResponseMetrics &)
{
    return MetricSource::Server;
}

#define TR(text) QT_TRANSLATE_NOOP("MetricDefinitions", text)

// clang-format off
const Entry kEntries[] = {
    {"ttfr_ms", TR("TTFR"), TR("Time to first response: from t0 (request bytes handed to the socket) to the first "
        "server-sent event of any kind. Client clock."), TR("ms"),
     [](const ResponseMetrics &m) { return m.ttfrMs; }, client},
    {"ttft_ms", TR("TTFT"), TR("Time to first token: from t0 to the first chunk carrying any token, reasoning or "
        "answer. The role-only first chunk does not count. Client clock."), TR("ms"),
     [](const ResponseMetrics &m) { return m.ttftMs; }, client},
    {"ttfa_ms", TR("TTFA"), TR("Time to first answer: from t0 to the first visible answer (content) token, after "
        "any thinking. Client clock."), TR("ms"),
     [](const ResponseMetrics &m) { return m.ttfaMs; }, client},
    {"ttr_ms", TR("TTR"), TR("Time to response: from t0 to the last token (or to the close of the connection when "
        "no token came). Client clock."), TR("ms"),
     [](const ResponseMetrics &m) { return m.ttrMs; }, client},
    {"headers_ms", TR("Headers"), TR("From t0 to the HTTP response headers. Servers send headers before prefill, so "
        "this is the network and queue floor, not a token time. Client clock."), TR("ms"),
     [](const ResponseMetrics &m) { return m.headersMs; }, client},
    {"prefill_ms", TR("Prefill"), TR("Prompt processing time: the server's timings.prompt_ms when it sends one "
        "(llama.cpp), otherwise TTFT minus the headers time (estimated)."), TR("ms"),
     [](const ResponseMetrics &m) { return m.prefillMs; }, [](const ResponseMetrics &m) { return m.prefillSource; }},
    {"prefill_tps", TR("Prefill speed"), TR("Newly evaluated prompt tokens divided by the prefill time. Not shown "
        "when the prompt was served from cache, because then it measures nothing."), TR("tok/s"),
     [](const ResponseMetrics &m) { return m.prefillTps; }, [](const ResponseMetrics &m) { return m.prefillSource; }},
    {"thinking_ms", TR("Thinking"), TR("From the first token to the last reasoning token. Client clock."), TR("ms"),
     [](const ResponseMetrics &m) { return m.thinkingMs; }, client},
    {"generation_ms", TR("Generation"), TR("From the first answer token to the last token. Client clock."), TR("ms"),
     [](const ResponseMetrics &m) { return m.generationMs; }, client},
    {"decode_tps", TR("Decode speed"), TR("(n - 1) / (last token time - first token time), with n the server's "
        "completion token count and the times from the client clock; the server's own figure when the stream "
        "gives no spread (non-streamed)."), TR("tok/s"),
     [](const ResponseMetrics &m) { return m.decodeTps; }, [](const ResponseMetrics &m) { return m.decodeSource; }},
    {"raw_tps", TR("Raw speed"), TR("All completion tokens (reasoning and answer) divided by (TTR - TTFT). "
        "Token count from the server, times from the client clock."), TR("tok/s"),
     [](const ResponseMetrics &m) { return m.rawTps; }, client},
    {"effective_tps", TR("Effective speed"), TR("Answer tokens divided by TTR: how fast the useful answer arrives, "
        "thinking and prefill included."), TR("tok/s"),
     [](const ResponseMetrics &m) { return m.effectiveTps; },
     [](const ResponseMetrics &m) { return m.effectiveTpsSource; }},
    {"thinking_ratio", TR("Thinking ratio"), TR("Reasoning tokens divided by all completion tokens. Estimated from "
        "the share of reasoning chunks when the server gives no reasoning count."), TR("ratio"),
     [](const ResponseMetrics &m) { return m.thinkingRatio; },
     [](const ResponseMetrics &m) { return m.thinkingRatioSource; }},
    {"itl_p50_ms", TR("ITL p50"), TR("Median inter-token latency: gaps between token-bearing chunks, each spread "
        "evenly over the tokens the chunks carry (server total / chunk count); unknown without a server "
        "token count. Client clock."), TR("ms"),
     [](const ResponseMetrics &m) { return m.itlP50Ms; }, client},
    {"itl_p95_ms", TR("ITL p95"), TR("95th percentile of the inter-token latency defined for ITL p50."), TR("ms"),
     [](const ResponseMetrics &m) { return m.itlP95Ms; }, client},
    {"prompt_tokens", TR("Prompt tokens"), TR("Prompt tokens as counted by the server (usage.prompt_tokens, or "
        "timings prompt_n + cache_n)."), TR("tokens"),
     [](const ResponseMetrics &m) { return asDouble(m.promptTokens); }, server},
    {"cached_prompt_tokens", TR("Cached prompt tokens"), TR("Prompt tokens the server reused from its cache "
        "(prompt_tokens_details.cached_tokens or timings.cache_n)."), TR("tokens"),
     [](const ResponseMetrics &m) { return asDouble(m.cachedPromptTokens); }, server},
    {"completion_tokens", TR("Completion tokens"), TR("Generated tokens, reasoning included, as counted by the "
        "server (usage.completion_tokens or timings.predicted_n). Chunks are never counted as tokens."),
     TR("tokens"), [](const ResponseMetrics &m) { return asDouble(m.completionTokens); }, server},
    {"reasoning_tokens", TR("Reasoning tokens"), TR("The server's reasoning token count when it sends one (newer "
        "vLLM); otherwise estimated from the share of reasoning chunks, or unknown."), TR("tokens"),
     [](const ResponseMetrics &m) { return asDouble(m.reasoningTokens); },
     [](const ResponseMetrics &m) { return m.reasoningTokensSource; }},
    {"answer_tokens", TR("Answer tokens"), TR("Completion tokens minus reasoning tokens; same source as the "
        "reasoning count."), TR("tokens"),
     [](const ResponseMetrics &m) { return asDouble(m.answerTokens); },
     [](const ResponseMetrics &m) { return m.answerTokensSource; }},
    {"server_prefill_ms", TR("Server prefill"), TR("llama.cpp timings.prompt_ms as sent: from after templating and "
        "tokenization to the first sampled token."), TR("ms"),
     [](const ResponseMetrics &m) { return m.serverPrefillMs; }, server},
    {"server_decode_tps", TR("Server decode speed"), TR("llama.cpp timings.predicted_per_second as sent "
        "(predicted_n / predicted_ms)."), TR("tok/s"),
     [](const ResponseMetrics &m) { return m.serverDecodeTps; }, server},
    {"client_server_gap_ms", TR("Client-server gap"), TR("Client TTFT minus the server's prompt_ms: network, HTTP "
        "parsing, templating, queueing and one decode step."), TR("ms"),
     [](const ResponseMetrics &m) { return m.clientServerGapMs; }, client},
};
// clang-format on

#undef TR

QString translated(const char *text)
{
    return QCoreApplication::translate("MetricDefinitions", text);
}

MetricDefinition toDefinition(const Entry &e)
{
    return MetricDefinition{QString::fromLatin1(e.key), translated(e.label), translated(e.definition),
                            translated(e.unit)};
}

const Entry *findEntry(const QString &key)
{
    for (const Entry &e : kEntries) {
        if (key == QLatin1String(e.key))
            return &e;
    }
    return nullptr;
}

} // namespace

namespace MetricDefinitions {

QList<MetricDefinition> all()
{
    QList<MetricDefinition> out;
    for (const Entry &e : kEntries)
        out.append(toDefinition(e));
    return out;
}

std::optional<MetricDefinition> find(const QString &key)
{
    const Entry *e = findEntry(key);
    return e ? std::optional<MetricDefinition>(toDefinition(*e)) : std::nullopt;
}

std::optional<double> value(const ResponseMetrics &metrics, const QString &key)
{
    const Entry *e = findEntry(key);
    return e ? e->value(metrics) : std::nullopt;
}

MetricSource source(const ResponseMetrics &metrics, const QString &key)
{
    const Entry *e = findEntry(key);
    if (!e || !e->value(metrics))
        return MetricSource::None;
    return e->source(metrics);
}

QString flagText(const QString &flag)
{
    using namespace MetricFlag;
    if (flag == CacheHit)
        return QCoreApplication::translate("MetricDefinitions",
                                           "Prompt served (partly) from the server's cache: "
                                           "prefill numbers do not measure prompt speed.");
    if (flag == ColdConnection)
        return QCoreApplication::translate("MetricDefinitions",
                                           "A new connection was opened for this request: "
                                           "its times include TCP set-up.");
    if (flag == ThinkingToggleIgnored)
        return QCoreApplication::translate("MetricDefinitions",
                                           "Thinking was switched off in the request, but the "
                                           "model still produced reasoning.");
    if (flag == ChunksNotTokens)
        return QCoreApplication::translate("MetricDefinitions",
                                           "The number of streamed chunks differs from the "
                                           "server's token count: chunks are not tokens.");
    if (flag == NoUsage)
        return QCoreApplication::translate("MetricDefinitions",
                                           "The server sent no usage object: token counts "
                                           "come from its timings, or are unknown.");
    if (flag == NoReasoningCount)
        return QCoreApplication::translate("MetricDefinitions",
                                           "The server does not count reasoning tokens: the "
                                           "reasoning/answer split is estimated.");
    if (flag == FinishLength)
        return QCoreApplication::translate("MetricDefinitions",
                                           "Generation stopped at max_tokens (finish_reason "
                                           "\"length\").");
    if (flag == EstimatedPrefill)
        return QCoreApplication::translate("MetricDefinitions",
                                           "No server prefill time: prefill is estimated as "
                                           "TTFT minus the headers time.");
    if (flag == NonStream)
        return QCoreApplication::translate("MetricDefinitions",
                                           "Not streamed: first-token times cannot be seen "
                                           "by the client; speeds come from the server.");
    return QString();
}

} // namespace MetricDefinitions
