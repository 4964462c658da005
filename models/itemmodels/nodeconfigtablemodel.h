#pragma once

#include "models/node/nodeconfig.h"

#include <QAbstractTableModel>
#include <QList>

// The editable list of configured nodes shown by the node editor: one row per node, in the order
// the dashboard shows them. Holds copies; nothing is persisted or applied until the caller takes
// configs(). The API key is never exposed through data().
class NodeConfigTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NodeConfigTableModel)

public:
    enum Column
    {
        NameColumn,
        UrlColumn,
        RoleColumn,
        BackendColumn,
        PollColumn,
        ColumnCount
    };
    enum Roles
    {
        NodeIdRole = Qt::UserRole + 1,
        SimulatedRole
    };

    explicit NodeConfigTableModel(QObject *parent = nullptr);

    void setConfigs(const QList<NodeConfig> &configs);
    QList<NodeConfig> configs() const { return m_configs; }
    NodeConfig config(int row) const;
    void setConfig(int row, const NodeConfig &config);
    // Appends and returns the new row.
    int appendConfig(const NodeConfig &config);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;
    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                  const QModelIndex &destinationParent, int destinationChild) override;

private:
    QList<NodeConfig> m_configs;
};
