#pragma once

#include "models/bench/benchresult.h"
#include "models/bench/task.h"

#include <QCoreApplication>
#include <QString>

// HTML fragments for the result dialogs (QTextBrowser rich text). Every text from a node or a suite is
// escaped; long answers and reasoning are cut at a readable length with a note saying so.
class BenchHtml final
{
    Q_DECLARE_TR_FUNCTIONS(BenchHtml)

public:
    static QString escape(const QString &text);
    // A titled <pre> block; empty text shows "(empty)". Longer than maxChars: cut, with a note.
    static QString textBlock(const QString &title, const QString &text, int maxChars = 20000,
                             const QString &color = {});
    // Table of check results: outcome, name, weight, detail. onlyFailed hides passing ones.
    static QString checksTable(const QList<CheckResult> &checks, bool onlyFailed = false);
    // One-line description of what a check looks for ("contains any of: Canberra", "numeric = 42 ± 0").
    static QString checkDefinition(const Check &check);
    static QString checkDefinitions(const Task &task);
    // Score / state / TCT / effective tok/s of one run, and its per-turn timings table.
    static QString runSummary(const BenchRun &run, double passThreshold);
    static QString turnTimings(const BenchRun &run);
    static QString outcomeColor(CheckOutcome outcome);
};
