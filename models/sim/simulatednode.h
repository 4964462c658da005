#pragma once

#include "models/sim/simanswer.h"
#include "models/sim/simfault.h"
#include "models/sim/simprofile.h"
#include "models/sim/simresponses.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QUrl>
#include <memory>

class QTcpServer;
class SimHttpConnection;
class SimMetrics;
class SimChatSession;
class SimPromptCache;
struct SimHttpRequest;

// What a simulated node has done so far (for tests and the status line; /metrics shows its own view).
struct SimCounters
{
    qint64 connectionsAccepted = 0;
    qint64 httpRequests = 0;      // every parsed request, any path
    qint64 chatRequests = 0;      // POST /v1/chat/completions accepted for generation
    qint64 chatFinished = 0;      // generations that ran to finish_reason (stop/length)
    qint64 chatAborted = 0;       // client went away or a fault cut the generation
    int chatActive = 0;           // generating now (prefill or decode)
    int chatWaiting = 0;          // llama.cpp: waiting for a free slot
    qint64 promptTokensTotal = 0; // prompt tokens of accepted chats (cached + evaluated)
    qint64 cachedPromptTokensTotal = 0;
    qint64 generatedTokensTotal = 0; // tokens emitted so far (moves during decode)
    qint64 metricsScrapes = 0;
    qint64 unauthorized = 0; // requests rejected for a missing/wrong API key
};

// A real HTTP/1.1 server on 127.0.0.1 that speaks the vLLM or the llama.cpp dialect with scripted
// prefill/decode timing and injectable faults. Everything runs event-driven on the thread that created
// it (no worker threads); many concurrent connections are fine. Every response carries
// `X-Tokscope-Simulated: 1`, and the model metadata says "simulated", so a probe can tell.
class SimulatedNode final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimulatedNode)

public:
    explicit SimulatedNode(const SimProfile &profile, QObject *parent = nullptr);
    ~SimulatedNode() override;

    // Listens on 127.0.0.1:port (0 = a free port). False (see errorString()) when the port is taken.
    bool listen(quint16 port = 0);
    void close(); // stops listening and drops every connection
    bool isListening() const;
    quint16 serverPort() const; // valid after listen(), kept while a `refuse` fault is active
    QUrl baseUrl() const;       // http://127.0.0.1:<port> (no /v1)
    QString errorString() const;

    SimProfile profile() const { return m_profile; }

    // 1.0 = the profile's real speeds; 0.05 = everything 20x faster (ratios kept). Clamped to >= 0.001.
    void setTimeScale(double scale);
    double timeScale() const { return m_timeScale; }

    // Faults: one active fault per kind (setting a kind again replaces its arg). CounterReset acts once.
    void setFault(const SimFault &fault);
    void clearFault(SimFault::Kind kind);
    void clearFaults();
    QList<SimFault> faults() const { return m_faults; }
    bool hasFault(SimFault::Kind kind) const;
    std::optional<SimFault> fault(SimFault::Kind kind) const;

    // Requests must carry `Authorization: Bearer <key>` when set (empty = no check). vLLM protects /v1/*
    // only; llama.cpp everything except /health and /v1/models. The key itself is never logged.
    void setApiKey(const QString &key);

    // Replaces the default text generator (defaultSimAnswer). Called once per accepted chat request.
    void setAnswerProvider(SimAnswerProvider provider);
    // Forces thinking on/off regardless of requests (like a server started with a fixed reasoning
    // setting); nullopt restores the profile behaviour.
    void setThinkingOverride(std::optional<bool> thinking);

    SimCounters counters() const { return m_counters; }

signals:
    void requestReceived(const QString &method, const QString &path);
    void chatStarted();
    void chatFinished(const QString &finishReason, int promptTokens, int completionTokens);
    void faultsChanged();

private:
    friend class SimHttpConnection;
    friend class SimChatSession;
    void onNewConnection();
    void handleRequest(SimHttpConnection *connection, const SimHttpRequest &request);
    void handleChat(SimHttpConnection *connection, const SimHttpRequest &request);
    void respond(SimHttpConnection *connection, const SimHttpRequest &request, int status,
                 const QByteArray &body, SimResponses::Body kind, bool closeAfter = false);
    void respondError(SimHttpConnection *connection, const SimHttpRequest &request, int status,
                      const QString &message, const QString &type = {}, const QString &param = {});
    bool authorized(const SimHttpRequest &request) const;
    bool startListening(quint16 port);
    void dropConnections();
    // Session bookkeeping (called by SimChatSession).
    void requestSlot(SimChatSession *session);
    void sessionEnded(SimChatSession *session, bool wasWaiting, bool hadSlot);
    void updateLoad();
    int identicalRunCount(const QByteArray &key);

    SimProfile m_profile;
    QTcpServer *m_server = nullptr;
    QList<SimHttpConnection *> m_connections;
    std::unique_ptr<SimMetrics> m_metrics;
    std::unique_ptr<SimPromptCache> m_promptCache;
    QList<SimFault> m_faults;
    SimAnswerProvider m_answerProvider;
    std::optional<bool> m_thinkingOverride;
    QString m_apiKey;
    QString m_errorString;
    double m_timeScale = 1.0;
    quint16 m_port = 0;
    SimCounters m_counters;
    QList<SimChatSession *> m_sessions;
    QHash<const SimChatSession *, qint64> m_taskIds; // /slots id_task of each running session
    qint64 m_nextTaskId = 1;
    QList<SimChatSession *> m_waiting; // llama.cpp: waiting for a slot, in arrival order
    int m_busySlots = 0;
    QHash<QByteArray, int> m_runCounts; // request fingerprint -> times answered
    qint64 m_startedMs = 0;             // wall clock of the (simulated) server start
};
