#pragma once

#include "models/bench/benchresult.h"
#include "models/history/benchhistorystore.h"

#include <QAbstractTableModel>
#include <QList>

// The stored benchmark runs, newest first: when, status, suites, nodes (with model) and verdict counts.
// Semantic data only. GUI-free; GUI thread only.
class BenchRunListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BenchRunListModel)

public:
    enum Column
    {
        IdColumn,
        StartedColumn,
        StatusColumn,
        SuitesColumn,
        NodesColumn,
        VerdictsColumn,
        ColumnCount
    };
    enum Role
    {
        RunIdRole = Qt::UserRole + 1, // qint64, every column
        StatusRole,                   // benchRunStatusKey()
        UnanimousRole,
        MajorityRole,
        SplitRole,
        AllFailRole,
    };

    explicit BenchRunListModel(QObject *parent = nullptr);

    // runs: newest first (BenchHistoryStore::runs); counts: any order (matched by run id).
    void setRuns(const QList<BenchRunInfo> &runs, const QList<BenchHistoryStore::VerdictCounts> &counts);
    const BenchRunInfo *run(int row) const;
    int rowOf(qint64 runId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "#12 · 2025-05-01 14:03" — how a run is named in pickers.
    static QString runLabel(const BenchRunInfo &run);

private:
    QList<BenchRunInfo> m_runs;
    QList<BenchHistoryStore::VerdictCounts> m_counts; // parallel to m_runs (zeros when none stored)
};
