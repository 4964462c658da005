#pragma once

#include "models/compare/comparerun.h"
#include "models/compare/comparesummary.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

#include <optional>

// The side-by-side table of a comparison: one column per node x thinking mode, one row per metric
// (plus a runs row and a stability row on top). A cell holds the mean over the DONE runs, the min-max
// spread, where the number came from, and whether it is the best of its row (lowest time, highest
// speed; counts and ratios have no "best"). Unknown stays unknown, never 0. Columns can be reordered
// by any metric row (sortColumnsByRow). Semantic data only: the view decides colours.
// GUI-free; GUI thread only.
class CompareTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompareTableModel)

public:
    enum Role
    {
        MetricKeyRole = Qt::UserRole + 1, // QString: CompareMetric key, "runs" or "stability" (all cells, vertical header)
        MeanRole,                         // double or invalid (unknown)
        MinRole,                          // double or invalid
        MaxRole,                          // double or invalid
        CountRole,                        // int: DONE runs that had a value
        SourceRole,                       // QString: metricSourceKey(s) joined by "/", empty when unknown
        SourceTextRole,                   // QString: translated source ("server timings")
        BestRole,                         // bool: best value of its row
        UnknownRole,                      // bool: no run had a value
        RangeTextRole,                    // QString: "790.1-830.2" or empty
        NodeNameRole,                     // QString (horizontal header)
        ThinkingRole,                     // bool (horizontal header)
        SimulatedRole,                    // bool (horizontal header)
        StabilityRole,                    // QString stabilityKey (stability row)
    };
    Q_ENUM(Role)

    // Which direction is better for a metric row.
    enum class Better
    {
        None,
        Lower,
        Higher
    };

    explicit CompareTableModel(QObject *parent = nullptr);
    ~CompareTableModel() override;

    // Shows a (possibly still running) comparison; groups without any measured cell still get a column.
    void setRun(const CompareRun &run);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Reorders the columns by the mean of `row` (unknown last, whatever the order). The runs and
    // stability rows sort by DONE count and verdict. Resets the model.
    void sortColumnsByRow(int row, Qt::SortOrder order);

    // The metric keys of the rows, in order (including "runs" and "stability").
    QStringList rowKeys() const { return m_rowKeys; }
    int rowOf(const QString &key) const { return int(m_rowKeys.indexOf(key)); }
    // Column of a node x mode, -1 when absent.
    int columnOf(int nodeIndex, bool thinking) const;
    static Better betterFor(const QString &metricKey);

    // The whole table as GitHub Markdown (best values in bold, unknown as "unknown").
    QString toMarkdown() const;
    // Tab-separated text of the given cells' rectangle (header row and column included).
    QString toTsv(const QModelIndexList &indexes) const;

private:
    struct Column
    {
        QString node;
        bool thinking = false;
        bool simulated = false;
        CompareGroupSummary summary;
        QMap<QString, QStringList> sources; // metric key -> distinct source keys over DONE runs
    };

    QString cellText(int row, int column) const;
    QString headerText(int column, const QString &separator) const;
    QString rowTitle(int row) const;
    const MetricSpread *spread(int row, int column) const;
    bool notApplicable(int row, int column) const; // a thinking row in a thinking OFF column
    void computeBest();

    QStringList m_rowKeys;
    QList<Column> m_columns;
    QList<QList<bool>> m_best; // [row][column]
};
