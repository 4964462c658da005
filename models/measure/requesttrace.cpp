#include "models/measure/requesttrace.h"

#include <chrono>

qint64 monotonicNowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

void RequestTrace::markRequestSent(qint64 ns)
{
    // Only the first one counts, and only while nothing came back yet (a late queued signal must not
    // move t0 past the response).
    if (!m_requestSentNs && !m_firstByteNs)
        m_requestSentNs = ns;
}

void RequestTrace::markFirstByte(qint64 ns)
{
    if (!m_firstByteNs)
        m_firstByteNs = ns;
}

void RequestTrace::markHeaders(qint64 ns)
{
    if (!m_headersNs)
        m_headersNs = ns;
    markFirstByte(ns);
}

void RequestTrace::markEvent(qint64 ns)
{
    if (!m_firstEventNs)
        m_firstEventNs = ns;
}

void RequestTrace::markTokenChunk(qint64 ns, bool reasoning, bool content)
{
    m_chunks.append(TokenChunk{ns, reasoning, content});
    if (!m_firstTokenNs)
        m_firstTokenNs = ns;
    m_lastTokenNs = ns;
    if (reasoning) {
        if (!m_firstReasoningNs)
            m_firstReasoningNs = ns;
        m_lastReasoningNs = ns;
    }
    if (content && !m_firstContentNs)
        m_firstContentNs = ns;
}

void RequestTrace::markFinishChunk(qint64 ns)
{
    if (!m_finishChunkNs)
        m_finishChunkNs = ns;
}

void RequestTrace::recomputeKindMarks()
{
    m_firstContentNs.reset();
    m_firstReasoningNs.reset();
    m_lastReasoningNs.reset();
    for (const TokenChunk &c : std::as_const(m_chunks)) {
        if (c.reasoning) {
            if (!m_firstReasoningNs)
                m_firstReasoningNs = c.ns;
            m_lastReasoningNs = c.ns;
        }
        if (c.content && !m_firstContentNs)
            m_firstContentNs = c.ns;
    }
}

void RequestTrace::reclassifyContentAsReasoning()
{
    for (TokenChunk &c : m_chunks) {
        if (c.content) {
            c.content = false;
            c.reasoning = true;
        }
    }
    recomputeKindMarks();
}

void RequestTrace::reclassifyReasoningAsContent()
{
    for (TokenChunk &c : m_chunks) {
        if (c.reasoning) {
            c.reasoning = false;
            c.content = true;
        }
    }
    recomputeKindMarks();
}

std::optional<double> RequestTrace::connectMs() const
{
    if (!m_coldConnection || !m_postedNs || !m_requestSentNs)
        return std::nullopt;
    return double(*m_requestSentNs - *m_postedNs) / 1e6;
}

std::optional<qint64> RequestTrace::t0Ns() const
{
    if (m_coldConnection && m_postedNs)
        return m_postedNs; // the set-up of a new connection is part of the wait
    return m_requestSentNs ? m_requestSentNs : m_postedNs;
}

int RequestTrace::reasoningChunkCount() const
{
    int n = 0;
    for (const TokenChunk &c : m_chunks)
        n += c.reasoning ? 1 : 0;
    return n;
}

int RequestTrace::contentChunkCount() const
{
    int n = 0;
    for (const TokenChunk &c : m_chunks)
        n += c.content ? 1 : 0;
    return n;
}

std::optional<double> RequestTrace::msFromT0(std::optional<qint64> ns) const
{
    const std::optional<qint64> t0 = t0Ns();
    if (!t0 || !ns)
        return std::nullopt;
    return double(*ns - *t0) / 1e6;
}
