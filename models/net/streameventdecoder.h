#pragma once

#include "models/net/ssedecoder.h"

#include <QByteArrayView>
#include <QList>
#include <QString>

struct ChunkItem;

// What ChatStream needs from the decoder of one API dialect: SSE events (or a whole non-streamed
// response body) in, typed ChunkItems out. ChunkDecoder is the OpenAI Chat Completions one,
// AnthropicEventDecoder the Messages API one; ApiDialect::newDecoder() hands out the right one.
class StreamEventDecoder
{
public:
    virtual ~StreamEventDecoder() = default;

    virtual QList<ChunkItem> decode(const SseEvent &event) = 0;
    virtual QList<ChunkItem> decodeCompletion(QByteArrayView body) = 0; // stream=false response body
    virtual QList<ChunkItem> finish() = 0; // text held back until the stream ends
    virtual void reset() = 0;

    // True when the last decoded event carried token text (reasoning or answer).
    virtual bool lastEventCarriedTokens() const = 0;
    virtual QString model() const = 0;
    virtual QString systemFingerprint() const { return QString(); }
    // A bare </think> showed that the template opened the thinking block (OpenAI-compatible only).
    virtual bool templateOpenedThinking() const { return false; }
};
