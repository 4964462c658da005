#pragma once

#include <QList>
#include <optional>

// Summary of one number over n runs (or of many samples, e.g. inter-token gaps). Percentiles use
// linear interpolation between closest ranks (p50 of {1,2,3,4} is 2.5). Empty input -> all nullopt.
struct RunStats
{
    int count = 0;
    std::optional<double> mean;
    std::optional<double> min;
    std::optional<double> max;
    std::optional<double> p50;
    std::optional<double> p90;
    std::optional<double> p95;
    std::optional<double> stddev; // sample standard deviation (n - 1); nullopt for fewer than 2 values

    static RunStats of(QList<double> values);
    // Skips unknown values: the count says how many runs actually had the number.
    static RunStats of(const QList<std::optional<double>> &values);
    // `sorted` must be ascending; p in [0, 100].
    static std::optional<double> percentileOfSorted(const QList<double> &sorted, double p);
    static std::optional<double> percentile(QList<double> values, double p);
    // Relative spread (max - min) / mean, the "how stable is it" number; nullopt when mean is 0.
    std::optional<double> relativeSpread() const;
};
