#pragma once

#include "models/compare/comparerun.h"

#include <QFrame>

class QLabel;
class QPlainTextEdit;
class QToolButton;
class QGridLayout;

// One column of the Compare page: one node x thinking mode. While a run streams it shows the live
// thinking (collapsible) and answer with counters; when the group finishes it shows every metric of
// the latest run with its definition on hover and its source, the mean over the n runs, and the
// STABLE/UNSTABLE verdict with a diff of the differing answers.
class CompareGroupPane final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompareGroupPane)
public:
    CompareGroupPane(const QString &nodeName, bool simulated, bool thinking, QWidget *parent = nullptr);

    int nodeIndex() const { return m_nodeIndex; }
    bool thinking() const { return m_thinking; }
    void setNodeIndex(int index) { m_nodeIndex = index; }

    void showCell(const CompareCell &cell, int runs);     // live or final state of one cell
    void appendDelta(bool reasoning, const QString &text); // streaming text of the shown cell
    void showSummary(const CompareRun &run);               // after the group's runs ended

    QString stabilityText() const;
    QString answerText() const;
    QString stateText() const;

private:
    void setMetrics(const CompareCell &cell);
    void showDiff();

    int m_nodeIndex = -1;
    bool m_thinking = false;
    int m_chars = 0;
    QLabel *m_title = nullptr;
    QLabel *m_state = nullptr;
    QToolButton *m_thinkingToggle = nullptr;
    QPlainTextEdit *m_reasoning = nullptr;
    QPlainTextEdit *m_answer = nullptr;
    QLabel *m_live = nullptr;
    QGridLayout *m_metrics = nullptr;
    QLabel *m_flags = nullptr;
    QLabel *m_stability = nullptr;
    QToolButton *m_diffButton = nullptr;
    QString m_diff;
};
