#pragma once

#include "models/history/benchhistorystore.h"

#include <QAbstractTableModel>
#include <QList>

// Pairwise comparison of two stored runs: one row per suite x task x node with both means and the
// delta (B - A), and whether the pass/fail outcome changed. Rows present in only one run show the other
// side as unknown. Semantic data only; sort with a proxy on DeltaRole. GUI-free; GUI thread only.
class BenchDeltaModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BenchDeltaModel)

public:
    enum Column
    {
        SuiteColumn,
        TaskColumn,
        NodeColumn,
        MeanAColumn,
        MeanBColumn,
        DeltaColumn,
        OutcomeColumn,
        ColumnCount
    };
    enum Role
    {
        DeltaRole = Qt::UserRole + 1, // double or invalid (one side unknown)
        ChangeRole,                   // "now_failing" | "now_passing" | "same" | "" (unknown)
        SortRole,                     // numbers as doubles, texts as strings
    };

    explicit BenchDeltaModel(QObject *parent = nullptr);

    void setDeltas(const QList<BenchHistoryStore::PairedDelta> &deltas);
    QList<BenchHistoryStore::PairedDelta> deltas() const { return m_rows; }
    int nowFailingCount() const;
    // Mean of the known deltas; nullopt when none is known.
    std::optional<double> meanDelta() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    static QString change(const BenchHistoryStore::PairedDelta &d);
    QList<BenchHistoryStore::PairedDelta> m_rows;
};
