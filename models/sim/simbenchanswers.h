#pragma once

#include "models/sim/simanswer.h"

#include <QString>

struct SimProfile;
struct Suite;
struct Task;

// Real answers to the built-in benchmark tasks for simulated nodes, so a demo run shows the verdicts a
// user meets (UNANIMOUS, MAJORITY, SPLIT, ALL_FAIL) instead of generic text that fails everything.
// Each task has a difficulty and each profile a skill (DGX2 with thinking > DGX1 > the 5090): a node
// answers a task with its known-good example when its skill beats the task's difficulty, else with a
// known-bad one. On a nondeterministic profile (vLLM + MTP) some tasks are unstable: the answer changes
// between runs. Everything is a hash of profile, suite, task and run: the same request gives the same
// answer. A prompt that is not a built-in task gets defaultSimAnswer().
class SimBenchAnswers final
{
public:
    enum class Kind
    {
        Right,
        Wrong
    };

    static SimAnswer answer(const SimRequest &request, const SimProfile &profile);

    // What `profile` answers to `task` on measured run `run` (0-based); exposed for tests.
    static Kind kindFor(const SimProfile &profile, const Suite &suite, const Task &task, quint64 run);
    static double skill(const SimProfile &profile);
    static double difficulty(const Suite &suite, const Task &task); // 0..1
    static bool unstable(const SimProfile &profile, const Suite &suite, const Task &task);
};
