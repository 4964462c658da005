#pragma once

#include "models/bench/check.h"
#include "models/bench/codeextractor.h"

// `code`: extracts the answer's solution (CodeExtractor: the definitions of the names the tests import
// from `solution`, without usage blocks), writes it to solution.py next to the check's tests
// (test_solution.py) and the helper module (CodeCheckHelpers) and runs the tests in the Sandbox.
// Passes when they exit 0; SKIPPED (with the reason) when no sandbox is available.
// Blocks for up to the wall limit: call from a worker thread.
class CodeCheck final
{
public:
    static CheckResult evaluate(const Check &check, const QString &text);
    static CodeExtractor::Solution solution(const QString &text, const QString &tests);
    static QString extractPython(const QString &text, const QString &tests = {});
};
