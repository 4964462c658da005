#pragma once

#include "models/history/benchtrend.h"

#include <QHash>
#include <QPointF>
#include <QWidget>

class QCategoryAxis;
class QChart;
class QChartView;
class QLineSeries;
class QScatterSeries;
class QValueAxis;

// Each node's mean score (or mean TTR) per stored run for one suite: a line and dots per node in its
// node colour, red triangles where a cell of that node regressed, and dashed vertical lines where a
// node's fingerprint changed (new model or engine), so a drop can be read against what changed.
// No animations; series are updated with replace().
class ScoreTrendChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScoreTrendChart)

public:
    enum class Metric
    {
        Score,
        Ttr
    };

    explicit ScoreTrendChart(Metric metric, QWidget *parent = nullptr);
    ~ScoreTrendChart() override;

    void setTrend(const BenchTrend &trend, const QString &suiteTitle);

    Metric metric() const { return m_metric; }
    QStringList nodes() const { return m_lines.keys(); }
    QList<QPointF> linePoints(const QString &node) const;
    int regressionMarkerCount() const;
    int changeLineCount() const;
    QChart *chart() const { return m_chart; }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void applyTicks(); // as many round ticks as the height can label (Qt Charts elides crowded ones)
    std::optional<double> valueOf(const BenchTrend::Point &p) const;
    void ensureNode(const QString &node, int index);

    Metric m_metric;
    QChart *m_chart = nullptr;
    QChartView *m_view = nullptr;
    QCategoryAxis *m_axisX = nullptr;
    QValueAxis *m_axisY = nullptr;
    QHash<QString, QLineSeries *> m_lines;
    QHash<QString, QScatterSeries *> m_dots;
    QScatterSeries *m_regressions = nullptr;
    QList<QLineSeries *> m_changeLines; // pool: grows, unused ones are emptied and hidden from the legend
    int m_changesShown = 0;
};
