#include "models/sim/simulatednode.h"

#include "models/sim/simbenchanswers.h"
#include "models/sim/simchatrequest.h"
#include "models/sim/simchatsession.h"
#include "models/sim/simendpoints.h"
#include "models/sim/simhttpconnection.h"
#include "models/sim/simmetrics.h"
#include "models/sim/simpromptcache.h"
#include "models/sim/simtokenizer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtEndian>

using Body = SimResponses::Body;

SimulatedNode::SimulatedNode(const SimProfile &profile, QObject *parent)
    : QObject(parent), m_profile(profile), m_server(new QTcpServer(this)),
      m_metrics(std::make_unique<SimMetrics>(profile)),
      m_promptCache(
          std::make_unique<SimPromptCache>(profile.prefixCacheBlock, qMax(8, profile.slotCount * 2))),
      m_startedMs(QDateTime::currentMSecsSinceEpoch())
{
    m_server->setMaxPendingConnections(1024);
    connect(m_server, &QTcpServer::newConnection, this, &SimulatedNode::onNewConnection);
}

SimulatedNode::~SimulatedNode()
{
    close();
}

bool SimulatedNode::listen(quint16 port)
{
    if (!startListening(port))
        return false;
    m_port = m_server->serverPort();
    if (hasFault(SimFault::Kind::Refuse))
        m_server->close(); // the port is ours; nobody is let in until the fault clears
    return true;
}

bool SimulatedNode::startListening(quint16 port)
{
    if (m_server->isListening())
        return true;
    if (!m_server->listen(QHostAddress::LocalHost, port)) {
        m_errorString = QCoreApplication::translate("SimulatedNode", "cannot listen on 127.0.0.1:%1: %2")
                            .arg(port)
                            .arg(m_server->errorString());
        return false;
    }
    return true;
}

void SimulatedNode::close()
{
    m_server->close();
    dropConnections();
}

void SimulatedNode::dropConnections()
{
    const QList<SimHttpConnection *> connections = m_connections;
    m_connections.clear();
    for (SimHttpConnection *c : connections)
        c->abortNow(); // sessions on it end as aborted
}

bool SimulatedNode::isListening() const
{
    return m_server->isListening();
}

quint16 SimulatedNode::serverPort() const
{
    return m_port;
}

QUrl SimulatedNode::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    return url;
}

QString SimulatedNode::errorString() const
{
    return m_errorString;
}

void SimulatedNode::setTimeScale(double scale)
{
    m_timeScale = qMax(0.001, scale);
}

bool SimulatedNode::hasFault(SimFault::Kind kind) const
{
    return fault(kind).has_value();
}

std::optional<SimFault> SimulatedNode::fault(SimFault::Kind kind) const
{
    for (const SimFault &f : m_faults)
        if (f.kind == kind)
            return f;
    return std::nullopt;
}

void SimulatedNode::setFault(const SimFault &fault)
{
    if (fault.kind == SimFault::Kind::CounterReset) {
        // A restart: counters, histograms and `_created` start over. Nothing stays active.
        m_metrics->resetCounters();
        m_promptCache->clear();
        m_startedMs = QDateTime::currentMSecsSinceEpoch();
        emit faultsChanged();
        return;
    }
    clearFault(fault.kind);
    m_faults.append(fault);
    if (fault.kind == SimFault::Kind::Refuse && m_port != 0) {
        m_server->close();
        dropConnections();
    }
    emit faultsChanged();
}

void SimulatedNode::clearFault(SimFault::Kind kind)
{
    const bool had = hasFault(kind);
    m_faults.removeIf([kind](const SimFault &f) { return f.kind == kind; });
    if (had && kind == SimFault::Kind::Refuse && m_port != 0)
        startListening(m_port);
    if (had)
        emit faultsChanged();
}

void SimulatedNode::clearFaults()
{
    for (SimFault::Kind kind : SimFault::allKinds())
        clearFault(kind);
}

void SimulatedNode::setApiKey(const QString &key)
{
    m_apiKey = key;
}

void SimulatedNode::setAnswerProvider(SimAnswerProvider provider)
{
    m_answerProvider = std::move(provider);
}

void SimulatedNode::setThinkingOverride(std::optional<bool> thinking)
{
    m_thinkingOverride = thinking;
}

void SimulatedNode::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        ++m_counters.connectionsAccepted;
        auto *connection = new SimHttpConnection(socket, this);
        m_connections.append(connection);
        connect(connection, &SimHttpConnection::requestReady, this, &SimulatedNode::handleRequest);
        connect(connection, &SimHttpConnection::closed, this,
                [this](SimHttpConnection *c) { m_connections.removeAll(c); });
    }
}

void SimulatedNode::respond(SimHttpConnection *connection, const SimHttpRequest &request, int status,
                            const QByteArray &body, Body kind, bool closeAfter)
{
    const bool close = closeAfter || !request.keepAlive;
    if (m_profile.dialect == Backend::Vllm)
        m_metrics->httpRequest(request.path, request.method, status);
    connection->send(SimResponses::head(m_profile.dialect, status, kind, body.size(), close), body, close);
}

void SimulatedNode::respondError(SimHttpConnection *connection, const SimHttpRequest &request, int status,
                                 const QString &message, const QString &type, const QString &param)
{
    const QString t = type.isEmpty() ? SimResponses::defaultErrorType(m_profile.dialect, status) : type;
    // llama-server closes the connection after an error response.
    respond(connection, request, status,
            SimResponses::errorJson(m_profile.dialect, status, message, t, param), Body::Json,
            m_profile.dialect == Backend::LlamaCpp);
}

bool SimulatedNode::authorized(const SimHttpRequest &request) const
{
    if (m_apiKey.isEmpty())
        return true;
    const QByteArray &path = request.path;
    if (m_profile.dialect == Backend::Anthropic) // every path, and only x-api-key
        return request.header("x-api-key") == m_apiKey.toUtf8();
    if (m_profile.dialect == Backend::Vllm && !path.startsWith("/v1"))
        return true; // vLLM's --api-key guards /v1/* only
    if (m_profile.dialect == Backend::LlamaCpp &&
        (path == "/health" || path == "/v1/health" || path == "/models" || path == "/v1/models"))
        return true;
    const QByteArray expected = m_apiKey.toUtf8();
    if (request.header("authorization") == "Bearer " + expected)
        return true;
    return m_profile.dialect == Backend::LlamaCpp && request.header("x-api-key") == expected;
}

void SimulatedNode::handleRequest(SimHttpConnection *connection, const SimHttpRequest &request)
{
    ++m_counters.httpRequests;
    emit requestReceived(QString::fromLatin1(request.method), QString::fromUtf8(request.path));
    const Backend dialect = m_profile.dialect;
    const bool llama = dialect == Backend::LlamaCpp;
    const QByteArray &path = request.path;
    const bool isGet = request.method == "GET";
    const bool anthropic = dialect == Backend::Anthropic;
    const bool isChat = anthropic ? path == "/v1/messages"
                                  : path == "/v1/chat/completions" || (llama && path == "/chat/completions");
    const auto drip = fault(SimFault::Kind::Drip);
    connection->setDripIntervalMs(drip ? qMax(1, qRound(drip->effectiveArg() * m_timeScale)) : 0);

    if (hasFault(SimFault::Kind::Stall)) {
        const bool sse = isChat && SimChatRequest::wantsStream(request.body);
        connection->sendHeadAndHang(
            SimResponses::head(dialect, 200, sse ? Body::EventStream : Body::Json, sse ? -1 : 64, false));
        return;
    }
    if (const auto html = fault(SimFault::Kind::HtmlBody)) {
        respond(connection, request, html->effectiveArg(), SimResponses::htmlPage(html->effectiveArg()),
                Body::Html);
        return;
    }
    if (const auto error = fault(SimFault::Kind::HttpError)) {
        respondError(connection, request, error->effectiveArg(),
                     QCoreApplication::translate("SimulatedNode", "Simulated HTTP error %1")
                         .arg(error->effectiveArg()));
        return;
    }
    if (!authorized(request)) {
        ++m_counters.unauthorized; // the key itself is never logged
        if (llama)
            respondError(connection, request, 401, QStringLiteral("Invalid API Key"));
        else if (anthropic)
            respondError(connection, request, 401, QStringLiteral("invalid x-api-key"));
        else
            respond(connection, request, 401, R"({"error":"Unauthorized"})", Body::Json);
        return;
    }
    if (hasFault(SimFault::Kind::Loading)) {
        if (llama)
            respond(connection, request, 503,
                    R"({"error":{"message":"Loading model","type":"unavailable_error","code":503}})",
                    Body::Json, true);
        else if (path == "/health")
            respond(connection, request, 503, QByteArray(), Body::Empty);
        else
            respondError(connection, request, 503, QStringLiteral("The model is still loading."));
        return;
    }

    const qint64 createdSecs = m_startedMs / 1000;
    if (isChat && request.method == "POST") {
        handleChat(connection, request);
    } else if (anthropic) {
        // The Messages API has no /health, /metrics, /props or /version: only the model list.
        if (isGet && path.startsWith("/v1/models"))
            respond(connection, request, 200, SimEndpoints::anthropicModels(m_profile), Body::Json);
        else
            respondError(connection, request, 404, QStringLiteral("Not found"));
    } else if (path == "/metrics" || path == "/metrics/") {
        ++m_counters.metricsScrapes;
        updateLoad();
        respond(connection, request, 200, m_metrics->render(hasFault(SimFault::Kind::GarbageMetrics)),
                Body::Text);
    } else if (llama && isGet && (path == "/health" || path == "/v1/health")) {
        respond(connection, request, 200, SimEndpoints::llamaHealth(), Body::Json);
    } else if (llama && isGet && (path == "/v1/models" || path == "/models")) {
        respond(connection, request, 200, SimEndpoints::llamaModels(m_profile, createdSecs), Body::Json);
    } else if (llama && isGet && path == "/props") {
        respond(connection, request, 200, SimEndpoints::llamaProps(m_profile), Body::Json);
    } else if (llama && isGet && path == "/slots") {
        QList<SimEndpoints::SlotState> busy;
        for (SimChatSession *s : std::as_const(m_sessions))
            if (s->isGenerating())
                busy.append({s->promptTokenCount(), s->emittedTokens(),
                             s->plannedTokens() - s->emittedTokens(), m_taskIds.value(s)});
        respond(connection, request, 200, SimEndpoints::llamaSlots(m_profile, busy), Body::Json);
    } else if (llama) {
        respond(connection, request, 404,
                R"({"error":{"message":"File Not Found","type":"not_found_error","code":404}})", Body::Json,
                true);
    } else if (isGet && path == "/health") {
        respond(connection, request, 200, QByteArray(), Body::Empty);
    } else if ((isGet || request.method == "POST") && path == "/ping") {
        respond(connection, request, 200, QByteArray(), Body::Empty);
    } else if (isGet && path == "/version") {
        respond(connection, request, 200, SimEndpoints::vllmVersion(m_profile), Body::Json);
    } else if (isGet && path == "/v1/models") {
        respond(connection, request, 200, SimEndpoints::vllmModels(m_profile, createdSecs), Body::Json);
    } else if (isGet && path == "/load") {
        respond(connection, request, 200, "{\"server_load\":" + QByteArray::number(m_sessions.size()) + '}',
                Body::Json);
    } else if (path == "/health" || path == "/version" || path == "/v1/models" || isChat) {
        respond(connection, request, 405, R"({"detail":"Method Not Allowed"})", Body::Json);
    } else {
        respond(connection, request, 404, R"({"detail":"Not Found"})", Body::Json);
    }
}

int SimulatedNode::identicalRunCount(const QByteArray &key)
{
    if (m_runCounts.size() > 20000 && !m_runCounts.contains(key))
        m_runCounts.clear(); // cache-busted benchmarks never repeat: keep memory bounded
    return m_runCounts[key]++;
}

void SimulatedNode::handleChat(SimHttpConnection *connection, const SimHttpRequest &request)
{
    const SimChatRequest chat = SimChatRequest::parse(request.body, m_profile);
    const bool llama = m_profile.dialect == Backend::LlamaCpp;
    if (chat.errorStatus != 0) {
        respond(connection, request, chat.errorStatus, chat.errorBody, Body::Json, llama);
        return;
    }
    SimRequest simRequest;
    simRequest.messages = chat.messages;
    simRequest.thinking = m_thinkingOverride.value_or(
        m_profile.ignoreThinkingToggle ? m_profile.thinkingDefault
                                       : chat.enableThinking.value_or(m_profile.thinkingDefault));
    const bool runaway = hasFault(SimFault::Kind::Runaway);
    if (runaway)
        simRequest.thinking = true;
    simRequest.maxTokens = chat.maxTokens;
    simRequest.seed = chat.seed;
    simRequest.temperature = chat.temperature;
    simRequest.nodeName = m_profile.name;

    const QList<quint32> promptTokens = SimTokenizer::promptTokens(chat.messages, simRequest.thinking);
    const qint64 n = promptTokens.size();
    const qint64 ctx = m_profile.contextLength;
    if (const auto overflow = SimChatRequest::contextError(m_profile, int(n), chat.maxTokens)) {
        respond(connection, request, 400, *overflow, Body::Json, llama);
        return;
    }
    const int limit = int(qMin<qint64>(chat.maxTokens.value_or(int(ctx - n)), ctx - n));
    const QByteArray key = chat.fingerprint(simRequest.thinking);
    simRequest.run = identicalRunCount(key);

    SimAnswer answer;
    if (runaway) {
        const QString prompt = simRequest.lastUserText();
        answer.reasoning = SimTokenPlan::runawayReasoning(limit, simRequest.lastUserText());
    } else {
        answer = m_answerProvider ? m_answerProvider(simRequest) : SimBenchAnswers::answer(simRequest, m_profile);
    }

    SimChatSession::Setup setup;
    setup.stream = chat.stream;
    setup.includeUsage = chat.includeUsage;
    setup.cachePrompt = chat.cachePrompt && m_profile.prefixCacheBlock > 0;
    setup.maxTokensParam = chat.maxTokens.value_or(0);
    setup.promptTokens = promptTokens;
    setup.faults = m_faults;
    setup.receivedNs = request.receivedNs;
    setup.seed = quint64(qFromUnaligned<quint64>(key.constData())) ^ quint64(simRequest.run);
    setup.plan = SimTokenPlan::build(m_profile, answer, simRequest.thinking, limit, setup.seed);

    if (!llama)
        m_metrics->httpRequest(request.path, request.method, 200);
    auto *session = new SimChatSession(this, connection, std::move(setup));
    m_sessions.append(session);
    m_taskIds.insert(session, m_nextTaskId++);
    ++m_counters.chatRequests;
    emit chatStarted();
    session->start();
}

void SimulatedNode::requestSlot(SimChatSession *session)
{
    const bool limited = m_profile.dialect == Backend::LlamaCpp;
    if (limited && m_busySlots >= qMax(1, m_profile.slotCount)) {
        m_waiting.append(session); // llama-server defers the task until a slot frees up
        updateLoad();
        return;
    }
    ++m_busySlots;
    session->grantSlot();
}

void SimulatedNode::sessionEnded(SimChatSession *session, bool wasWaiting, bool hadSlot)
{
    m_sessions.removeAll(session);
    m_taskIds.remove(session);
    m_waiting.removeAll(session);
    if (wasWaiting)
        m_counters.chatWaiting = qMax(0, m_counters.chatWaiting - 1);
    if (hadSlot) {
        m_busySlots = qMax(0, m_busySlots - 1);
        m_counters.chatActive = qMax(0, m_counters.chatActive - 1);
        while (!m_waiting.isEmpty() && m_busySlots < qMax(1, m_profile.slotCount)) {
            SimChatSession *next = m_waiting.takeFirst();
            ++m_busySlots;
            next->grantSlot();
        }
    }
    updateLoad();
}

void SimulatedNode::updateLoad()
{
    qint64 kv = 0;
    for (const SimChatSession *s : std::as_const(m_sessions))
        kv += s->kvTokens();
    m_metrics->setLoad(m_busySlots, int(m_waiting.size()), kv);
}
