// Proves the built-in suites are right before any model is blamed: every suite loads, and every task's
// checks PASS each known-good answer and FAIL each known-bad one through the engine's own scoring.
// Then good and bad answers travel end to end through a simulated node and the BenchRunner.
// "The harness had more bugs than the models": this test is where a suite bug has to show up.

#include "models/bench/benchrunner.h"
#include "models/bench/checkrunner.h"
#include "models/bench/sandbox.h"
#include "models/bench/scorer.h"
#include "models/bench/suiteloader.h"
#include "models/sim/exampleanswers.h"
#include "models/sim/simulatednode.h"

#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace {

QString describe(const QList<CheckResult> &checks)
{
    QStringList lines;
    for (const CheckResult &c : checks)
        lines << QStringLiteral("  [%1] %2 (w %3): %4")
                     .arg(checkOutcomeKey(c.outcome), c.name)
                     .arg(c.weight)
                     .arg(c.detail.left(600));
    return lines.join(QLatin1Char('\n'));
}

bool hasCodeCheck(const Task &task)
{
    return std::any_of(task.checks.cbegin(), task.checks.cend(),
                       [](const Check &c) { return c.type == CheckType::Code; });
}

bool hasCodeCheck(const Suite &suite)
{
    return std::any_of(suite.tasks.cbegin(), suite.tasks.cend(),
                       [](const Task &t) { return hasCodeCheck(t); });
}

std::unique_ptr<SimulatedNode> exampleNode(const QString &profile, const Suite &suite,
                                           ExampleAnswers::Kind kind, std::shared_ptr<QStringList> problems,
                                           bool reasoningDecoy)
{
    auto node = std::make_unique<SimulatedNode>(*SimProfile::byName(profile));
    node->setTimeScale(0.02);
    if (reasoningDecoy)
        node->setThinkingOverride(true);
    node->setAnswerProvider(ExampleAnswers::provider(
        {suite}, [kind](const Suite &, const Task &) { return kind; }, std::move(problems), reasoningDecoy));
    if (!node->listen())
        return nullptr;
    return node;
}

NodeConfig nodeConfig(const QString &name, const SimulatedNode &node)
{
    NodeConfig c;
    c.id = name;
    c.name = name;
    c.url = node.baseUrl();
    c.backendHint = node.profile().dialect;
    c.simulated = true;
    c.requestTimeoutMs = 5000;
    return c;
}

} // namespace

Q_DECLARE_METATYPE(ExampleAnswers::Kind)

class TestBuiltinSuites final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void suitesLoadWithoutErrors();
    void coverage();
    void tasksAreWellFormed();
    void examples_data();
    void examples();
    void endToEnd_data();
    void endToEnd();

private:
    SuiteLoadReport m_report;
};

void TestBuiltinSuites::initTestCase()
{
    m_report = SuiteLoader::loadDirectory(SuiteLoader::builtInDir());
    const Sandbox::Availability sandbox = Sandbox::availability();
    if (!sandbox.available)
        qWarning("sandbox unavailable, code checks will be SKIPPED: %s", qPrintable(sandbox.reason));
}

void TestBuiltinSuites::suitesLoadWithoutErrors()
{
    QStringList errors;
    for (const SuiteLoadError &e : m_report.errors)
        errors << e.toString();
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
    for (const Suite &s : m_report.suites) {
        QVERIFY(s.sourcePath.startsWith(QLatin1String(":/suites/")));
        QVERIFY2(!s.title.isEmpty() && !s.description.isEmpty() && !s.category.isEmpty(), qPrintable(s.name));
    }
}

void TestBuiltinSuites::coverage()
{
    // The user's categories: factual KO/EN, math, coding (single, debug, multi-turn, algorithms), hard,
    // agent.
    const QStringList expected = {
        QStringLiteral("factual-ko"),    QStringLiteral("factual-en"), QStringLiteral("math"),
        QStringLiteral("coding-single"), QStringLiteral("debugging"),  QStringLiteral("coding-multiturn"),
        QStringLiteral("algorithms"),    QStringLiteral("hard"),       QStringLiteral("agent")};
    for (const QString &name : expected)
        QVERIFY2(m_report.suite(name), qPrintable(name));
    QVERIFY(m_report.suites.size() >= 8);
    int tasks = 0;
    for (const Suite &s : m_report.suites)
        tasks += int(s.tasks.size());
    QVERIFY2(tasks >= 40, qPrintable(QString::number(tasks)));

    // The hard set names the tasks the user's write-up lists.
    const Suite *hard = m_report.suite(QStringLiteral("hard"));
    for (const char *id :
         {"state-machine-3turn", "event-emitter", "btree", "regex-engine", "json-parser", "expression-parser",
          "kv-store", "mini-orm", "task-scheduler", "code-review-pickle"})
        QVERIFY2(hard->task(QLatin1String(id)), id);
    QCOMPARE(hard->task(QStringLiteral("state-machine-3turn"))->turns.size(), 3);
}

void TestBuiltinSuites::tasksAreWellFormed()
{
    for (const Suite &s : m_report.suites) {
        for (const Task &t : s.tasks) {
            const QString where = s.name + QLatin1Char('/') + t.id;
            QVERIFY2(!t.examples.good.isEmpty(), qPrintable(where + QLatin1String(": no good example")));
            QVERIFY2(!t.examples.bad.isEmpty(), qPrintable(where + QLatin1String(": no bad example")));
            for (const QStringList &ex : t.examples.good + t.examples.bad)
                QVERIFY2(ex.size() == t.turns.size(),
                         qPrintable(where + QLatin1String(": example turn count")));
            for (const Check &c : t.checks)
                QVERIFY2(t.answerIndex(c.turn) >= 0,
                         qPrintable(where + QLatin1String(": check turn out of range")));
            // A thinking task needs room to think (small budgets end in runaways, not answers), but prompt
            // plus budget must fit a 32K-context node: vLLM rejects a budget beyond the context.
            if (t.thinking.value_or(false))
                QVERIFY2(t.maxTokens >= 4096, qPrintable(where));
            QVERIFY2(t.maxTokens <= 30000, qPrintable(where));
        }
    }
}

void TestBuiltinSuites::examples_data()
{
    QTest::addColumn<QString>("suite");
    QTest::addColumn<QString>("task");
    QTest::addColumn<ExampleAnswers::Kind>("kind");
    QTest::addColumn<int>("index");
    const SuiteLoadReport report = SuiteLoader::loadDirectory(SuiteLoader::builtInDir());
    for (const Suite &s : report.suites) {
        for (const Task &t : s.tasks) {
            for (int i = 0; i < t.examples.good.size(); ++i)
                QTest::addRow("%s/%s/good%d", qPrintable(s.name), qPrintable(t.id), i)
                    << s.name << t.id << ExampleAnswers::Kind::Good << i;
            for (int i = 0; i < t.examples.bad.size(); ++i)
                QTest::addRow("%s/%s/bad%d", qPrintable(s.name), qPrintable(t.id), i)
                    << s.name << t.id << ExampleAnswers::Kind::Bad << i;
        }
    }
}

void TestBuiltinSuites::examples()
{
    QFETCH(QString, suite);
    QFETCH(QString, task);
    QFETCH(ExampleAnswers::Kind, kind);
    QFETCH(int, index);
    const Suite *s = m_report.suite(suite);
    QVERIFY(s);
    const Task *t = s->task(task);
    QVERIFY(t);
    if (hasCodeCheck(*t) && !Sandbox::availability().available)
        QSKIP(qPrintable(QStringLiteral("code checks need the sandbox: ") + Sandbox::availability().reason));

    const QStringList answers =
        kind == ExampleAnswers::Kind::Good ? t->examples.good.at(index) : t->examples.bad.at(index);
    const QList<CheckResult> checks = CheckRunner::run(*t, answers);
    const RunScore score = Scorer::scoreRun(checks);
    if (score.skippedChecks > 0)
        QSKIP(qPrintable(QStringLiteral("%1 check(s) SKIPPED, the example was not fully checked:\n%2")
                             .arg(score.skippedChecks)
                             .arg(describe(checks))));
    QVERIFY(score.score.has_value());
    const bool passed = *score.score >= t->passThreshold;
    const QString report = QStringLiteral("score %1 (threshold %2)\n%3")
                               .arg(*score.score)
                               .arg(t->passThreshold)
                               .arg(describe(checks));
    if (kind == ExampleAnswers::Kind::Good)
        QVERIFY2(passed, qPrintable(QStringLiteral("known-good answer FAILS: ") + report));
    else
        QVERIFY2(!passed, qPrintable(QStringLiteral("known-bad answer PASSES: ") + report));
}

void TestBuiltinSuites::endToEnd_data()
{
    QTest::addColumn<QString>("suite");
    for (const Suite &s : SuiteLoader::loadDirectory(SuiteLoader::builtInDir()).suites)
        QTest::addRow("%s", qPrintable(s.name)) << s.name;
}

// Known answers through the real pipeline: simulated vLLM and llama.cpp nodes stream them, the
// BenchRunner feeds multi-turn answers back, scores them and decides verdicts. Two good nodes and one
// bad node: every good cell passes, every bad cell fails, every task is MAJORITY.
void TestBuiltinSuites::endToEnd()
{
    QFETCH(QString, suite);
    const Suite *s = m_report.suite(suite);
    QVERIFY(s);
    if (hasCodeCheck(*s) && !Sandbox::availability().available)
        QSKIP(qPrintable(QStringLiteral("code checks need the sandbox: ") + Sandbox::availability().reason));

    using ExampleAnswers::Kind;
    const auto problems = std::make_shared<QStringList>();
    const auto good = exampleNode(QStringLiteral("test"), *s, Kind::Good, problems, false);
    const auto goodThinking = exampleNode(QStringLiteral("test-llamacpp"), *s, Kind::Good, problems, true);
    const auto bad = exampleNode(QStringLiteral("test"), *s, Kind::Bad, problems, true);
    QVERIFY(good && goodThinking && bad);

    BenchSettings settings;
    settings.suites = {*s};
    settings.nodes = {nodeConfig(QStringLiteral("good"), *good),
                      nodeConfig(QStringLiteral("good-thinking"), *goodThinking),
                      nodeConfig(QStringLiteral("bad"), *bad)};
    settings.runs = hasCodeCheck(*s) ? 1 : 2; // code runs cost sandbox time; text suites check n > 1 too
    BenchRunner runner;
    QSignalSpy finished(&runner, &BenchRunner::finished);
    QVERIFY2(runner.start(settings), qPrintable(runner.errorString()));
    QVERIFY(finished.wait(240000));
    QVERIFY2(problems->isEmpty(), qPrintable(problems->join(QLatin1Char('\n'))));

    const BenchReport &report = runner.report();
    QCOMPARE(report.run.status, BenchRunStatus::Finished);
    QCOMPARE(report.cells.size(), s->tasks.size() * 3);
    for (const BenchCell &cell : report.cells) {
        const Task *task = s->task(cell.task);
        QVERIFY(task);
        const QString where = cell.task + QLatin1Char('@') + cell.node;
        QCOMPARE(cell.runs.size(), settings.runs);
        for (const BenchRun &run : cell.runs) {
            QVERIFY2(run.state == RunState::Done, qPrintable(where + QLatin1String(": ") + run.error));
            QCOMPARE(run.skippedChecks, 0);
            // The exact bytes arrive: Korean, code fences and JSON survive streaming.
            const QStringList expected =
                ExampleAnswers::example(*task, cell.node == QLatin1String("bad") ? Kind::Bad : Kind::Good);
            QCOMPARE(run.turns.size(), expected.size());
            for (int i = 0; i < expected.size(); ++i)
                QCOMPARE(run.turns.at(i).answer, expected.at(i));
        }
        const bool shouldPass = cell.node != QLatin1String("bad");
        QVERIFY2(cell.score.passed == shouldPass, qPrintable(QStringLiteral("%1: mean %2\n%3")
                                                                 .arg(where)
                                                                 .arg(cell.score.mean.value_or(-1))
                                                                 .arg(describe(cell.runs.first().checks))));
        QVERIFY2(cell.score.stable, qPrintable(where)); // identical answers every run
        QVERIFY(cell.ttrMs.has_value());
    }
    QCOMPARE(report.verdicts.size(), s->tasks.size());
    for (const TaskVerdict &v : report.verdicts)
        QVERIFY2(v.verdict == Verdict::Majority,
                 qPrintable(v.task + QLatin1String(": ") + verdictKey(v.verdict)));
}

QTEST_GUILESS_MAIN(TestBuiltinSuites)
#include "tst_builtinsuites.moc"
