#pragma once

#include "models/bench/benchresult.h"
#include "models/bench/task.h"

#include <QDialog>
#include <optional>

class QTabWidget;

// Everything about one cell (suite x task x node): a tab per run with its prompt(s), answer(s),
// thinking, check results and timings. The task is optional (a stored run whose suite is gone shows
// answers without prompts). Code tasks with a structural consensus get a "Structure" tab: every node's
// solution structure side by side and the pairwise similarity table (docs/consensus.md).
class CellDetailDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CellDetailDialog)

public:
    CellDetailDialog(const BenchCell &cell, const std::optional<Task> &task,
                     const std::optional<CodeConsensus> &consensus = std::nullopt, QWidget *parent = nullptr);

    int runTabCount() const;       // run tabs only (the Structure tab, when there is one, comes last)
    QString structureHtml() const; // the Structure tab's rich text; empty without a consensus
    QString runHtml(int run) const; // the rich text of one run's tab (tests read it)

    static QString buildRunHtml(const BenchRun &run, const BenchCell &cell, const std::optional<Task> &task);

private:
    QTabWidget *m_tabs = nullptr;
    int m_runTabs = 0;
    QString m_structureHtml;
};
