#pragma once

#include "models/pair/pairrunstore.h"

#include <QCoreApplication>

class HistoryDatabase;

// Keeps pair runs in the history database (component "pair", PairHistorySchema): the run's settings
// and reviewer prompt, every task run with its grades, every step with its exact messages, texts,
// verdict, times and metrics. One run is written in one transaction. URLs and API keys are not stored
// (nodes by name). Uses the HistoryDatabase's connection, on the thread that opened it.
class PairHistoryStore final : public PairRunStore
{
    Q_DECLARE_TR_FUNCTIONS(PairHistoryStore)

public:
    explicit PairHistoryStore(HistoryDatabase &database);

    bool open(); // applies the migrations; false + errorString()
    QString errorString() const { return m_error; }
    static QString component() { return QStringLiteral("pair"); }

    std::optional<qint64> savePairRun(const PairRun &run) override;
    std::optional<PairRun> loadPairRun(qint64 id) const override;
    QList<PairRunEntry> pairRuns(int limit = 100) const override;
    bool removePairRun(qint64 id) override;
    QString pairStoreError() const override { return m_error; }

private:
    bool fail(const QString &what, const QString &detail) const;

    HistoryDatabase &m_database;
    mutable QString m_error;
};
