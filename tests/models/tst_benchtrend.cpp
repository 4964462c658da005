#include "models/history/benchtrend.h"

#include <QTest>

namespace {

BenchHistoryStore::NodeSuiteStat stat(qint64 run, const QString &node, const QString &suite,
                                      std::optional<double> score, std::optional<double> ttr, int cells,
                                      const QString &fingerprint, const QString &model)
{
    BenchHistoryStore::NodeSuiteStat s;
    s.runId = run;
    s.startedAt = QDateTime(QDate(2026, 1, 1), QTime(10, 0)).addDays(run);
    s.node = node;
    s.suite = suite;
    s.meanScore = score;
    s.meanTtrMs = ttr;
    s.cells = cells;
    s.passed = cells;
    s.fingerprint = fingerprint;
    s.modelId = model;
    return s;
}

QList<BenchHistoryStore::NodeSuiteStat> sample()
{
    return {
        stat(1, QStringLiteral("DGX1"), QStringLiteral("math"), 100, 2000, 1, QStringLiteral("f1"),
             QStringLiteral("Qwen3.5")),
        stat(1, QStringLiteral("DGX1"), QStringLiteral("hard"), 70, 8000, 3, QStringLiteral("f1"),
             QStringLiteral("Qwen3.5")),
        stat(1, QStringLiteral("DGX2"), QStringLiteral("hard"), 90, 9000, 3, QStringLiteral("g1"),
             QStringLiteral("Qwen3.5")),
        stat(2, QStringLiteral("DGX1"), QStringLiteral("hard"), 60, std::nullopt, 3, QStringLiteral("f1"),
             QStringLiteral("Qwen3.5")),
        // run 3: DGX2 switched model; DGX1 did not take part
        stat(3, QStringLiteral("DGX2"), QStringLiteral("hard"), 95, 7000, 3, QStringLiteral("g2"),
             QStringLiteral("Qwen3.6")),
    };
}

} // namespace

class TestBenchTrend final : public QObject
{
    Q_OBJECT

private slots:
    void aggregatesAllSuitesByCells();
    void filtersOneSuite();
    void marksFingerprintChanges();
    void attachesRegressions();
    void explicitRunAxis();
};

void TestBenchTrend::aggregatesAllSuitesByCells()
{
    const BenchTrend t = BenchTrend::build(sample(), {});
    QCOMPARE(t.runs.size(), 3);
    QCOMPARE(t.runs.first().id, 1);
    QCOMPARE(t.nodes, (QStringList{QStringLiteral("DGX1"), QStringLiteral("DGX2")}));
    const BenchTrend::Point &p = t.points.value(QStringLiteral("DGX1")).at(0);
    QCOMPARE(*p.score, (100.0 * 1 + 70.0 * 3) / 4); // weighted by cells, not a mean of means
    QCOMPARE(*p.ttrMs, (2000.0 * 1 + 8000.0 * 3) / 4);
    QCOMPARE(p.cells, 4);
    // Unknown stays unknown: no TTR in run 2, and DGX1 absent from run 3.
    QVERIFY(!t.points.value(QStringLiteral("DGX1")).at(1).ttrMs);
    QVERIFY(!t.points.value(QStringLiteral("DGX1")).at(2).score);
    QVERIFY(!t.points.value(QStringLiteral("DGX2")).at(1).score);
}

void TestBenchTrend::filtersOneSuite()
{
    const BenchTrend t = BenchTrend::build(sample(), QStringLiteral("math"));
    QCOMPARE(t.nodes, QStringList{QStringLiteral("DGX1")});
    QCOMPARE(*t.points.value(QStringLiteral("DGX1")).at(0).score, 100.0);
    QVERIFY(!t.points.value(QStringLiteral("DGX1")).at(1).score);
}

void TestBenchTrend::marksFingerprintChanges()
{
    const BenchTrend t = BenchTrend::build(sample(), QStringLiteral("hard"));
    QCOMPARE(t.changes.size(), 1);
    QCOMPARE(t.changes.first().node, QStringLiteral("DGX2"));
    QCOMPARE(t.changes.first().runIndex,
             2); // compared with its previous appearance (run 1), skipping the gap
    QVERIFY(t.changes.first().describe().contains(QLatin1String("Qwen3.5")));
    QVERIFY(t.changes.first().describe().contains(QLatin1String("Qwen3.6")));
}

void TestBenchTrend::attachesRegressions()
{
    Regression r;
    r.kind = Regression::Kind::NowFailing;
    r.suite = QStringLiteral("hard");
    r.task = QStringLiteral("btree");
    r.node = QStringLiteral("DGX1");
    r.runId = 2;
    r.previousRunId = 1;
    r.previousMean = 97.8;
    r.currentMean = 39;
    Regression other = r;
    other.suite = QStringLiteral("math");
    const BenchTrend t = BenchTrend::build(sample(), QStringLiteral("hard"), {r, other});
    QCOMPARE(t.points.value(QStringLiteral("DGX1")).at(1).regressions.size(), 1);
    QVERIFY(t.points.value(QStringLiteral("DGX1")).at(0).regressions.isEmpty());
}

void TestBenchTrend::explicitRunAxis()
{
    // Only runs 2 and 3, in that order: run 1 is outside the window.
    const BenchTrend t = BenchTrend::build(sample(), {}, {}, {{2, {}}, {3, {}}});
    QCOMPARE(t.runs.size(), 2);
    QCOMPARE(t.runIndex(3), 1);
    QCOMPARE(t.runIndex(1), -1);
    QCOMPARE(t.points.value(QStringLiteral("DGX1")).size(), 2);
    QVERIFY(t.changes.isEmpty()); // DGX2's previous appearance is outside the window
}

QTEST_GUILESS_MAIN(TestBenchTrend)
#include "tst_benchtrend.moc"
