#pragma once

#include "models/bench/benchresult.h"
#include "models/bench/regressiondetector.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

// The storage the benchmark engine needs; owned here, implemented by models/history (BenchHistoryStore)
// and by an in-memory store in tests. Same thread as the BenchRunner.
class BenchRunStore
{
public:
    virtual ~BenchRunStore() = default;

    virtual std::optional<qint64> createRun(const BenchRunInfo &info) = 0; // info.id ignored; stores info.nodes too
    virtual bool saveNodes(qint64 runId, const QList<NodeFingerprint> &nodes) = 0; // replaces a node's row
    virtual bool setRunStatus(qint64 runId, BenchRunStatus status, const QDateTime &finishedAt = {}) = 0;
    // One cell (its runs), with the task's verdict when it is the task's last cell, as one write.
    virtual bool saveCell(qint64 runId, const BenchCell &cell,
                          const std::optional<TaskVerdict> &verdict = std::nullopt) = 0;

    virtual std::optional<BenchRunInfo> run(qint64 runId) const = 0;
    virtual QList<BenchCell> cells(qint64 runId, bool withTexts = true) const = 0;
    virtual QList<TaskVerdict> verdicts(qint64 runId) const = 0;
    virtual QList<Regression> regressions(qint64 runId) const = 0; // against earlier stored runs
    virtual QString errorString() const = 0;
};
