#include "models/pair/pairtiming.h"

std::optional<double> PairTiming::sumTtrMs(const QList<PairStep> &steps)
{
    if (steps.isEmpty())
        return std::nullopt;
    double sum = 0;
    for (const PairStep &s : steps) {
        if (!s.metrics.ttrMs)
            return std::nullopt;
        sum += *s.metrics.ttrMs;
    }
    return sum;
}

QList<std::optional<double>> PairTiming::gapsMs(const QList<PairStep> &steps)
{
    QList<std::optional<double>> gaps;
    for (qsizetype i = 1; i < steps.size(); ++i) {
        const PairStep &prev = steps.at(i - 1);
        const PairStep &next = steps.at(i);
        if (prev.endMs && next.startMs)
            gaps.append(*next.startMs - *prev.endMs);
        else
            gaps.append(std::nullopt);
    }
    return gaps;
}

std::optional<double> PairTiming::sumGapsMs(const QList<PairStep> &steps)
{
    double sum = 0;
    for (const std::optional<double> &g : gapsMs(steps)) {
        if (!g)
            return std::nullopt;
        sum += *g;
    }
    return sum;
}

std::optional<double> PairTiming::tctMs(const QList<PairStep> &steps)
{
    const std::optional<double> ttr = sumTtrMs(steps);
    const std::optional<double> gaps = sumGapsMs(steps);
    if (!ttr || !gaps)
        return std::nullopt;
    return *ttr + *gaps;
}
