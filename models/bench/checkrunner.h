#pragma once

#include "models/bench/check.h"
#include "models/bench/task.h"

#include <QList>
#include <QStringList>

// Runs a task's checks against one run's answers (one per turn) and reasoning texts. Picks the text
// each check reads (its turn and target), dispatches to the family's validator and applies `negate`.
// Code checks block on the sandbox: call from a worker thread.
class CheckRunner final
{
public:
    // Bumped whenever a grading rule changes what a check accepts (number reading, answer finding...):
    // part of every Task::version, so results graded by different rules are never compared.
    static constexpr int RulesVersion = 2;

    static QList<CheckResult> run(const Task &task, const QStringList &answers,
                                  const QStringList &reasonings = {});
    static CheckResult runOne(const Check &check, const QString &text);
};
