#include "models/pair/pairtaskrun.h"
#include "models/pair/pairtiming.h"

#include <QTest>

namespace {
PairStep step(PairRole role, std::optional<double> start, std::optional<double> ttr)
{
    PairStep s;
    s.role = role;
    s.state = RunState::Done;
    s.startMs = start;
    s.metrics.ttrMs = ttr;
    if (start && ttr)
        s.endMs = *start + *ttr;
    return s;
}
} // namespace

class TstPairTiming : public QObject
{
    Q_OBJECT
private slots:
    void tctIsTtrsPlusMeasuredGaps();
    void singleStepTctIsItsTtr();
    void unknownTtrMakesTctUnknown();
    void unknownStartMakesGapUnknown();
    void taskRunUsesTheFirstBuildAsSingleBaseline();
};

void TstPairTiming::tctIsTtrsPlusMeasuredGaps()
{
    // build 0..1000, review 1012..1512, revise 1530..2330, review 2333..2733
    const QList<PairStep> steps{step(PairRole::Build, 0, 1000), step(PairRole::Review, 1012, 500),
                                step(PairRole::Revise, 1530, 800), step(PairRole::Review, 2333, 400)};
    QCOMPARE(*PairTiming::sumTtrMs(steps), 2700.0);
    const QList<std::optional<double>> gaps = PairTiming::gapsMs(steps);
    QCOMPARE(gaps.size(), 3);
    QCOMPARE(*gaps[0], 12.0);
    QCOMPARE(*gaps[1], 18.0);
    QCOMPARE(*gaps[2], 3.0);
    QCOMPARE(*PairTiming::sumGapsMs(steps), 33.0);
    QCOMPARE(*PairTiming::tctMs(steps), 2733.0);
    // With end = start + TTR the sum equals last end - first start.
    QCOMPARE(*PairTiming::tctMs(steps), *steps.last().endMs - *steps.first().startMs);
}

void TstPairTiming::singleStepTctIsItsTtr()
{
    QCOMPARE(*PairTiming::tctMs({step(PairRole::Build, 0, 1234.5)}), 1234.5);
    QVERIFY(PairTiming::gapsMs({step(PairRole::Build, 0, 1)}).isEmpty());
    QVERIFY(!PairTiming::tctMs({}).has_value());
}

void TstPairTiming::unknownTtrMakesTctUnknown()
{
    const QList<PairStep> steps{step(PairRole::Build, 0, 1000), step(PairRole::Review, 1010, std::nullopt)};
    QVERIFY(!PairTiming::sumTtrMs(steps).has_value());
    QVERIFY(!PairTiming::tctMs(steps).has_value()); // never a partial sum passed off as the total
}

void TstPairTiming::unknownStartMakesGapUnknown()
{
    const QList<PairStep> steps{step(PairRole::Build, 0, 1000), step(PairRole::Review, std::nullopt, 300)};
    QVERIFY(!PairTiming::gapsMs(steps).at(0).has_value());
    QVERIFY(!PairTiming::tctMs(steps).has_value());
    QCOMPARE(*PairTiming::sumTtrMs(steps), 1300.0);
}

void TstPairTiming::taskRunUsesTheFirstBuildAsSingleBaseline()
{
    PairTaskRun run;
    run.state = RunState::Done;
    run.steps = {step(PairRole::Build, 0, 900), step(PairRole::Review, 905, 300)};
    run.steps[1].verdict = ReviewVerdict::Approve;
    QCOMPARE(*run.singleTtrMs(), 900.0);
    QCOMPARE(*run.tctMs(), 1205.0);
    QCOMPARE(run.reviews(), 1);
    QCOMPARE(run.outcomeKey(), QStringLiteral("approved"));
    run.steps[1].verdict = ReviewVerdict::Unparsable;
    QCOMPARE(run.outcomeKey(), QStringLiteral("unparsable"));
    run.state = RunState::Timeout;
    QCOMPARE(run.outcomeKey(), QStringLiteral("timeout"));
}

QTEST_GUILESS_MAIN(TstPairTiming)
#include "tst_pairtiming.moc"
