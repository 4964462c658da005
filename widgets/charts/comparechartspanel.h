#pragma once

#include "models/compare/comparerun.h"

#include <QWidget>

class QChart;
class QChartView;
class QGridLayout;
class QPainter;

// The side-by-side charts of a comparison, one bar group per node x thinking mode:
//  - prefill tok/s vs decode tok/s (grouped bars, mean of the DONE runs, min-max whiskers, log axis);
//  - TTR split into queue/network, prefill, thinking and generation (stacked, mean ms);
//  - raw vs effective tok/s (grouped bars with whiskers).
// Category labels are the full "node / ON|OFF" on two lines when they fit the chart's width, else
// short codes ("N1 ON") that the chart's subtitle maps back to node names. Hovering a bar shows its
// exact value, spread and source. Value axes end on round numbers. The charts flow into 1 to 3
// columns by width. Rebuilt from a CompareRun value whenever a comparison finishes or is reopened.
class CompareChartsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompareChartsPanel)
public:
    explicit CompareChartsPanel(QWidget *parent = nullptr);
    ~CompareChartsPanel() override;

    void setRun(const CompareRun &run);
    void clear();
    // Number of bar groups currently drawn (node x mode pairs with at least one DONE run).
    int groupCount() const { return int(m_groups.size()); }
    // The category labels currently on the charts' x axes (full or coded).
    QStringList categoryLabels() const;
    bool usesCodes() const { return m_codes; }
    QList<QChartView *> views() const;
    // Compact: only the speed and TTR charts, always side by side, lower (the Overview page).
    void setCompact(bool compact);

    // Writes the three charts with a title, the date and SIMULATED when it applies: .png or .svg.
    bool save(const QString &path, const CompareRun &run, QString *error = nullptr) const;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Group
    {
        QString node;
        bool thinking = false;
        int nodeNumber = 0; // 1-based, for the short code
    };

    QChartView *makeView();
    void relayout();
    void updateCategories();
    void paintReport(QPainter &painter, const QSize &size, const CompareRun &run) const;

    QGridLayout *m_grid = nullptr;
    QChartView *m_speedView = nullptr;
    QChartView *m_ttrView = nullptr;
    QChartView *m_rawView = nullptr;
    QList<Group> m_groups;
    QStringList m_nodeNames; // numbered in order, for the code legend
    int m_columns = 0;
    bool m_codes = false;
    bool m_compact = false;
};
