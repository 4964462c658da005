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
    void add(qsizetype i)
    {
        if (values[i] < values[m_minIndex])
            m_minIndex = i;
        else if (values[i] > values[m_maxIndex])
            m_maxIndex = i;
        m_lastIndex = i;
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
            if (m_span == 0)
                m_current = 0;
            else
                m_current =
                    std::min<qint64>(qint64(__int128(t - m_from) * m_columns / m_span), m_columns - 1);
            m_nextEdge = m_current + 1 >= m_columns ? std::numeric_limits<qint64>::max()
                                                    : m_from + ceilDiv(__int128(m_current + 1) * m_span);
        }
        return m_current;
    }

private:
    qint64 ceilDiv(__int128 x) const { return qint64((x + m_columns - 1) / m_columns); }

    qint64 m_from;
    qint64 m_span;
    qint64 m_columns;
    qint64 m_current = 0;
    qint64 m_nextEdge = std::numeric_limits<qint64>::min();
};

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
    bool previousFinite = false;
    for (qsizetype i = lo; i < hi; ++i) {
        const double value = v[i];
        if (!std::isfinite(value)) {
            if (previousFinite)
                builder.lineBreak();
            previousFinite = false;
            continue;
        }
        if (previousFinite && maxStepMs > 0 && t[i] - t[i - 1] > maxStepMs)
            builder.lineBreak();
        previousFinite = true;

        qint64 column;
        if (i < begin) {
            column = -1;
        } else if (i >= end) {
            column = columns;
        } else {
            column = grid.columnOf(t[i]);
            if (!minimum || value < *minimum)
                minimum = value;
            if (!maximum || value > *maximum)
                maximum = value;
        }
        if (builder.inColumn(column))
            builder.add(i);
        else
            builder.startColumn(i, column);
    }
    return builder.take(minimum, maximum);
}

DecimatedSeries Decimator::decimate(const TimeSeries &series, qint64 fromMs, qint64 toMs, int columns,
                                    qint64 maxStepMs)
{
    return decimate(series.times(), series.values(), fromMs, toMs, columns, maxStepMs);
}
