#include "models/bench/regressiondetector.h"

#include <QTest>

namespace {
CellSummary cell(qint64 run, double mean, double min, double max, bool passed,
                 RunState state = RunState::Done)
{
    CellSummary c;
    c.runId = run;
    c.suite = QStringLiteral("s");
    c.task = QStringLiteral("t");
    c.node = QStringLiteral("n");
    c.mean = mean;
    c.min = min;
    c.max = max;
    c.passed = passed;
    c.state = state;
    return c;
}
} // namespace

class TstRegressionDetector : public QObject
{
    Q_OBJECT
private slots:
    void nowFailing();
    void dropBeyondSpread();
    void dropWithinSpread();
    void dropWithinEpsilon();
    void improvementIsNotRegression();
    void errorsAreNotRegressions();
    void differentTaskVersionsAreNotCompared();
};

void TstRegressionDetector::differentTaskVersionsAreNotCompared()
{
    CellSummary before = cell(1, 100, 100, 100, true);
    CellSummary after = cell(2, 0, 0, 0, false);
    before.taskVersion = QStringLiteral("a1");
    after.taskVersion = QStringLiteral("b2");
    QVERIFY(!RegressionDetector::compare(before, after)); // the checks changed: another task
    after.taskVersion = QStringLiteral("a1");
    QVERIFY(RegressionDetector::compare(before, after));
    BenchCell c;
    c.taskVersion = QStringLiteral("a1");
    QCOMPARE(RegressionDetector::summarize(1, c).taskVersion, QStringLiteral("a1"));
}

void TstRegressionDetector::nowFailing()
{
    const auto r = RegressionDetector::compare(cell(1, 100, 100, 100, true), cell(2, 66.7, 50, 100, false));
    QVERIFY(r);
    QCOMPARE(r->kind, Regression::Kind::NowFailing);
    QCOMPARE(r->previousRunId, 1);
    QCOMPARE(r->runId, 2);
    QVERIFY(r->describe().contains(QStringLiteral("s/t")));
}

void TstRegressionDetector::dropBeyondSpread()
{
    // Still passing, but 95 -> 80 with spreads of 0 and 5: more than max(0, 5, epsilon 5).
    const auto r = RegressionDetector::compare(cell(1, 95, 95, 95, true), cell(2, 80, 77.5, 82.5, true));
    QVERIFY(r);
    QCOMPARE(r->kind, Regression::Kind::ScoreDrop);
    QCOMPARE(r->allowedDrop, 5.0);
}

void TstRegressionDetector::dropWithinSpread()
{
    // 90 -> 80 but the previous run itself spread 70..100: noise, not a regression.
    QVERIFY(!RegressionDetector::compare(cell(1, 90, 70, 100, true), cell(2, 80, 80, 80, true)));
}

void TstRegressionDetector::dropWithinEpsilon()
{
    QVERIFY(!RegressionDetector::compare(cell(1, 100, 100, 100, true), cell(2, 96, 96, 96, true)));
}

void TstRegressionDetector::improvementIsNotRegression()
{
    QVERIFY(!RegressionDetector::compare(cell(1, 50, 50, 50, false), cell(2, 100, 100, 100, true)));
    QVERIFY(!RegressionDetector::compare(cell(1, 0, 0, 0, false), cell(2, 0, 0, 0, false)));
}

void TstRegressionDetector::errorsAreNotRegressions()
{
    QVERIFY(
        !RegressionDetector::compare(cell(1, 100, 100, 100, true), cell(2, 0, 0, 0, false, RunState::Error)));
    QVERIFY(
        !RegressionDetector::compare(cell(1, 0, 0, 0, false, RunState::Timeout), cell(2, 0, 0, 0, false)));
}

QTEST_GUILESS_MAIN(TstRegressionDetector)
#include "tst_regressiondetector.moc"
