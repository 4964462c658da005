#pragma once

#include <QAbstractListModel>
#include <QPointer>
#include <QStringList>

class NodeMonitor;
struct NodeSample;

// One row per node of a NodeMonitor, in the monitor's node order, for the dashboard cards. Semantic data
// only: numbers as doubles, enums as ints (Backend, NodeHealth), and an invalid QVariant wherever the node
// does not say (never 0 for unknown). Formatting belongs to the delegate.
// Rows follow NodeMonitor::nodesChanged(); every new sample emits dataChanged() for its row.
class NodeStatusModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NodeStatusModel)

public:
    enum Role
    {
        NodeIdRole = Qt::UserRole + 1,
        NameRole,          // QString (also Qt::DisplayRole)
        NodeRoleRole,      // QString: builder | reviewer | interactive | free text
        UrlRole,           // QUrl
        BackendRole,       // int(Backend), detected
        ModelRole,         // QString model id; invalid when unknown
        ContextRole,       // qint64 context length (tokens)
        ServerVersionRole, // QString
        HealthRole,        // int(NodeHealth)
        ReasonRole,        // QString, translated; empty when up
        LastGoodAgeMsRole, // qint64 ms since the last poll that answered (up or degraded)
        LatencyMsRole,     // double, /health round trip
        KvCacheUsageRole,  // double 0..1
        RequestsRunningRole,
        RequestsWaitingRole,
        PromptTpsRole,     // double tok/s from /metrics counters
        GenerationTpsRole, // double tok/s from /metrics counters, or llama.cpp /slots (see source)
        CounterResetRole,  // bool: counters dropped at the last poll (server restart)
        SimulatedRole,     // bool
        SampleTimeRole,    // QDateTime (UTC) of the last poll; invalid before the first
        GenerationTpsSourceRole, // QString metricSourceKey: "metrics" or "slots" (llama.cpp live)
    };
    Q_ENUM(Role)

    explicit NodeStatusModel(NodeMonitor *monitor, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString nodeId(int row) const;
    int rowOf(const QString &nodeId) const { return int(m_ids.indexOf(nodeId)); }

private:
    void onNodesChanged();
    void onSample(const NodeSample &sample);

    QPointer<NodeMonitor> m_monitor;
    QStringList m_ids; // row order, copied from the monitor so rows change only through signals
};
