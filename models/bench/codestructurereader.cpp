#include "models/bench/codestructurereader.h"

#include "models/bench/sandbox.h"

#include <nlohmann/json.hpp>

using json = nlohmann::ordered_json;

QByteArray CodeStructureReader::analyserSource()
{
    return QByteArrayLiteral(
        R"PY("""Tokscope: the structure of each solution (sol_<i>.py in the working folder), read with ast, as JSON."""
import ast
import json
import sys

DATA_CALLS = {
    "dict": "dict", "set": "set", "frozenset": "set", "list": "list", "tuple": "tuple",
    "sorted": "sort", "deque": "deque", "defaultdict": "defaultdict", "Counter": "counter",
    "OrderedDict": "dict", "heappush": "heap", "heappop": "heap", "heapify": "heap",
    "heappushpop": "heap", "nlargest": "heap", "nsmallest": "heap", "bisect": "bisect",
    "bisect_left": "bisect", "bisect_right": "bisect", "insort": "bisect", "bytearray": "bytes",
    "array": "array", "namedtuple": "record", "dataclass": "record",
}
METHOD_DATA = {"sort": "sort", "join": "string_join", "appendleft": "deque", "popleft": "deque",
               "setdefault": "dict", "get": "dict", "items": "dict", "add": "set"}
MEMO_DECORATORS = {"lru_cache", "cache"}


def name_of(node):
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    if isinstance(node, ast.Call):
        return name_of(node.func)
    return ""


def signature(fn):
    a = fn.args
    parts = [p.arg for p in a.posonlyargs]
    if a.posonlyargs:
        parts.append("/")
    parts += [p.arg for p in a.args]
    if a.vararg:
        parts.append("*" + a.vararg.arg)
    elif a.kwonlyargs:
        parts.append("*")
    parts += [p.arg for p in a.kwonlyargs]
    if a.kwarg:
        parts.append("**" + a.kwarg.arg)
    return {
        "positional": len(a.posonlyargs) + len(a.args),
        "defaults": len(a.defaults) + sum(1 for d in a.kw_defaults if d is not None),
        "keyword_only": len(a.kwonlyargs),
        "varargs": a.vararg is not None,
        "varkw": a.kwarg is not None,
        "text": "%s(%s)" % (fn.name, ", ".join(parts)),
    }


def calls_itself(fn):
    for node in ast.walk(fn):
        if isinstance(node, ast.Call):
            f = node.func
            if isinstance(f, ast.Name) and f.id == fn.name:
                return True
            if isinstance(f, ast.Attribute) and f.attr == fn.name and isinstance(f.value, ast.Name) \
                    and f.value.id in ("self", "cls"):
                return True
    return False


def analyse(source):
    tree = ast.parse(source, "solution.py")
    definitions, imports, flow, data = [], set(), set(), set()
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            d = {"kind": "async def" if isinstance(node, ast.AsyncFunctionDef) else "def", "name": node.name}
            d.update(signature(node))
            definitions.append(d)
        elif isinstance(node, ast.ClassDef):
            methods = [signature(m)["text"] for m in node.body
                       if isinstance(m, (ast.FunctionDef, ast.AsyncFunctionDef))]
            definitions.append({"kind": "class", "name": node.name, "bases": len(node.bases),
                                "methods": methods, "text": "class %s" % node.name})
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            imports.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            mod = node.module or ""
            imports.update(mod + "." + a.name if mod else a.name for a in node.names)
        elif isinstance(node, (ast.For, ast.AsyncFor)):
            flow.add("for")
        elif isinstance(node, ast.While):
            flow.add("while")
        elif isinstance(node, (ast.ListComp, ast.SetComp, ast.DictComp)):
            flow.add("comprehension")
            data.add({ast.ListComp: "list", ast.SetComp: "set", ast.DictComp: "dict"}[type(node)])
        elif isinstance(node, ast.GeneratorExp):
            flow.add("generator_expression")
        elif isinstance(node, (ast.Yield, ast.YieldFrom)):
            flow.add("generator")
        elif isinstance(node, (ast.Try, getattr(ast, "TryStar", ast.Try))):
            flow.add("try")
        elif isinstance(node, (ast.With, ast.AsyncWith)):
            flow.add("with")
        elif isinstance(node, ast.Lambda):
            flow.add("lambda")
        elif isinstance(node, getattr(ast, "Match", ())):
            flow.add("match")
        elif isinstance(node, (ast.Await,)):
            flow.add("async")
        elif isinstance(node, ast.Dict):
            data.add("dict")
        elif isinstance(node, ast.Set):
            data.add("set")
        elif isinstance(node, ast.List) and isinstance(node.ctx, ast.Load):
            data.add("list")
        elif isinstance(node, ast.Subscript) and isinstance(node.slice, ast.Slice):
            data.add("slicing")
        elif isinstance(node, ast.BinOp) and isinstance(node.op, (ast.BitAnd, ast.BitOr, ast.BitXor,
                                                                   ast.LShift, ast.RShift)):
            data.add("bit_operations")
        elif isinstance(node, ast.Call):
            f = node.func
            n = name_of(f)
            if isinstance(f, ast.Name) and n in DATA_CALLS:
                data.add(DATA_CALLS[n])
            elif isinstance(f, ast.Attribute):
                if n in DATA_CALLS and n not in ("dict", "list", "set", "tuple"):
                    data.add(DATA_CALLS[n])
                elif n in METHOD_DATA:
                    data.add(METHOD_DATA[n])
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            if calls_itself(node):
                flow.add("recursion")
            if any(name_of(d) in MEMO_DECORATORS for d in node.decorator_list):
                flow.add("memoization")
            if node not in tree.body and not any(node in getattr(c, "body", []) for c in tree.body
                                                 if isinstance(c, ast.ClassDef)):
                flow.add("nested_function")
    return {"available": True, "definitions": definitions, "imports": sorted(imports),
            "control_flow": sorted(flow), "data_structures": sorted(data)}


def main():
    out = []
    for i in range(int(sys.argv[1])):
        try:
            with open("sol_%d.py" % i, encoding="utf-8") as f:
                source = f.read()
            if not source.strip():
                out.append({"available": False, "reason_kind": "empty"})
                continue
            out.append(analyse(source))
        except SyntaxError as e:
            out.append({"available": False, "reason_kind": "syntax", "detail": "%s (line %s)" % (e.msg, e.lineno)})
        except Exception as e:  # noqa: BLE001 - one bad solution must not hide the others

            out.append({"available": False, "reason_kind": "error",
                        "detail": "%s: %s" % (type(e).__name__, str(e)[:200])})
    json.dump(out, sys.stdout)


main()
)PY");
}

QList<CodeStructure> CodeStructureReader::read(const QStringList &sources)
{
    QList<CodeStructure> out;
    if (sources.isEmpty())
        return out;
    auto unavailable = [&](const QString &reason) {
        out.clear();
        for (qsizetype i = 0; i < sources.size(); ++i) {
            CodeStructure c;
            c.analysed = true;
            c.reason = reason;
            out.append(c);
        }
        return out;
    };
    QList<SandboxFile> files{{QStringLiteral("structure.py"), analyserSource()}};
    for (qsizetype i = 0; i < sources.size(); ++i)
        files.append({QStringLiteral("sol_%1.py").arg(i), sources.at(i).toUtf8()});
    SandboxLimits limits;
    limits.cpuSeconds = 5;
    limits.wallMs = 15000;
    limits.memoryMb = 256;
    limits.maxOutputBytes = 1 << 20;
    const SandboxResult run = Sandbox::run(files,
                                           {QStringLiteral("/usr/bin/python3"), QStringLiteral("-B"),
                                            QStringLiteral("-s"), QStringLiteral("-I"),
                                            QStringLiteral("structure.py"), QString::number(sources.size())},
                                           limits);
    if (run.status == SandboxStatus::Unavailable)
        return unavailable(tr("sandbox unavailable: %1").arg(run.reason));
    if (!run.succeeded())
        return unavailable(
            tr("the analyser failed: %1")
                .arg(run.reason.isEmpty() ? QString::fromUtf8(run.stdErr).trimmed().right(200) : run.reason));
    const json parsed = json::parse(run.stdOut.cbegin(), run.stdOut.cend(), nullptr, false);
    if (!parsed.is_array() || parsed.size() != size_t(sources.size()))
        return unavailable(tr("the analyser gave unreadable output"));
    for (const json &one : parsed)
        out.append(CodeStructure::fromAnalyser(one));
    return out;
}

std::optional<CodeStructure> CodeStructureReader::readGraded(const QList<CheckResult> &checks)
{
    for (const CheckResult &c : checks) {
        if (c.type != CheckType::Code || c.skipped())
            continue;
        if (c.read.trimmed().isEmpty()) {
            CodeStructure none;
            none.analysed = true;
            none.reason = CodeStructure::tr("no code");
            return none;
        }
        return read(c.read);
    }
    return std::nullopt;
}

CodeStructure CodeStructureReader::read(const QString &source)
{
    return read(QStringList{source}).value(0);
}
