#pragma once

#include <QList>
#include <QPen>
#include <QPointF>

class QAbstractAxis;
class QChart;
class QLineSeries;
struct DecimatedSeries;

// One logical chart line that may have gaps. QLineSeries cannot lift the pen, so each connected run
// gets its own QLineSeries from a pool that only grows (series are reused, filled with replace(),
// never rebuilt per sample). Beyond MaxRuns runs the shortest gaps are bridged so a flapping node
// cannot flood the scene with items; every other gap stays visible.
class SegmentedLineSeries final
{
public:
    static constexpr int MaxRuns = 64;

    SegmentedLineSeries(QChart *chart, QAbstractAxis *xAxis, QAbstractAxis *yAxis, const QPen &pen);
    ~SegmentedLineSeries();
    SegmentedLineSeries(const SegmentedLineSeries &) = delete;
    SegmentedLineSeries &operator=(const SegmentedLineSeries &) = delete;

    // Shows `data` shifted by xOffset (e.g. monotonic -> epoch ms). A one-point run is drawn as a short
    // dash of singlePointWidth so a lone good sample between gaps stays visible.
    void setData(const DecimatedSeries &data, double xOffset, double singlePointWidth);
    void setUseOpenGL(bool on);
    // Pen width changes restroke every run: call it when the width really changes (rarely).
    void setPenWidth(qreal width);
    // Empties every run (cheap: Qt Charts skips empty series on axis changes).
    void clear();

    int pointCount() const { return m_pointCount; }
    int runCount() const { return m_runCount; }

private:
    QLineSeries *series(int index);

    QChart *m_chart;
    QAbstractAxis *m_xAxis;
    QAbstractAxis *m_yAxis;
    QPen m_pen;
    bool m_openGl = false;
    QList<QLineSeries *> m_pool; // owned by m_chart once added; removed and deleted in the destructor
    int m_pointCount = 0;
    int m_runCount = 0;
};
