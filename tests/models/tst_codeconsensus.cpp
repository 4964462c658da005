#include "models/bench/codeconsensus.h"
#include "models/bench/codestructurereader.h"
#include "models/bench/sandbox.h"
#include "models/compare/compareconsensus.h"

#include <QTest>

// Structures come from the real analyser in the real sandbox (python3 + bubblewrap); the consensus
// rule is then checked on them.
class TstCodeConsensus : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void structureOfOneSolution();
    void signaturesAndImports();
    void oneDivergentIsFlagged();
    void threeThatAgreeFlagNothing();
    void twoAnswersFlagNothing();
    void allDifferentFlagNothing();
    void brokenCodeIsUnavailableNotACrash();
    void unavailableSolutionsAreLeftOut();
    void similarityIsJaccard();
    void jsonRoundTrip();
    void compareRunWithCode();

private:
    static QList<QPair<QString, CodeStructure>> solutions(const QStringList &nodes, const QStringList &code);
};

namespace {

const QString iterativeDict = QStringLiteral(R"(def fib(n):
    memo = {0: 0, 1: 1}
    for i in range(2, n + 1):
        memo[i] = memo[i - 1] + memo[i - 2]
    return memo[n]
)");
const QString iterativeDict2 = QStringLiteral(R"(def fib(n):
    table = dict()
    table[0], table[1] = 0, 1
    i = 2
    for i in range(2, n + 1):
        table[i] = table[i - 1] + table[i - 2]
    return table[n]
)");
const QString recursive = QStringLiteral(R"(def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
)");

} // namespace

void TstCodeConsensus::initTestCase()
{
    const Sandbox::Availability a = Sandbox::availability();
    if (!a.available)
        QSKIP(qPrintable(QStringLiteral("sandbox unavailable: ") + a.reason));
}

QList<QPair<QString, CodeStructure>> TstCodeConsensus::solutions(const QStringList &nodes,
                                                                 const QStringList &code)
{
    const QList<CodeStructure> structures = CodeStructureReader::read(code);
    QList<QPair<QString, CodeStructure>> out;
    for (qsizetype i = 0; i < nodes.size(); ++i)
        out.append({nodes.at(i), structures.value(i)});
    return out;
}

void TstCodeConsensus::structureOfOneSolution()
{
    const CodeStructure s = CodeStructureReader::read(iterativeDict);
    QVERIFY2(s.available, qPrintable(s.reason));
    QCOMPARE(s.definitions.size(), 1);
    QCOMPARE(s.definitions.first().name, QStringLiteral("fib"));
    QCOMPARE(s.definitions.first().positional, 1);
    QCOMPARE(s.controlFlow, QStringList{QStringLiteral("for")});
    QCOMPARE(s.dataStructures, QStringList{QStringLiteral("dict")});
    const CodeStructure r = CodeStructureReader::read(recursive);
    QCOMPARE(r.controlFlow, QStringList{QStringLiteral("recursion")});
    QVERIFY(r.features().contains(QStringLiteral("def:fib/1")));
}

void TstCodeConsensus::signaturesAndImports()
{
    const CodeStructure s = CodeStructureReader::read(QStringLiteral(R"(import heapq
from collections import deque
from functools import lru_cache

class Graph:
    def __init__(self, edges):
        self.adj = {}
    def path(self, a, b, *, limit=3):
        return [x for x in self.adj]

@lru_cache(maxsize=None)
def walk(start, /, depth=2, *rest, **opts):
    q = deque([start])
    while q:
        try:
            heapq.heappush(rest, q.popleft())
        except IndexError:
            pass
    return walk(start)
)"));
    QVERIFY2(s.available, qPrintable(s.reason));
    QCOMPARE(s.imports, (QStringList{QStringLiteral("collections.deque"),
                                     QStringLiteral("functools.lru_cache"), QStringLiteral("heapq")}));
    QCOMPARE(s.definitions.size(), 2);
    QCOMPARE(s.definitions.at(0).kind, QStringLiteral("class"));
    QCOMPARE(s.definitions.at(0).methods, (QStringList{QStringLiteral("__init__(self, edges)"),
                                                       QStringLiteral("path(self, a, b, *, limit)")}));
    const CodeStructure::Definition &walk = s.definitions.at(1);
    QCOMPARE(walk.text, QStringLiteral("walk(start, /, depth, *rest, **opts)"));
    QCOMPARE(walk.positional, 2);
    QCOMPARE(walk.defaults, 1);
    QVERIFY(walk.varargs && walk.varkw);
    for (const char *flow : {"while", "try", "recursion", "memoization", "comprehension"})
        QVERIFY2(s.controlFlow.contains(QLatin1String(flow)), flow);
    for (const char *data : {"deque", "heap", "dict", "list"})
        QVERIFY2(s.dataStructures.contains(QLatin1String(data)), data);
}

void TstCodeConsensus::oneDivergentIsFlagged()
{
    const CodeConsensus c =
        CodeConsensus::compute(solutions({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("local")},
                                         {iterativeDict, iterativeDict2, recursive}));
    QCOMPARE(c.outcome, CodeConsensus::Outcome::Divergent);
    QCOMPARE(c.divergent, QStringList{QStringLiteral("local")});
    QCOMPARE(c.pairs.size(), 3);
    QVERIFY(*c.similarityOf(QStringLiteral("a"), QStringLiteral("b")) >= CodeConsensus::AgreeThreshold);
    QVERIFY(*c.similarityOf(QStringLiteral("a"), QStringLiteral("local")) < CodeConsensus::AgreeThreshold);
    QVERIFY(c.describe().contains(QStringLiteral("local")));
}

void TstCodeConsensus::threeThatAgreeFlagNothing()
{
    const CodeConsensus c =
        CodeConsensus::compute(solutions({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")},
                                         {iterativeDict, iterativeDict2, iterativeDict}));
    QCOMPARE(c.outcome, CodeConsensus::Outcome::Agreement);
    QVERIFY(c.divergent.isEmpty());
    QVERIFY(!c.flagged());
}

void TstCodeConsensus::twoAnswersFlagNothing()
{
    const CodeConsensus c = CodeConsensus::compute(
        solutions({QStringLiteral("a"), QStringLiteral("b")}, {iterativeDict, recursive}));
    QCOMPARE(c.outcome, CodeConsensus::Outcome::TooFew);
    QVERIFY(c.divergent.isEmpty());
    QCOMPARE(c.pairs.size(), 1); // still compared, shown, never flagged
}

void TstCodeConsensus::allDifferentFlagNothing()
{
    const QString sorting =
        QStringLiteral("import heapq\ndef fib(n, k):\n    return sorted(heapq.nlargest(k, n))\n");
    const CodeConsensus c =
        CodeConsensus::compute(solutions({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")},
                                         {iterativeDict, recursive, sorting}));
    QCOMPARE(c.outcome, CodeConsensus::Outcome::NoMajority);
    QVERIFY(c.divergent.isEmpty());
}

void TstCodeConsensus::brokenCodeIsUnavailableNotACrash()
{
    const QList<CodeStructure> s = CodeStructureReader::read(
        {QStringLiteral("def f(:\n    return 1\n"), QString(), QStringLiteral("x = (((((1"), iterativeDict,
         QStringLiteral("x = ") + QString(QStringLiteral("(")).repeated(300000)});
    QCOMPARE(s.size(), 5);
    QVERIFY(!s.at(0).available);
    QVERIFY2(s.at(0).reason.contains(QStringLiteral("syntax error")), qPrintable(s.at(0).reason));
    QVERIFY(s.at(0).reason.contains(QStringLiteral("line 1")));
    QVERIFY(!s.at(1).available);
    QCOMPARE(s.at(1).reason, QStringLiteral("no code"));
    QVERIFY(!s.at(2).available);
    QVERIFY(s.at(3).available); // one broken solution does not hide the others
    QVERIFY(!s.at(4).available);
    QVERIFY(!s.at(4).reason.isEmpty());
    QVERIFY(s.at(0).features().isEmpty());
    QVERIFY(s.at(0).summary().contains(QStringLiteral("unavailable")));
    QVERIFY(CodeStructureReader::read(QStringList{}).isEmpty());
}

void TstCodeConsensus::unavailableSolutionsAreLeftOut()
{
    // Three nodes, one without code: two analysed solutions are too few for a flag.
    const CodeConsensus c =
        CodeConsensus::compute(solutions({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")},
                                         {iterativeDict, QString(), recursive}));
    QCOMPARE(c.outcome, CodeConsensus::Outcome::TooFew);
    QCOMPARE(c.analysed, (QStringList{QStringLiteral("a"), QStringLiteral("c")}));
    QCOMPARE(c.structures.size(), 3);
    QVERIFY(!c.structureOf(QStringLiteral("b")).available);
}

void TstCodeConsensus::similarityIsJaccard()
{
    CodeStructure a, b;
    a.analysed = b.analysed = a.available = b.available = true;
    a.controlFlow = {QStringLiteral("for")};
    a.dataStructures = {QStringLiteral("dict")};
    b.controlFlow = {QStringLiteral("for"), QStringLiteral("recursion")};
    QCOMPARE(CodeConsensus::similarity(a, b), 1.0 / 3.0); // {for} / {for, dict, recursion}
    QCOMPARE(CodeConsensus::similarity(a, a), 1.0);
    CodeStructure empty1, empty2;
    empty1.analysed = empty2.analysed = empty1.available = empty2.available = true;
    QCOMPARE(CodeConsensus::similarity(empty1, empty2), 1.0);
}

void TstCodeConsensus::jsonRoundTrip()
{
    const CodeConsensus c =
        CodeConsensus::compute(solutions({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("local")},
                                         {iterativeDict, iterativeDict2, recursive}));
    const CodeConsensus back = CodeConsensus::fromJson(c.toJson());
    QCOMPARE(back.outcome, c.outcome);
    QCOMPARE(back.divergent, c.divergent);
    QCOMPARE(back.nodes, c.nodes);
    QCOMPARE(back.pairs.size(), 3);
    QCOMPARE(back.structureOf(QStringLiteral("local")).controlFlow, QStringList{QStringLiteral("recursion")});
    QCOMPARE(back.structureOf(QStringLiteral("a")).definitions.first().text, QStringLiteral("fib(n)"));
    QCOMPARE(CodeConsensus::fromJson(nlohmann::ordered_json::parse("[1]")).outcome,
             CodeConsensus::Outcome::TooFew);
}

void TstCodeConsensus::compareRunWithCode()
{
    // A comparison of three nodes, one mode: the answers' fenced solutions (usage lines dropped) are
    // compared; a prose-only answer is left out.
    CompareRun run;
    const QStringList answers{QStringLiteral("Sure:\n```python\n") + iterativeDict +
                                  QStringLiteral("print(fib(9))\n```"),
                              QStringLiteral("```python\n") + iterativeDict2 + QStringLiteral("```\nDone."),
                              QStringLiteral("```python\n") + recursive + QStringLiteral("```")};
    for (int i = 0; i < 3; ++i) {
        CompareNodeInfo info;
        info.name = QStringLiteral("n%1").arg(i);
        run.nodes.append(info);
        CompareCell cell;
        cell.nodeIndex = i;
        cell.run = 1;
        cell.result.state = RunState::Done;
        cell.result.text = answers.at(i);
        run.cells.append(cell);
    }
    QCOMPARE(CompareConsensus::solutions(run).size(), 3);
    QVERIFY(!CompareConsensus::solutions(run).first().second.contains(QStringLiteral("print")));
    const std::optional<CodeConsensus> c = CompareConsensus::compute(run);
    QVERIFY(c);
    QCOMPARE(c->divergent, QStringList{QStringLiteral("n2")});
    QCOMPARE(CompareConsensus::label(run, 0, false), QStringLiteral("n0"));

    run.cells[2].result.text = QStringLiteral("I would use recursion.");
    const std::optional<CodeConsensus> two = CompareConsensus::compute(run);
    QVERIFY(two);
    QCOMPARE(two->outcome, CodeConsensus::Outcome::TooFew);
    for (CompareCell &cell : run.cells)
        cell.result.text = QStringLiteral("prose");
    QVERIFY(!CompareConsensus::compute(run));
}

QTEST_GUILESS_MAIN(TstCodeConsensus)
#include "tst_codeconsensus.moc"
