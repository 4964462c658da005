#pragma once

#include "models/bench/benchresult.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QStringList>

#include <array>
#include <optional>

// One row of the benchmark matrix: a task of a suite.
struct BenchMatrixTask
{
    QString suite;
    QString task;
    QString title;             // display title (defaults to the task id)
    double passThreshold = 70; // shown with the score
};

// The result matrix of a benchmark run: one row per task, one column per node, and a last column with the
// task's cross-node verdict. Cells fill in as the runner reports them (a partial cell is allowed while its
// runs are in flight). Holds semantic data only: colours and layout belong to the view's delegate.
// GUI-free (usable from the CLI and tests); GUI thread only.
class BenchMatrixModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BenchMatrixModel)

public:
    enum Role
    {
        SuiteRole = Qt::UserRole + 1, // QString (every column)
        TaskRole,                     // QString (every column)
        NodeRole,                     // QString (node columns)
        HasResultRole,                // bool: at least one run of the cell finished
        MeanRole,                     // double or invalid (no score)
        MinRole,                      // double or invalid
        MaxRole,                      // double or invalid
        PassedRole,                   // bool (valid once the cell has a result)
        StableRole,                   // bool (valid once the cell is complete)
        StateRole,                    // runStateKey() of the cell (DONE, TIMEOUT, RUNNING, ...)
        RunsDoneRole,                 // int: runs that ended (any state)
        RunsPlannedRole,              // int: n
        TtrMsRole,                    // double or invalid: mean TCT of DONE runs
        EffectiveTpsRole,             // double or invalid
        PassThresholdRole,            // double
        VerdictRole,                  // verdictKey() (verdict column) or invalid while undecided
        CompleteRole,                 // bool: every planned run of the cell ended
        // Code tasks with a structural consensus (docs/consensus.md): node cells: bool, true when the
        // node's solution is the divergent approach; verdict column: CodeConsensus::describe(). Invalid
        // for other tasks or before the task's verdict.
        DivergentApproachRole,
    };
    Q_ENUM(Role)

    explicit BenchMatrixModel(QObject *parent = nullptr);
    ~BenchMatrixModel() override;

    // Starts a new matrix (resets the model): rows are tasks in order, columns the node names.
    void setPlan(const QList<BenchMatrixTask> &tasks, const QStringList &nodes, int runsPerCell);
    // Shows a stored run (resets). Rows and columns come from the cells when `tasks` is empty.
    void setReport(const BenchReport &report, const QList<BenchMatrixTask> &tasks = {});
    void clear();

    // Adds or replaces one cell (runs may still be missing). Unknown task/node: appended row/column.
    void setCell(const BenchCell &cell);
    // The engine's verdict for a task; until one arrives, a row whose cells are all complete gets
    // verdictFor(passing nodes, nodes).
    void setVerdict(const TaskVerdict &verdict);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    QStringList nodes() const { return m_nodes; }
    QList<BenchMatrixTask> tasks() const { return m_tasks; }
    int runsPerCell() const { return m_runsPerCell; }
    int verdictColumn() const { return int(m_nodes.size()); }
    bool isVerdictColumn(int column) const { return column == verdictColumn(); }
    int rowOf(const QString &suite, const QString &task) const;

    // nullptr when the cell has no data yet (or the index is the verdict column).
    const BenchCell *cell(const QModelIndex &index) const;
    const BenchCell *cell(int row, int nodeColumn) const;
    QList<BenchCell> rowCells(int row) const; // the row's cells that exist, in node order
    std::optional<Verdict> verdict(int row) const;
    std::optional<CodeConsensus> consensus(int row) const; // code tasks, once the verdict arrived
    // Number of decided rows per verdict, indexed by int(Verdict).
    std::array<int, 4> verdictCounts() const;

signals:
    void verdictDecided(int row, Verdict verdict);

private:
    struct Row
    {
        QList<std::optional<BenchCell>> cells; // one per node column
        std::optional<Verdict> verdict;
        bool engineVerdict = false; // set by setVerdict(): never overridden by the local rule
        std::optional<CodeConsensus> consensus;
    };

    QVariant cellData(const Row &row, int column, int role) const;
    QVariant verdictData(int rowIndex, int role) const;
    int ensureRow(const QString &suite, const QString &task);
    int ensureColumn(const QString &node);
    bool cellComplete(const BenchCell &cell) const;
    void decideVerdict(int row);
    static QString taskKey(const QString &suite, const QString &task);

    QList<BenchMatrixTask> m_tasks;
    QList<Row> m_rows;
    QStringList m_nodes;
    QHash<QString, int> m_rowIndex; // suite \x1f task -> row
    int m_runsPerCell = 3;
};
