#include "models/series/timeseries.h"

#include <algorithm>
#include <cmath>
#include <limits>

TimeSeries::TimeSeries(qint64 windowMs) : m_windowMs(std::max<qint64>(windowMs, 1)) {}

void TimeSeries::setWindowMs(qint64 windowMs)
{
    m_windowMs = std::max<qint64>(windowMs, 1);
    if (!isEmpty())
        trimBefore(m_times.back() - m_windowMs);
}

bool TimeSeries::append(qint64 tMs, double value)
{
    if (!isEmpty() && tMs < m_times.back())
        return false;
    m_times.push_back(tMs);
    m_values.push_back(value);
    if (m_extremesValid && std::isfinite(value)) {
        if (!m_min || value < *m_min)
            m_min = value;
        if (!m_max || value > *m_max)
            m_max = value;
    }
    trimBefore(tMs - m_windowMs);
    return true;
}

bool TimeSeries::appendGap(qint64 tMs)
{
    return append(tMs, std::numeric_limits<double>::quiet_NaN());
}

void TimeSeries::clear()
{
    m_times.clear();
    m_values.clear();
    m_head = 0;
    m_extremesValid = true;
    m_min.reset();
    m_max.reset();
}

std::optional<qint64> TimeSeries::firstTime() const
{
    return isEmpty() ? std::nullopt : std::optional<qint64>(m_times[m_head]);
}

std::optional<qint64> TimeSeries::lastTime() const
{
    return isEmpty() ? std::nullopt : std::optional<qint64>(m_times.back());
}

std::optional<double> TimeSeries::lastValue() const
{
    return isEmpty() ? std::nullopt : std::optional<double>(m_values.back());
}

std::optional<double> TimeSeries::minimum() const
{
    if (!m_extremesValid)
        recomputeExtremes();
    return m_min;
}

std::optional<double> TimeSeries::maximum() const
{
    if (!m_extremesValid)
        recomputeExtremes();
    return m_max;
}

qsizetype TimeSeries::lowerBound(qint64 tMs) const
{
    const auto t = times();
    return qsizetype(std::lower_bound(t.begin(), t.end(), tMs) - t.begin());
}

void TimeSeries::trimBefore(qint64 oldestKeptMs)
{
    const size_t oldHead = m_head;
    while (m_head < m_times.size() && m_times[m_head] < oldestKeptMs) {
        const double v = m_values[m_head];
        // Dropping the current extreme: recompute lazily on the next query.
        if (m_extremesValid && std::isfinite(v) && (v == m_min || v == m_max))
            m_extremesValid = false;
        ++m_head;
    }
    if (m_head == oldHead)
        return;
    // Compact once the dead prefix is as large as the live part: amortized O(1) per point.
    if (m_head >= 4096 && m_head >= m_times.size() - m_head) {
        m_times.erase(m_times.begin(), m_times.begin() + std::ptrdiff_t(m_head));
        m_values.erase(m_values.begin(), m_values.begin() + std::ptrdiff_t(m_head));
        m_head = 0;
    }
}

void TimeSeries::recomputeExtremes() const
{
    m_min.reset();
    m_max.reset();
    for (const double v : values()) {
        if (!std::isfinite(v))
            continue;
        if (!m_min || v < *m_min)
            m_min = v;
        if (!m_max || v > *m_max)
            m_max = v;
    }
    m_extremesValid = true;
}
