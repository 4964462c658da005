// The Benchmarks page driven against simulated nodes that answer with the built-in suites' known
// examples: the matrix fills, verdicts appear (UNANIMOUS / MAJORITY / SPLIT / ALL_FAIL by design),
// results reach the history store, and the cell and ALL_FAIL dialogs show what happened.
// With TOKSCOPE_SCREENSHOT_DIR set it also saves benchmarks-matrix.png there (real profile speeds).

#include "models/bench/suiteloader.h"
#include "models/history/benchhistorystore.h"
#include "models/history/historydatabase.h"
#include "models/itemmodels/benchmatrixmodel.h"
#include "models/monitor/nodemonitor.h"
#include "models/sim/exampleanswers.h"
#include "models/sim/simulatednode.h"
#include "widgets/bench/allfaildialog.h"
#include "widgets/bench/benchmarkspage.h"
#include "widgets/bench/benchmatrixview.h"
#include "widgets/bench/benchsetuppanel.h"
#include "widgets/bench/benchpalette.h"
#include "widgets/bench/celldetaildialog.h"

#include <QDir>
#include <QImage>
#include <QProgressBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

using ExampleAnswers::Kind;

// Node i answers task t well unless the pattern says otherwise; every fifth task nobody gets right.
Kind pattern(int node, int taskIndex)
{
    if (taskIndex % 5 == 4)
        return Kind::Bad; // ALL_FAIL
    if (node == 1 && taskIndex % 3 == 0)
        return Kind::Bad;
    if (node == 2 && taskIndex % 2 == 1)
        return Kind::Bad;
    return Kind::Good;
}

int taskIndex(const Suite &suite, const Task &task)
{
    for (int i = 0; i < suite.tasks.size(); ++i)
        if (suite.tasks.at(i).id == task.id)
            return i;
    return 0;
}

struct Lab
{
    std::vector<std::unique_ptr<SimulatedNode>> servers;
    QList<NodeConfig> configs;
    std::shared_ptr<QStringList> problems = std::make_shared<QStringList>();
};

std::unique_ptr<Lab> startLab(const QList<Suite> &suites, double timeScale, bool realProfiles)
{
    auto lab = std::make_unique<Lab>();
    const QStringList names = {QStringLiteral("DGX1"), QStringLiteral("DGX2"),
                               QStringLiteral("Desktop 5090")};
    const QStringList profiles =
        realProfiles
            ? QStringList{QStringLiteral("vllm-dgx"), QStringLiteral("vllm-dgx"),
                          QStringLiteral("llamacpp-5090")}
            : QStringList{QStringLiteral("test"), QStringLiteral("test"), QStringLiteral("test-llamacpp")};
    for (int i = 0; i < 3; ++i) {
        auto server = std::make_unique<SimulatedNode>(*SimProfile::byName(profiles.at(i)));
        server->setTimeScale(timeScale);
        server->setAnswerProvider(ExampleAnswers::provider(
            suites, [i](const Suite &s, const Task &t) { return pattern(i, taskIndex(s, t)); },
            lab->problems));
        if (!server->listen())
            return nullptr;
        NodeConfig c;
        c.id = QStringLiteral("sim-%1").arg(i);
        c.name = names.at(i);
        c.url = server->baseUrl();
        c.backendHint = server->profile().dialect;
        c.simulated = true;
        lab->configs.append(c);
        lab->servers.push_back(std::move(server));
    }
    return lab;
}

} // namespace

class TestBenchmarksPage final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void listsSuitesAndNodes();
    void refusesWithoutSelection();
    void runFillsMatrixAndVerdicts();
    void pauseAndCancel();
    void cancelThenResume();
    void showsStoredRunOnOpen();
    void screenshot();
    void cellDetailShowsStructureSideBySide();

private:
    bool runAndWait(BenchmarksPage &page, int timeoutMs = 120000);

    QList<Suite> m_suites;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<HistoryDatabase> m_db;
    std::unique_ptr<BenchHistoryStore> m_store;
    std::unique_ptr<NodeMonitor> m_monitor;
    std::unique_ptr<Lab> m_lab;
    AppContext m_context;
};

void TestBenchmarksPage::initTestCase()
{
    m_suites = SuiteLoader::loadDirectory(SuiteLoader::builtInDir()).suites;
    QVERIFY(m_suites.size() >= 8);
}

void TestBenchmarksPage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<HistoryDatabase>();
    QVERIFY(m_db->open(m_dir->filePath(QStringLiteral("history.sqlite"))));
    m_store = std::make_unique<BenchHistoryStore>(*m_db);
    QVERIFY2(m_store->open(), qPrintable(m_store->errorString()));
    m_lab = startLab(m_suites, 0.02, false);
    QVERIFY(m_lab);
    m_monitor = std::make_unique<NodeMonitor>();
    m_monitor->setNodes(m_lab->configs);
    m_context = AppContext{};
    m_context.monitor = m_monitor.get();
    m_context.database = m_db.get();
    m_context.benchHistory = m_store.get();
}

void TestBenchmarksPage::cleanup()
{
    m_monitor.reset();
    m_lab.reset();
    m_store.reset();
    m_db.reset();
    m_dir.reset();
}

void TestBenchmarksPage::cellDetailShowsStructureSideBySide()
{
    auto structure = [](const QString &flow) {
        CodeStructure s;
        s.analysed = s.available = true;
        s.runIndex = 0;
        s.controlFlow = {flow};
        s.dataStructures = {QStringLiteral("dict")};
        return s;
    };
    CodeStructure broken;
    broken.analysed = true;
    broken.reason = QStringLiteral("syntax error: invalid syntax (line 2)");
    const CodeConsensus c = CodeConsensus::compute({{QStringLiteral("A"), structure(QStringLiteral("for"))},
                                                   {QStringLiteral("B"), structure(QStringLiteral("for"))},
                                                   {QStringLiteral("C"), structure(QStringLiteral("recursion"))},
                                                   {QStringLiteral("D"), broken}});
    QCOMPARE(c.divergent, QStringList{QStringLiteral("C")});
    BenchCell cell;
    cell.suite = QStringLiteral("s");
    cell.task = QStringLiteral("fib");
    cell.node = QStringLiteral("C");
    cell.structure = c.structureOf(QStringLiteral("C"));
    CellDetailDialog withConsensus(cell, std::nullopt, c);
    const QString html = withConsensus.structureHtml();
    QVERIFY(html.contains(QLatin1String("divergent approach: C")));
    QVERIFY(html.contains(QLatin1String("recursion")));
    QVERIFY(html.contains(QLatin1String("line 2")));   // an unavailable structure says why
    QVERIFY(html.contains(QLatin1String("0.50")));     // the threshold, stated
    QVERIFY(html.contains(QLatin1String("0.33")));     // A ~ C: dict shared, 3 features in all
    QCOMPARE(withConsensus.runTabCount(), 0);
    CellDetailDialog without(cell, std::nullopt);
    QVERIFY(without.structureHtml().isEmpty());

    // The matrix marks the divergent cell (violet corner), and only that one.
    BenchMatrixModel model;
    model.setPlan({{QStringLiteral("s"), QStringLiteral("fib"), QStringLiteral("fib"), 70}},
                  {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D")}, 1);
    for (const QString &n : c.nodes) {
        BenchCell one = cell;
        one.node = n;
        BenchRun run;
        run.state = RunState::Done;
        run.score = 100;
        one.runs = {run};
        one.rescore();
        model.setCell(one);
    }
    TaskVerdict v{QStringLiteral("s"), QStringLiteral("fib"), Verdict::Unanimous, c.nodes, c.nodes, c};
    model.setVerdict(v);
    BenchMatrixView view;
    view.setModel(&model);
    view.resize(1000, 200);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QImage image = view.viewport()->grab().toImage();
    auto markedCell = [&](int column) {
        const QRect r = view.visualRect(model.index(0, column));
        const QColor seen = image.pixelColor(r.bottomRight() - QPoint(2, 2));
        const QColor mark = BenchPalette::divergent();
        return qAbs(seen.red() - mark.red()) + qAbs(seen.green() - mark.green()) +
                   qAbs(seen.blue() - mark.blue()) <
               24;
    };
    QVERIFY(markedCell(2));
    QVERIFY(!markedCell(0));
    QVERIFY(!markedCell(1));
}

bool TestBenchmarksPage::runAndWait(BenchmarksPage &page, int timeoutMs)
{
    QSignalSpy finished(&page, &BenchmarksPage::runFinished);
    if (!page.startRun())
        return false;
    return finished.wait(timeoutMs);
}

void TestBenchmarksPage::listsSuitesAndNodes()
{
    BenchmarksPage page(m_context);
    QVERIFY(page.suites().size() >= 8);
    QCOMPARE(page.setupPanel()->runs(), 3); // n = 3 by default
    QCOMPARE(page.setupPanel()->selectedNodeIds().size(), 3);
    page.setupPanel()->setSelectedSuites({QStringLiteral("factual-en")});
    QCOMPARE(page.setupPanel()->selectedTaskCount(), 7);
    // A node added later appears; the user's ticks stay.
    page.setupPanel()->setSelectedNodeIds({QStringLiteral("sim-0")});
    NodeConfig extra = m_lab->configs.first();
    extra.id = QStringLiteral("extra");
    extra.name = QStringLiteral("Extra");
    m_monitor->setNodes(m_lab->configs + QList<NodeConfig>{extra});
    QCOMPARE(page.setupPanel()->selectedNodeIds(), QStringList{QStringLiteral("sim-0")});
}

void TestBenchmarksPage::refusesWithoutSelection()
{
    BenchmarksPage page(m_context);
    page.setupPanel()->setSelectedSuites({});
    QVERIFY(!page.startRun());
    QVERIFY(!page.statusText().isEmpty());
    QVERIFY(!page.runner()->isRunning());
}

void TestBenchmarksPage::runFillsMatrixAndVerdicts()
{
    BenchmarksPage page(m_context);
    page.resize(1400, 900);
    page.show();
    page.setupPanel()->setSelectedSuites({QStringLiteral("factual-en"), QStringLiteral("agent")});
    page.setupPanel()->setRuns(3);
    QVERIFY(runAndWait(page));
    QVERIFY2(m_lab->problems->isEmpty(), qPrintable(m_lab->problems->join(QLatin1Char('\n'))));

    BenchMatrixModel *model = page.matrixModel();
    QCOMPARE(model->rowCount(), 14);
    QCOMPARE(model->columnCount(), 4);
    QCOMPARE(page.progressBar()->value(), page.progressBar()->maximum());
    QCOMPARE(page.progressBar()->maximum(), 14 * 3 * 3);
    for (int row = 0; row < model->rowCount(); ++row) {
        for (int node = 0; node < 3; ++node) {
            const QModelIndex at = model->index(row, node);
            QVERIFY(at.data(BenchMatrixModel::CompleteRole).toBool());
            QVERIFY(at.data(BenchMatrixModel::MeanRole).isValid());
            QVERIFY(at.data(BenchMatrixModel::TtrMsRole).isValid());
            QCOMPARE(at.data(BenchMatrixModel::StableRole).toBool(), true); // identical answers every run
        }
        // The pattern decides each verdict: task index within its suite.
        const QString suite = model->index(row, 0).data(BenchMatrixModel::SuiteRole).toString();
        const int index = row < 7 ? row : row - 7;
        int passing = 0;
        for (int node = 0; node < 3; ++node) {
            const bool expected = pattern(node, index) == Kind::Good;
            QCOMPARE(model->index(row, node).data(BenchMatrixModel::PassedRole).toBool(), expected);
            passing += expected ? 1 : 0;
        }
        QVERIFY2(model->verdict(row) == verdictFor(passing, 3), qPrintable(suite));
    }
    const auto counts = model->verdictCounts();
    QVERIFY(counts[size_t(Verdict::Unanimous)] > 0);
    QVERIFY(counts[size_t(Verdict::AllFail)] > 0);
    QVERIFY(page.summaryText().contains(QLatin1String("ALL_FAIL")));
    QVERIFY(page.summaryText().contains(QLatin1String("harness")));

    // Stored: one run with every cell and verdict.
    const QList<BenchRunInfo> runs = m_store->runs();
    QCOMPARE(runs.size(), 1);
    QCOMPARE(runs.first().status, BenchRunStatus::Finished);
    QCOMPARE(m_store->cells(runs.first().id, false).size(), 14 * 3);
    QCOMPARE(m_store->verdicts(runs.first().id).size(), 14);

    // A cell opens every run's prompt, answer, checks and timings.
    const int capitalRow = model->rowOf(QStringLiteral("factual-en"), QStringLiteral("capital-australia"));
    CellDetailDialog *detail = page.openCellDetail(capitalRow, 0);
    QVERIFY(detail);
    QCOMPARE(detail->runTabCount(), 3);
    const QString html = detail->runHtml(0);
    QVERIFY(html.contains(QLatin1String("capital city of Australia")));
    QVERIFY(html.contains(QLatin1String("Canberra")));
    QVERIFY(html.contains(QLatin1String("PASSED")));
    detail->close();

    // An ALL_FAIL row opens the failing checks side by side, saying in plain words that the grading rule
    // may be wrong and what to look at.
    const int allFailRow =
        model->rowOf(QStringLiteral("factual-en"), QStringLiteral("speed-of-light")); // index 4
    QCOMPARE(model->verdict(allFailRow), Verdict::AllFail);
    AllFailDialog *allFail = page.openTaskComparison(allFailRow);
    QVERIFY(allFail);
    QCOMPARE(allFail->nodePaneCount(), 3);
    QVERIFY(allFail->hintText().contains(QLatin1String("the grading rule is")));
    for (const char *lookAt : {"form the check does not accept", "never asked for", "cut off", "read two ways",
                               "fix the check or the prompt"})
        QVERIFY2(allFail->hintText().contains(QLatin1String(lookAt)), lookAt);
    QVERIFY(!allFail->hintText().contains(QLatin1String("the user")));
    QVERIFY(allFail->nodeHtml(0).contains(QLatin1String("FAILED")));
    allFail->close();

    // Clicking the matrix opens the same dialogs.
    QSignalSpy cellSpy(page.matrixView(), &BenchMatrixView::cellActivated);
    QSignalSpy verdictSpy(page.matrixView(), &BenchMatrixView::verdictActivated);
    BenchMatrixView *view = page.matrixView();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(model->index(1, 1)).center());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                      view->visualRect(model->index(allFailRow, 3)).center());
    QCOMPARE(cellSpy.count(), 1);
    QCOMPARE(verdictSpy.count(), 1);
    QCOMPARE(verdictSpy.first().first().toInt(), allFailRow);
    const QList<AllFailDialog *> opened = page.findChildren<AllFailDialog *>();
    QVERIFY(!opened.isEmpty());
    for (QDialog *d : page.findChildren<QDialog *>())
        d->close();
}

void TestBenchmarksPage::pauseAndCancel()
{
    BenchmarksPage page(m_context);
    page.setupPanel()->setSelectedSuites({QStringLiteral("factual-ko")});
    page.setupPanel()->setRuns(3);
    QSignalSpy finished(&page, &BenchmarksPage::runFinished);
    QVERIFY(page.startRun());
    QVERIFY(!page.findChild<QWidget *>(QStringLiteral("suiteList"))->isEnabled()); // locked while running
    page.setPaused(true);
    QVERIFY(page.runner()->isPaused());
    page.setPaused(false);
    QVERIFY(!page.runner()->isPaused());
    page.cancelRun();
    QVERIFY(finished.count() == 1 || finished.wait(20000));
    QVERIFY(!page.runner()->isRunning());
    QVERIFY(page.findChild<QWidget *>(QStringLiteral("suiteList"))->isEnabled());
    const QList<BenchRunInfo> runs = m_store->runs();
    if (!runs.isEmpty()) // cancelled before the probes answered: nothing was stored
        QCOMPARE(runs.first().status, BenchRunStatus::Cancelled);
}

void TestBenchmarksPage::cancelThenResume()
{
    BenchmarksPage page(m_context);
    page.setupPanel()->setSelectedSuites({QStringLiteral("factual-ko")});
    page.setupPanel()->setRuns(2);
    QSignalSpy finished(&page, &BenchmarksPage::runFinished);
    QSignalSpy cells(page.runner(), &BenchRunner::cellFinished);
    QVERIFY(page.startRun());
    QVERIFY(cells.wait(20000));
    page.cancelRun();
    QVERIFY(finished.count() == 1 || finished.wait(20000));
    const qint64 runId = finished.first().first().toLongLong();
    const int stored = int(m_store->cells(runId, false).size());
    QVERIFY(stored >= 1);
    QVERIFY(stored < 18);
    QCOMPARE(page.resumableRunId(), runId);

    QVERIFY2(page.resumeRun(runId), qPrintable(page.statusText()));
    QVERIFY(finished.wait(60000));
    QCOMPARE(m_store->run(runId)->status, BenchRunStatus::Finished);
    QCOMPARE(m_store->cells(runId, false).size(), 18);
    QCOMPARE(m_store->verdicts(runId).size(), 6);
    for (int row = 0; row < 6; ++row)
        QVERIFY(page.matrixModel()->verdict(row).has_value());
    QVERIFY(!page.resumableRunId());
}

void TestBenchmarksPage::showsStoredRunOnOpen()
{
    {
        BenchmarksPage first(m_context);
        first.setupPanel()->setSelectedSuites({QStringLiteral("factual-ko")});
        first.setupPanel()->setRuns(1);
        QVERIFY(runAndWait(first));
    }
    BenchmarksPage page(m_context);
    QCOMPARE(page.matrixModel()->rowCount(), 6);
    QCOMPARE(page.matrixModel()->nodes().size(), 3);
    QVERIFY(page.progressText().contains(QLatin1String("stored run")));
    QCOMPARE(page.matrixModel()->verdictCounts()[size_t(Verdict::AllFail)], 1);
}

void TestBenchmarksPage::screenshot()
{
    const QString dir = qEnvironmentVariable("TOKSCOPE_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("set TOKSCOPE_SCREENSHOT_DIR to save docs screenshots");
    // Real profile speeds, so TTR and tok/s look like the user's lab.
    m_lab = startLab(m_suites, 1.0, true);
    QVERIFY(m_lab);
    m_monitor->setNodes(m_lab->configs);
    BenchmarksPage page(m_context);
    page.resize(1500, 900);
    page.show();
    page.setupPanel()->setSelectedSuites({QStringLiteral("factual-en"), QStringLiteral("agent")});
    page.setupPanel()->setRuns(3);
    QVERIFY(runAndWait(page, 600000));
    page.matrixView()->setCurrentIndex(page.matrixModel()->index(0, 0));
    QVERIFY(page.grab().save(QDir(dir).filePath(QStringLiteral("benchmarks-matrix.png"))));
    AllFailDialog *dialog = page.openTaskComparison(4);
    QVERIFY(dialog);
    QTest::qWait(50);
    QVERIFY(dialog->grab().save(QDir(dir).filePath(QStringLiteral("benchmarks-allfail.png"))));
}

QTEST_MAIN(TestBenchmarksPage)
#include "tst_benchmarkspage.moc"
