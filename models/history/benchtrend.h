#pragma once

#include "models/bench/benchresult.h"
#include "models/history/benchhistorystore.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QStringList>
#include <optional>

// Per-node trend of one suite (or all suites) over stored benchmark runs, ready to chart: each node's
// mean score and mean TTR per run, the runs where one of its cells regressed, and the runs where its
// fingerprint (backend, version, model, context) changed, i.e. where a new model or engine came in.
// Value type built from BenchHistoryStore rows; GUI-free.
struct BenchTrend
{
    struct Run
    {
        qint64 id = 0;
        QDateTime startedAt;
    };
    struct Point
    {
        std::optional<double> score; // cell-weighted mean over the suite(s)
        std::optional<double> ttrMs;
        int cells = 0;
        int passed = 0;
        QString fingerprint;
        QString modelId;
        QStringList regressions; // Regression::describe() of this node's regressed cells in that run
    };
    struct Change
    {
        int runIndex = 0;
        QString node;
        QString fromModel, toModel;
        QString fromFingerprint, toFingerprint;
        QString describe() const; // translated: "DGX2: Qwen3.5 → Qwen3.6"
    };

    QList<Run> runs;                     // oldest first: the x axis
    QStringList nodes;                   // in order of first appearance
    QHash<QString, QList<Point>> points; // node -> one point per run (empty point when absent)
    QList<Change> changes;               // fingerprint changes, oldest first

    int runIndex(qint64 runId) const;
    bool isEmpty() const { return runs.isEmpty(); }

    // stats: BenchHistoryStore::nodeSuiteHistory(); suite empty = aggregate every suite (weighted by cells).
    // runs: restricts and orders the x axis (oldest first); empty = every run found in stats.
    static BenchTrend build(const QList<BenchHistoryStore::NodeSuiteStat> &stats, const QString &suite,
                            const QList<Regression> &regressions = {}, const QList<Run> &runs = {});
};
