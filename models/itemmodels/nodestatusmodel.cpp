#include "models/itemmodels/nodestatusmodel.h"

#include "models/net/nodeprobe.h"
#include "models/monitor/nodemonitor.h"

namespace {

QVariant optional(const std::optional<double> &v)
{
    return v ? QVariant(*v) : QVariant();
}

QVariant optional(const std::optional<qint64> &v)
{
    return v ? QVariant(*v) : QVariant();
}

QVariant nonEmpty(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

} // namespace

NodeStatusModel::NodeStatusModel(NodeMonitor *monitor, QObject *parent)
    : QAbstractListModel(parent), m_monitor(monitor)
{
    Q_ASSERT(monitor);
    for (const NodeConfig &n : monitor->nodes())
        m_ids.append(n.id);
    connect(monitor, &NodeMonitor::nodesChanged, this, &NodeStatusModel::onNodesChanged);
    connect(monitor, &NodeMonitor::sampleAvailable, this, &NodeStatusModel::onSample);
}

int NodeStatusModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

QString NodeStatusModel::nodeId(int row) const
{
    return row >= 0 && row < m_ids.size() ? m_ids.at(row) : QString();
}

QVariant NodeStatusModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_monitor)
        return {};
    const QString id = m_ids.at(index.row());
    const std::optional<NodeConfig> config = m_monitor->node(id);
    if (!config)
        return {};
    const NodeSample s = m_monitor->latest(id);
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return config->name;
    case NodeIdRole:
        return id;
    case NodeRoleRole:
        return config->role;
    case UrlRole:
        return config->url;
    case BackendRole:
        return int(s.backend);
    case ModelRole:
        return nonEmpty(s.model.id);
    case ContextRole:
        return optional(s.model.contextLength);
    case ServerVersionRole:
        return nonEmpty(s.model.serverVersion);
    case HealthRole:
        return int(s.health);
    case ReasonRole:
        return s.reason;
    case LastGoodAgeMsRole:
        if (!s.lastGoodMonotonicMs)
            return {};
        return std::max<qint64>(0, NodeProbe::monotonicNowMs() - *s.lastGoodMonotonicMs);
    case LatencyMsRole:
        return optional(s.latencyMs);
    case KvCacheUsageRole:
        return optional(s.metrics.kvCacheUsage);
    case RequestsRunningRole:
        return optional(s.metrics.requestsRunning);
    case RequestsWaitingRole:
        return optional(s.metrics.requestsWaiting);
    case PromptTpsRole:
        return optional(s.promptTps);
    case GenerationTpsRole:
        return optional(s.generationTps);
    case CounterResetRole:
        return s.counterReset;
    case GenerationTpsSourceRole:
        return metricSourceKey(s.generationTpsSource);
    case SimulatedRole:
        return s.simulated || config->simulated;
    case SampleTimeRole:
        return s.wallTime.isValid() ? QVariant(s.wallTime) : QVariant();
    default:
        break;
    }
    return {};
}

QHash<int, QByteArray> NodeStatusModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    const QHash<int, QByteArray> ours{{NodeIdRole, "nodeId"},
                                      {NameRole, "name"},
                                      {NodeRoleRole, "nodeRole"},
                                      {UrlRole, "url"},
                                      {BackendRole, "backend"},
                                      {ModelRole, "model"},
                                      {ContextRole, "context"},
                                      {ServerVersionRole, "serverVersion"},
                                      {HealthRole, "health"},
                                      {ReasonRole, "reason"},
                                      {LastGoodAgeMsRole, "lastGoodAgeMs"},
                                      {LatencyMsRole, "latencyMs"},
                                      {KvCacheUsageRole, "kvCacheUsage"},
                                      {RequestsRunningRole, "requestsRunning"},
                                      {RequestsWaitingRole, "requestsWaiting"},
                                      {PromptTpsRole, "promptTps"},
                                      {GenerationTpsRole, "generationTps"},
                                      {CounterResetRole, "counterReset"},
                                      {SimulatedRole, "simulated"},
                                      {SampleTimeRole, "sampleTime"},
                                      {GenerationTpsSourceRole, "generationTpsSource"}};
    names.insert(ours);
    return names;
}

void NodeStatusModel::onNodesChanged()
{
    QStringList ids;
    for (const NodeConfig &n : m_monitor->nodes())
        ids.append(n.id);
    if (ids == m_ids) {
        // Same rows: names, URLs or roles may have changed.
        if (!m_ids.isEmpty())
            emit dataChanged(index(0), index(int(m_ids.size()) - 1));
        return;
    }
    beginResetModel();
    m_ids = ids;
    endResetModel();
}

void NodeStatusModel::onSample(const NodeSample &sample)
{
    const int row = rowOf(sample.nodeId);
    if (row >= 0)
        emit dataChanged(index(row), index(row));
}
