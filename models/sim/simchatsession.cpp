#include "models/sim/simchatsession.h"

#include "models/sim/simhttpconnection.h"
#include "models/sim/simmetrics.h"
#include "models/sim/simpromptcache.h"
#include "models/sim/simresponses.h"
#include "models/sim/simulatednode.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRandomGenerator>
#include <QTimer>
#include <QUuid>
#include <cmath>

namespace {

// An event counts as due this close to its time, so a rounded timer never has to spin for the rest.
constexpr double kDueToleranceMs = 0.5;

QString newCompletionId(Backend dialect)
{
    if (dialect == Backend::Vllm)
        return QStringLiteral("chatcmpl-") + QUuid::createUuid().toString(QUuid::Id128);
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    QString id = QStringLiteral("chatcmpl-");
    for (int i = 0; i < 32; ++i)
        id += QLatin1Char(alphabet[QRandomGenerator::global()->bounded(62)]);
    return id;
}

} // namespace

SimChatSession::SimChatSession(SimulatedNode *node, SimHttpConnection *connection, Setup setup)
    : QObject(node), m_node(node), m_connection(connection), m_setup(std::move(setup)),
      m_json(node->m_profile, newCompletionId(node->m_profile.dialect), QDateTime::currentSecsSinceEpoch()),
      m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, &SimChatSession::tick);
    if (node->m_profile.dialect == Backend::Anthropic)
        m_anthropic.emplace(node->m_profile.modelId,
                            QStringLiteral("msg_sim") + QUuid::createUuid().toString(QUuid::Id128).left(20));
    connect(connection, &SimHttpConnection::closed, this, &SimChatSession::onClientGone);
    m_msPerToken = 1000.0 / qMax(0.001, node->m_profile.decodeTokensPerSecond) * node->m_timeScale;
}

SimChatSession::~SimChatSession() = default;

double SimChatSession::nowMs() const
{
    return double(simClockNs() - m_setup.receivedNs) / 1e6;
}

std::optional<SimFault> SimChatSession::fault(SimFault::Kind kind) const
{
    for (const SimFault &f : m_setup.faults)
        if (f.kind == kind)
            return f;
    return std::nullopt;
}

qint64 SimChatSession::kvTokens() const
{
    if (!isGenerating())
        return 0;
    // vLLM holds a request's KV in whole 16-token blocks from the moment it is scheduled.
    const qint64 tokens = m_setup.promptTokens.size() + m_emittedTokens;
    return (tokens + 15) / 16 * 16;
}

void SimChatSession::start()
{
    if (m_setup.stream && m_connection) {
        // Both servers flush status and headers before prefill: "headers received" is not TTFT.
        m_connection->beginStream(
            SimResponses::head(m_node->m_profile.dialect, 200, SimResponses::Body::EventStream, -1, false));
    }
    schedule(m_node->m_profile.schedulingOverheadMs * m_node->m_timeScale);
}

void SimChatSession::schedule(double dueMs)
{
    // Millisecond timers, rounded: every emission lands within about half a millisecond of its
    // absolute due time (see kDueToleranceMs), early or late, and errors never add up.
    const double wait = dueMs - nowMs();
    m_timer->start(wait <= 0 ? 0 : int(std::lround(wait)));
}

double SimChatSession::chunkDueMs(qsizetype index) const
{
    return m_prefillEndMs + m_setup.plan.chunks[index].lastToken * m_msPerToken;
}

void SimChatSession::grantSlot()
{
    if (m_phase != Phase::WaitingSlot)
        return;
    m_hasSlot = true;
    m_phase = Phase::Prefill;
    const SimProfile &profile = m_node->m_profile;
    m_cachedTokens = m_setup.cachePrompt ? m_node->m_promptCache->lookup(m_setup.promptTokens) : 0;
    const int evaluated = int(m_setup.promptTokens.size()) - m_cachedTokens;
    m_prefillStartMs = m_requestingSlot ? m_slotRequestedMs : nowMs(); // queued: prefill starts now
    m_prefillEndMs = m_prefillStartMs +
                     evaluated / qMax(0.001, profile.prefillTokensPerSecond) * 1000.0 * m_node->m_timeScale;
    m_node->m_counters.chatWaiting = qMax(0, m_node->m_counters.chatWaiting - 1);
    ++m_node->m_counters.chatActive;
    m_node->m_counters.promptTokensTotal += m_setup.promptTokens.size();
    m_node->m_counters.cachedPromptTokensTotal += m_cachedTokens;
    m_node->updateLoad();
    schedule(m_setup.plan.chunks.isEmpty() ? m_prefillEndMs : chunkDueMs(0));
}

void SimChatSession::tick()
{
    switch (m_phase) {
    case Phase::Overhead:
        m_phase = Phase::WaitingSlot;
        ++m_node->m_counters.chatWaiting;
        // Parsing and tokenizing a long prompt can outlast the scripted overhead (Debug builds): the
        // script still starts prefill at its time, so the client sees the scripted TTFT.
        m_slotRequestedMs = qMin(nowMs(), m_node->m_profile.schedulingOverheadMs * m_node->m_timeScale);
        m_requestingSlot = true;
        m_node->requestSlot(this); // may call grantSlot() right away
        m_requestingSlot = false;
        return;
    case Phase::WaitingSlot:
    case Phase::Done:
        return;
    case Phase::Prefill:
    case Phase::Decode:
        break;
    }
    const double now = nowMs();
    if (m_setup.plan.chunks.isEmpty()) {
        if (now + kDueToleranceMs < m_prefillEndMs) {
            schedule(m_prefillEndMs);
            return;
        }
        m_firstEmitMs = m_lastEmitMs = now;
        if (m_setup.stream && !writeStart())
            return;
        finishGeneration();
        return;
    }
    while (m_phase != Phase::Done && m_nextChunk < m_setup.plan.chunks.size() &&
           chunkDueMs(m_nextChunk) <= now + kDueToleranceMs)
        emitChunk(m_nextChunk++);
    if (m_phase == Phase::Done)
        return;
    if (m_nextChunk < m_setup.plan.chunks.size())
        schedule(chunkDueMs(m_nextChunk));
    else
        finishGeneration();
}

void SimChatSession::emitChunk(qsizetype index)
{
    const SimTokenPlan::Chunk &chunk = m_setup.plan.chunks[index];
    const double now = nowMs();
    const SimProfile &profile = m_node->m_profile;
    if (index == 0) {
        m_phase = Phase::Decode;
        m_firstEmitMs = now;
        if (m_setup.cachePrompt)
            m_node->m_promptCache->store(m_setup.promptTokens);
        m_node->m_metrics->prefillDone(int(m_setup.promptTokens.size()), m_cachedTokens,
                                       m_prefillStartMs / 1000.0, now / 1000.0);
        if (m_setup.stream && !writeStart())
            return;
    } else {
        m_node->m_metrics->decodeStep(chunk.tokens, (now - m_lastEmitMs) / 1000.0, m_node->m_busySlots);
    }
    m_lastEmitMs = now;
    m_emittedTokens += chunk.tokens;
    m_node->m_counters.generatedTokensTotal += chunk.tokens;
    if (!m_setup.stream)
        return;
    const bool last = index == m_setup.plan.chunks.size() - 1;
    // vLLM: a length finish rides on the chunk that carries the last tokens.
    const QString finish =
        last && profile.dialect == Backend::Vllm && m_setup.plan.finishReason == QLatin1String("length")
            ? m_setup.plan.finishReason
            : QString();
    if (m_anthropic) {
        for (const QByteArray &event : m_anthropic->delta(chunk.kind, chunk.text))
            if (!writeEvent(event))
                return;
        return;
    }
    writeEvent(m_json.deltaChunk(chunk.kind, chunk.text, finish));
}

bool SimChatSession::writeStart()
{
    if (!m_anthropic)
        return writeEvent(m_json.roleChunk());
    for (const QByteArray &event : m_anthropic->start(usage()))
        if (!writeEvent(event))
            return false;
    return true;
}

void SimChatSession::finishGeneration()
{
    if (m_phase == Phase::Done)
        return;
    const QString reason = m_setup.plan.finishReason;
    const bool llama = m_node->m_profile.dialect == Backend::LlamaCpp;
    if (!m_setup.stream) {
        if (!m_connection)
            return end(QStringLiteral("abort"), true);
        if (fault(SimFault::Kind::ResetMidStream)) {
            m_connection->abortAfterFlush();
            return end(QStringLiteral("abort"), true);
        }
        const QByteArray body =
            fault(SimFault::Kind::StreamError)
                ? SimResponses::errorJson(m_node->m_profile.dialect, 500,
                                          QStringLiteral("Simulated generation failure"),
                                          SimResponses::defaultErrorType(m_node->m_profile.dialect, 500))
                : m_anthropic ? m_anthropic->message(m_setup.plan.content, m_setup.plan.reasoning, reason, usage())
                              : m_json.completion(m_setup.plan.content, m_setup.plan.reasoning, reason, usage(),
                                                  timings());
        const int status = fault(SimFault::Kind::StreamError) ? 500 : 200;
        const QByteArray sent = fault(SimFault::Kind::MalformedChunk) ? body.left(body.size() / 2) : body;
        m_connection->send(SimResponses::head(m_node->m_profile.dialect, status, SimResponses::Body::Json,
                                              sent.size(), status != 200 && llama),
                           sent, status != 200 && llama);
        return end(status == 200 ? reason : QStringLiteral("error"), false);
    }
    if (m_anthropic) {
        for (const QByteArray &event : m_anthropic->finish(reason, usage()))
            if (!writeEvent(event))
                return;
        if (m_connection)
            m_connection->endStream(false);
        end(reason, false);
        return;
    }
    const bool separateFinish = llama || reason != QLatin1String("length") || m_setup.plan.chunks.isEmpty();
    if (separateFinish &&
        !writeEvent(m_json.finishChunk(reason, m_setup.includeUsage || !llama ? std::nullopt
                                                                              : std::optional(timings()))))
        return;
    if (m_setup.includeUsage &&
        !writeEvent(m_json.usageChunk(usage(), llama ? std::optional(timings()) : std::nullopt)))
        return;
    writeRaw(SimChatJson::done());
    // llama-server closes the connection after every streamed reply (each request opens a new one);
    // vLLM keeps it alive.
    if (m_connection)
        m_connection->endStream(llama);
    end(reason, false);
}

bool SimChatSession::writeEvent(const QByteArray &json)
{
    if (m_phase == Phase::Done)
        return false;
    ++m_events;
    const auto malformed = fault(SimFault::Kind::MalformedChunk);
    if (m_anthropic) // already framed: "event: ...\ndata: ...\n\n"
        writeRaw(malformed && malformed->effectiveArg() == m_events
                     ? json.left(qMax<qsizetype>(1, json.size() / 2)) + "\n\n"
                     : json);
    else if (malformed && malformed->effectiveArg() == m_events)
        writeRaw(SimChatJson::sse(json.left(qMax<qsizetype>(1, json.size() / 2))));
    else
        writeRaw(SimChatJson::sse(json));
    if (const auto reset = fault(SimFault::Kind::ResetMidStream);
        reset && m_events >= reset->effectiveArg()) {
        if (m_connection)
            m_connection->abortAfterFlush(); // whole events, then the connection just ends
        end(QStringLiteral("abort"), true);
        return false;
    }
    if (const auto err = fault(SimFault::Kind::StreamError); err && m_events >= err->effectiveArg()) {
        const Backend dialect = m_node->m_profile.dialect;
        if (m_anthropic) // an overloaded API mid-stream, as the Messages API reports it
            writeRaw(SimAnthropicStream::errorEvent(QStringLiteral("overloaded_error"),
                                                    QStringLiteral("Overloaded")));
        else
            writeRaw(SimChatJson::sse(m_json.errorEvent(
                500, QCoreApplication::translate("SimChatSession", "Simulated failure after streaming began"),
                SimResponses::defaultErrorType(dialect, 500))));
        if (dialect == Backend::Vllm)
            writeRaw(SimChatJson::done()); // vLLM ends an errored stream with [DONE]; llama.cpp does not
        if (m_connection)
            m_connection->endStream(true);
        end(QStringLiteral("error"), false);
        return false;
    }
    return true;
}

void SimChatSession::writeRaw(const QByteArray &bytes)
{
    if (m_connection && m_setup.stream)
        m_connection->writeChunk(bytes);
}

SimChatJson::Usage SimChatSession::usage() const
{
    SimChatJson::Usage u;
    u.promptTokens = int(m_setup.promptTokens.size());
    u.completionTokens = m_setup.plan.completionTokens;
    u.cachedTokens = m_cachedTokens;
    u.reasoningTokens = m_setup.plan.reasoningTokens;
    return u;
}

SimChatJson::Timings SimChatSession::timings() const
{
    SimChatJson::Timings t;
    t.cacheN = m_cachedTokens;
    t.promptN = int(m_setup.promptTokens.size()) - m_cachedTokens;
    t.promptMs = qMax(0.0, m_firstEmitMs - m_prefillStartMs);
    t.predictedN = m_setup.plan.completionTokens;
    t.predictedMs = qMax(0.0, m_lastEmitMs - m_firstEmitMs);
    return t;
}

void SimChatSession::onClientGone()
{
    if (m_phase != Phase::Done)
        end(QStringLiteral("abort"), true);
}

void SimChatSession::end(const QString &finishReason, bool aborted)
{
    if (m_phase == Phase::Done)
        return;
    const bool wasWaiting = m_phase == Phase::WaitingSlot;
    const bool started = m_hasSlot;
    m_phase = Phase::Done;
    m_timer->stop();
    m_node->sessionEnded(this, wasWaiting, started);
    if (started) {
        SimMetrics::Finish f;
        f.finishReason = finishReason;
        f.promptTokens = int(m_setup.promptTokens.size());
        f.cachedTokens = m_cachedTokens;
        f.completionTokens = aborted ? m_emittedTokens : m_setup.plan.completionTokens;
        f.prefillSeconds =
            qMax(0.0, (m_firstEmitMs < 0 ? nowMs() : m_firstEmitMs) - m_prefillStartMs) / 1000.0;
        f.decodeSeconds = m_firstEmitMs < 0 ? 0.0 : qMax(0.0, m_lastEmitMs - m_firstEmitMs) / 1000.0;
        f.queueSeconds = m_prefillStartMs / 1000.0;
        f.e2eSeconds = nowMs() / 1000.0;
        f.maxTokensParam = m_setup.maxTokensParam;
        f.maxGenerationTokens = m_setup.maxTokensParam;
        m_node->m_metrics->finished(f);
    }
    if (aborted)
        ++m_node->m_counters.chatAborted;
    else
        ++m_node->m_counters.chatFinished;
    if (!aborted)
        emit m_node->chatFinished(finishReason, int(m_setup.promptTokens.size()),
                                  m_setup.plan.completionTokens);
    emit ended(this);
    deleteLater();
}
