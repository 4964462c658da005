#include "models/bench/codecheckhelpers.h"

QString CodeCheckHelpers::fileName()
{
    return QStringLiteral("tokscope_check.py");
}

QByteArray CodeCheckHelpers::source()
{
    return QByteArrayLiteral(
        R"PY("""Helpers for Tokscope code-check tests. Written next to solution.py; import what you need."""
import ast
import time


def solution_tree():
    with open("solution.py", encoding="utf-8") as f:
        return ast.parse(f.read(), "solution.py")


def _root(name):
    return (name or "").split(".")[0]


def forbid_modules(*modules):
    """Fails when the solution imports one of `modules` (import, from-import, __import__, import_module)."""
    banned = set(modules)
    for node in ast.walk(solution_tree()):
        found = None
        if isinstance(node, ast.Import):
            found = next((a.name for a in node.names if _root(a.name) in banned), None)
        elif isinstance(node, ast.ImportFrom) and not node.level and _root(node.module) in banned:
            found = node.module
        elif isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant):
            func = node.func
            name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
            if name in ("__import__", "import_module") and _root(str(node.args[0].value)) in banned:
                found = node.args[0].value
        if found:
            raise AssertionError(f"the task forbids the {found} module, the solution imports it "
                                 f"(line {node.lineno})")


def forbid_calls(*names):
    """Fails when the solution calls or references one of the builtins `names` (a name the solution
    defines itself, a method such as re.compile, or the word in a string or docstring is fine)."""
    banned = set(names)
    tree = solution_tree()
    own = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            own.add(node.name)
        elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
            own.add(node.id)
        elif isinstance(node, ast.arg):
            own.add(node.arg)
        elif isinstance(node, ast.Import) or (isinstance(node, ast.ImportFrom) and node.module != "builtins"):
            own.update((a.asname or a.name).split(".")[0] for a in node.names)
    for node in ast.walk(tree):
        found = None
        if isinstance(node, ast.Name) and node.id in banned and node.id not in own:
            found = node.id
        elif (isinstance(node, ast.Attribute) and node.attr in banned and isinstance(node.value, ast.Name)
              and node.value.id in ("builtins", "__builtins__")):
            found = node.attr
        elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "getattr"
              and len(node.args) >= 2 and isinstance(node.args[1], ast.Constant) and node.args[1].value in banned):
            found = node.args[1].value
        if found:
            raise AssertionError(f"the task forbids {found}(), the solution uses it (line {node.lineno})")


def _cpu_seconds(prepare, run, n, repeat):
    # The thread's CPU clock: precise, unlike the process clock, which the sandbox's CPU-time limit
    # turns into a scheduler-tick counter (4 ms steps).
    best = None
    for _ in range(repeat):
        data = prepare(n)
        start = time.thread_time()
        run(data)
        spent = time.thread_time() - start
        best = spent if best is None else min(best, spent)
    return max(best, 1e-6)


def assert_scaling(prepare, run, small, large, max_ratio, requirement):
    """Times run(prepare(n)) in CPU seconds for n = small and n = large and fails when the large input
    takes max_ratio times longer or more. Only the ratio counts, never an absolute time; a ratio at
    the limit is measured once more before it fails (a busy machine only makes single runs slower)."""
    t_small = _cpu_seconds(prepare, run, small, 5)
    t_large = _cpu_seconds(prepare, run, large, 1)
    if t_large / t_small >= max_ratio:
        t_small = min(t_small, _cpu_seconds(prepare, run, small, 5))
        t_large = min(t_large, _cpu_seconds(prepare, run, large, 1))
    ratio = t_large / t_small
    assert ratio < max_ratio, (f"{requirement}: {ratio:.1f}x the CPU time at n={large} than at n={small} "
                               f"(below {max_ratio}x expected)")
)PY");
}
