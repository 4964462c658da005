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

// clang-format off
const Entry kEntries[] = {
    {"ttfr_ms", QT_TRANSLATE_NOOP("MetricDefinitions", "TTFR"), QT_TRANSLATE_NOOP("MetricDefinitions", "Time to first response: from t0 (request bytes handed to the socket) to the first "
        "server-sent event of any kind. Client clock."), QT_TRANSLATE_NOOP("MetricDefinitions", "ms"),
     [](const ResponseMetrics &m) { return m.ttfrMs; }, client},
    {"ttft_ms", QT_TRANSLATE_NOOP("MetricDefinitions", "TTFT"), QT_TRANSLATE_NOOP("MetricDefinitions", "Time to first token: from t0 to the first chunk carrying any token, reasoning or "
        "answer. The role-only first chunk does not count. Client clock."), QT_TRANSLATE_NOOP("MetricDefinitions", "ms"),
     [](const ResponseMetrics &m) { return m.ttftMs; }, client},
    {"ttfa_ms", QT_TRANSLATE_NOOP("MetricDefinitions", "TTFA"), QT_TRANSLATE_NOOP("MetricDefinitions", "Time to first answer: from t0 to the first visible answer (content) token, after "
        "any thinking. Client clock."), QT_TRANSLATE_NOOP("MetricDefinitions", "ms"),
     [](const ResponseMetrics &m) { return m.ttfaMs; }, client},
    {"ttr_ms", QT_TRANSLATE_NOOP("MetricDefinitions", "TTR"), QT_TRANSLATE_NOOP("MetricDefinitions", "Time to response: from t0 to the last token (or to the close of the connection when "
        "no token came). Client clock."), QT_TRANSLATE_NOOP("MetricDefinitions", "ms"),
     [](const ResponseMetrics &m) { return m.ttrMs; }, client},
    {"connect_ms", QT_TRANSLATE_NOOP("MetricDefinitions", "Connect"), QT_TRANSLATE_NOOP("MetricDefinitions", "Set-up of a new connection for this request: from the request handed to "
        "the network to the request sent. Part of TTFT (t0 is then the hand-over); unknown on a reused "
        "connection. llama-server closes the connection after every streamed reply. Client clock."), QT_TRANSLATE_NOOP("MetricDefinitions", "ms"),
     [](const ResponseMetrics &m) { return m.connectMs; }, client},
    {"headers_ms", QT_TRANSLATE_NOOP("MetricDefinitions", "Headers"), QT_TRANSLATE_NOOP("MetricDefinitions", "From t0 to the HTTP response headers. Servers send headers before prefill, so "
        "this is the network and queue floor, not a token time. Client clock."), QT_TRANSLATE_NOOP("MetricDefinitions", "ms"),
     [](const ResponseMetrics &m) { return m.headersMs; }, client},
    {"prefill_ms", QT_TRANSLATE_NOOP("MetricDefinitions", "Prefill"), QT_TRANSLATE_NOOP("MetricDefinitions", "Prompt processing time: the server's timings.prompt_ms when it sends one "
        "(llama.cpp), otherwise an estimate: TTFT minus the headers time minus one inter-token interval "
        "(vLLM sends headers before queueing and the first decode step, so the estimate still holds queue time)."), QT_TRANSLATE_NOOP("MetricDefinitions", "ms"),
     [](const ResponseMetrics &m) { return m.prefillMs; }, [](const ResponseMetrics &m) { return m.prefillSource; }},
    {"prefill_tps", QT_TRANSLATE_NOOP("MetricDefinitions", "Prefill speed"), QT_TRANSLATE_NOOP("MetricDefinitions", "Newly evaluated prompt tokens divided by the prefill time: "
        "timings.prompt_n / prompt_ms when those tokens are most of the prompt. Not shown when most of the "
        "prompt came from the cache, nor for estimated prefills of prompts under 256 tokens (noise)."), QT_TRANSLATE_NOOP("MetricDefinitions", "tok/s"),
     [](const ResponseMetrics &m) { return m.prefillTps; }, [](const ResponseMetrics &m) { return m.prefillSource; }},
    {"thinking_ms", QT_TRANSLATE_NOOP("MetricDefinitions", "Thinking"), QT_TRANSLATE_NOOP("MetricDefinitions", "From the first token to the last reasoning token. Client clock."), QT_TRANSLATE_NOOP("MetricDefinitions", "ms"),
     [](const ResponseMetrics &m) { return m.thinkingMs; }, client},
    {"generation_ms", QT_TRANSLATE_NOOP("MetricDefinitions", "Generation"), QT_TRANSLATE_NOOP("MetricDefinitions", "From the first answer token to the last token. Client clock."), QT_TRANSLATE_NOOP("MetricDefinitions", "ms"),
     [](const ResponseMetrics &m) { return m.generationMs; }, client},
    {"decode_tps", QT_TRANSLATE_NOOP("MetricDefinitions", "Raw decode speed"), QT_TRANSLATE_NOOP("MetricDefinitions", "The engine's speed over every generated token, thinking included: "
        "(n - 1) / (finish chunk time - first token time), with n the server's completion token count and "
        "the times from the client clock. Unknown for fewer than 2 tokens. Non-streamed: the server's "
        "(predicted_n - 1) / predicted_ms."), QT_TRANSLATE_NOOP("MetricDefinitions", "tok/s"),
     [](const ResponseMetrics &m) { return m.decodeTps; }, [](const ResponseMetrics &m) { return m.decodeSource; }},
    {"effective_tps", QT_TRANSLATE_NOOP("MetricDefinitions", "Effective speed"), QT_TRANSLATE_NOOP("MetricDefinitions", "Answer tokens divided by TTR: how fast the useful answer arrives, "
        "thinking and prefill included."), QT_TRANSLATE_NOOP("MetricDefinitions", "tok/s"),
     [](const ResponseMetrics &m) { return m.effectiveTps; },
     [](const ResponseMetrics &m) { return m.effectiveTpsSource; }},
    {"thinking_ratio", QT_TRANSLATE_NOOP("MetricDefinitions", "Thinking ratio"), QT_TRANSLATE_NOOP("MetricDefinitions", "Reasoning tokens divided by all completion tokens. Estimated from "
        "the share of reasoning chunks when the server gives no reasoning count."), QT_TRANSLATE_NOOP("MetricDefinitions", "ratio"),
     [](const ResponseMetrics &m) { return m.thinkingRatio; },
     [](const ResponseMetrics &m) { return m.thinkingRatioSource; }},
    {"itl_p50_ms", QT_TRANSLATE_NOOP("MetricDefinitions", "ITL p50"), QT_TRANSLATE_NOOP("MetricDefinitions", "Median inter-token latency: gaps between token-bearing chunks, each spread "
        "evenly over the tokens the chunks carry (server total / chunk count); unknown without a server "
        "token count. Client clock."), QT_TRANSLATE_NOOP("MetricDefinitions", "ms"),
     [](const ResponseMetrics &m) { return m.itlP50Ms; }, client},
    {"itl_p95_ms", QT_TRANSLATE_NOOP("MetricDefinitions", "ITL p95"), QT_TRANSLATE_NOOP("MetricDefinitions", "95th percentile of the inter-token latency defined for ITL p50."), QT_TRANSLATE_NOOP("MetricDefinitions", "ms"),
     [](const ResponseMetrics &m) { return m.itlP95Ms; }, client},
    {"prompt_tokens", QT_TRANSLATE_NOOP("MetricDefinitions", "Prompt tokens"), QT_TRANSLATE_NOOP("MetricDefinitions", "Prompt tokens as counted by the server (usage.prompt_tokens, or "
        "timings prompt_n + cache_n)."), QT_TRANSLATE_NOOP("MetricDefinitions", "tokens"),
     [](const ResponseMetrics &m) { return asDouble(m.promptTokens); }, server},
    {"cached_prompt_tokens", QT_TRANSLATE_NOOP("MetricDefinitions", "Cached prompt tokens"), QT_TRANSLATE_NOOP("MetricDefinitions", "Prompt tokens the server reused from its cache "
        "(prompt_tokens_details.cached_tokens or timings.cache_n)."), QT_TRANSLATE_NOOP("MetricDefinitions", "tokens"),
     [](const ResponseMetrics &m) { return asDouble(m.cachedPromptTokens); }, server},
    {"completion_tokens", QT_TRANSLATE_NOOP("MetricDefinitions", "Completion tokens"), QT_TRANSLATE_NOOP("MetricDefinitions", "Generated tokens, reasoning included, as counted by the "
        "server (usage.completion_tokens or timings.predicted_n). Chunks are never counted as tokens."),
     QT_TRANSLATE_NOOP("MetricDefinitions", "tokens"), [](const ResponseMetrics &m) { return asDouble(m.completionTokens); }, server},
    {"reasoning_tokens", QT_TRANSLATE_NOOP("MetricDefinitions", "Reasoning tokens"), QT_TRANSLATE_NOOP("MetricDefinitions", "The server's reasoning token count when it sends one (newer "
        "vLLM); otherwise estimated from the share of reasoning chunks, or unknown."), QT_TRANSLATE_NOOP("MetricDefinitions", "tokens"),
     [](const ResponseMetrics &m) { return asDouble(m.reasoningTokens); },
     [](const ResponseMetrics &m) { return m.reasoningTokensSource; }},
    {"answer_tokens", QT_TRANSLATE_NOOP("MetricDefinitions", "Answer tokens"), QT_TRANSLATE_NOOP("MetricDefinitions", "Completion tokens minus reasoning tokens; same source as the "
        "reasoning count."), QT_TRANSLATE_NOOP("MetricDefinitions", "tokens"),
     [](const ResponseMetrics &m) { return asDouble(m.answerTokens); },
     [](const ResponseMetrics &m) { return m.answerTokensSource; }},
    {"server_prefill_ms", QT_TRANSLATE_NOOP("MetricDefinitions", "Server prefill"), QT_TRANSLATE_NOOP("MetricDefinitions", "llama.cpp timings.prompt_ms as sent: from after templating and "
        "tokenization to the first sampled token."), QT_TRANSLATE_NOOP("MetricDefinitions", "ms"),
     [](const ResponseMetrics &m) { return m.serverPrefillMs; }, server},
    {"server_decode_tps", QT_TRANSLATE_NOOP("MetricDefinitions", "Server decode speed"), QT_TRANSLATE_NOOP("MetricDefinitions", "llama.cpp timings.predicted_per_second as sent. "
        "Recent builds send predicted_n / predicted_ms although predicted_ms spans only n - 1 decode steps, so "
        "it reads high for short answers (2 tokens: 2x); some older builds send (n - 1) / predicted_ms."), QT_TRANSLATE_NOOP("MetricDefinitions", "tok/s"),
     [](const ResponseMetrics &m) { return m.serverDecodeTps; }, server},
    {"server_decode_steps_tps", QT_TRANSLATE_NOOP("MetricDefinitions", "Server decode speed (n - 1)"), QT_TRANSLATE_NOOP("MetricDefinitions", "(timings.predicted_n - 1) / "
        "timings.predicted_ms: the server's decode speed taken like for like with the raw decode speed."), QT_TRANSLATE_NOOP("MetricDefinitions", "tok/s"),
     [](const ResponseMetrics &m) { return m.serverDecodeStepsTps; }, server},
    {"client_server_gap_ms", QT_TRANSLATE_NOOP("MetricDefinitions", "Client-server gap"), QT_TRANSLATE_NOOP("MetricDefinitions", "Client TTFT minus the server's prompt_ms: network, HTTP "
        "parsing, templating, queueing and one decode step."), QT_TRANSLATE_NOOP("MetricDefinitions", "ms"),
     [](const ResponseMetrics &m) { return m.clientServerGapMs; }, client},
};
// clang-format on

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
                                           "Most of the prompt was served from the server's "
                                           "cache: prefill numbers do not measure prompt speed.");
    if (flag == ColdConnection)
        return QCoreApplication::translate("MetricDefinitions",
                                           "A new connection was opened for this request and "
                                           "its set-up is a noticeable share of TTFT (see Connect).");
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
                                           "TTFT minus the headers time minus one inter-token "
                                           "interval, queueing included.");
    if (flag == NonStream)
        return QCoreApplication::translate("MetricDefinitions",
                                           "Not streamed: first-token times cannot be seen "
                                           "by the client; speeds come from the server.");
    if (flag == TemplateOpenedThinking)
        return QCoreApplication::translate("MetricDefinitions",
                                           "The chat template opened <think> in the prompt: the "
                                           "text up to the bare </think> is reasoning.");
    if (flag == ThinkingNotReturned)
        return QCoreApplication::translate("MetricDefinitions",
                                           "Thinking was requested, but no reasoning came back "
                                           "(template or parser without thinking).");
    if (flag == AnswerInReasoning)
        return QCoreApplication::translate("MetricDefinitions",
                                           "Thinking was off, but the parser put the answer in "
                                           "reasoning: it is shown and counted as the answer.");
    if (flag == AnswerRepetition)
        return QCoreApplication::translate("MetricDefinitions",
                                           "The answer repeats one passage many times (kept: "
                                           "it may have been asked for).");
    if (flag == BunchedArrivals)
        return QCoreApplication::translate("MetricDefinitions",
                                           "Many chunks arrived at the same instant (a buffering "
                                           "proxy?): ITL and decode speed are unreliable.");
    return QString();
}

} // namespace MetricDefinitions
