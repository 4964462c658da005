#pragma once

#include "models/bench/benchresult.h"
#include "models/bench/benchrunstore.h"
#include "models/bench/regressiondetector.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>
#include <optional>

class HistoryDatabase;

// Keeps benchmark runs in the history database (component "bench", same SQLite file as the compare
// store): runs (start/finish, suites, settings, status), node fingerprints per run, one row per
// suite x task x node x run (score, checks JSON, answers, reasoning, timings, state), one aggregate row
// per cell and the verdicts. A cell (its n runs + aggregate, and the task's verdict when it is the
// task's last cell) is written in ONE transaction, so a killed process loses at most the cell being
// written and a resumed run skips every stored cell. Uses the HistoryDatabase's connection on the
// thread that opened it. No API key is ever stored: NodeFingerprint and settings do not carry one.
class BenchHistoryStore final : public BenchRunStore
{
    Q_DECLARE_TR_FUNCTIONS(BenchHistoryStore)

public:
    struct VerdictCounts
    {
        qint64 runId = 0;
        QDateTime startedAt;
        BenchRunStatus status = BenchRunStatus::Finished;
        int unanimous = 0, majority = 0, split = 0, allFail = 0;
        int total() const { return unanimous + majority + split + allFail; }
    };
    // A node's mean score and mean TTR (TCT) over one suite's cells in one run.
    struct NodeSuiteStat
    {
        qint64 runId = 0;
        QDateTime startedAt;
        QString node;
        QString suite;
        std::optional<double> meanScore;
        std::optional<double> meanTtrMs;
        int cells = 0;
        int passed = 0;
        QString fingerprint; // NodeFingerprint::digest() at that run: a change marks a new model/engine
        QString modelId;
    };
    struct PairedDelta
    {
        QString suite, task, node;
        std::optional<double> meanA, meanB;
        std::optional<double> delta() const
        {
            return (meanA && meanB) ? std::optional<double>(*meanB - *meanA) : std::nullopt;
        }
        std::optional<bool> passedA, passedB;
    };

    explicit BenchHistoryStore(HistoryDatabase &database);

    bool open();
    QString errorString() const override { return m_error; }
    static QString component() { return QStringLiteral("bench"); }
    static QStringList migrations();

    // Runs
    std::optional<qint64> createRun(const BenchRunInfo &info) override; // info.id ignored; stores info.nodes too
    bool saveNodes(qint64 runId,
                   const QList<NodeFingerprint> &nodes) override; // replaces a node's row (resume re-probes)
    bool setRunStatus(qint64 runId, BenchRunStatus status, const QDateTime &finishedAt = {}) override;
    bool saveCell(qint64 runId, const BenchCell &cell,
                  const std::optional<TaskVerdict> &verdict = std::nullopt) override;
    bool saveVerdict(qint64 runId, const TaskVerdict &verdict);
    bool removeRun(qint64 runId);

    std::optional<BenchRunInfo> run(qint64 runId) const override;
    QList<BenchRunInfo> runs(int limit = 100, int offset = 0) const; // newest first
    QList<BenchCell> cells(qint64 runId, bool withTexts = true) const override;
    QSet<QString> storedCellKeys(qint64 runId) const; // BenchCell::key() of every stored cell
    QList<TaskVerdict> verdicts(qint64 runId) const override;
    std::optional<BenchReport> report(qint64 runId) const; // run + cells + verdicts + regressions
    int resultCount() const;
    int runCount() const;

    // History view
    QList<VerdictCounts> verdictHistory(int limit = 500) const;                              // oldest first
    QList<NodeSuiteStat> nodeSuiteHistory(const QString &suite = {}, int limit = 500) const; // oldest first
    QList<CellSummary> cellSummaries(qint64 runId) const;
    // The latest cell with the same suite + task + node + task version in an earlier run whose requests
    // all ended DONE (results stored before task versions have version "").
    std::optional<CellSummary> previousCell(qint64 runId, const QString &suite, const QString &task,
                                            const QString &node, const QString &taskVersion = {}) const;
    QList<Regression> regressions(qint64 runId) const override;
    QList<PairedDelta> compareRuns(qint64 runA, qint64 runB) const; // union of both runs' cells

private:
    bool fail(const QString &what, const QString &detail) const;

    HistoryDatabase &m_database;
    mutable QString m_error;
};
