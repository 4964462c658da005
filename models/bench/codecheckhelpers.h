#pragma once

#include <QByteArray>
#include <QString>

// The Python module `tokscope_check.py` that CodeCheck writes next to solution.py, so a suite's tests can
// enforce what a task states beyond behaviour (docs/suite-format.md, "Helpers for code tests"):
//   forbid_modules("re")                  the solution imports no such module (AST, not a regex)
//   forbid_calls("eval", "exec")          the solution never calls or references those builtins
//   assert_scaling(prepare, run, small, large, max_ratio, requirement)
//                                         CPU-time ratio between two input sizes, never absolute times
// It reads solution.py as text (the extracted solution), so a docstring that names eval() passes.
class CodeCheckHelpers final
{
public:
    static QString fileName(); // "tokscope_check.py"
    static QByteArray source();
};
