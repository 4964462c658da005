#pragma once

#include "models/history/benchhistorystore.h"

#include <QWidget>

class QBarCategoryAxis;
class QBarSet;
class QChart;
class QChartView;
class QValueAxis;

// Verdict counts per stored benchmark run as stacked bars (UNANIMOUS, MAJORITY, SPLIT, ALL_FAIL), oldest
// run on the left, in the verdict colours the matrix uses. No animations; bar values are replaced in place.
class VerdictHistoryChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VerdictHistoryChart)

public:
    explicit VerdictHistoryChart(QWidget *parent = nullptr);
    ~VerdictHistoryChart() override;

    // counts: oldest first (BenchHistoryStore::verdictHistory). Only the last maxRuns are shown.
    void setHistory(const QList<BenchHistoryStore::VerdictCounts> &counts, int maxRuns = 40);

    int runCount() const;
    double value(Verdict verdict, int run) const; // bar height (0 when out of range)
    QStringList categories() const;
    QChart *chart() const { return m_chart; }
    // No title, legend on the right: more height for the bars where a caption says what they are.
    void setCompact(bool compact);

private:
    QChart *m_chart = nullptr;
    QChartView *m_view = nullptr;
    QBarCategoryAxis *m_axisX = nullptr;
    QValueAxis *m_axisY = nullptr;
    QList<QBarSet *> m_sets; // indexed by int(Verdict)
};
