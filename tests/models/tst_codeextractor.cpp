// Which parts of an answer form the solution (docs/suite-format.md, "What counts as the solution"):
// deterministic, lexical, no Python needed. The last test runs the helper module's AST and scaling
// checks in the sandbox (skipped without one).

#include "models/bench/codecheck.h"
#include "models/bench/codeextractor.h"
#include "models/bench/pythonsource.h"
#include "models/bench/sandbox.h"

#include <QTest>

namespace {

QString fence(const QString &code, const QString &language = QStringLiteral("python"))
{
    return QStringLiteral("```") + language + QLatin1Char('\n') + code + QStringLiteral("\n```\n");
}

QString extract(const QString &answer, const QStringList &names)
{
    return CodeExtractor::solution(answer, {QStringLiteral("python"), QStringLiteral("py")}, names).code;
}

const QString kSolution = QStringLiteral("def to_roman(n):\n    if n <= 0:\n        raise ValueError(n)\n"
                                         "    return 'I' * n");

} // namespace

class TstCodeExtractor final : public QObject
{
    Q_OBJECT

private slots:
    void statementKinds();
    void lexerIgnoresStringsAndComments();
    void namesImportedFromTests();
    void usageBlockAfterSolutionIsLeftOut();
    void transcriptAndMainGuardAreLeftOut();
    void twoBlockSolution();
    void constantTableFromAnotherBlock();
    void lastDefinitionWins();
    void methodFragmentsAreNotModuleCode();
    void demoObjectsAndTheirUsesAreLeftOut();
    void configurationCallsStay();
    void unusedImportsOfUsageBlocksStayOut();
    void fallbacks();
    void helperModuleInTheSandbox();
};

void TstCodeExtractor::statementKinds()
{
    using Kind = PythonSource::Kind;
    const QString src = QStringLiteral(
        "\"\"\"Module doc.\"\"\"\nimport heapq, os.path as p\nfrom a.b import (c,\n    d as e)\n"
        "@decorator\nclass X(Base):\n    pass\n\nasync def f(x=1):\n    return x\n"
        "TABLE = {1: 'I'}\na, b = 1, 2\nn: int = 3\nobj.attr = 4\nTABLE[5] = 'V'\ncount += 1\n"
        "if __name__ == '__main__':\n    main()\nelse:\n    pass\n"
        "try:\n    import ujson as json\nexcept ImportError:\n    json = None\n"
        "print(f(2))\nsys.setrecursionlimit(10)\nassert f(1) == 1\nraise SystemExit\nf = lambda x=2: x\n"
        "match(p, t)\n>>> f(1)\n1\n");
    const QList<PythonSource::Statement> st = PythonSource::statements(src);
    QList<Kind> kinds;
    for (const auto &s : st)
        kinds << s.kind;
    const QList<Kind> expected = {Kind::Docstring,  Kind::Import,     Kind::Import,     Kind::Definition,
                                  Kind::Definition, Kind::Assignment, Kind::Assignment, Kind::Assignment,
                                  Kind::Mutation,   Kind::Mutation,   Kind::Mutation,   Kind::MainGuard,
                                  Kind::Compound,   Kind::Expression, Kind::Expression, Kind::Assert,
                                  Kind::Other,      Kind::Assignment, Kind::Expression, Kind::Transcript};
    QCOMPARE(kinds, expected);
    QCOMPARE(st.at(1).defines, (QStringList{QStringLiteral("heapq"), QStringLiteral("p")}));
    QCOMPARE(st.at(2).defines, (QStringList{QStringLiteral("c"), QStringLiteral("e")}));
    QCOMPARE(st.at(2).importFrom, QStringLiteral("a.b"));
    QCOMPARE(st.at(3).defines, QStringList{QStringLiteral("X")});
    QCOMPARE(st.at(3).text, QStringLiteral("@decorator\nclass X(Base):\n    pass"));
    QCOMPARE(st.at(4).defines, QStringList{QStringLiteral("f")});
    QCOMPARE(st.at(6).defines, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    QCOMPARE(st.at(7).defines, QStringList{QStringLiteral("n")});
    QCOMPARE(st.at(12).defines, (QStringList{QStringLiteral("json"), QStringLiteral("json")}));
    QCOMPARE(st.at(14).calledModule, QStringLiteral("sys"));
    QVERIFY(st.at(13).usesPrintOrAssert);
    QCOMPARE(st.at(17).defines, QStringList{QStringLiteral("f")});
    // A def's parameters and locals are not reads of module-level names; helpers it calls are.
    const auto defs = PythonSource::statements(
        QStringLiteral("def g(text, *args, k=1, **kw):\n    total = 0\n    for i, ch in enumerate(text):\n"
                       "        total += helper(ch)\n    return total + CONST\n"));
    QCOMPARE(defs.size(), 1);
    QVERIFY(defs.at(0).reads.contains(QStringLiteral("helper")));
    QVERIFY(defs.at(0).reads.contains(QStringLiteral("CONST")));
    for (const char *local : {"text", "args", "k", "kw", "total", "i", "ch"})
        QVERIFY2(!defs.at(0).reads.contains(QLatin1String(local)), local);
}

void TstCodeExtractor::lexerIgnoresStringsAndComments()
{
    // A docstring holding code, a doctest and a fake fence must not split or classify anything.
    const QString src = QStringLiteral(
        "def f(x):\n    \"\"\"Not eval.\n\ndef g():\n>>> f(1)\n    \"\"\"\n    s = 'def h(): # (['\n"
        "    return r\"\\\"\" + s  # ) ]\n\n\n# def commented():\nclass C: pass\n");
    const auto st = PythonSource::statements(src);
    QCOMPARE(st.size(), 2);
    QCOMPARE(st.at(0).defines, QStringList{QStringLiteral("f")});
    QCOMPARE(st.at(1).defines, QStringList{QStringLiteral("C")});
    QVERIFY(!st.at(0).reads.contains(QStringLiteral("eval")));
    // Unterminated strings and brackets degrade, they do not hang or crash.
    QCOMPARE(PythonSource::statements(QStringLiteral("x = (1,\n")).size(), 1);
    QCOMPARE(PythonSource::statements(QStringLiteral("s = '''open")).size(), 1);
    QVERIFY(PythonSource::statements(QString()).isEmpty());
}

void TstCodeExtractor::namesImportedFromTests()
{
    const QString tests =
        QStringLiteral("import random\nfrom solution import (Model,\n    Field as F)\nfrom tokscope_check "
                       "import forbid_calls\n"
                       "def t():\n    from solution import helper\nimport solution\nsolution.extra(1)\n");
    QCOMPARE(PythonSource::namesImportedFrom(tests, QStringLiteral("solution")),
             (QStringList{QStringLiteral("Model"), QStringLiteral("Field"), QStringLiteral("helper"),
                          QStringLiteral("extra")}));
}

void TstCodeExtractor::usageBlockAfterSolutionIsLeftOut()
{
    const QString answer = QStringLiteral("Here:\n") + fence(kSolution) + QStringLiteral("\nUsage:\n") +
                           fence(QStringLiteral("from solution import to_roman\nprint(to_roman(3))\n"
                                                "to_roman(0)  # raises ValueError\n"
                                                "assert to_roman(1) == 'I'"));
    QCOMPARE(extract(answer, {QStringLiteral("to_roman")}), kSolution);
    const auto s = CodeExtractor::solution(answer, {QStringLiteral("python")}, {QStringLiteral("to_roman")});
    QVERIFY2(s.origin.contains(QLatin1String("1 of 2")), qPrintable(s.origin));
}

void TstCodeExtractor::transcriptAndMainGuardAreLeftOut()
{
    const QString answer =
        fence(kSolution +
              QStringLiteral("\n\n\nif __name__ == \"__main__\":\n    to_roman(0)\nelse:\n    pass\n"
                             "print(to_roman(2))\n")) +
        QStringLiteral("\n") +
        fence(QStringLiteral(">>> to_roman(0)\nTraceback (most recent call last):\nValueError"));
    QCOMPARE(extract(answer, {QStringLiteral("to_roman")}), kSolution);
    // A transcript appended inside the solution's own block is cut off.
    const QString inBlock = fence(kSolution + QStringLiteral("\n\n>>> to_roman(3)\n'III'"));
    QCOMPARE(extract(inBlock, {QStringLiteral("to_roman")}), kSolution);
}

void TstCodeExtractor::twoBlockSolution()
{
    const QString node = QStringLiteral("class Node:\n    def __init__(self):\n        self.keys = []");
    const QString tree =
        QStringLiteral("class BTree:\n    def __init__(self, t):\n        self.root = Node()");
    const QString answer = fence(node) + QStringLiteral("\nThen:\n") + fence(tree) + QStringLiteral("\n") +
                           fence(QStringLiteral("t = BTree(2)\nt.insert(1)\nprint(t.root.keys)"));
    QCOMPARE(extract(answer, {QStringLiteral("BTree")}), node + QStringLiteral("\n\n") + tree);
    // Both names imported, defined in two blocks: both blocks, in answer order.
    const QString pair =
        fence(QStringLiteral("def a():\n    return 1")) + fence(QStringLiteral("def b():\n    return 2"));
    QCOMPARE(extract(pair, {QStringLiteral("b"), QStringLiteral("a")}),
             QStringLiteral("def a():\n    return 1\n\ndef b():\n    return 2"));
}

void TstCodeExtractor::constantTableFromAnotherBlock()
{
    const QString answer =
        fence(QStringLiteral(
            "import re\nWORD = re.compile(r\"[a-z']+\")\nexample = WORD.findall('a b')\nprint(example)")) +
        fence(QStringLiteral("def top_words(text, k):\n    return WORD.findall(text)[:k]"));
    QCOMPARE(extract(answer, {QStringLiteral("top_words")}),
             QStringLiteral("import re\n\nWORD = re.compile(r\"[a-z']+\")\n\n"
                            "def top_words(text, k):\n    return WORD.findall(text)[:k]"));
}

void TstCodeExtractor::lastDefinitionWins()
{
    // "Before" then "after": the fix is the last definition of the name.
    const QString before = QStringLiteral("def f(x):\n    return x - 1");
    const QString after = QStringLiteral("def f(x):\n    return x");
    QCOMPARE(extract(fence(before) + fence(after), {QStringLiteral("f")}), after);
    // A later `from solution import f` in a usage block is not a definition of f.
    QCOMPARE(
        extract(fence(after) + fence(QStringLiteral("from solution import f\nf(1)")), {QStringLiteral("f")}),
        after);
}

void TstCodeExtractor::methodFragmentsAreNotModuleCode()
{
    // An indented snippet of changed methods, then the complete class: the snippet's `def min(self)` must
    // not replace the builtin min() the class calls.
    const QString full = QStringLiteral("class Stack:\n    def push(self, x):\n        self.m = min(x, 1)");
    const QString answer = fence(QStringLiteral("    def min(self):\n        return self.m")) + fence(full);
    QCOMPARE(extract(answer, {QStringLiteral("Stack")}), full);
    // Only fragments: they are used, dedented.
    QCOMPARE(extract(fence(QStringLiteral("    def f():\n        return 1")), {QStringLiteral("f")}),
             QStringLiteral("def f():\n    return 1"));
    QVERIFY(CodeExtractor::blocks(fence(QStringLiteral("    x = 1"))).first().fragment);
}

void TstCodeExtractor::demoObjectsAndTheirUsesAreLeftOut()
{
    const QString cls =
        QStringLiteral("class Inventory:\n    def to_json(self):\n        return '{}'\n"
                       "    @classmethod\n    def from_json(cls, text):\n        return cls()");
    const QString answer = fence(cls + QStringLiteral("\n\ninv = Inventory()\ntext = inv.to_json()\n"
                                                      "inv.stock['a'] = 1\nfor k in text:\n    print(k)"));
    QCOMPARE(extract(answer, {QStringLiteral("Inventory")}), cls);
    // A usage block's `text = ...` is not pulled in just because a method has a parameter named text.
    const QString split = fence(cls) + fence(QStringLiteral("inv = Inventory()\ntext = inv.to_json()"));
    QCOMPARE(extract(split, {QStringLiteral("Inventory")}), cls);
    // An object the solution itself uses stays.
    const QString singleton =
        QStringLiteral("class P:\n    pass\n\n_P = P()\n\ndef parse(s):\n    return _P");
    QCOMPARE(extract(fence(singleton), {QStringLiteral("parse")}),
             QStringLiteral("class P:\n    pass\n\n_P = P()\n\ndef parse(s):\n    return _P"));
}

void TstCodeExtractor::configurationCallsStay()
{
    const QString code = QStringLiteral("import sys\nimport unittest\nsys.setrecursionlimit(5000)\n"
                                        "def f():\n    return 1\nunittest.main()");
    QCOMPARE(extract(fence(code), {QStringLiteral("f")}),
             QStringLiteral(
                 "import sys\n\nimport unittest\n\nsys.setrecursionlimit(5000)\n\ndef f():\n    return 1"));
}

void TstCodeExtractor::unusedImportsOfUsageBlocksStayOut()
{
    // The forbidden module shown in a comparison block must not become part of the solution.
    const QString answer =
        fence(QStringLiteral("def match(p, t):\n    return p == t")) +
        fence(QStringLiteral("import re\nassert match('a', 'a') == bool(re.fullmatch('a', 'a'))"));
    QCOMPARE(extract(answer, {QStringLiteral("match")}),
             QStringLiteral("def match(p, t):\n    return p == t"));
}

void TstCodeExtractor::fallbacks()
{
    // No fence: the whole answer. No python tag: untagged blocks. No names known: the last block with a
    // definition. No definitions at all: the last candidate as it is.
    QCOMPARE(extract(QStringLiteral("def g(): pass"), {}), QStringLiteral("def g(): pass"));
    QCOMPARE(extract(fence(QStringLiteral("4"), QStringLiteral("text")) +
                         fence(QStringLiteral("def f():\n    return 4"), {}),
                     {QStringLiteral("f")}),
             QStringLiteral("def f():\n    return 4"));
    QCOMPARE(extract(fence(QStringLiteral("def a():\n    return 1")) +
                         fence(QStringLiteral("def b():\n    return 2")),
                     {}),
             QStringLiteral("def b():\n    return 2"));
    QCOMPARE(extract(fence(QStringLiteral("print(1)")), {QStringLiteral("f")}), QStringLiteral("print(1)"));
    QCOMPARE(CodeCheck::extractPython(QStringLiteral("```py\ndef h():\n    return 3")),
             QStringLiteral("def h():\n    return 3"));
}

void TstCodeExtractor::helperModuleInTheSandbox()
{
    if (!Sandbox::availability().available)
        QSKIP(qPrintable(QStringLiteral("needs the sandbox: ") + Sandbox::availability().reason));
    auto run = [](const QString &solution, const QString &tests) {
        Check c;
        c.type = CheckType::Code;
        c.tests = tests;
        return CodeCheck::evaluate(c, fence(solution));
    };
    const QString noEval = QStringLiteral("from solution import f\nfrom tokscope_check import forbid_calls\n"
                                          "forbid_calls('eval', 'exec', 'compile')\n");
    {
        const CheckResult r = run(
            QStringLiteral("import re\nR = re.compile('x')\ndef f(s):\n    \"\"\"Never calls eval().\"\"\"\n"
                           "    return 'eval(' + s"),
            noEval);
        QVERIFY2(r.passed(), qPrintable(r.detail));
    }
    {
        const CheckResult r =
            run(QStringLiteral("def compile(t):\n    return t\ndef f(s):\n    return compile(s)"), noEval);
        QVERIFY2(r.passed(), qPrintable(r.detail));
    }
    QVERIFY(!run(QStringLiteral("def f(s):\n    return eval(s)"), noEval).passed());
    QVERIFY(
        !run(QStringLiteral("import builtins\ndef f(s):\n    return getattr(builtins, 'eval')(s)"), noEval)
             .passed());
    QVERIFY(!run(QStringLiteral("e = eval\ndef f(s):\n    return e(s)"), noEval).passed());

    const QString noRe = QStringLiteral("from solution import f\nfrom tokscope_check import forbid_modules\n"
                                        "forbid_modules('re')\n");
    {
        const CheckResult r =
            run(QStringLiteral("def f():\n    \"\"\"Unlike the re module...\"\"\"\n    return 1"), noRe);
        QVERIFY2(r.passed(), qPrintable(r.detail));
    }
    QVERIFY(!run(QStringLiteral("import re\ndef f():\n    return 1"), noRe).passed());
    QVERIFY(!run(QStringLiteral("from re import fullmatch as m\ndef f():\n    return 1"), noRe).passed());
    QVERIFY(!run(QStringLiteral("def f():\n    return __import__('re')"), noRe).passed());

    // Scaling: linear vs quadratic work over 8x the input, judged by the CPU-time ratio only.
    const QString scaling =
        QStringLiteral("from solution import f\nfrom tokscope_check import assert_scaling\n"
                       "assert_scaling(lambda n: list(range(n)), f, 200, 1600, 24, 'f must be O(n)')\n");
    {
        const CheckResult r =
            run(QStringLiteral("def f(xs):\n    return sum(x * 2 for x in xs for _ in range(50))"), scaling);
        QVERIFY2(r.passed(), qPrintable(r.detail));
    }
    QVERIFY(!run(QStringLiteral("def f(xs):\n    return sum(1 for x in xs for y in xs if x < y)"), scaling)
                 .passed());
}

QTEST_GUILESS_MAIN(TstCodeExtractor)
#include "tst_codeextractor.moc"
