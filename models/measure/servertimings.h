#pragma once

#include <QByteArray>
#include <QtGlobal>
#include <optional>

// llama.cpp's `timings` object (last JSON chunk of a stream, top level of a non-streamed response;
// cumulative on every chunk with timings_per_token). prompt_n counts newly evaluated prompt tokens
// only, cache_n the reused ones; predicted_n includes the first token.
struct ServerTimings
{
    std::optional<qint64> cacheN;
    std::optional<qint64> promptN;
    std::optional<double> promptMs;
    std::optional<double> promptPerSecond;
    std::optional<qint64> predictedN;
    std::optional<double> predictedMs;
    std::optional<double> predictedPerSecond;
    std::optional<qint64> draftN; // speculative decoding, when it runs
    std::optional<qint64> draftAcceptedN;
    QByteArray json; // the object as sent (key order and numbers kept)

    bool isEmpty() const { return json.isEmpty(); }
};

// llama.cpp `prompt_progress` (request option return_progress): prefill started / advanced.
struct PromptProgress
{
    qint64 total = 0;
    qint64 cache = 0;
    qint64 processed = 0;
    double timeMs = 0;
};
