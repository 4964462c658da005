#pragma once

#include "models/pair/pairrun.h"
#include "models/pair/rubberstamprun.h"
#include "models/pair/rubberstamptally.h"

#include <QList>
#include <QWidget>

class QLabel;
class QTableWidget;

// The Pair page's result tables: the summary like the user's table (mode, tasks, pass rate, mean score,
// mean time), single builder vs pair per task (scores, pass, rounds, the builder's TTR vs the pair's
// TCT), the rubber-stamp test per reviewer prompt (rates with their spread over runs) and the earlier
// rubber-stamp tests kept in history.
class PairResultsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PairResultsPanel)

public:
    explicit PairResultsPanel(QWidget *parent = nullptr);
    ~PairResultsPanel() override;

    void setRun(const PairRun &run);
    void setRubberStamp(const QList<RubberStampPromptResult> &results, int runs);
    // Earlier rubber-stamp tests from history, newest first: one row per test and reviewer prompt.
    void setStoredRubberStamps(const QList<RubberStampRun> &tests);

    QTableWidget *summaryTable() const { return m_summary; }
    QTableWidget *taskTable() const { return m_tasks; }
    QTableWidget *rubberStampTable() const { return m_rubberStamp; }
    QTableWidget *storedRubberStampTable() const { return m_storedRubberStamp; }

private:
    QTableWidget *m_summary = nullptr;
    QTableWidget *m_tasks = nullptr;
    QTableWidget *m_rubberStamp = nullptr;
    QTableWidget *m_storedRubberStamp = nullptr;
    QLabel *m_storedTitle = nullptr;
    QLabel *m_rubberStampNote = nullptr;
};
