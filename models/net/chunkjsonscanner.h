#pragma once

#include "models/measure/servertimings.h"
#include "models/measure/tokenusage.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <optional>

// The fields Tokscope reads from one chat-completion chunk (or a non-streamed response).
struct ChunkFields
{
    bool hasError = false; // a non-null top-level `error`
    QString errorMessage;  // error.message, or the error value itself when it is a string
    QString errorType;
    std::optional<qint64> errorCode;
    QByteArrayView errorRaw; // the error value as sent (points into the scanned buffer)

    QByteArrayView model;       // points into the scanned buffer
    QByteArrayView fingerprint; // system_fingerprint, idem

    bool hasChoice = false; // choices[] had an element with index 0 (or no index)
    bool hasDelta = false;  // it had a `delta` (`message` for a non-streamed response) object
    bool hasRole = false;
    QString role;
    QString content;
    QString reasoningContent; // delta.reasoning_content (llama.cpp, older vLLM)
    QString reasoning;        // delta.reasoning (newer vLLM)
    QString finishReason;

    bool hasUsage = false;
    TokenUsage usage;
    bool hasTimings = false;
    ServerTimings timings; // json = the object's bytes exactly as sent
    bool hasProgress = false;
    PromptProgress progress;
};

// A single-pass, allocation-light JSON reader for chat-completion chunks. It validates the whole text
// as RFC 8259 JSON (so malformed chunks are still caught) but only materialises the fields above;
// everything else is skipped. It replaces a DOM parse on the hot path: a chunk costs about a
// microsecond instead of tens (see tests/bench/bench_stream.cpp). Values of an unexpected type are
// ignored, never fatal. Nesting deeper than 128 levels is rejected.
namespace ChunkJsonScanner {
// `completion`: read choices[].message instead of choices[].delta. Returns false and sets `error`
// (untranslated parser detail) when the text is not one valid JSON object.
bool scan(QByteArrayView json, bool completion, ChunkFields &out, QString *error);
} // namespace ChunkJsonScanner
