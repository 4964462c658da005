#pragma once

#include "models/pair/rubberstamprun.h"

#include <QCoreApplication>
#include <optional>

class HistoryDatabase;

// Keeps rubber-stamp tests in the history database (component "pair", migration 2 of
// PairHistorySchema): the reviewer, the known set's size and, per reviewer prompt, the counts and both
// rates with their per-run values. Uses the HistoryDatabase's connection, on the thread that opened it.
class RubberStampHistoryStore final
{
    Q_DECLARE_TR_FUNCTIONS(RubberStampHistoryStore)

public:
    explicit RubberStampHistoryStore(HistoryDatabase &database);

    bool open(); // applies the pair component's migrations; false + errorString()
    QString errorString() const { return m_error; }

    std::optional<qint64> save(const RubberStampRun &run); // a new row; the id, or nullopt
    QList<RubberStampRun> tests(int limit = 50) const;    // newest first, with their results

private:
    bool fail(const QString &what, const QString &detail) const;

    HistoryDatabase &m_database;
    mutable QString m_error;
};
