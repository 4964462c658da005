#pragma once

#include "models/bench/suite.h"
#include "models/sim/simanswer.h"

#include <QStringList>

#include <functional>
#include <memory>

// Answers for simulated nodes taken from the built-in suites' known examples, so benchmark tests know
// what every cell must score. The provider finds the task by the last user message, answers the turn
// with the chosen example and records (in `problems`) any request whose earlier assistant messages are
// not the node's own earlier answers, or whose prompt it does not know.
namespace ExampleAnswers {

enum class Kind
{
    Good,
    Bad
};
using Chooser = std::function<Kind(const Suite &suite, const Task &task)>;

// reasoningDecoy: with thinking on, the reasoning carries the opposite example (checks read answers only).
SimAnswerProvider provider(const QList<Suite> &suites, Chooser choose, std::shared_ptr<QStringList> problems,
                           bool reasoningDecoy = false);

// The example a node answering with `kind` gives for the task (first good / first bad).
QStringList example(const Task &task, Kind kind);

} // namespace ExampleAnswers
