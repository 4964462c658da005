#include "models/compare/comparesummary.h"

#include "models/compare/comparemetrics.h"

#include "models/measure/runstats.h"

const MetricSpread *CompareGroupSummary::metric(const QString &key) const
{
    for (const MetricSpread &m : metrics)
        if (m.key == key)
            return &m;
    return nullptr;
}

MetricSpread CompareSummary::spread(const QString &key, const QList<double> &values)
{
    const RunStats stats = RunStats::of(values);
    MetricSpread s;
    s.key = key;
    s.n = stats.count;
    s.mean = stats.mean;
    s.min = stats.min;
    s.max = stats.max;
    return s;
}

CompareGroupSummary CompareSummary::computeGroup(const CompareRun &run, int nodeIndex, bool thinking)
{
    CompareGroupSummary g;
    g.nodeIndex = nodeIndex;
    g.thinking = thinking;
    QList<const CompareCell *> done;
    for (int i : run.measuredCells(nodeIndex, thinking)) {
        const CompareCell &c = run.cells.at(i);
        ++g.runs;
        g.states[runStateKey(c.state())] += 1;
        for (const QString &f : c.result.flags)
            if (!g.flags.contains(f))
                g.flags.append(f);
        if (c.state() == RunState::Done)
            done.append(&c);
    }
    g.done = int(done.size());
    for (const CompareMetric &m : CompareMetric::all()) {
        QList<double> values;
        for (const CompareCell *c : done)
            if (const auto v = m.value(c->result.metrics))
                values.append(*v);
        g.metrics.append(spread(m.keyString(), values));
    }
    g.stability = StabilityAnalyzer::analyze(run, nodeIndex, thinking);
    return g;
}

QList<CompareGroupSummary> CompareSummary::compute(const CompareRun &run)
{
    QList<CompareGroupSummary> out;
    for (const auto &[node, thinking] : run.groups())
        out.append(computeGroup(run, node, thinking));
    return out;
}
