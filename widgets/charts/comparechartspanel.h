#pragma once

#include "models/compare/comparerun.h"

#include <QWidget>

class QChart;
class QChartView;

// The side-by-side charts of a comparison, one bar group per node x thinking mode:
//  - prefill tok/s vs decode tok/s (grouped bars, mean of the DONE runs, min-max whiskers);
//  - TTR split into queue/network, prefill, thinking and generation (stacked, mean ms);
//  - raw vs effective tok/s (grouped bars with whiskers).
// Rebuilt from a CompareRun value whenever a comparison finishes or is reopened; no animations.
class CompareChartsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompareChartsPanel)
public:
    explicit CompareChartsPanel(QWidget *parent = nullptr);

    void setRun(const CompareRun &run);
    void clear();
    // Number of bar groups currently drawn (node x mode pairs with at least one DONE run).
    int groupCount() const { return m_groups; }
    // Saves the three charts side by side as one PNG.
    bool savePng(const QString &path) const;

private:
    QChartView *makeView();
    QWidget *m_container = nullptr;
    QChartView *m_speedView = nullptr;
    QChartView *m_ttrView = nullptr;
    QChartView *m_rawView = nullptr;
    int m_groups = 0;
};
