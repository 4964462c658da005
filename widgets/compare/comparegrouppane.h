#pragma once

#include "models/compare/comparerun.h"

#include <QFrame>

#include <QElapsedTimer>

class QLabel;
class QPlainTextEdit;
class QTimer;
class QToolButton;

// One pane of the Compare page's "Answers" tab: one node x thinking mode. While a run streams it
// shows the live thinking (collapsible) and answer with counters and the elapsed time; when the group
// finishes it shows the STABLE/UNSTABLE verdict (with a diff of differing answers) and what the result
// flags mean. The numbers themselves are in the comparison table. "Copy answer" copies the answer.
class CompareGroupPane final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompareGroupPane)
public:
    CompareGroupPane(const QString &nodeName, bool simulated, bool thinking, QWidget *parent = nullptr);

    int nodeIndex() const { return m_nodeIndex; }
    bool thinking() const { return m_thinking; }
    void setNodeIndex(int index) { m_nodeIndex = index; }

    // live or final state of one cell; deadlineMs (when > 0) is shown while it runs
    void showCell(const CompareCell &cell, int runs, int deadlineMs = 0);
    void appendDelta(bool reasoning, const QString &text); // streaming text of the shown cell
    void showSummary(const CompareRun &run);               // after the group's runs ended
    // Structural consensus line of a comparison with code (docs/consensus.md); empty hides it.
    void showStructure(const QString &html);
    QString structureText() const;

    QString stabilityText() const;
    QString answerText() const;
    QString stateText() const;
    QString flagsText() const;
    QToolButton *copyAnswerButton() const { return m_copyAnswer; }

private:
    void setFlags(const CompareCell &cell);
    void showDiff();
    void tick();

    int m_nodeIndex = -1;
    bool m_thinking = false;
    int m_chars = 0;
    QLabel *m_title = nullptr;
    QLabel *m_state = nullptr;
    QToolButton *m_thinkingToggle = nullptr;
    QPlainTextEdit *m_reasoning = nullptr;
    QPlainTextEdit *m_answer = nullptr;
    QLabel *m_live = nullptr;
    QLabel *m_flags = nullptr;
    QToolButton *m_copyAnswer = nullptr;
    QTimer *m_ticker = nullptr;
    QElapsedTimer m_elapsed;
    QString m_liveText;     // counters of the running cell, shown with the elapsed time
    int m_deadlineMs = 0;   // of the running cell, shown so a silent node visibly gives up
    bool m_warmup = false;
    QLabel *m_stability = nullptr;
    QLabel *m_structure = nullptr;
    QToolButton *m_diffButton = nullptr;
    QString m_diff;
};
