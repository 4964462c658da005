#pragma once

#include <QtGlobal>

#include <optional>
#include <span>
#include <vector>

// A time-window buffer of (t ms, value) points for one live chart line, e.g. a node's generation tok/s
// at 1 Hz over up to 24 h (86,400 points).
//
// - Times are monotonic milliseconds and must not go backwards: a point older than the last one is
//   rejected (append() returns false).
// - A gap (missed poll, node down, unknown value) is a point whose value is NaN: appendGap(t). Never
//   store 0 for "unknown". Decimator breaks the line at such points.
// - The window is trimmed from the front as time moves: after an append at t, points with time
//   < t - windowMs() are dropped.
// - Storage is contiguous (times() / values() spans, oldest first) so decimation and binary search run
//   on plain arrays. Amortized O(1) append and trim.
// - minimum()/maximum() over finite values are cached and only recomputed after the extreme was trimmed.
// Not thread-safe: owned by one thread; copy it (cheap enough for 86,400 points) to decimate elsewhere.
class TimeSeries final
{
public:
    static constexpr qint64 DefaultWindowMs = 24LL * 60 * 60 * 1000;

    explicit TimeSeries(qint64 windowMs = DefaultWindowMs);

    qint64 windowMs() const { return m_windowMs; }
    void setWindowMs(qint64 windowMs); // trims immediately when made shorter

    bool append(qint64 tMs, double value); // NaN value = gap marker
    bool appendGap(qint64 tMs);
    void clear();

    qsizetype size() const { return qsizetype(m_times.size() - m_head); }
    bool isEmpty() const { return size() == 0; }
    qint64 timeAt(qsizetype i) const { return m_times[m_head + size_t(i)]; }
    double valueAt(qsizetype i) const { return m_values[m_head + size_t(i)]; }
    std::span<const qint64> times() const { return {m_times.data() + m_head, m_times.size() - m_head}; }
    std::span<const double> values() const { return {m_values.data() + m_head, m_values.size() - m_head}; }

    std::optional<qint64> firstTime() const;
    std::optional<qint64> lastTime() const;
    std::optional<double> lastValue() const; // the newest point's value; NaN if it is a gap marker
    std::optional<double> minimum() const;   // over finite values in the window; nullopt if none
    std::optional<double> maximum() const;

    // Index of the first point with time >= tMs (size() if none).
    qsizetype lowerBound(qint64 tMs) const;

private:
    void trimBefore(qint64 oldestKeptMs);
    void recomputeExtremes() const;

    qint64 m_windowMs;
    std::vector<qint64> m_times; // [m_head, end) is live; the dead prefix is compacted now and then
    std::vector<double> m_values;
    size_t m_head = 0;
    mutable bool m_extremesValid = true;
    mutable std::optional<double> m_min;
    mutable std::optional<double> m_max;
};
