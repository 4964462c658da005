#include "models/itemmodels/benchmatrixmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

namespace {

BenchRun run(int index, double score, RunState state = RunState::Done, double ttrMs = 1000,
             qint64 tokens = 100)
{
    BenchRun r;
    r.runIndex = index;
    r.state = state;
    r.score = score;
    BenchTurn t;
    t.ttrMs = ttrMs;
    t.answerTokens = tokens;
    r.turns = {t};
    return r;
}

BenchCell cell(const QString &task, const QString &node, QList<double> scores, double threshold = 70)
{
    BenchCell c;
    c.suite = QStringLiteral("s");
    c.task = task;
    c.node = node;
    c.passThreshold = threshold;
    for (int i = 0; i < scores.size(); ++i)
        c.runs.append(run(i, scores.at(i)));
    c.rescore();
    return c;
}

QList<BenchMatrixTask> twoTasks()
{
    return {{QStringLiteral("s"), QStringLiteral("t1"), QStringLiteral("Task one"), 70},
            {QStringLiteral("s"), QStringLiteral("t2"), QStringLiteral("Task two"), 70}};
}

const QStringList threeNodes = {QStringLiteral("DGX1"), QStringLiteral("DGX2"), QStringLiteral("5090")};

} // namespace

class TestBenchMatrixModel final : public QObject
{
    Q_OBJECT

private slots:
    void planShape();
    void mixedSuitesNameTheSuite();
    void cellRoles();
    void partialCellHasNoVerdict();
    void verdictRule_data();
    void verdictRule();
    void engineVerdictWins();
    void divergentApproachRole();
    void unknownTaskAndNodeAreAppended();
    void reportRoundTrip();
    void failedRequestShowsState();
};

void TestBenchMatrixModel::planShape()
{
    BenchMatrixModel model;
    QAbstractItemModelTester tester(&model);
    QCOMPARE(model.columnCount(), 0);
    model.setPlan(twoTasks(), threeNodes, 3);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), 4);
    QCOMPARE(model.verdictColumn(), 3);
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("DGX1"));
    QCOMPARE(model.headerData(1, Qt::Vertical).toString(), QStringLiteral("Task two"));
    QCOMPARE(model.data(model.index(0, 0), BenchMatrixModel::HasResultRole).toBool(), false);
    QVERIFY(!model.data(model.index(0, 3), BenchMatrixModel::VerdictRole).isValid());
    QCOMPARE(model.data(model.index(1, 2), BenchMatrixModel::TaskRole).toString(), QStringLiteral("t2"));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestBenchMatrixModel::mixedSuitesNameTheSuite()
{
    BenchMatrixModel model;
    QAbstractItemModelTester tester(&model);
    QList<BenchMatrixTask> tasks = twoTasks();
    tasks.append({QStringLiteral("other"), QStringLiteral("t9"), QStringLiteral("Task nine"), 100});
    model.setPlan(tasks, threeNodes, 1);
    QCOMPARE(model.headerData(2, Qt::Vertical).toString(), QStringLiteral("Task nine\nother"));
    QCOMPARE(model.headerData(0, Qt::Vertical, BenchMatrixModel::SuiteRole).toString(), QStringLiteral("s"));
    QCOMPARE(model.data(model.index(2, 0), BenchMatrixModel::PassThresholdRole).toDouble(), 100.0);
}

void TestBenchMatrixModel::cellRoles()
{
    BenchMatrixModel model;
    QAbstractItemModelTester tester(&model);
    model.setPlan(twoTasks(), threeNodes, 3);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setCell(cell(QStringLiteral("t1"), QStringLiteral("DGX2"), {100, 100, 40}));
    QVERIFY(changed.count() >= 1);
    const QModelIndex at = model.index(0, 1);
    QCOMPARE(model.data(at, BenchMatrixModel::MeanRole).toDouble(), 80.0);
    QCOMPARE(model.data(at, BenchMatrixModel::MinRole).toDouble(), 40.0);
    QCOMPARE(model.data(at, BenchMatrixModel::MaxRole).toDouble(), 100.0);
    QCOMPARE(model.data(at, BenchMatrixModel::PassedRole).toBool(), true);
    QCOMPARE(model.data(at, BenchMatrixModel::StableRole).toBool(), false); // 40 is a failing run
    QCOMPARE(model.data(at, BenchMatrixModel::RunsDoneRole).toInt(), 3);
    QCOMPARE(model.data(at, BenchMatrixModel::TtrMsRole).toDouble(), 1000.0);
    QCOMPARE(model.data(at, BenchMatrixModel::EffectiveTpsRole).toDouble(), 100.0);
    QCOMPARE(model.data(at, BenchMatrixModel::NodeRole).toString(), QStringLiteral("DGX2"));
    QVERIFY(!model.data(at).toString().isEmpty());
    QVERIFY(model.data(at, Qt::ToolTipRole).toString().contains(QLatin1String("UNSTABLE")));
    QVERIFY(model.cell(at));
    QVERIFY(!model.cell(model.index(0, 0)));
    QVERIFY(!model.cell(model.index(0, model.verdictColumn())));
}

void TestBenchMatrixModel::partialCellHasNoVerdict()
{
    BenchMatrixModel model;
    QAbstractItemModelTester tester(&model);
    model.setPlan(twoTasks(), {QStringLiteral("A")}, 3);
    model.setCell(cell(QStringLiteral("t1"), QStringLiteral("A"), {100, 100}));
    QCOMPARE(model.data(model.index(0, 0), BenchMatrixModel::CompleteRole).toBool(), false);
    QVERIFY(!model.data(model.index(0, 0), BenchMatrixModel::StableRole).isValid());
    QVERIFY(!model.verdict(0));
    model.setCell(cell(QStringLiteral("t1"), QStringLiteral("A"), {100, 100, 100}));
    QCOMPARE(model.verdict(0), Verdict::Unanimous);
}

void TestBenchMatrixModel::verdictRule_data()
{
    QTest::addColumn<QList<double>>("nodeMeans");
    QTest::addColumn<QString>("verdict");
    QTest::newRow("all pass") << QList<double>{100, 90, 71} << QStringLiteral("UNANIMOUS");
    QTest::newRow("two of three") << QList<double>{100, 10, 71} << QStringLiteral("MAJORITY");
    QTest::newRow("one of three") << QList<double>{100, 10, 69} << QStringLiteral("SPLIT");
    QTest::newRow("none") << QList<double>{0, 10, 69.9} << QStringLiteral("ALL_FAIL");
}

void TestBenchMatrixModel::verdictRule()
{
    QFETCH(QList<double>, nodeMeans);
    QFETCH(QString, verdict);
    BenchMatrixModel model;
    QAbstractItemModelTester tester(&model);
    model.setPlan(twoTasks(), threeNodes, 1);
    QSignalSpy decided(&model, &BenchMatrixModel::verdictDecided);
    for (int i = 0; i < 3; ++i) {
        QVERIFY(!model.verdict(0));
        model.setCell(cell(QStringLiteral("t1"), threeNodes.at(i), {nodeMeans.at(i)}));
    }
    QCOMPARE(decided.count(), 1);
    QCOMPARE(model.data(model.index(0, 3), BenchMatrixModel::VerdictRole).toString(), verdict);
    const auto counts = model.verdictCounts();
    QCOMPARE(counts[0] + counts[1] + counts[2] + counts[3], 1);
    QCOMPARE(counts[size_t(*verdictFromKey(verdict))], 1);
    if (verdict == QLatin1String("ALL_FAIL"))
        QVERIFY(model.data(model.index(0, 3), Qt::ToolTipRole).toString().contains(QLatin1String("harness")));
}

void TestBenchMatrixModel::engineVerdictWins()
{
    BenchMatrixModel model;
    QAbstractItemModelTester tester(&model);
    model.setPlan(twoTasks(), {QStringLiteral("A")}, 1);
    TaskVerdict v;
    v.suite = QStringLiteral("s");
    v.task = QStringLiteral("t2");
    v.verdict = Verdict::Split;
    model.setVerdict(v);
    model.setCell(cell(QStringLiteral("t2"), QStringLiteral("A"), {100}));
    QCOMPARE(model.verdict(1), Verdict::Split);
}

void TestBenchMatrixModel::divergentApproachRole()
{
    BenchMatrixModel model;
    QAbstractItemModelTester tester(&model);
    model.setPlan(twoTasks(), threeNodes, 1);
    for (const QString &n : threeNodes)
        model.setCell(cell(QStringLiteral("t1"), n, {100}));
    QVERIFY(!model.index(0, 2).data(BenchMatrixModel::DivergentApproachRole).isValid());
    CodeConsensus c;
    c.outcome = CodeConsensus::Outcome::Divergent;
    c.nodes = threeNodes;
    c.analysed = threeNodes;
    c.divergent = {QStringLiteral("5090")};
    TaskVerdict v{QStringLiteral("s"), QStringLiteral("t1"), Verdict::Unanimous, threeNodes, threeNodes, c};
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setVerdict(v);
    QVERIFY(changed.count() >= 1);
    QCOMPARE(model.index(0, 2).data(BenchMatrixModel::DivergentApproachRole), QVariant(true));
    QCOMPARE(model.index(0, 0).data(BenchMatrixModel::DivergentApproachRole), QVariant(false));
    QVERIFY(model.index(0, 2).data(Qt::ToolTipRole).toString().contains(QStringLiteral("Divergent approach")));
    QVERIFY(!model.index(0, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("Divergent approach")));
    QVERIFY(model.index(0, model.verdictColumn())
                .data(BenchMatrixModel::DivergentApproachRole)
                .toString()
                .contains(QStringLiteral("5090")));
    QCOMPARE(model.consensus(0)->divergent, QStringList{QStringLiteral("5090")});
    QVERIFY(!model.consensus(1));
    QVERIFY(!model.index(1, 2).data(BenchMatrixModel::DivergentApproachRole).isValid());
}

void TestBenchMatrixModel::unknownTaskAndNodeAreAppended()
{
    BenchMatrixModel model;
    QAbstractItemModelTester tester(&model);
    model.setPlan(twoTasks(), {QStringLiteral("A")}, 1);
    model.setCell(cell(QStringLiteral("t3"), QStringLiteral("B"), {50}));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), 3); // A, B, verdict
    QCOMPARE(model.rowOf(QStringLiteral("s"), QStringLiteral("t3")), 2);
    QCOMPARE(model.data(model.index(2, 1), BenchMatrixModel::MeanRole).toDouble(), 50.0);
    QCOMPARE(model.headerData(2, Qt::Horizontal).toString(), model.tr("Verdict"));
}

void TestBenchMatrixModel::reportRoundTrip()
{
    BenchReport report;
    report.run.settingsJson = R"({"runs":2})";
    NodeFingerprint a;
    a.node = QStringLiteral("A");
    NodeFingerprint b;
    b.node = QStringLiteral("B");
    report.run.nodes = {a, b};
    report.cells = {cell(QStringLiteral("t1"), QStringLiteral("A"), {100, 100}),
                    cell(QStringLiteral("t1"), QStringLiteral("B"), {0, 0})};
    TaskVerdict v;
    v.suite = QStringLiteral("s");
    v.task = QStringLiteral("t1");
    v.verdict = Verdict::Split;
    report.verdicts = {v};
    BenchMatrixModel model;
    QAbstractItemModelTester tester(&model);
    model.setReport(report);
    QCOMPARE(model.runsPerCell(), 2);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.nodes(), (QStringList{QStringLiteral("A"), QStringLiteral("B")}));
    QCOMPARE(model.verdict(0), Verdict::Split);
    QCOMPARE(model.rowCells(0).size(), 2);
}

void TestBenchMatrixModel::failedRequestShowsState()
{
    BenchMatrixModel model;
    QAbstractItemModelTester tester(&model);
    model.setPlan(twoTasks(), {QStringLiteral("A")}, 1);
    BenchCell c = cell(QStringLiteral("t1"), QStringLiteral("A"), {});
    BenchRun r = run(0, 0, RunState::Timeout);
    r.score = std::nullopt;
    r.turns.clear();
    c.runs = {r};
    c.rescore();
    model.setCell(c);
    const QModelIndex at = model.index(0, 0);
    QCOMPARE(model.data(at, BenchMatrixModel::StateRole).toString(), QStringLiteral("TIMEOUT"));
    QCOMPARE(model.data(at, BenchMatrixModel::PassedRole).toBool(), false);
    QVERIFY(!model.data(at, BenchMatrixModel::TtrMsRole).isValid()); // unknown, never a made-up zero
    QCOMPARE(model.verdict(0), Verdict::AllFail);
}

QTEST_GUILESS_MAIN(TestBenchMatrixModel)
#include "tst_benchmatrixmodel.moc"
