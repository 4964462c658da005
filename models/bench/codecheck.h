#pragma once

#include "models/bench/check.h"

// `code`: extracts the answer's Python (```python fence, else the largest fence, else the whole answer),
// writes it to solution.py next to the check's tests (test_solution.py) and runs the tests in the
// Sandbox. Passes when they exit 0; SKIPPED (with the reason) when no sandbox is available.
// Blocks for up to the wall limit: call from a worker thread.
class CodeCheck final
{
public:
    static CheckResult evaluate(const Check &check, const QString &text);
    static QString extractPython(const QString &text);
};
