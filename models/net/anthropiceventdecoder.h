#pragma once

#include "models/measure/tokenusage.h"
#include "models/net/chunkdecoder.h"
#include "models/net/streameventdecoder.h"

#include <QByteArray>
#include <QString>

// Decodes the Anthropic Messages API event stream into ChunkItems:
//   message_start        model; usage.input_tokens, cache_read_input_tokens, cache_creation_input_tokens
//   content_block_start  a non-empty initial text / thinking is passed on like a delta
//   content_block_delta  text_delta -> Content, thinking_delta -> Reasoning (both are tokens: the
//                        same TTFT / thinking / generation split as OpenAI streams); signature_delta and
//                        input_json_delta carry no visible tokens
//   message_delta        stop_reason -> Finish (end_turn / stop_sequence -> "stop", max_tokens -> "length",
//                        tool_use -> "tool_calls", others as sent) and usage.output_tokens -> Usage
//   message_stop         Done;  ping, content_block_stop and unknown events: nothing
//   error                Error with the server's error.type (overloaded_error, ...)
// Usage is normalised to the OpenAI shape: promptTokens = input + cache read + cache write (every prompt
// token), cachedTokens = cache read, cacheWriteTokens = cache creation, completionTokens = output (thinking
// included; the API does not count reasoning tokens apart).
class AnthropicEventDecoder final : public StreamEventDecoder
{
public:
    QList<ChunkItem> decode(const SseEvent &event) override;
    QList<ChunkItem> decodeCompletion(QByteArrayView body) override;
    QList<ChunkItem> finish() override { return {}; }
    void reset() override { *this = AnthropicEventDecoder(); }

    bool lastEventCarriedTokens() const override { return m_lastCarriedTokens; }
    QString model() const override { return m_model; }

    static QString finishReason(const QString &stopReason);

private:
    TokenUsage m_usage;
    QString m_model;
    bool m_lastCarriedTokens = false;
};
