#include "models/bench/benchexporter.h"
#include "models/bench/benchnodelane.h"
#include "models/bench/benchrunner.h"
#include "models/bench/sandbox.h"
#include "models/bench/suiteloader.h"
#include "models/history/benchhistorystore.h"
#include "models/history/historydatabase.h"
#include "models/sim/simprofile.h"
#include "models/sim/simulatednode.h"
#include "tests/support/benchsimfixture.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Lab
{
    QList<SimulatedNode *> nodes;
    QList<NodeConfig> configs;
};

} // namespace

class TstBenchRunner : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void endToEndVerdictsAndHistory();
    void requestShapeFeedsOwnAnswersBack();
    void deadNodeCellsAreErrorsAndOthersContinue();
    void unreachableNodeStartsDead();
    void pauseStopsNewRequests();
    void cancelThenResumeSkipsStoredCells();
    void unstableWhenRunsDisagree();
    void codeChecksRunOffTheGuiThreadInTheSandbox();
    void codeConsensusFlagsTheDivergentNode();

private:
    Lab makeLab(const QList<int> &qualities);
    Suite m_suite;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<HistoryDatabase> m_db;
    std::unique_ptr<BenchHistoryStore> m_store;
    std::unique_ptr<BenchSimFixture> m_fx;
    QList<SimulatedNode *> m_servers;
};

void TstBenchRunner::initTestCase()
{
    QList<SuiteLoadError> errors;
    const auto suite =
        SuiteLoader::parse(BenchSimFixture::suiteJson(), QStringLiteral("sim-suite.json"), &errors);
    QVERIFY2(suite, errors.isEmpty() ? "" : qPrintable(errors.first().toString()));
    m_suite = *suite;
}

void TstBenchRunner::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<HistoryDatabase>();
    QVERIFY(m_db->open(m_dir->filePath(QStringLiteral("h.sqlite"))));
    m_store = std::make_unique<BenchHistoryStore>(*m_db);
    QVERIFY(m_store->open());
    m_fx = std::make_unique<BenchSimFixture>();
}

void TstBenchRunner::cleanup()
{
    qDeleteAll(m_servers);
    m_servers.clear();
    m_fx.reset();
    m_store.reset();
    m_db.reset();
    m_dir.reset();
}

Lab TstBenchRunner::makeLab(const QList<int> &qualities)
{
    Lab lab;
    for (int i = 0; i < qualities.size(); ++i) {
        lab.nodes.append(m_fx->addNode(qualities.at(i)));
        NodeConfig c;
        c.id = QStringLiteral("n%1").arg(i);
        c.name = QStringLiteral("Node%1").arg(i);
        c.url = lab.nodes.last()->baseUrl();
        c.simulated = true;
        lab.configs.append(c);
    }
    return lab;
}

void TstBenchRunner::endToEndVerdictsAndHistory()
{
    const Lab lab = makeLab({2, 1, 0});
    QCOMPARE(lab.configs.size(), 3);
    BenchRunner runner;
    runner.setStore(m_store.get());
    QSignalSpy finished(&runner, &BenchRunner::finished);
    QSignalSpy progress(&runner, &BenchRunner::progressChanged);
    QSignalSpy verdicts(&runner, &BenchRunner::verdictAvailable);
    BenchSettings settings;
    settings.suites = {m_suite};
    settings.nodes = lab.configs;
    settings.runs = 3;
    QVERIFY(runner.start(settings));
    QVERIFY(finished.wait(120000));
    const BenchReport report = runner.report();
    QCOMPARE(report.run.status, BenchRunStatus::Finished);
    QVERIFY(report.run.id > 0);
    QCOMPARE(report.cells.size(), 5 * 3);
    QCOMPARE(report.verdicts.size(), 5);
    QCOMPARE(verdicts.size(), 5);
    QHash<QString, Verdict> byTask;
    for (const TaskVerdict &v : report.verdicts)
        byTask.insert(v.task, v.verdict);
    QCOMPARE(byTask.value(QStringLiteral("easy")), Verdict::Unanimous);
    QCOMPARE(byTask.value(QStringLiteral("capital")), Verdict::Majority);
    QCOMPARE(byTask.value(QStringLiteral("multi")), Verdict::Majority);
    QCOMPARE(byTask.value(QStringLiteral("rare")), Verdict::Split);
    QCOMPARE(byTask.value(QStringLiteral("hard")), Verdict::AllFail);
    for (const BenchCell &c : report.cells) {
        QCOMPARE(c.score.state, RunState::Done);
        QCOMPARE(c.runs.size(), 3);
        QVERIFY(c.score.stable);
        QVERIFY2(c.ttrMs && *c.ttrMs > 0, qPrintable(c.task));
        for (const BenchRun &r : c.runs)
            QCOMPARE(r.turns.size(), c.task == QLatin1String("multi") ? 2 : 1);
        if (c.task == QLatin1String("multi")) {
            const double oneTurn = *c.runs.first().turns.first().ttrMs;
            QVERIFY(*c.ttrMs > oneTurn); // TCT sums both turns
        }
    }
    // Progress: ends at total, never goes backwards.
    QVERIFY(!progress.isEmpty());
    int lastDone = 0;
    for (const QList<QVariant> &args : std::as_const(progress)) {
        const auto p = args.first().value<BenchProgress>();
        QVERIFY(p.done >= lastDone);
        lastDone = p.done;
        QCOMPARE(p.total, 5 * 3 * 3);
    }
    QCOMPARE(lastDone, 45);
    // History has it all, and the nodes' fingerprints.
    QCOMPARE(m_store->resultCount(), 45);
    const auto stored = m_store->report(report.run.id);
    QVERIFY(stored);
    QCOMPARE(stored->verdicts.size(), 5);
    QCOMPARE(stored->run.nodes.size(), 3);
    QCOMPARE(stored->run.nodes.first().modelId, QStringLiteral("sim-test-model"));
    QCOMPARE(stored->run.nodes.first().backend, Backend::Vllm);
    QVERIFY(m_db->integrityOk());
}

void TstBenchRunner::requestShapeFeedsOwnAnswersBack()
{
    const Task *multi = m_suite.task(QStringLiteral("multi"));
    QVERIFY(multi);
    NodeConfig node;
    BenchNodeLane::Options options;
    const ChatRequest first = BenchNodeLane::buildRequest(node, *multi, {}, 0, options);
    QCOMPARE(first.messages.size(), 1);
    const ChatRequest second = BenchNodeLane::buildRequest(node, *multi, {QStringLiteral("7")}, 1, options);
    QCOMPARE(second.messages.size(), 3);
    QCOMPARE(second.messages.at(1).role, QStringLiteral("assistant"));
    QCOMPARE(second.messages.at(1).content, QStringLiteral("7"));
    QCOMPARE(second.maxTokens, 256);
    QCOMPARE(second.deadlineMs, 30000);
    QCOMPARE(second.thinking, std::optional<bool>(false));
    options.thinkingOverride = true;
    QCOMPARE(BenchNodeLane::buildRequest(node, *multi, {}, 0, options).thinking, std::optional<bool>(true));
}

void TstBenchRunner::deadNodeCellsAreErrorsAndOthersContinue()
{
    const Lab lab = makeLab({1, 1});
    BenchRunner runner;
    runner.setStore(m_store.get());
    QSignalSpy finished(&runner, &BenchRunner::finished);
    QSignalSpy failed(&runner, &BenchRunner::nodeFailed);
    // Node1 dies after its first cell.
    SimulatedNode *victim = lab.nodes.at(1);
    connect(&runner, &BenchRunner::cellFinished, this, [victim](const BenchCell &cell) {
        if (cell.node == QLatin1String("Node1"))
            victim->close();
    });
    BenchSettings settings;
    settings.suites = {m_suite};
    settings.nodes = lab.configs;
    settings.runs = 2;
    QVERIFY(runner.start(settings));
    QVERIFY(finished.wait(120000));
    const BenchReport report = runner.report();
    QCOMPARE(report.run.status, BenchRunStatus::Finished);
    QCOMPARE(report.cells.size(), 10);
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().at(0).toString(), QStringLiteral("Node1"));
    int errors = 0;
    for (const BenchCell &c : report.cells) {
        if (c.node == QLatin1String("Node0")) {
            QCOMPARE(c.score.state, RunState::Done);
            continue;
        }
        if (c.score.state == RunState::Error) {
            ++errors;
            QVERIFY(!c.score.passed);
            QVERIFY(!c.runs.first().error.isEmpty());
        }
    }
    QCOMPARE(errors, 4); // every cell after the first
    QCOMPARE(report.verdicts.size(), 5);
    QCOMPARE(m_store->resultCount(), 20);
}

void TstBenchRunner::unreachableNodeStartsDead()
{
    Lab lab = makeLab({1});
    QTcpServer closed; // a port nobody listens on any more
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    NodeConfig gone;
    gone.name = QStringLiteral("Gone");
    gone.url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    lab.configs.append(gone);
    BenchRunner runner;
    QSignalSpy finished(&runner, &BenchRunner::finished);
    QSignalSpy failed(&runner, &BenchRunner::nodeFailed);
    BenchSettings settings;
    settings.suites = {m_suite};
    settings.nodes = lab.configs;
    settings.runs = 1;
    QVERIFY(runner.start(settings));
    QVERIFY(finished.wait(60000));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().at(0).toString(), QStringLiteral("Gone"));
    int gonecells = 0;
    for (const BenchCell &c : runner.report().cells) {
        if (c.node != QLatin1String("Gone")) {
            QCOMPARE(c.score.state, RunState::Done);
            continue;
        }
        ++gonecells;
        QCOMPARE(c.score.state, RunState::Error);
        QVERIFY(!c.runs.first().error.isEmpty());
    }
    QCOMPARE(gonecells, 5);
    // Easy passes on the live node only: 1 of 2 is not more than half.
    for (const TaskVerdict &v : runner.report().verdicts)
        if (v.task == QLatin1String("easy"))
            QCOMPARE(v.verdict, Verdict::Split);
}

void TstBenchRunner::pauseStopsNewRequests()
{
    const Lab lab = makeLab({1});
    BenchRunner runner;
    QSignalSpy finished(&runner, &BenchRunner::finished);
    bool paused = false;
    int doneAtPause = -1;
    connect(&runner, &BenchRunner::progressChanged, this, [&](const BenchProgress &p) {
        if (!paused && p.done >= 1) {
            paused = true;
            doneAtPause = p.done;
            runner.setPaused(true);
        }
    });
    BenchSettings settings;
    settings.suites = {m_suite};
    settings.nodes = lab.configs;
    settings.runs = 2;
    QVERIFY(runner.start(settings)); // no store: in memory only
    QTRY_VERIFY_WITH_TIMEOUT(paused, 60000);
    const qint64 requestsAtPause = lab.nodes.first()->counters().chatRequests;
    QTest::qWait(800);
    QVERIFY(runner.isPaused());
    QVERIFY(finished.isEmpty());
    QVERIFY(lab.nodes.first()->counters().chatRequests <= requestsAtPause + 1); // at most the one in flight
    runner.setPaused(false);
    QVERIFY(finished.wait(60000));
    QCOMPARE(runner.report().cells.size(), 5);
    QVERIFY(doneAtPause >= 1);
}

void TstBenchRunner::cancelThenResumeSkipsStoredCells()
{
    const Lab lab = makeLab({1});
    qint64 runId = 0;
    int storedBefore = 0;
    {
        BenchRunner runner;
        runner.setStore(m_store.get());
        QSignalSpy finished(&runner, &BenchRunner::finished);
        connect(&runner, &BenchRunner::cellFinished, &runner, [&runner](const BenchCell &) {
            if (runner.report().cells.size() == 2)
                runner.cancel();
        });
        BenchSettings settings;
        settings.suites = {m_suite};
        settings.nodes = lab.configs;
        settings.runs = 2;
        QVERIFY(runner.start(settings));
        QVERIFY(finished.wait(60000));
        QCOMPARE(runner.report().run.status, BenchRunStatus::Cancelled);
        runId = runner.report().run.id;
        storedBefore = m_store->resultCount();
        QCOMPARE(storedBefore, 4); // two cells x two runs
        QCOMPARE(m_store->run(runId)->status, BenchRunStatus::Cancelled);
    }
    const qint64 requestsBefore = lab.nodes.first()->counters().chatRequests;
    BenchRunner resumed;
    resumed.setStore(m_store.get());
    QSignalSpy finished(&resumed, &BenchRunner::finished);
    BenchSettings settings;
    settings.suites = {m_suite};
    settings.nodes = lab.configs;
    settings.runs = 2;
    QVERIFY(resumed.resume(runId, settings));
    QVERIFY(finished.wait(60000));
    QCOMPARE(resumed.report().run.status, BenchRunStatus::Finished);
    QCOMPARE(resumed.report().run.id, runId);
    QCOMPARE(resumed.report().cells.size(), 5);
    QCOMPARE(resumed.report().verdicts.size(), 5);
    QCOMPARE(m_store->resultCount(), 10);
    // Only the 3 missing cells were asked again: 2 single-turn + 1 two-turn task, 2 runs each.
    const qint64 asked = lab.nodes.first()->counters().chatRequests - requestsBefore;
    // The first two cells (easy, capital) are stored; multi (2 turns), rare and hard remain: 2 runs each.
    QCOMPARE(asked, qint64(2 * (2 + 1 + 1) + 1)); // + one uncounted warm-up request
    QCOMPARE(m_store->run(runId)->status, BenchRunStatus::Finished);
}

void TstBenchRunner::unstableWhenRunsDisagree()
{
    auto *node = new SimulatedNode(*SimProfile::byName(QStringLiteral("test")));
    m_servers.append(node);
    node->setTimeScale(0.05);
    int calls = 0;
    node->setAnswerProvider([&calls](const SimRequest &) {
        SimAnswer a;
        a.content = (calls++ % 2 == 0) ? QStringLiteral("banana") : QStringLiteral("apple");
        return a;
    });
    QVERIFY(node->listen());
    NodeConfig c;
    c.name = QStringLiteral("Flaky");
    c.url = node->baseUrl();
    Suite one = m_suite;
    one.tasks = {*m_suite.task(QStringLiteral("easy"))};
    BenchRunner runner;
    QSignalSpy finished(&runner, &BenchRunner::finished);
    BenchSettings settings;
    settings.suites = {one};
    settings.nodes = {c};
    settings.runs = 3;
    QVERIFY(runner.start(settings));
    QVERIFY(finished.wait(60000));
    const BenchCell &cell = runner.report().cells.first();
    QCOMPARE(cell.runs.size(), 3);
    QVERIFY(!cell.score.stable);
    QCOMPARE(*cell.score.min, 0.0);
    QCOMPARE(*cell.score.max, 100.0);
}

void TstBenchRunner::codeChecksRunOffTheGuiThreadInTheSandbox()
{
    if (!Sandbox::availability().available)
        QSKIP("no sandbox: code checks would be SKIPPED");
    QList<SuiteLoadError> errors;
    const auto suite = SuiteLoader::parse(R"json({"format": 1, "name": "code-sim", "tasks": [
        {"id": "add", "turns": ["Write add(a, b) in Python."],
         "checks": [{"type": "code", "tests": "from solution import add\nassert add(2, 3) == 5\n", "timeout_s": 5}]}]})json",
                                          QStringLiteral("code-sim.json"), &errors);
    QVERIFY(suite);
    auto *node = new SimulatedNode(*SimProfile::byName(QStringLiteral("test")));
    m_servers.append(node);
    node->setTimeScale(0.05);
    node->setAnswerProvider([](const SimRequest &) {
        SimAnswer a;
        a.content = QStringLiteral("Here you go:\n```python\ndef add(a, b):\n    return a + b\n```\n");
        return a;
    });
    QVERIFY(node->listen());
    NodeConfig c;
    c.name = QStringLiteral("Coder");
    c.url = node->baseUrl();
    BenchRunner runner;
    QSignalSpy finished(&runner, &BenchRunner::finished);
    BenchSettings settings;
    settings.suites = {*suite};
    settings.nodes = {c};
    settings.runs = 2;
    QVERIFY(runner.start(settings));
    QVERIFY(finished.wait(60000));
    const BenchCell &cell = runner.report().cells.first();
    QVERIFY2(cell.score.passed, qPrintable(cell.runs.first().checks.value(0).detail));
    QCOMPARE(*cell.score.mean, 100.0);
}

void TstBenchRunner::codeConsensusFlagsTheDivergentNode()
{
    // Three nodes pass the same task; two iterate with a dict, the local one recurses: it is flagged,
    // stored with the verdict and exported.
    if (!Sandbox::availability().available)
        QSKIP("no sandbox: structures would be unavailable");
    QList<SuiteLoadError> errors;
    const auto suite = SuiteLoader::parse(R"json({"format": 1, "name": "code-sim", "tasks": [
        {"id": "fib", "turns": ["Write fib(n) in Python."],
         "checks": [{"type": "code", "tests": "from solution import fib\nassert fib(10) == 55\n", "timeout_s": 5}]},
        {"id": "word", "turns": ["Say hi."], "checks": [{"type": "contains", "values": ["hi"]}]}]})json",
                                          QStringLiteral("code-sim.json"), &errors);
    QVERIFY(suite);
    const QString loop = QStringLiteral("```python\ndef fib(n):\n    memo = {0: 0, 1: 1}\n"
                                        "    for i in range(2, n + 1):\n        memo[i] = memo[i - 1] + memo[i - 2]\n"
                                        "    return memo[n]\n\nprint(fib(10))\n```\nhi");
    const QString recursion = QStringLiteral("hi\n```python\ndef fib(n):\n    if n < 2:\n        return n\n"
                                             "    return fib(n - 1) + fib(n - 2)\n```");
    const QStringList names{QStringLiteral("Cloud A"), QStringLiteral("Cloud B"), QStringLiteral("Local")};
    QList<NodeConfig> nodes;
    for (int i = 0; i < 3; ++i) {
        auto *node = new SimulatedNode(*SimProfile::byName(QStringLiteral("test")));
        m_servers.append(node);
        node->setTimeScale(0.05);
        const QString answer = i == 2 ? recursion : loop;
        node->setAnswerProvider([answer](const SimRequest &) {
            SimAnswer a;
            a.content = answer;
            return a;
        });
        QVERIFY(node->listen());
        NodeConfig c;
        c.name = names.at(i);
        c.url = node->baseUrl();
        nodes.append(c);
    }
    BenchRunner runner;
    runner.setStore(m_store.get());
    QSignalSpy finished(&runner, &BenchRunner::finished);
    BenchSettings settings;
    settings.suites = {*suite};
    settings.nodes = nodes;
    settings.runs = 1;
    QVERIFY(runner.start(settings));
    QVERIFY(finished.wait(90000));
    const BenchReport &report = runner.report();
    QCOMPARE(report.verdicts.size(), 2);
    for (const BenchCell &c : report.cells) {
        if (c.task != QLatin1String("fib")) {
            QVERIFY(!c.structure.analysed);
            continue;
        }
        QVERIFY2(c.score.passed, qPrintable(c.runs.first().checks.value(0).detail));
        QVERIFY2(c.structure.available, qPrintable(c.structure.reason));
        QCOMPARE(c.structure.runIndex, 0);
    }
    for (const TaskVerdict &v : report.verdicts) {
        if (v.task != QLatin1String("fib")) {
            QVERIFY(!v.consensus); // no code check: nothing compared
            continue;
        }
        QVERIFY(v.consensus);
        QCOMPARE(v.consensus->outcome, CodeConsensus::Outcome::Divergent);
        QCOMPARE(v.consensus->divergent, QStringList{QStringLiteral("Local")});
        QCOMPARE(v.verdict, Verdict::Unanimous); // the flag never changes the verdict
    }
    const auto stored = m_store->report(runner.runId());
    QVERIFY(stored);
    bool found = false;
    for (const TaskVerdict &v : stored->verdicts)
        if (v.consensus && v.consensus->divergent == QStringList{QStringLiteral("Local")})
            found = true;
    QVERIFY(found);
    QVERIFY(BenchExporter::toJson(*stored).contains("\"divergent_approach\": true"));
}

QTEST_GUILESS_MAIN(TstBenchRunner)
#include "tst_benchrunner.moc"
