#pragma once

#include "models/measure/servertimings.h"
#include "models/measure/tokenusage.h"

#include <QList>
#include <optional>

// The one clock every timestamp comes from: std::chrono::steady_clock (CLOCK_MONOTONIC on Linux, the
// same clock QElapsedTimer uses), in nanoseconds.
qint64 monotonicNowNs();

// What happened when, for one request, as raw monotonic timestamps plus what the server reported.
// MetricsCalculator turns it into ResponseMetrics.
//
// t0 choice: Qt 6.4 does emit QNetworkReply::requestSent, but from the HTTP thread through a queued
// connection, so it reaches us slightly after the bytes were written; QNetworkAccessManager::post()
// returning is earlier but also covers a connection set-up. t0 is requestSent when it was seen,
// otherwise post() returning; both are kept (and the first response byte and the headers) so the
// choice can be audited. A connection opened for this request (socketStartedConnecting) is cold:
// then t0 is post() returning, so TTFT includes the connection set-up the user waited for, and that
// set-up (post() -> requestSent) is its own figure, connect_ms. llama-server closes the connection after
// every streamed reply, so on llama.cpp every request is cold; the flag is raised only when the set-up
// is a noticeable share of TTFT (MetricsCalculator).
class RequestTrace final
{
public:
    struct TokenChunk
    {
        qint64 ns = 0;
        bool reasoning = false; // the chunk carried reasoning text
        bool content = false;   // the chunk carried answer text (a chunk held back by a cut tag has neither)
    };

    void markPosted(qint64 ns) { m_postedNs = ns; }
    void markRequestSent(qint64 ns);
    void markConnecting() { m_coldConnection = true; }
    // The event carrying finish_reason: the end of the decode window (EOS makes no text chunk).
    void markFinishChunk(qint64 ns);
    void markFirstByte(qint64 ns);
    void markHeaders(qint64 ns);
    void markEvent(qint64 ns);
    void markTokenChunk(qint64 ns, bool reasoning, bool content);
    void markClose(qint64 ns) { m_closeNs = ns; }
    // Template-opened thinking: every answer chunk so far was reasoning (a bare </think> arrived).
    void reclassifyContentAsReasoning();
    // Thinking OFF but the server's parser put the whole answer in reasoning: it is the answer.
    void reclassifyReasoningAsContent();
    void setUsage(const TokenUsage &usage) { m_usage = usage; }
    void setTimings(const ServerTimings &timings) { m_timings = timings; }
    void setStreamed(bool streamed) { m_streamed = streamed; }
    void setThinkingRequested(std::optional<bool> thinking) { m_thinkingRequested = thinking; }
    void setFinishReason(const QString &reason) { m_finishReason = reason; }

    std::optional<qint64> t0Ns() const;
    std::optional<qint64> postedNs() const { return m_postedNs; }
    std::optional<qint64> requestSentNs() const { return m_requestSentNs; }
    std::optional<qint64> firstByteNs() const { return m_firstByteNs; }
    std::optional<qint64> headersNs() const { return m_headersNs; }
    std::optional<qint64> firstEventNs() const { return m_firstEventNs; }
    std::optional<qint64> firstTokenNs() const { return m_firstTokenNs; }
    std::optional<qint64> firstContentNs() const { return m_firstContentNs; }
    std::optional<qint64> firstReasoningNs() const { return m_firstReasoningNs; }
    std::optional<qint64> lastReasoningNs() const { return m_lastReasoningNs; }
    std::optional<qint64> lastTokenNs() const { return m_lastTokenNs; }
    std::optional<qint64> closeNs() const { return m_closeNs; }
    std::optional<qint64> finishChunkNs() const { return m_finishChunkNs; }
    // post() -> requestSent on a new connection; nullopt on a reused one or when requestSent never came.
    std::optional<double> connectMs() const;
    const QList<TokenChunk> &tokenChunks() const { return m_chunks; }
    int reasoningChunkCount() const;
    int contentChunkCount() const;
    const std::optional<TokenUsage> &usage() const { return m_usage; }
    const std::optional<ServerTimings> &timings() const { return m_timings; }
    bool coldConnection() const { return m_coldConnection; }
    bool streamed() const { return m_streamed; }
    std::optional<bool> thinkingRequested() const { return m_thinkingRequested; }
    QString finishReason() const { return m_finishReason; }

    // Milliseconds from t0 to `ns`; nullopt when either is unknown.
    std::optional<double> msFromT0(std::optional<qint64> ns) const;

private:
    std::optional<qint64> m_postedNs;
    std::optional<qint64> m_requestSentNs;
    std::optional<qint64> m_firstByteNs;
    std::optional<qint64> m_headersNs;
    std::optional<qint64> m_firstEventNs;
    std::optional<qint64> m_firstTokenNs;
    std::optional<qint64> m_firstContentNs;
    std::optional<qint64> m_firstReasoningNs;
    std::optional<qint64> m_lastReasoningNs;
    std::optional<qint64> m_lastTokenNs;
    std::optional<qint64> m_closeNs;
    std::optional<qint64> m_finishChunkNs;
    QList<TokenChunk> m_chunks;
    void recomputeKindMarks();
    std::optional<TokenUsage> m_usage;
    std::optional<ServerTimings> m_timings;
    std::optional<bool> m_thinkingRequested;
    QString m_finishReason;
    bool m_coldConnection = false;
    bool m_streamed = true;
};
