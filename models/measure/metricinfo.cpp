#include "models/measure/metricinfo.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

using M = ResponseMetrics;
using U = MetricInfo::Unit;

namespace {
// Labels and definitions keep the "MetricDefinitions" translation context and short labels the
// "CompareMetric" one, so the existing catalogues still apply.
const char *const kLabelContext = "MetricDefinitions";
const char *const kShortContext = "CompareMetric";

const char *const kClient = "client clock";
const char *const kServer = "server";
const char *const kServerCounts = "server counts";
const char *const kServerOrEstimated = "server / estimated";
const char *const kCountsOrEstimated = "server counts / estimated";
const char *const kClientAndCounts = "client clock + server counts";
const char *const kClientAndServer = "client clock + server";
} // namespace

const QList<MetricInfo> &MetricInfo::all()
{
    // clang-format off
    static const QList<MetricInfo> metrics{
        {.key = "ttfr_ms", .label = QT_TRANSLATE_NOOP("MetricDefinitions", "TTFR"), .unit = U::Milliseconds, .real = &M::ttfrMs, .origin = kClient,
         .definition = QT_TRANSLATE_NOOP("MetricDefinitions", "Time to first response: from t0 (request bytes handed to the socket) to the first "
                             "server-sent event of any kind. Client clock."),
         .tableRank = 18},
        {.key = "ttft_ms", .label = QT_TRANSLATE_NOOP("MetricDefinitions", "TTFT"), .unit = U::Milliseconds, .real = &M::ttftMs, .origin = kClient,
         .definition = QT_TRANSLATE_NOOP("MetricDefinitions", "Time to first token: from t0 to the first chunk carrying any token, reasoning or "
                             "answer. The role-only first chunk does not count. Client clock."),
         .tableRank = 1, .summaryRank = 1},
        {.key = "ttfa_ms", .label = QT_TRANSLATE_NOOP("MetricDefinitions", "TTFA"), .unit = U::Milliseconds, .real = &M::ttfaMs, .origin = kClient,
         .definition = QT_TRANSLATE_NOOP("MetricDefinitions", "Time to first answer: from t0 to the first visible answer (content) token, after "
                             "any thinking. Client clock."),
         .tableRank = 2, .summaryRank = 2},
        {.key = "ttr_ms", .label = QT_TRANSLATE_NOOP("MetricDefinitions", "TTR"), .unit = U::Milliseconds, .real = &M::ttrMs, .origin = kClient,
         .definition = QT_TRANSLATE_NOOP("MetricDefinitions", "Time to response: from t0 to the last token (or to the close of the connection when "
                             "no token came). Client clock."),
         .tableRank = 3, .summaryRank = 3},
        {.key = "headers_ms", .label = QT_TRANSLATE_NOOP("MetricDefinitions", "Headers"), .unit = U::Milliseconds, .real = &M::headersMs, .origin = kClient,
         .definition = QT_TRANSLATE_NOOP("MetricDefinitions", "From t0 to the HTTP response headers. Servers send headers before prefill, so "
                             "this is the network and queue floor, not a token time. Client clock.")},
        {.key = "prefill_ms", .label = QT_TRANSLATE_NOOP("MetricDefinitions", "Prefill"), .unit = U::Milliseconds, .real = &M::prefillMs,
         .sourceField = &M::prefillSource, .origin = kServerOrEstimated,
         .definition = QT_TRANSLATE_NOOP("MetricDefinitions", "Prompt processing time: the server's timings.prompt_ms when it sends one "
                             "(llama.cpp), otherwise an estimate: TTFT minus the headers time minus one inter-token interval "
                             "(vLLM sends headers before queueing and the first decode step, so the estimate still holds queue time)."),
         .tableRank = 4},
        {.key = "prefill_tps", .label = QT_TRANSLATE_NOOP("MetricDefinitions", "Prefill speed"), .shortLabel = QT_TRANSLATE_NOOP("CompareMetric", "Prefill"), .unit = U::TokensPerSecond,
         .real = &M::prefillTps, .sourceField = &M::prefillSource, .origin = kServerOrEstimated,
         .definition = QT_TRANSLATE_NOOP("MetricDefinitions", "Newly evaluated prompt tokens divided by the prefill time: "
                             "timings.prompt_n / prompt_ms when those tokens are most of the prompt. Not shown when most of the "
                             "prompt came from the cache, nor for estimated prefills of prompts under 256 tokens (noise)."),
         .tableRank = 5, .summaryRank = 4},
        {.key = "thinking_ms", .label = QT_TRANSLATE_NOOP("MetricDefinitions", "Thinking"), .unit = U::Milliseconds, .real = &M::thinkingMs, .origin = kClient,
         .definition = QT_TRANSLATE_NOOP("MetricDefinitions", "From the first token to the last reasoning token. Client clock."),
         .tableRank = 6},
        {.key = "generation_ms", .label = QT_TRANSLATE_NOOP("MetricDefinitions", "Generation"), .unit = U::Milliseconds, .real = &M::generationMs, .origin = kClient,
         .definition = QT_TRANSLATE_NOOP("MetricDefinitions", "From the first answer token to the last token. Client clock."),
         .tableRank = 7},
        {.key = "decode_tps", .label = QT_TRANSLATE_NOOP("MetricDefinitions", "Raw decode speed"), .shortLabel = QT_TRANSLATE_NOOP("CompareMetric", "Raw decode"), .unit = U::TokensPerSecond,
         .real = &M::decodeTps, .sourceField = &M::decodeSource, .origin = kClientAndCounts,
         .definition = QT_TRANSLATE_NOOP("MetricDefinitions", "The engine's speed over every generated token, thinking included: "
                             "(n - 1) / (finish chunk time - first token time), with n the server's completion token count and "
                             "the times from the client clock. Unknown for fewer than 2 tokens. Non-streamed: the server's "
                             "(predicted_n - 1) / predicted_ms."),
         .tableRank = 8, .summaryRank = 5},
        {.key = "effective_tps", .label = QT_TRANSLATE_NOOP("MetricDefinitions", "Effective speed"), .shortLabel = QT_TRANSLATE_NOOP("CompareMetric", "Effective"), .unit = U::TokensPerSecond,
         .real = &M::effectiveTps, .sourceField = &M::effectiveTpsSource, .origin = kClientAndCounts,
         .definition = QT_TRANSLATE_NOOP("MetricDefinitions", "Answer tokens divided by TTR: how fast the useful answer arrives, "
                             "thinking and prefill included."),
         .tableRank = 10, .summaryRank = 6},
        {.key = "prompt_tokens", .label = QT_TRANSLATE_NOOP("MetricDefinitions", "Prompt tokens"), .unit = U::Tokens, .count = &M::promptTokens,
         .fixedSource = MetricSource::Server, .origin = kServerCounts,
         .definition = QT_TRANSLATE_NOOP("MetricDefinitions", "Prompt tokens as counted by the server (usage.prompt_tokens, or "
                             "timings prompt_n + cache_n)."),
         .tableRank = 13},
        {.key = "cached_prompt_tokens", .label = QT_TRANSLATE_NOOP("MetricDefinitions", "Cached prompt tokens"), .unit = U::Tokens, .count = &M::cachedPromptTokens,
         .fixedSource = MetricSource::Server, .origin = kServerCounts,
         .definition = QT_TRANSLATE_NOOP("MetricDefinitions", "Prompt tokens the server reused from its cache "
                             "(prompt_tokens_details.cached_tokens or timings.cache_n).")},
        {.key = "completion_tokens", .label = QT_TRANSLATE_NOOP("MetricDefinitions", "Completion tokens"), .unit = U::Tokens, .count = &M::completionTokens,
         .fixedSource = MetricSource::Server, .origin = kServerCounts,
         .definition = QT_TRANSLATE_NOOP("MetricDefinitions", "Generated tokens, reasoning included, as counted by the "
                             "server (usage.completion_tokens or timings.predicted_n). Chunks are never counted as tokens."),
         .tableRank = 14, .summaryRank = 7},
        {.key = "reasoning_tokens", .label = QT_TRANSLATE_NOOP("MetricDefinitions", "Reasoning tokens"), .unit = U::Tokens, .count = &M::reasoningTokens,
         .sourceField = &M::reasoningTokensSource, .origin = kCountsOrEstimated,
         .definition = QT_TRANSLATE_NOOP("MetricDefinitions", "The server's reasoning token count when it sends one (newer "
                             "vLLM); otherwise estimated from the share of reasoning chunks, or unknown."),
         .tableRank = 15},
        {.key = "answer_tokens", .label = QT_TRANSLATE_NOOP("MetricDefinitions", "Answer tokens"), .unit = U::Tokens, .count = &M::answerTokens,
         .sourceField = &M::answerTokensSource, .origin = kCountsOrEstimated,
         .definition = QT_TRANSLATE_NOOP("MetricDefinitions", "Completion tokens minus reasoning tokens; same source as the "
                             "reasoning count."),
         .tableRank = 16},
        {.key = "thinking_ratio", .label = QT_TRANSLATE_NOOP("MetricDefinitions", "Thinking ratio"), .unit = U::Ratio, .real = &M::thinkingRatio,
         .sourceField = &M::thinkingRatioSource, .origin = kCountsOrEstimated,
         .definition = QT_TRANSLATE_NOOP("MetricDefinitions", "Reasoning tokens divided by all completion tokens. Estimated from "
                             "the share of reasoning chunks when the server gives no reasoning count."),
         .tableRank = 17, .summaryRank = 8},
        {.key = "itl_p50_ms", .label = QT_TRANSLATE_NOOP("MetricDefinitions", "ITL p50"), .unit = U::Milliseconds, .real = &M::itlP50Ms, .origin = kClient,
         .definition = QT_TRANSLATE_NOOP("MetricDefinitions", "Median inter-token latency: gaps between token-bearing chunks, each spread "
                             "evenly over the tokens the chunks carry (server total / chunk count); unknown without a server "
                             "token count. Client clock."),
         .tableRank = 11},
        {.key = "itl_p95_ms", .label = QT_TRANSLATE_NOOP("MetricDefinitions", "ITL p95"), .unit = U::Milliseconds, .real = &M::itlP95Ms, .origin = kClient,
         .definition = QT_TRANSLATE_NOOP("MetricDefinitions", "95th percentile of the inter-token latency defined for ITL p50."),
         .tableRank = 12},
        {.key = "server_prefill_ms", .label = QT_TRANSLATE_NOOP("MetricDefinitions", "Server prefill"), .unit = U::Milliseconds, .real = &M::serverPrefillMs,
         .fixedSource = MetricSource::Server, .origin = kServer,
         .definition = QT_TRANSLATE_NOOP("MetricDefinitions", "llama.cpp timings.prompt_ms as sent: from after templating and "
                             "tokenization to the first sampled token.")},
        {.key = "server_decode_tps", .label = QT_TRANSLATE_NOOP("MetricDefinitions", "Server decode speed"), .shortLabel = QT_TRANSLATE_NOOP("CompareMetric", "Server decode"),
         .unit = U::TokensPerSecond, .real = &M::serverDecodeTps, .fixedSource = MetricSource::Server, .origin = kServer,
         .definition = QT_TRANSLATE_NOOP("MetricDefinitions", "llama.cpp timings.predicted_per_second as sent. "
                             "Recent builds send predicted_n / predicted_ms although predicted_ms spans only n - 1 decode steps, so "
                             "it reads high for short answers (2 tokens: 2x); some older builds send (n - 1) / predicted_ms.")},
        {.key = "client_server_gap_ms", .label = QT_TRANSLATE_NOOP("MetricDefinitions", "Client-server gap"), .unit = U::Milliseconds,
         .real = &M::clientServerGapMs, .origin = kClientAndServer,
         .definition = QT_TRANSLATE_NOOP("MetricDefinitions", "Client TTFT minus the server's prompt_ms: network, HTTP "
                             "parsing, templating, queueing and one decode step.")},
        {.key = "connect_ms", .label = QT_TRANSLATE_NOOP("MetricDefinitions", "Connect"), .unit = U::Milliseconds, .real = &M::connectMs, .origin = kClient,
         .definition = QT_TRANSLATE_NOOP("MetricDefinitions", "Set-up of a new connection for this request: from the request handed to "
                             "the network to the request sent. Part of TTFT (t0 is then the hand-over); unknown on a reused "
                             "connection. llama-server closes the connection after every streamed reply. Client clock."),
         .tableRank = 9},
        {.key = "server_decode_steps_tps", .label = QT_TRANSLATE_NOOP("MetricDefinitions", "Server decode speed (n - 1)"), .shortLabel = QT_TRANSLATE_NOOP("CompareMetric", "Server decode (n-1)"),
         .unit = U::TokensPerSecond, .real = &M::serverDecodeStepsTps, .fixedSource = MetricSource::Server, .origin = kServer,
         .definition = QT_TRANSLATE_NOOP("MetricDefinitions", "(timings.predicted_n - 1) / "
                             "timings.predicted_ms: the server's decode speed taken like for like with the raw decode speed.")},
    };
    // clang-format on
    return metrics;
}

const MetricInfo *MetricInfo::find(const QString &key)
{
    for (const MetricInfo &m : all())
        if (key == QLatin1String(m.key))
            return &m;
    return nullptr;
}

static QList<const MetricInfo *> byRank(int MetricInfo::*rank)
{
    QList<const MetricInfo *> out;
    for (const MetricInfo &m : MetricInfo::all())
        if (m.*rank > 0)
            out.append(&m);
    std::stable_sort(out.begin(), out.end(), [rank](const MetricInfo *a, const MetricInfo *b) { return a->*rank < b->*rank; });
    return out;
}

QList<const MetricInfo *> MetricInfo::tableMetrics()
{
    return byRank(&MetricInfo::tableRank);
}

QList<const MetricInfo *> MetricInfo::keyMetrics()
{
    return byRank(&MetricInfo::summaryRank);
}

std::optional<double> MetricInfo::value(const ResponseMetrics &metrics) const
{
    if (real)
        return metrics.*real;
    const std::optional<qint64> &c = metrics.*count;
    return c ? std::optional<double>(double(*c)) : std::nullopt;
}

void MetricInfo::setValue(ResponseMetrics &metrics, std::optional<double> value) const
{
    if (real)
        metrics.*real = value;
    else
        // A count outside qint64 (or NaN) from a hand-edited file is unknown, not an overflow.
        metrics.*count =
            value && std::abs(*value) < 9.0e18 ? std::optional<qint64>(qint64(*value)) : std::nullopt;
}

MetricSource MetricInfo::source(const ResponseMetrics &metrics) const
{
    if (!value(metrics))
        return MetricSource::None;
    return sourceField ? metrics.*sourceField : fixedSource;
}

QString MetricInfo::displayName() const
{
    return QCoreApplication::translate(kLabelContext, label);
}

QString MetricInfo::definitionText() const
{
    return QCoreApplication::translate(kLabelContext, definition);
}

QString MetricInfo::unitSuffix() const
{
    switch (unit) {
    case U::Milliseconds:
        return QStringLiteral("ms");
    case U::TokensPerSecond:
        return QStringLiteral("tok/s");
    case U::Tokens:
        return QStringLiteral("tok");
    case U::Ratio:
        break;
    }
    return {};
}

QString MetricInfo::unitName() const
{
    switch (unit) {
    case U::Milliseconds:
        return QCoreApplication::translate("MetricDefinitions", "ms");
    case U::TokensPerSecond:
        return QCoreApplication::translate("MetricDefinitions", "tok/s");
    case U::Tokens:
        return QCoreApplication::translate("MetricDefinitions", "tokens");
    case U::Ratio:
        break;
    }
    return QCoreApplication::translate("MetricDefinitions", "ratio");
}

QString MetricInfo::columnTitle() const
{
    // Speeds read better as "Raw decode tok/s" than as "Raw decode speed tok/s".
    const QString base = shortLabel ? QCoreApplication::translate(kShortContext, shortLabel) : displayName();
    const QString u = unitSuffix();
    return u.isEmpty() || unit == U::Tokens ? base : base + QLatin1Char(' ') + u;
}

int MetricInfo::decimals() const
{
    switch (unit) {
    case U::Milliseconds:
    case U::TokensPerSecond:
        return 1;
    case U::Tokens:
        return 0;
    case U::Ratio:
        break;
    }
    return 3;
}

int MetricInfo::exportDecimals() const
{
    return unit == U::Ratio ? 4 : 3;
}

QString MetricInfo::format(std::optional<double> v) const
{
    return v ? QString::number(*v, 'f', decimals()) : QStringLiteral("-");
}

QString MetricInfo::markdownTable()
{
    QString out = QStringLiteral("| metric | key | unit | definition | source |\n|---|---|---|---|---|\n");
    for (const MetricInfo &m : all()) {
        const QString u = m.unit == U::Tokens ? QStringLiteral("tokens")
                          : m.unit == U::Ratio ? QStringLiteral("ratio")
                                               : m.unitSuffix();
        out += QStringLiteral("| %1 | `%2` | %3 | %4 | %5 |\n")
                   .arg(QString::fromLatin1(m.label), m.keyString(), u, QString::fromLatin1(m.definition),
                        QString::fromLatin1(m.origin));
    }
    return out;
}
