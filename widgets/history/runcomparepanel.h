#pragma once

#include "models/bench/benchresult.h"

#include <QWidget>
#include <optional>

class BenchDeltaModel;
class BenchHistoryStore;
class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

// Pick two stored runs (A, B) and see per-task deltas B − A for every suite x task x node they share,
// biggest drops first, with PASS → FAIL changes marked.
class RunComparePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunComparePanel)

public:
    explicit RunComparePanel(BenchHistoryStore *store, QWidget *parent = nullptr);

    // runs: newest first. Keeps the picked runs when they still exist; else B = newest, A = the one before.
    void setRuns(const QList<BenchRunInfo> &runs);
    bool compare(qint64 runA, qint64 runB);
    std::optional<qint64> runA() const;
    std::optional<qint64> runB() const;

    BenchDeltaModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QString summaryText() const;

public slots:
    bool compareSelected();

private:
    BenchHistoryStore *m_store;
    QComboBox *m_a = nullptr;
    QComboBox *m_b = nullptr;
    QPushButton *m_compare = nullptr;
    QLabel *m_summary = nullptr;
    BenchDeltaModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_table = nullptr;
};
