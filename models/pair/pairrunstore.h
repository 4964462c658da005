#pragma once

#include "models/pair/pairrun.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

// One line of the pair history list.
struct PairRunEntry
{
    qint64 id = 0;
    QDateTime startedAt;
    PairRunStatus status = PairRunStatus::Finished;
    QString builderNode;
    QString reviewerNode;
    QString reviewerPromptKey;
    QStringList suites;
    int taskRuns = 0;
};

// The storage the pair engine needs; owned here, implemented by models/history (PairHistoryStore) and by
// an in-memory store in tests. Same thread as the caller.
class PairRunStore
{
public:
    virtual ~PairRunStore() = default;
    // Stores a new run (run.id == 0) or replaces the stored one. The id, or nullopt (see pairStoreError()).
    virtual std::optional<qint64> savePairRun(const PairRun &run) = 0;
    virtual std::optional<PairRun> loadPairRun(qint64 id) const = 0;
    virtual QList<PairRunEntry> pairRuns(int limit = 100) const = 0; // newest first
    virtual bool removePairRun(qint64 id) = 0;
    virtual QString pairStoreError() const = 0;
};
