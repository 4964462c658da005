#pragma once

#include "models/net/prometheusexpositiondata.h"

#include <optional>

// Internal to PrometheusText: the registry of metric families declared by `# TYPE` / `# HELP`, and the
// rules that attach a series to its family by name (`_bucket` / `_sum` / `_count` of histograms and
// summaries, `_total` / `_created` of counters, prometheus_client's `X_created` gauges). Attaching by the
// declared family, not by suffix alone, keeps a histogram named `..._total` from passing as a counter.
class PrometheusFamilyResolver final
{
public:
    explicit PrometheusFamilyResolver(PrometheusDetail::Data &data) : m_d(data) {}

    static std::optional<PrometheusType> typeFromName(QByteArrayView typeName);

    // Index of the family with that name, added (untyped, no help) if new.
    int familyFor(QByteArrayView name);
    // Applies `# TYPE`; a gauge `X_created` of a known counter/histogram/summary X becomes a created series.
    void setType(int family, PrometheusType type);
    // The family a sample belongs to (trying `current`, the latest declared family, first), or -1; sets
    // role to what the sample is within it.
    int resolve(QByteArrayView sampleName, int current, PrometheusRole &role) const;

private:
    int find(QByteArrayView name) const;
    int createdBaseFamily(QByteArrayView base) const;
    static bool match(const PrometheusFamily &family, QByteArrayView name, PrometheusRole &role);

    PrometheusDetail::Data &m_d;
};
