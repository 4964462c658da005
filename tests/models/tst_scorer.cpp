#include "models/bench/benchresult.h"
#include "models/bench/scorer.h"

#include <QTest>

namespace {
CheckResult check(CheckOutcome outcome, double weight = 1)
{
    CheckResult c;
    c.outcome = outcome;
    c.weight = weight;
    return c;
}
} // namespace

class TstScorer : public QObject
{
    Q_OBJECT
private slots:
    void runScore();
    void skippedChecksLeaveTheWeight();
    void allSkippedHasNoScore();
    void cellMeanMinMaxPass();
    void stability_data();
    void stability();
    void failedRequestsScoreZero();
    void allSkippedRunsDoNotCount();
    void cellTimings();
    void failedRequiredCheckFailsTheRun();
};

void TstScorer::failedRequiredCheckFailsTheRun()
{
    // Partial credit: 3 of 4 weight passes (75) but the stated requirement failed: the run fails.
    CheckResult required = check(CheckOutcome::Failed, 1);
    required.required = true;
    required.name = QStringLiteral("no eval");
    const RunScore s = Scorer::scoreRun({check(CheckOutcome::Passed, 3), required});
    QCOMPARE(*s.score, 0.0);
    QCOMPARE(*s.weightedScore, 75.0);
    QCOMPARE(s.failedRequired, QStringList{QStringLiteral("no eval")});
    QVERIFY(!s.passes(70));
    // A passed required check changes nothing.
    required.outcome = CheckOutcome::Passed;
    const RunScore ok = Scorer::scoreRun({check(CheckOutcome::Failed, 1), required});
    QCOMPARE(*ok.score, 50.0);
    QVERIFY(ok.passes(50));
    QVERIFY(!ok.passes(70));
    // A skipped required check is not a failure (it leaves the score, as any skipped check).
    required.outcome = CheckOutcome::Skipped;
    QVERIFY(Scorer::scoreRun({check(CheckOutcome::Passed), required}).failedRequired.isEmpty());
}

void TstScorer::runScore()
{
    const RunScore s = Scorer::scoreRun({check(CheckOutcome::Passed, 3), check(CheckOutcome::Failed, 1)});
    QCOMPARE(*s.score, 75.0);
    QCOMPARE(s.passedWeight, 3.0);
    QCOMPARE(s.scoredWeight, 4.0);
    QCOMPARE(*Scorer::scoreRun({check(CheckOutcome::Failed)}).score, 0.0);
    QCOMPARE(*Scorer::scoreRun({check(CheckOutcome::Passed)}).score, 100.0);
}

void TstScorer::skippedChecksLeaveTheWeight()
{
    const RunScore s = Scorer::scoreRun({check(CheckOutcome::Passed, 1), check(CheckOutcome::Skipped, 5)});
    QCOMPARE(*s.score, 100.0);
    QCOMPARE(s.skippedChecks, 1);
}

void TstScorer::allSkippedHasNoScore()
{
    const RunScore s = Scorer::scoreRun({check(CheckOutcome::Skipped)});
    QVERIFY(!s.score);
    QCOMPARE(s.skippedChecks, 1);
    QVERIFY(!Scorer::scoreRun({}).score);
}

void TstScorer::cellMeanMinMaxPass()
{
    const CellScore c =
        Scorer::scoreCell({{RunState::Done, 100.0}, {RunState::Done, 80.0}, {RunState::Done, 90.0}}, 70);
    QCOMPARE(*c.mean, 90.0);
    QCOMPARE(*c.min, 80.0);
    QCOMPARE(*c.max, 100.0);
    QVERIFY(c.passed);
    QCOMPARE(c.state, RunState::Done);
    QCOMPARE(c.runs, 3);
    const CellScore low = Scorer::scoreCell({{RunState::Done, 60.0}, {RunState::Done, 60.0}}, 70);
    QVERIFY(!low.passed);
    QVERIFY(low.stable); // stable failure
    const CellScore exact = Scorer::scoreCell({{RunState::Done, 70.0}}, 70);
    QVERIFY(exact.passed); // mean >= threshold
}

void TstScorer::stability_data()
{
    QTest::addColumn<QList<double>>("scores");
    QTest::addColumn<bool>("stable");
    QTest::newRow("identical") << QList<double>{100, 100, 100} << true;
    QTest::newRow("spread 10 ok") << QList<double>{90, 100, 95} << true;
    QTest::newRow("spread 20 unstable") << QList<double>{80, 100, 100} << false;
    QTest::newRow("pass/fail disagree") << QList<double>{75, 65, 70} << false;
    QTest::newRow("all fail, small spread") << QList<double>{0, 0, 0} << true;
}

void TstScorer::stability()
{
    QFETCH(QList<double>, scores);
    QFETCH(bool, stable);
    QList<RunScoreInput> runs;
    for (double s : scores)
        runs.append({RunState::Done, s});
    QCOMPARE(Scorer::scoreCell(runs, 70).stable, stable);
}

void TstScorer::failedRequestsScoreZero()
{
    const CellScore c = Scorer::scoreCell(
        {{RunState::Done, 100.0}, {RunState::Timeout, std::nullopt}, {RunState::Done, 100.0}}, 70);
    QCOMPARE(c.state, RunState::Timeout);
    QCOMPARE(*c.min, 0.0);
    QCOMPARE(*c.mean, 200.0 / 3.0);
    QVERIFY(!c.passed);
    QVERIFY(!c.stable);
    const CellScore err =
        Scorer::scoreCell({{RunState::Error, std::nullopt}, {RunState::Runaway, std::nullopt}}, 70);
    QCOMPARE(err.state, RunState::Error); // the first non-DONE state seen
    QVERIFY(!err.passed);
}

void TstScorer::allSkippedRunsDoNotCount()
{
    const CellScore c = Scorer::scoreCell({{RunState::Done, std::nullopt}, {RunState::Done, 100.0}}, 70);
    QCOMPARE(c.scoredRuns, 1);
    QCOMPARE(*c.mean, 100.0);
    const CellScore none = Scorer::scoreCell({{RunState::Done, std::nullopt}}, 70);
    QVERIFY(!none.mean);
    QVERIFY(!none.passed);
}

void TstScorer::cellTimings()
{
    BenchCell cell;
    cell.passThreshold = 50;
    BenchRun a;
    a.state = RunState::Done;
    a.score = 100;
    BenchTurn t1;
    t1.ttrMs = 1000;
    t1.answerTokens = 10;
    BenchTurn t2;
    t2.ttrMs = 3000;
    t2.answerTokens = 30;
    a.turns = {t1, t2};
    QCOMPARE(*a.tctMs(), 4000.0);      // TCT = sum of the turns' TTRs
    QCOMPARE(*a.effectiveTps(), 10.0); // 40 answer tokens / 4 s
    BenchRun b = a;
    b.turns[1].answerTokens.reset();
    QVERIFY(!b.effectiveTps()); // unknown stays unknown
    BenchRun failed;
    failed.state = RunState::Error;
    failed.score = 0;
    cell.runs = {a, failed};
    cell.rescore();
    QCOMPARE(*cell.ttrMs, 4000.0); // only DONE runs
    QCOMPARE(*cell.score.mean, 50.0);
    QCOMPARE(cell.score.state, RunState::Error);
}

QTEST_GUILESS_MAIN(TstScorer)
#include "tst_scorer.moc"
