#include "models/itemmodels/nodeconfigtablemodel.h"

NodeConfigTableModel::NodeConfigTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void NodeConfigTableModel::setConfigs(const QList<NodeConfig> &configs)
{
    beginResetModel();
    m_configs = configs;
    endResetModel();
}

NodeConfig NodeConfigTableModel::config(int row) const
{
    return row >= 0 && row < m_configs.size() ? m_configs.at(row) : NodeConfig{};
}

void NodeConfigTableModel::setConfig(int row, const NodeConfig &config)
{
    if (row < 0 || row >= m_configs.size() || m_configs.at(row) == config)
        return;
    m_configs[row] = config;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int NodeConfigTableModel::appendConfig(const NodeConfig &config)
{
    const int row = int(m_configs.size());
    beginInsertRows({}, row, row);
    m_configs.append(config);
    endInsertRows();
    return row;
}

int NodeConfigTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_configs.size());
}

int NodeConfigTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NodeConfigTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const NodeConfig &c = m_configs.at(index.row());
    switch (role) {
    case NodeIdRole:
        return c.id;
    case SimulatedRole:
        return c.simulated;
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case NameColumn:
            return c.name;
        case UrlColumn:
            return c.url.toDisplayString();
        case RoleColumn:
            return c.role;
        case BackendColumn:
            return c.backendHint == Backend::Unknown ? tr("auto-detect") : backendDisplayName(c.backendHint);
        case PollColumn:
            return tr("%1 s").arg(c.pollIntervalMs / 1000.0, 0, 'g', 3);
        case ColumnCount:
            break;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == UrlColumn)
            return c.url.toDisplayString();
        break;
    default:
        break;
    }
    return {};
}

QVariant NodeConfigTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case NameColumn:
        return tr("Name");
    case UrlColumn:
        return tr("URL");
    case RoleColumn:
        return tr("Role");
    case BackendColumn:
        return tr("Backend");
    case PollColumn:
        return tr("Poll every");
    case ColumnCount:
        break;
    }
    return {};
}

bool NodeConfigTableModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || count <= 0 || row < 0 || row + count > m_configs.size())
        return false;
    beginRemoveRows({}, row, row + count - 1);
    m_configs.remove(row, count);
    endRemoveRows();
    return true;
}

bool NodeConfigTableModel::moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                                    const QModelIndex &destinationParent, int destinationChild)
{
    if (sourceParent.isValid() || destinationParent.isValid() || count <= 0 || sourceRow < 0 ||
        sourceRow + count > m_configs.size() || destinationChild < 0 || destinationChild > m_configs.size())
        return false;
    // Moving a block onto itself or just behind itself is a no-op that beginMoveRows rejects.
    if (destinationChild >= sourceRow && destinationChild <= sourceRow + count)
        return false;
    if (!beginMoveRows({}, sourceRow, sourceRow + count - 1, {}, destinationChild))
        return false;
    const QList<NodeConfig> block = m_configs.mid(sourceRow, count);
    m_configs.remove(sourceRow, count);
    const int insertAt = destinationChild > sourceRow ? destinationChild - count : destinationChild;
    for (int i = 0; i < count; ++i)
        m_configs.insert(insertAt + i, block.at(i));
    endMoveRows();
    return true;
}
