#pragma once

#include "models/measure/responsemetrics.h"
#include "models/measure/runstate.h"
#include "models/measure/tokenusage.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

// Everything one request produced: final state, texts, metrics, flags and the server's own timings.
// Flags (stable keys): cache_hit, cold_connection, thinking_toggle_ignored, chunks_not_tokens,
// no_usage, no_reasoning_count, finish_length, estimated_prefill, non_stream (see MetricFlag in
// models/measure/metricdefinitions.h, which also has the translated explanation of each).
struct ChatResult
{
    RunState state = RunState::Pending;
    QString error;              // human-readable reason for any non-Done state
    int httpStatus = 0;
    QString text;               // visible answer (content without <think> blocks)
    QString reasoning;          // thinking text from reasoning_content / reasoning / <think>
    QString finishReason;       // stop | length | ... (empty when the stream never said)
    QString model;              // as reported by the server
    QString systemFingerprint;
    ResponseMetrics metrics;
    QStringList flags;
    QByteArray serverTimingsJson; // llama.cpp `timings` object as sent, empty when none
    int chunkCount = 0;           // token-bearing chunks (not tokens)
    TokenUsage usage;             // the server's last usage report (every dialect mapped to one shape)

    bool operator==(const ChatResult &) const = default;
};
