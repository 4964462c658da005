#include "models/history/benchtrend.h"

#include <QCoreApplication>

#include <map>

int BenchTrend::runIndex(qint64 runId) const
{
    for (int i = 0; i < runs.size(); ++i)
        if (runs.at(i).id == runId)
            return i;
    return -1;
}

QString BenchTrend::Change::describe() const
{
    const QString from = fromModel.isEmpty() ? fromFingerprint : fromModel;
    const QString to = toModel.isEmpty() ? toFingerprint : toModel;
    if (from == to) // same model id, another engine version or context
        return QCoreApplication::translate("BenchTrend", "%1: engine changed (%2)").arg(node, to);
    return QCoreApplication::translate("BenchTrend", "%1: %2 → %3").arg(node, from, to);
}

BenchTrend BenchTrend::build(const QList<BenchHistoryStore::NodeSuiteStat> &stats, const QString &suite,
                             const QList<Regression> &regressions, const QList<Run> &runs)
{
    BenchTrend trend;
    if (runs.isEmpty()) {
        std::map<qint64, QDateTime> found;
        for (const auto &s : stats)
            found.emplace(s.runId, s.startedAt);
        for (const auto &[id, at] : found)
            trend.runs.append({id, at});
    } else {
        trend.runs = runs;
    }
    for (const auto &s : stats)
        if ((suite.isEmpty() || s.suite == suite) && !trend.nodes.contains(s.node) &&
            trend.runIndex(s.runId) >= 0)
            trend.nodes << s.node;
    for (const QString &node : std::as_const(trend.nodes))
        trend.points.insert(node, QList<Point>(trend.runs.size()));

    // Weighted sums per node and run; each suite's mean counts with its number of cells.
    struct Sums
    {
        double score = 0, scoreWeight = 0, ttr = 0, ttrWeight = 0;
    };
    QHash<QString, QList<Sums>> sums;
    for (const QString &node : std::as_const(trend.nodes))
        sums.insert(node, QList<Sums>(trend.runs.size()));
    for (const auto &s : stats) {
        const int i = trend.runIndex(s.runId);
        if (i < 0 || (!suite.isEmpty() && s.suite != suite) || !trend.points.contains(s.node))
            continue;
        Point &p = trend.points[s.node][i];
        Sums &sum = sums[s.node][i];
        const double w = qMax(1, s.cells);
        if (s.meanScore) {
            sum.score += *s.meanScore * w;
            sum.scoreWeight += w;
        }
        if (s.meanTtrMs) {
            sum.ttr += *s.meanTtrMs * w;
            sum.ttrWeight += w;
        }
        p.cells += s.cells;
        p.passed += s.passed;
        p.fingerprint = s.fingerprint;
        p.modelId = s.modelId;
    }
    for (const QString &node : std::as_const(trend.nodes)) {
        QList<Point> &line = trend.points[node];
        const QList<Sums> &nodeSums = sums[node];
        for (int i = 0; i < line.size(); ++i) {
            if (nodeSums.at(i).scoreWeight > 0)
                line[i].score = nodeSums.at(i).score / nodeSums.at(i).scoreWeight;
            if (nodeSums.at(i).ttrWeight > 0)
                line[i].ttrMs = nodeSums.at(i).ttr / nodeSums.at(i).ttrWeight;
        }
        // A different fingerprint from the node's previous appearance marks a new model or engine.
        int previous = -1;
        for (int i = 0; i < line.size(); ++i) {
            if (line.at(i).fingerprint.isEmpty())
                continue;
            if (previous >= 0 && line.at(previous).fingerprint != line.at(i).fingerprint)
                trend.changes.append({i, node, line.at(previous).modelId, line.at(i).modelId,
                                      line.at(previous).fingerprint, line.at(i).fingerprint});
            previous = i;
        }
    }
    std::sort(trend.changes.begin(), trend.changes.end(),
              [](const Change &a, const Change &b) { return a.runIndex < b.runIndex; });

    for (const Regression &r : regressions) {
        const int i = trend.runIndex(r.runId);
        if (i < 0 || (!suite.isEmpty() && r.suite != suite) || !trend.points.contains(r.node))
            continue;
        trend.points[r.node][i].regressions << r.describe();
    }
    return trend;
}
