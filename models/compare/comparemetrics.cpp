#include "models/compare/comparemetrics.h"

#include <QCoreApplication>
#include <QHash>

#include <cmath>

using M = ResponseMetrics;
using U = CompareMetric::Unit;

const QList<CompareMetric> &CompareMetric::all()
{
    // Order = column order everywhere. Appending is safe; renaming a key breaks history columns.
    static const QList<CompareMetric> metrics{
        {"ttfr_ms", U::Milliseconds, &M::ttfrMs},
        {"ttft_ms", U::Milliseconds, &M::ttftMs},
        {"ttfa_ms", U::Milliseconds, &M::ttfaMs},
        {"ttr_ms", U::Milliseconds, &M::ttrMs},
        {"headers_ms", U::Milliseconds, &M::headersMs},
        {"prefill_ms", U::Milliseconds, &M::prefillMs},
        {"prefill_tps", U::TokensPerSecond, &M::prefillTps},
        {"thinking_ms", U::Milliseconds, &M::thinkingMs},
        {"generation_ms", U::Milliseconds, &M::generationMs},
        {"decode_tps", U::TokensPerSecond, &M::decodeTps},
        {"effective_tps", U::TokensPerSecond, &M::effectiveTps},
        {"prompt_tokens", U::Tokens, nullptr, &M::promptTokens},
        {"cached_prompt_tokens", U::Tokens, nullptr, &M::cachedPromptTokens},
        {"completion_tokens", U::Tokens, nullptr, &M::completionTokens},
        {"reasoning_tokens", U::Tokens, nullptr, &M::reasoningTokens},
        {"answer_tokens", U::Tokens, nullptr, &M::answerTokens},
        {"thinking_ratio", U::Ratio, &M::thinkingRatio},
        {"itl_p50_ms", U::Milliseconds, &M::itlP50Ms},
        {"itl_p95_ms", U::Milliseconds, &M::itlP95Ms},
        {"server_prefill_ms", U::Milliseconds, &M::serverPrefillMs},
        {"server_decode_tps", U::TokensPerSecond, &M::serverDecodeTps},
        {"client_server_gap_ms", U::Milliseconds, &M::clientServerGapMs},
        {"connect_ms", U::Milliseconds, &M::connectMs},
        {"server_decode_steps_tps", U::TokensPerSecond, &M::serverDecodeStepsTps},
    };
    return metrics;
}

QList<const CompareMetric *> CompareMetric::keyMetrics()
{
    QList<const CompareMetric *> out;
    for (const char *key : {"ttft_ms", "ttfa_ms", "ttr_ms", "prefill_tps", "decode_tps", "effective_tps",
                            "completion_tokens", "thinking_ratio"})
        out.append(find(QLatin1String(key)));
    return out;
}

const CompareMetric *CompareMetric::find(const QString &key)
{
    for (const CompareMetric &m : all())
        if (key == QLatin1String(m.key))
            return &m;
    return nullptr;
}

std::optional<double> CompareMetric::value(const ResponseMetrics &metrics) const
{
    if (real)
        return metrics.*real;
    const std::optional<qint64> &c = metrics.*count;
    return c ? std::optional<double>(double(*c)) : std::nullopt;
}

void CompareMetric::setValue(ResponseMetrics &metrics, std::optional<double> value) const
{
    if (real)
        metrics.*real = value;
    else
        // A count outside qint64 (or NaN) from a hand-edited file is unknown, not an overflow.
        metrics.*count =
            value && std::abs(*value) < 9.0e18 ? std::optional<qint64>(qint64(*value)) : std::nullopt;
}

QString CompareMetric::displayName() const
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("ttfr_ms"), QT_TRANSLATE_NOOP("CompareMetric", "TTFR")},
        {QStringLiteral("ttft_ms"), QT_TRANSLATE_NOOP("CompareMetric", "TTFT")},
        {QStringLiteral("ttfa_ms"), QT_TRANSLATE_NOOP("CompareMetric", "TTFA")},
        {QStringLiteral("ttr_ms"), QT_TRANSLATE_NOOP("CompareMetric", "TTR")},
        {QStringLiteral("headers_ms"), QT_TRANSLATE_NOOP("CompareMetric", "Headers")},
        {QStringLiteral("prefill_ms"), QT_TRANSLATE_NOOP("CompareMetric", "Prefill")},
        {QStringLiteral("prefill_tps"), QT_TRANSLATE_NOOP("CompareMetric", "Prefill speed")},
        {QStringLiteral("thinking_ms"), QT_TRANSLATE_NOOP("CompareMetric", "Thinking time")},
        {QStringLiteral("generation_ms"), QT_TRANSLATE_NOOP("CompareMetric", "Generation time")},
        {QStringLiteral("decode_tps"), QT_TRANSLATE_NOOP("CompareMetric", "Raw decode speed")},
        {QStringLiteral("effective_tps"), QT_TRANSLATE_NOOP("CompareMetric", "Effective speed")},
        {QStringLiteral("prompt_tokens"), QT_TRANSLATE_NOOP("CompareMetric", "Prompt tokens")},
        {QStringLiteral("cached_prompt_tokens"), QT_TRANSLATE_NOOP("CompareMetric", "Cached prompt tokens")},
        {QStringLiteral("completion_tokens"), QT_TRANSLATE_NOOP("CompareMetric", "Completion tokens")},
        {QStringLiteral("reasoning_tokens"), QT_TRANSLATE_NOOP("CompareMetric", "Reasoning tokens")},
        {QStringLiteral("answer_tokens"), QT_TRANSLATE_NOOP("CompareMetric", "Answer tokens")},
        {QStringLiteral("thinking_ratio"), QT_TRANSLATE_NOOP("CompareMetric", "Thinking ratio")},
        {QStringLiteral("itl_p50_ms"), QT_TRANSLATE_NOOP("CompareMetric", "ITL p50")},
        {QStringLiteral("itl_p95_ms"), QT_TRANSLATE_NOOP("CompareMetric", "ITL p95")},
        {QStringLiteral("server_prefill_ms"), QT_TRANSLATE_NOOP("CompareMetric", "Server prefill")},
        {QStringLiteral("server_decode_tps"), QT_TRANSLATE_NOOP("CompareMetric", "Server decode speed")},
        {QStringLiteral("client_server_gap_ms"), QT_TRANSLATE_NOOP("CompareMetric", "Client-server gap")},
        {QStringLiteral("connect_ms"), QT_TRANSLATE_NOOP("CompareMetric", "Connect")},
        {QStringLiteral("server_decode_steps_tps"), QT_TRANSLATE_NOOP("CompareMetric", "Server decode speed (n-1)")},
    };
    const char *name = names.value(keyString());
    return name ? QCoreApplication::translate("CompareMetric", name) : keyString();
}

QString CompareMetric::unitSuffix() const
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

QString CompareMetric::columnTitle() const
{
    // Speeds read better as "Decode tok/s" than as "Decode speed tok/s".
    static const QHash<QString, const char *> shortNames{
        {QStringLiteral("prefill_tps"), QT_TRANSLATE_NOOP("CompareMetric", "Prefill")},
        {QStringLiteral("decode_tps"), QT_TRANSLATE_NOOP("CompareMetric", "Raw decode")},
        {QStringLiteral("effective_tps"), QT_TRANSLATE_NOOP("CompareMetric", "Effective")},
        {QStringLiteral("server_decode_tps"), QT_TRANSLATE_NOOP("CompareMetric", "Server decode")},
        {QStringLiteral("server_decode_steps_tps"), QT_TRANSLATE_NOOP("CompareMetric", "Server decode (n-1)")},
    };
    const char *name = shortNames.value(keyString());
    const QString base = name ? QCoreApplication::translate("CompareMetric", name) : displayName();
    const QString unit = unitSuffix();
    return unit.isEmpty() || unit == QLatin1String("tok") ? base : base + QLatin1Char(' ') + unit;
}

int CompareMetric::decimals() const
{
    switch (unit) {
    case U::Milliseconds:
        return 1;
    case U::TokensPerSecond:
        return 1;
    case U::Tokens:
        return 0;
    case U::Ratio:
        return 3;
    }
    return 3;
}

QString CompareMetric::format(std::optional<double> v) const
{
    return v ? QString::number(*v, 'f', decimals()) : QStringLiteral("-");
}
