#pragma once

class QAbstractAxis;
class QAbstractSeries;
class QChart;
class QChartView;
class QWidget;

// The common plumbing of the benchmark charts: a chart shown edge to edge in its host widget
// (antialiased, no animations), and a series attached to both axes.
class ChartEmbed final
{
public:
    static QChartView *embed(QWidget *host, QChart *chart, int minimumHeight = 220);
    static void attach(QChart *chart, QAbstractSeries *series, QAbstractAxis *x, QAbstractAxis *y);
};
