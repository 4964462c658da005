#pragma once

#include "models/node/nodeconfig.h"
#include "models/node/nodesample.h"
#include "models/series/timeseries.h"

#include <QList>
#include <QObject>
#include <QStringList>

#include <map>
#include <memory>
#include <optional>

class NodeProbe;
class QNetworkAccessManager;
class QTimer;

// Owns one NodeProbe per configured node, schedules their polls (each node at its own interval, backing
// off while it is down), keeps the latest sample and 24 h of chart series per node, and re-announces
// every sample. The one place the GUI (and the CLI) reads live node state from.
// GUI thread only; series pointers stay valid until the node is removed or its URL changes.
class NodeMonitor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NodeMonitor)

public:
    // Chart lines kept per node. A missed poll or an unknown value is a gap (NaN), never a zero.
    enum class Series
    {
        PromptTps,
        GenerationTps,
        KvCacheUsage,
        RequestsRunning,
        RequestsWaiting,
        LatencyMs
    };
    Q_ENUM(Series)
    static constexpr int SeriesCount = 6;

    explicit NodeMonitor(QObject *parent = nullptr);
    ~NodeMonitor() override;

    // Nodes keep their probe, series and last sample across calls when their id stays; a node whose
    // URL, key, proxy or timeout changed starts afresh. Duplicate ids after the first are ignored.
    void setNodes(const QList<NodeConfig> &nodes);
    QList<NodeConfig> nodes() const;
    std::optional<NodeConfig> node(const QString &nodeId) const;
    int indexOf(const QString &nodeId) const { return int(m_order.indexOf(nodeId)); }

    // start(): poll every node now, then on its schedule. stop(): no more polls; running ones cancelled.
    void start();
    void stop();
    bool isRunning() const { return m_running; }
    // One immediate poll of every node (or one node) that is not already polling; schedules resume
    // from there when running.
    void pollNow();
    bool pollNow(const QString &nodeId);

    // The last sample (health Unknown before the first poll completes).
    NodeSample latest(const QString &nodeId) const;
    // nullptr for an unknown node.
    const TimeSeries *series(const QString &nodeId, Series series) const;
    // The node's own manager, for chat streams and benchmarks to the same node. nullptr when unknown.
    QNetworkAccessManager *networkManager(const QString &nodeId) const;
    NodeProbe *probe(const QString &nodeId) const;

signals:
    void sampleAvailable(const NodeSample &sample);
    void nodesChanged();

private:
    struct NodeState;
    NodeState *state(const QString &nodeId) const;
    std::unique_ptr<NodeState> createState(const NodeConfig &config);
    void onSample(NodeState *s, const NodeSample &sample);
    void record(NodeState *s, const NodeSample &sample);
    void pollState(NodeState *s);

    QStringList m_order;
    std::map<QString, std::unique_ptr<NodeState>> m_states;
    bool m_running = false;
};
