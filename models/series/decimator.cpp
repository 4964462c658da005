#include "models/series/decimator.h"

#include "models/series/timeseries.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace {

// Collects output points: per bucket its min and max, plus the first and last point of every connected
// run, and opens a new segment after every break.
class Builder
{
public:
    explicit Builder(int columns) { m_out.points.reserve(2 * qsizetype(columns) + 8); }

    void startColumn(qsizetype i, qint64 column)
    {
        flush(false);
        m_column = column;
        m_minIndex = m_maxIndex = m_lastIndex = i;
        m_runFirstIndex = m_breakPending ? i : -1;
    }
    bool inColumn(qint64 column) const { return m_minIndex >= 0 && column == m_column; }
    // Merges a connected stretch [first, last] of one bucket, whose extremes are at minIndex / maxIndex.
    void addRun(qsizetype first, qsizetype last, qsizetype minIndex, qsizetype maxIndex, qint64 column)
    {
        if (!inColumn(column)) {
            startColumn(first, column);
            m_minIndex = minIndex;
            m_maxIndex = maxIndex;
        } else {
            if (values[minIndex] < values[m_minIndex])
                m_minIndex = minIndex;
            if (values[maxIndex] > values[m_maxIndex])
                m_maxIndex = maxIndex;
        }
        m_lastIndex = last;
    }
    void lineBreak()
    {
        flush(true);
        m_breakPending = true;
    }
    DecimatedSeries take(std::optional<double> minimum, std::optional<double> maximum)
    {
        flush(true);
        m_out.minimum = minimum;
        m_out.maximum = maximum;
        return std::move(m_out);
    }

    const qint64 *times = nullptr;
    const double *values = nullptr;

private:
    // Emits the open bucket's points in time order, without duplicates.
    void flush(bool endOfRun)
    {
        if (m_minIndex < 0)
            return;
        std::array<qsizetype, 4> picks = {m_runFirstIndex, m_minIndex, m_maxIndex,
                                          endOfRun ? m_lastIndex : -1};
        std::sort(picks.begin(), picks.end());
        qsizetype previous = -1;
        for (const qsizetype i : picks) {
            if (i > previous)
                emitPoint(i);
            previous = std::max(previous, i);
        }
        m_minIndex = m_maxIndex = m_lastIndex = m_runFirstIndex = -1;
    }
    void emitPoint(qsizetype i)
    {
        if (m_breakPending) {
            m_out.segmentStarts.append(m_out.points.size());
            m_breakPending = false;
        }
        m_out.points.append(QPointF(double(times[i]), values[i]));
    }

    DecimatedSeries m_out;
    bool m_breakPending = true;
    qint64 m_column = 0;
    qsizetype m_minIndex = -1;
    qsizetype m_maxIndex = -1;
    qsizetype m_lastIndex = -1;
    qsizetype m_runFirstIndex = -1;
};

// Exact bucket arithmetic: t belongs to column floor((t - from) * columns / span), computed in 128 bits
// only when t crosses the next column's first millisecond, so the per-point cost is one comparison.
class Columns
{
public:
    Columns(qint64 from, qint64 to, int columns) : m_from(from), m_span(to - from), m_columns(columns) {}

    qint64 columnOf(qint64 t)
    {
        if (t >= m_nextEdge) {
            m_current = m_span == 0 ? 0
                                    : std::min<qint64>(qint64(__int128(t - m_from) * m_columns / m_span),
                                                       m_columns - 1);
            // A zero-width range is one column.
            m_nextEdge = m_span == 0 || m_current + 1 >= m_columns
                             ? std::numeric_limits<qint64>::max()
                             : m_from + ceilDiv(__int128(m_current + 1) * m_span);
        }
        return m_current;
    }
    // First millisecond of the next column (max() for the last column).
    qint64 nextEdge() const { return m_nextEdge; }

private:
    qint64 ceilDiv(__int128 x) const { return qint64((x + m_columns - 1) / m_columns); }

    qint64 m_from;
    qint64 m_span;
    qint64 m_columns;
    qint64 m_current = 0;
    qint64 m_nextEdge = std::numeric_limits<qint64>::min();
};

struct Run
{
    qsizetype last;
    qsizetype minIndex;
    qsizetype maxIndex;
};

// The connected stretch starting at finite point j and ending before `stop`, a non-finite value or a
// step longer than maxStepMs: the hot loop, one pass, no per-point bookkeeping.
template <bool CheckStep>
Run scanRun(const qint64 *t, const double *v, qsizetype j, qsizetype stop, qint64 maxStepMs)
{
    Run r{j, j, j};
    double lo = v[j];
    double hi = v[j];
    qsizetype k = j + 1;
    for (; k < stop; ++k) {
        const double x = v[k];
        if (!std::isfinite(x))
            break;
        if constexpr (CheckStep) {
            if (t[k] - t[k - 1] > maxStepMs)
                break;
        }
        if (x < lo) {
            lo = x;
            r.minIndex = k;
        }
        if (x > hi) {
            hi = x;
            r.maxIndex = k;
        }
    }
    r.last = k - 1;
    return r;
}

bool connected(const qint64 *t, const double *v, qsizetype a, qsizetype b, qint64 maxStepMs)
{
    return std::isfinite(v[a]) && std::isfinite(v[b]) && (maxStepMs <= 0 || t[b] - t[a] <= maxStepMs);
}

} // namespace

QList<QPointF> DecimatedSeries::segment(qsizetype i) const
{
    const qsizetype begin = segmentStarts.at(i);
    const qsizetype end = i + 1 < segmentStarts.size() ? segmentStarts.at(i + 1) : points.size();
    return points.mid(begin, end - begin);
}

QList<QList<QPointF>> DecimatedSeries::segments() const
{
    QList<QList<QPointF>> out;
    out.reserve(segmentStarts.size());
    for (qsizetype i = 0; i < segmentStarts.size(); ++i)
        out.append(segment(i));
    return out;
}

DecimatedSeries Decimator::decimate(std::span<const qint64> timesMs, std::span<const double> values,
                                    qint64 fromMs, qint64 toMs, int columns, qint64 maxStepMs)
{
    const qsizetype n = qsizetype(std::min(timesMs.size(), values.size()));
    if (n == 0 || columns < 1 || toMs < fromMs)
        return {};
    const qint64 *t = timesMs.data();
    const double *v = values.data();
    const qsizetype begin = std::lower_bound(t, t + n, fromMs) - t;
    const qsizetype end = std::upper_bound(t, t + n, toMs) - t;

    // Edge points just outside the range, kept only when a line really runs from them into the view.
    const bool leadingEdge = begin > 0 && begin < n && connected(t, v, begin - 1, begin, maxStepMs);
    const bool trailingEdge = end < n && end > 0 && connected(t, v, end - 1, end, maxStepMs);
    const qsizetype lo = leadingEdge ? begin - 1 : begin;
    const qsizetype hi = trailingEdge ? end + 1 : end;

    Builder builder(columns);
    builder.times = t;
    builder.values = v;
    Columns grid(fromMs, toMs, columns);
    std::optional<double> minimum;
    std::optional<double> maximum;
    bool previousFinite = false; // v[i - 1] is finite
    qsizetype i = lo;
    while (i < hi) {
        // The stretch [i, stop) that falls into one bucket (or one edge point).
        qint64 column;
        qsizetype stop;
        if (i < begin) {
            column = -1;
            stop = begin;
        } else if (i >= end) {
            column = columns;
            stop = hi;
        } else {
            column = grid.columnOf(t[i]);
            const qint64 edge = grid.nextEdge();
            stop =
                edge == std::numeric_limits<qint64>::max() ? end : std::lower_bound(t + i, t + end, edge) - t;
            stop = std::max(stop, i + 1); // always progress, whatever the arithmetic says
        }
        const bool inRange = column >= 0 && column < columns;
        while (i < stop) {
            if (!std::isfinite(v[i])) {
                if (previousFinite)
                    builder.lineBreak();
                previousFinite = false;
                ++i;
                continue;
            }
            if (previousFinite && maxStepMs > 0 && t[i] - t[i - 1] > maxStepMs)
                builder.lineBreak();
            const Run run = maxStepMs > 0 ? scanRun<true>(t, v, i, stop, maxStepMs)
                                          : scanRun<false>(t, v, i, stop, maxStepMs);
            builder.addRun(i, run.last, run.minIndex, run.maxIndex, column);
            if (inRange) {
                minimum = std::min(minimum.value_or(v[run.minIndex]), v[run.minIndex]);
                maximum = std::max(maximum.value_or(v[run.maxIndex]), v[run.maxIndex]);
            }
            previousFinite = true;
            i = run.last + 1;
        }
    }
    return builder.take(minimum, maximum);
}

DecimatedSeries Decimator::decimate(const TimeSeries &series, qint64 fromMs, qint64 toMs, int columns,
                                    qint64 maxStepMs)
{
    return decimate(series.times(), series.values(), fromMs, toMs, columns, maxStepMs);
}
