#pragma once

#include <QList>
#include <QPointF>
#include <QtGlobal>

#include <optional>
#include <span>

class TimeSeries;

// Output of Decimator: a line broken into connected runs.
//
// HOW GAPS ARE REPRESENTED: `points` holds every output point (x = time in ms on the input's clock,
// y = value, all finite, x ascending). `segmentStarts` holds the index in `points` where each connected
// run begins (first entry 0 when non-empty). Draw each run [segmentStarts[i], segmentStarts[i+1]) as its
// own polyline (or QLineSeries); never connect the last point of one run to the first of the next.
// segment(i) / segments() copy the runs out if that is easier. A run may be a single point (draw a dot).
struct DecimatedSeries
{
    QList<QPointF> points;
    QList<qsizetype> segmentStarts;
    std::optional<double> minimum; // over finite input values in [from, to]; nullopt if none
    std::optional<double> maximum;

    qsizetype segmentCount() const { return segmentStarts.size(); }
    QList<QPointF> segment(qsizetype i) const;
    QList<QList<QPointF>> segments() const;
};

// Min/max decimation for charts: the range [fromMs, toMs] is split into `columns` equal-width buckets
// (one per pixel column); each bucket contributes its minimum and its maximum point, in time order, at
// their real times. So a one-sample spike survives any zoom level, and output size is about
// 2 x columns whatever the input size (1 M points -> ~3,200 points). The first and last point of every
// connected run are always kept too, so a line starts and ends at its real first/last sample (the
// newest value of a live chart is always drawn).
//
// - Gaps: a NaN value (TimeSeries gap marker) breaks the line, and so does +-Inf (cannot be drawn),
//   and so does a step between consecutive points longer than maxStepMs (when > 0; e.g. 3 x the poll
//   interval, to show a suspended app as a hole). A bucket that contains a break emits min/max for
//   each side separately.
// - Edges: the last finite point before fromMs and the first finite point after toMs are included
//   (unless a gap separates them from the range), so the line runs to the chart edges; they lie outside
//   [from, to] and the chart should clip them. Bucket i covers [from + i*w, from + (i+1)*w) with
//   w = (to - from) / columns; toMs itself falls in the last bucket.
// - Input times must be ascending (TimeSeries guarantees it). Empty input, columns < 1 or to < from
//   give an empty result.
// Pure function of its input: safe to run on a worker thread with a copied TimeSeries.
class Decimator final
{
public:
    static DecimatedSeries decimate(std::span<const qint64> timesMs, std::span<const double> values,
                                    qint64 fromMs, qint64 toMs, int columns, qint64 maxStepMs = 0);
    static DecimatedSeries decimate(const TimeSeries &series, qint64 fromMs, qint64 toMs, int columns,
                                    qint64 maxStepMs = 0);
};
