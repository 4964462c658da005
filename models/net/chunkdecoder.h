#pragma once

#include "models/measure/servertimings.h"
#include "models/measure/tokenusage.h"
#include "models/net/ssedecoder.h"
#include "models/net/streameventdecoder.h"
#include "models/net/thinktagsplitter.h"

#include <QList>
#include <QString>

// One typed thing a streamed chunk (or a non-streamed response) carried.
struct ChunkItem
{
    enum class Kind
    {
        Role,           // delta.role only: not a token
        Content,        // visible answer text
        Reasoning,      // delta.reasoning_content / delta.reasoning / inline <think> text
        Finish,         // finish_reason (text holds it)
        Usage,          // usage object
        Timings,        // llama.cpp timings
        PromptProgress, // llama.cpp return_progress
        Error,          // error object in the stream, an `event: error`, or malformed JSON
        Done,           // data: [DONE]
        AnswerWasReasoning // a bare </think> (template-opened thinking): answer text so far was reasoning
    };
    Kind kind = Kind::Role;
    QString text;      // Content/Reasoning: the delta; Finish: finish_reason; Error: the message
    QString errorType; // Error: the server's `type`, or malformed_json / bad_chunk
    int errorCode = 0; // Error: the server's `code` when numeric
    TokenUsage usage;
    ServerTimings timings;
    PromptProgress progress;
};

// Turns SSE events (or a whole non-streamed response) into ChunkItems. JSON is read by ChunkJsonScanner
// (one validating pass, no DOM: this is the per-token hot path); bad JSON becomes an Error item. Inline
// <think> tags in content go through a ThinkTagSplitter that survives tags cut across chunks, so call
// finish() when the stream ends.
// The OpenAI Chat Completions decoder (vLLM, llama.cpp, generic and OpenAI cloud).
class ChunkDecoder final : public StreamEventDecoder
{
public:
    QList<ChunkItem> decode(const SseEvent &event) override;
    QList<ChunkItem> decodeCompletion(QByteArrayView body) override; // stream=false response body
    QList<ChunkItem> finish() override;                              // text held back by the tag splitter
    void reset() override;

    // True when the last decoded event carried token text (even if a cut tag was held back).
    bool lastEventCarriedTokens() const override { return m_lastCarriedTokens; }
    QString model() const override { return m_model; }
    QString systemFingerprint() const override { return m_fingerprint; }
    bool templateOpenedThinking() const override { return m_splitter.closedBare(); }
    ThinkTagSplitter &thinkTagSplitter() { return m_splitter; }

private:
    QList<ChunkItem> decodeJson(QByteArrayView json, bool completion);

    ThinkTagSplitter m_splitter;
    QString m_model;
    QString m_fingerprint;
    QByteArray m_modelRaw;
    QByteArray m_fingerprintRaw;
    bool m_lastCarriedTokens = false;
};
