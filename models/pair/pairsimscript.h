#pragma once

#include "models/bench/gradingcorpus.h"
#include "models/bench/suite.h"
#include "models/sim/simanswer.h"
#include "models/sim/simreviewer.h"

#include <QList>
#include <functional>

class SimLab;

// Scripted answers that make simulated nodes act as a builder and a reviewer (all SIMULATED): the
// builder answers a task with the task's known-good or known-bad example and its revision with the
// good one; review requests go to SimReviewer, whose oracle knows which examples are bad. Anything
// else (compare, benchmarks, demo traffic) goes to the fallback.
class PairSimScript final
{
public:
    enum class Builder
    {
        Good,
        Bad,       // bad first pass and bad revisions
        BadThenGood // bad first pass, good revision
    };
    using BuilderChooser = std::function<Builder(const Task &task)>;

    static SimAnswerProvider provider(const QList<Suite> &suites, BuilderChooser builder,
                                      SimReviewer::Mode reviewer, SimAnswerProvider fallback = {},
                                      const QList<CorpusTask> &corpus = {});
    // false for a request containing a known-bad example (or a wrong corpus answer), true for a
    // known-good one (or a right corpus answer).
    static SimReviewer::Oracle oracle(const QList<Suite> &suites, const QList<CorpusTask> &corpus = {});
    // The demo's builder: about two tasks in five get a bad first pass (deterministic by task id).
    static Builder demoBuilder(const Task &task);
    // Installs the demo script (built-in suites, demo builder, prompt-sensitive reviewer) on every node
    // of a running lab (the reviewer also knows the grading corpus when there is one); their other
    // answers stay the default ones.
    static void installDemo(SimLab *lab);
};
