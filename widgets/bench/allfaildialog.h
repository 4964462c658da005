#pragma once

#include "models/bench/benchresult.h"
#include "models/bench/task.h"

#include <QDialog>
#include <optional>

class QLabel;
class QTextBrowser;

// Side-by-side view of one task across nodes: for every node the failing checks next to the answers,
// above them the task's checks as defined. Opened from the verdict column; for ALL_FAIL it leads with
// the hint that the check may be wrong ("the harness had more bugs than the models").
class AllFailDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AllFailDialog)

public:
    AllFailDialog(const QList<BenchCell> &cells, const std::optional<Task> &task,
                  std::optional<Verdict> verdict, QWidget *parent = nullptr);

    QString hintText() const;
    int nodePaneCount() const { return int(m_panes.size()); }
    QString nodeHtml(int pane) const;

    static QString buildNodeHtml(const BenchCell &cell);

private:
    QLabel *m_hint = nullptr;
    QList<QTextBrowser *> m_panes;
};
