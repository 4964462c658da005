#pragma once

#include <QColor>
#include <QString>

class TimeSeries;

// One node's pair of throughput lines for ThroughputChartView. The series are borrowed (owned by
// NodeMonitor, read on the GUI thread only) and must stay valid until the next setLines().
struct ThroughputLine
{
    QString nodeId;
    QString label; // legend text, e.g. "DGX1"
    QColor color;
    const TimeSeries *prompt = nullptr;
    const TimeSeries *generation = nullptr;
    qint64 maxStepMs = 0; // a longer step between samples is drawn as a gap (0 = only NaN breaks)
};
