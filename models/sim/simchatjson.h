#pragma once

#include "models/sim/simprofile.h"

#include <QByteArray>
#include <QString>
#include <nlohmann/json.hpp>
#include <optional>

// Builds the chat-completion JSON a simulated node sends, byte-compatible with each server: llama.cpp's
// key order (choices first, `timings`), vLLM's pydantic order (id first, `logprobs`/`token_ids` nulls,
// `reasoning` vs `reasoning_content`). Pure functions; SimChatSession decides what to send when.
class SimChatJson final
{
public:
    enum class DeltaKind
    {
        Content,
        Reasoning
    };

    struct Usage
    {
        int promptTokens = 0;
        int completionTokens = 0;
        int cachedTokens = 0;
        int reasoningTokens = 0;
    };
    struct Timings // llama.cpp
    {
        int cacheN = 0;
        int promptN = 0;
        double promptMs = 0;
        int predictedN = 0;
        double predictedMs = 0;
    };

    SimChatJson(const SimProfile &profile, QString id, qint64 created);

    QByteArray roleChunk() const;
    // finishReason non-empty: vLLM puts the finish on the chunk carrying the last tokens.
    QByteArray deltaChunk(DeltaKind kind, const QString &text, const QString &finishReason = {}) const;
    // llama.cpp: empty delta (+ timings when it is the last JSON chunk); vLLM: {"content":""} + stop_reason.
    QByteArray finishChunk(const QString &finishReason, const std::optional<Timings> &timings) const;
    QByteArray usageChunk(const Usage &usage, const std::optional<Timings> &timings) const;
    QByteArray errorEvent(int code, const QString &message, const QString &type) const;
    QByteArray completion(const QString &content, const QString &reasoning, const QString &finishReason,
                          const Usage &usage, const Timings &timings) const;

    static QByteArray sse(const QByteArray &json) { return "data: " + json + "\n\n"; }
    static QByteArray done() { return "data: [DONE]\n\n"; }

private:
    QString reasoningKey() const;
    nlohmann::ordered_json llamaChunk(nlohmann::ordered_json choices) const;
    nlohmann::ordered_json vllmChunk(nlohmann::ordered_json choices) const;

    SimProfile m_profile;
    QString m_id;
    qint64 m_created;
};
