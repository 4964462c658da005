#include "models/monitor/nodemonitor.h"

#include "models/net/nodeprobe.h"

#include <QSet>
#include <QTimer>

#include <cmath>

struct NodeMonitor::NodeState
{
    std::unique_ptr<NodeProbe> probe;
    std::unique_ptr<QTimer> timer; // next scheduled poll (single shot)
    NodeSample latest;
    std::array<TimeSeries, SeriesCount> series;

    void reset(const NodeConfig &config)
    {
        latest = NodeSample();
        latest.nodeId = config.id;
        latest.simulated = config.simulated;
        for (TimeSeries &s : series)
            s.clear();
    }
};

NodeMonitor::NodeMonitor(QObject *parent) : QObject(parent) {}

NodeMonitor::~NodeMonitor() = default;

NodeMonitor::NodeState *NodeMonitor::state(const QString &nodeId) const
{
    const auto it = m_states.find(nodeId);
    return it == m_states.end() ? nullptr : it->second.get();
}

std::unique_ptr<NodeMonitor::NodeState> NodeMonitor::createState(const NodeConfig &config)
{
    auto s = std::make_unique<NodeState>();
    s->probe = std::make_unique<NodeProbe>(config);
    s->timer = std::make_unique<QTimer>();
    s->timer->setSingleShot(true);
    s->reset(config);
    NodeState *raw = s.get();
    connect(s->timer.get(), &QTimer::timeout, this, [this, raw] { pollState(raw); });
    connect(s->probe.get(), &NodeProbe::sampleAvailable, this,
            [this, raw](const NodeSample &sample) { onSample(raw, sample); });
    return s;
}

void NodeMonitor::setNodes(const QList<NodeConfig> &nodes)
{
    QStringList order;
    QList<NodeState *> toPoll;
    for (const NodeConfig &config : nodes) {
        if (order.contains(config.id)) {
            qWarning("NodeMonitor: duplicate node id %s ignored", qPrintable(config.id));
            continue;
        }
        order.append(config.id);
        NodeState *existing = state(config.id);
        if (!existing) {
            auto created = createState(config);
            toPoll.append(created.get());
            m_states.emplace(config.id, std::move(created));
            continue;
        }
        const NodeConfig old = existing->probe->config();
        existing->probe->setConfig(config);
        if (NodeProbe::affectsPolling(old, config)) {
            existing->reset(config); // another server (or credentials): old numbers do not belong to it
            toPoll.append(existing);
        } else if (old.pollIntervalMs != config.pollIntervalMs && existing->timer->isActive()) {
            existing->timer->start(existing->probe->nextPollDelayMs());
        }
    }
    const QSet<QString> kept(order.cbegin(), order.cend());
    for (auto it = m_states.begin(); it != m_states.end();) {
        if (kept.contains(it->first))
            ++it;
        else
            it = m_states.erase(it);
    }
    m_order = order;
    emit nodesChanged();
    if (m_running) {
        for (NodeState *s : std::as_const(toPoll))
            pollState(s);
    }
}

QList<NodeConfig> NodeMonitor::nodes() const
{
    QList<NodeConfig> list;
    list.reserve(m_order.size());
    for (const QString &id : m_order)
        list.append(state(id)->probe->config());
    return list;
}

std::optional<NodeConfig> NodeMonitor::node(const QString &nodeId) const
{
    const NodeState *s = state(nodeId);
    return s ? std::optional<NodeConfig>(s->probe->config()) : std::nullopt;
}

void NodeMonitor::start()
{
    if (m_running)
        return;
    m_running = true;
    pollNow();
}

void NodeMonitor::stop()
{
    m_running = false;
    for (auto &[id, s] : m_states) {
        s->timer->stop();
        s->probe->cancel();
    }
}

void NodeMonitor::pollNow()
{
    for (const QString &id : std::as_const(m_order))
        pollState(state(id));
}

bool NodeMonitor::pollNow(const QString &nodeId)
{
    NodeState *s = state(nodeId);
    if (!s || s->probe->isPolling())
        return false;
    pollState(s);
    return true;
}

void NodeMonitor::pollState(NodeState *s)
{
    // A poll still running reschedules itself when it completes.
    if (s->probe->isPolling())
        return;
    s->timer->stop();
    s->probe->poll();
}

void NodeMonitor::onSample(NodeState *s, const NodeSample &sample)
{
    s->latest = sample;
    record(s, sample);
    if (m_running)
        s->timer->start(s->probe->nextPollDelayMs());
    emit sampleAvailable(sample);
}

void NodeMonitor::record(NodeState *s, const NodeSample &sample)
{
    const auto put = [&](Series which, std::optional<double> value) {
        TimeSeries &ts = s->series[size_t(which)];
        if (value && std::isfinite(*value))
            ts.append(sample.monotonicMs, *value);
        else
            ts.appendGap(sample.monotonicMs);
    };
    put(Series::PromptTps, sample.promptTps);
    put(Series::GenerationTps, sample.generationTps);
    put(Series::KvCacheUsage, sample.metrics.kvCacheUsage);
    put(Series::RequestsRunning, sample.metrics.requestsRunning);
    put(Series::RequestsWaiting, sample.metrics.requestsWaiting);
    put(Series::LatencyMs, sample.latencyMs);
}

NodeSample NodeMonitor::latest(const QString &nodeId) const
{
    if (const NodeState *s = state(nodeId))
        return s->latest;
    NodeSample unknown;
    unknown.nodeId = nodeId;
    return unknown;
}

const TimeSeries *NodeMonitor::series(const QString &nodeId, Series which) const
{
    const NodeState *s = state(nodeId);
    return s ? &s->series[size_t(which)] : nullptr;
}

QNetworkAccessManager *NodeMonitor::networkManager(const QString &nodeId) const
{
    const NodeState *s = state(nodeId);
    return s ? s->probe->networkManager() : nullptr;
}

NodeProbe *NodeMonitor::probe(const QString &nodeId) const
{
    const NodeState *s = state(nodeId);
    return s ? s->probe.get() : nullptr;
}
