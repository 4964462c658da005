#pragma once

#include "models/compare/comparerun.h"
#include "models/compare/stabilityanalyzer.h"

#include <QList>
#include <QMap>
#include <QString>
#include <optional>

// Mean / min / max of one metric over the DONE measured runs of one node x mode. n counts the runs
// that had a value; all three are nullopt when none had (never a made-up zero).
struct MetricSpread
{
    QString key; // CompareMetric key
    int n = 0;
    std::optional<double> mean;
    std::optional<double> min;
    std::optional<double> max;
    bool operator==(const MetricSpread &) const = default;
};

// Everything a page or a report shows for one node x thinking mode of a finished comparison.
struct CompareGroupSummary
{
    int nodeIndex = -1;
    bool thinking = false;
    int runs = 0;                // measured runs
    int done = 0;                // of which DONE
    QMap<QString, int> states;   // RunState key -> count
    QStringList flags;           // every flag seen on any measured run, first-seen order
    QList<MetricSpread> metrics; // in CompareMetric::all() order
    StabilityResult stability;

    const MetricSpread *metric(const QString &key) const;
};

class CompareSummary final
{
public:
    static QList<CompareGroupSummary> compute(const CompareRun &run);
    static CompareGroupSummary computeGroup(const CompareRun &run, int nodeIndex, bool thinking);
    static MetricSpread spread(const QString &key, const QList<double> &values);
};
