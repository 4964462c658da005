#include "models/measure/runstats.h"

#include <algorithm>
#include <cmath>

std::optional<double> RunStats::percentileOfSorted(const QList<double> &sorted, double p)
{
    if (sorted.isEmpty())
        return std::nullopt;
    const double clamped = std::clamp(p, 0.0, 100.0);
    const double rank = clamped / 100.0 * double(sorted.size() - 1);
    const auto lower = qsizetype(std::floor(rank));
    const auto upper = qsizetype(std::ceil(rank));
    const double fraction = rank - double(lower);
    return sorted[lower] + (sorted[upper] - sorted[lower]) * fraction;
}

std::optional<double> RunStats::percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return percentileOfSorted(values, p);
}

RunStats RunStats::of(QList<double> values)
{
    RunStats stats;
    stats.count = int(values.size());
    if (values.isEmpty())
        return stats;
    std::sort(values.begin(), values.end());
    double sum = 0;
    for (double v : std::as_const(values))
        sum += v;
    const double mean = sum / double(values.size());
    stats.mean = mean;
    stats.min = values.first();
    stats.max = values.last();
    stats.p50 = percentileOfSorted(values, 50);
    stats.p90 = percentileOfSorted(values, 90);
    stats.p95 = percentileOfSorted(values, 95);
    if (values.size() >= 2) {
        double squares = 0;
        for (double v : std::as_const(values))
            squares += (v - mean) * (v - mean);
        stats.stddev = std::sqrt(squares / double(values.size() - 1));
    }
    return stats;
}

RunStats RunStats::of(const QList<std::optional<double>> &values)
{
    QList<double> known;
    known.reserve(values.size());
    for (const std::optional<double> &v : values) {
        if (v)
            known.append(*v);
    }
    return of(std::move(known));
}

std::optional<double> RunStats::relativeSpread() const
{
    if (!mean || !min || !max || *mean == 0.0)
        return std::nullopt;
    return (*max - *min) / std::abs(*mean);
}
