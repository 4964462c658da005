#pragma once

#include "models/net/probereply.h"
#include "models/net/slotsreading.h"
#include "models/node/nodeconfig.h"
#include "models/node/nodesample.h"
#include "models/series/counterrate.h"

#include <QList>
#include <QObject>
#include <QPointer>

class QNetworkAccessManager;
class QTimer;

// Polls ONE node, one cycle at a time, and emits one NodeSample per cycle.
//
// A cycle: GET /health alone (its round trip is the latency; no HTTP answer at all = down, 503
// "Loading model" = loading, and the cycle ends there), then /v1/models, /props and/or /version (until
// the backend is known: both) and /metrics in parallel. ProbeInterpreter turns the replies into status
// and reason; CounterRate turns successive /metrics counters into tok/s.
//
// Owns its QNetworkAccessManager (one per node: Qt opens at most 6 connections per host per manager,
// so chat streams of one node never starve another's; NodeMonitor::networkManager() hands it out).
// The manager never follows redirects and uses no proxy unless NodeConfig::proxy says so (the
// environment's http_proxy is ignored). The API key goes only into the Authorization header.
//
// Each request has its own timeout (NodeConfig::requestTimeoutMs) and the cycle a total deadline.
// Cycles never overlap: poll() refuses while one runs. cancel() or a new config supersedes the running
// cycle: its replies are aborted and, should any still arrive, dropped by the generation counter.
// GUI thread only.
class NodeProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NodeProbe)

public:
    static constexpr int MaxBackoffMs = 30 * 1000;
    static constexpr qint64 MaxBodyBytes = 16 * 1024 * 1024;

    explicit NodeProbe(const NodeConfig &config, QObject *parent = nullptr);
    ~NodeProbe() override;

    NodeConfig config() const { return m_config; }
    // A change of anything that reaches the wire (URL, key, proxy, timeout) cancels the running cycle
    // and forgets the detected backend and the counter baseline; name/role/interval changes do not.
    void setConfig(const NodeConfig &config);
    // True when going from a to b changes what goes on the wire (URL, key, proxy, timeout).
    static bool affectsPolling(const NodeConfig &a, const NodeConfig &b);
    QNetworkAccessManager *networkManager() const { return m_manager; }

    // Starts a cycle; false when one is still running.
    bool poll();
    void cancel();
    bool isPolling() const { return m_polling; }
    quint64 generation() const { return m_generation; }

    NodeSample lastSample() const { return m_lastSample; }
    int consecutiveFailures() const { return m_failures; }
    // Delay before the next cycle: the interval (start to start) while the node answers, doubling
    // after each down cycle up to MaxBackoffMs; back to the interval on the first answer.
    int nextPollDelayMs() const;
    static int backoffDelayMs(int intervalMs, int failures, int capMs = MaxBackoffMs);
    int totalDeadlineMs() const;

    // The steady clock every sample uses (CLOCK_MONOTONIC, same as QElapsedTimer).
    static qint64 monotonicNowMs();
    static qint64 monotonicNowNs();

signals:
    void pollStarted();
    void sampleAvailable(const NodeSample &sample);

private:
    void send(ProbeEndpoint endpoint);
    void onReplyFinished(quint64 generation, ProbeEndpoint endpoint, QNetworkReply *reply);
    void startSecondPhase();
    void onDeadline();
    void finish();
    void abortPending();
    void applyProxy();

    NodeConfig m_config;
    QNetworkAccessManager *m_manager = nullptr;
    QTimer *m_deadline = nullptr;
    QList<QPointer<QNetworkReply>> m_pending;
    ProbeReplies m_replies;
    CounterRate m_rates;
    SlotRate m_slotRate;
    NodeSample m_lastSample;
    Backend m_knownBackend = Backend::Unknown;
    std::optional<qint64> m_lastGoodMs;
    quint64 m_generation = 0;
    qint64 m_pollStartedMs = 0;
    qint64 m_lastPollDurationMs = 0;
    int m_failures = 0;
    bool m_polling = false;
};
