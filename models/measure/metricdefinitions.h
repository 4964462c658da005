#pragma once

#include "models/measure/responsemetrics.h"

#include <QList>
#include <QString>
#include <optional>

// Stable flag keys a ChatResult can carry (machine keys: never translated).
namespace MetricFlag {
inline const QString CacheHit = QStringLiteral("cache_hit");
inline const QString ColdConnection = QStringLiteral("cold_connection");
inline const QString ThinkingToggleIgnored = QStringLiteral("thinking_toggle_ignored");
inline const QString ChunksNotTokens = QStringLiteral("chunks_not_tokens");
inline const QString NoUsage = QStringLiteral("no_usage");
inline const QString NoReasoningCount = QStringLiteral("no_reasoning_count");
inline const QString FinishLength = QStringLiteral("finish_length");
inline const QString EstimatedPrefill = QStringLiteral("estimated_prefill");
inline const QString NonStream = QStringLiteral("non_stream");
inline const QString TemplateOpenedThinking = QStringLiteral("template_opened_thinking");
inline const QString ThinkingNotReturned = QStringLiteral("thinking_not_returned");
inline const QString AnswerInReasoning = QStringLiteral("answer_in_reasoning");
inline const QString AnswerRepetition = QStringLiteral("answer_repetition");
inline const QString BunchedArrivals = QStringLiteral("bunched_arrivals");
} // namespace MetricFlag

// What one number means, translated, as the UI shows it (label + unit next to the value, the
// definition on hover). A view of the metric registry (MetricInfo), which owns every fact.
struct MetricDefinition
{
    QString key;        // ttft_ms, decode_tps, ... (JSON key, never translated)
    QString label;      // short, translated ("TTFT")
    QString definition; // one or two translated sentences: what is measured, from what to what, source
    QString unit;       // ms, tok/s, tokens, % (translated where it is a word)
};

namespace MetricDefinitions {
QList<MetricDefinition> all();
std::optional<MetricDefinition> find(const QString &key);
// The value of `key` in `metrics` as a double (token counts converted), nullopt when unknown.
std::optional<double> value(const ResponseMetrics &metrics, const QString &key);
// Where that value came from (client clock, server timings, estimated).
MetricSource source(const ResponseMetrics &metrics, const QString &key);
// Translated one-line explanation of a result flag (see MetricFlag); empty for an unknown key.
QString flagText(const QString &flag);
} // namespace MetricDefinitions
