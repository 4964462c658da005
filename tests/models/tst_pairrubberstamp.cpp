#include "models/bench/suiteloader.h"
#include "models/pair/pairsettings.h"
#include "models/pair/pairsimscript.h"
#include "models/pair/reviewerprompts.h"
#include "models/pair/rubberstamprunner.h"
#include "models/sim/simprofile.h"
#include "models/sim/simulatednode.h"

#include <QSignalSpy>
#include <QTest>

class TstPairRubberStamp : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void knownSetComesFromTheCodeTasksExamples();
    void tallyCountsRatesPerRunAndKeepsUnreadableApart();
    void promptSensitiveReviewerReproducesTheFinding();
    void judgeNeverRubberStamps();
    void unparsableAndFailedReviewsAreNotRates();

private:
    QList<RubberStampPromptResult> measure(SimReviewer::Mode mode, int runs, bool fault = false);
    QList<Suite> m_suites;
};

void TstPairRubberStamp::initTestCase()
{
    const SuiteLoadReport loaded = SuiteLoader::loadAll({}, false);
    for (const QString &name : {QStringLiteral("coding-single"), QStringLiteral("debugging")})
        if (const Suite *s = loaded.suite(name))
            m_suites.append(*s);
    QCOMPARE(m_suites.size(), 2);
}

void TstPairRubberStamp::knownSetComesFromTheCodeTasksExamples()
{
    PairSettings s;
    s.suites = m_suites;
    const QList<RubberStampSample> samples = RubberStampTally::samples(s.tasks());
    int bad = 0, good = 0;
    for (const RubberStampSample &x : samples)
        (x.knownGood ? good : bad) += 1;
    QCOMPARE(s.tasks().size(), 10);
    QVERIFY(bad >= 10);
    QVERIFY(good >= 10);
    const Task *roman = m_suites[0].task(QStringLiteral("roman-numerals"));
    QVERIFY(roman);
    bool found = false;
    for (const RubberStampSample &x : samples)
        found = found || (!x.knownGood && x.answer == roman->examples.bad.first().last());
    QVERIFY(found);
}

void TstPairRubberStamp::tallyCountsRatesPerRunAndKeepsUnreadableApart()
{
    const QList<RubberStampSample> samples{{QStringLiteral("s"), QStringLiteral("a"), false, QStringLiteral("bad")},
                                           {QStringLiteral("s"), QStringLiteral("b"), false, QStringLiteral("bad2")},
                                           {QStringLiteral("s"), QStringLiteral("a"), true, QStringLiteral("good")}};
    auto review = [](int run, int sample, ReviewVerdict v, RunState st = RunState::Done) {
        RubberStampReview r;
        r.run = run;
        r.sample = sample;
        r.verdict = v;
        r.state = st;
        return r;
    };
    const QList<RubberStampReview> reviews{
        review(0, 0, ReviewVerdict::Approve), review(0, 1, ReviewVerdict::Approve),
        review(0, 2, ReviewVerdict::Approve), // run 0: 2/2 bad approved, 0/1 good rejected
        review(1, 0, ReviewVerdict::Reject),  review(1, 1, ReviewVerdict::Unparsable),
        review(1, 2, ReviewVerdict::Reject), // run 1: 0/1 bad approved, 1/1 good rejected
        review(1, 1, ReviewVerdict::None, RunState::Error)};
    const RubberStampPromptResult r =
        RubberStampTally::tally(QStringLiteral("verify"), QStringLiteral("p"), 0, 2, samples, reviews);
    QCOMPARE(r.badReviews, 3);
    QCOMPARE(r.badApproved, 2);
    QCOMPARE(r.goodReviews, 2);
    QCOMPARE(r.goodRejected, 1);
    QCOMPARE(r.unparsable, 1);
    QCOMPARE(r.failed, 1);
    QCOMPARE(*r.rubberStamp.perRun[0], 100.0);
    QCOMPARE(*r.rubberStamp.perRun[1], 0.0);
    QCOMPARE(*r.rubberStamp.mean, 50.0);
    QCOMPARE(*r.rubberStamp.min, 0.0);
    QCOMPARE(*r.rubberStamp.max, 100.0);
    QCOMPARE(*r.nitpick.mean, 50.0);
    // Another prompt index sees nothing: unknown rates, not 0 %.
    const RubberStampPromptResult none =
        RubberStampTally::tally(QStringLiteral("x"), QStringLiteral("p"), 1, 2, samples, reviews);
    QVERIFY(!none.rubberStamp.mean.has_value());
}

QList<RubberStampPromptResult> TstPairRubberStamp::measure(SimReviewer::Mode mode, int runs, bool fault)
{
    SimulatedNode node(*SimProfile::byName(QStringLiteral("test")));
    node.setTimeScale(0.01);
    node.setAnswerProvider(PairSimScript::provider(m_suites, {}, mode));
    if (fault)
        node.setFault(SimFault(SimFault::Kind::HttpError, 503));
    if (!node.listen())
        return {};
    PairSettings s;
    s.reviewer.node.name = QStringLiteral("reviewer");
    s.reviewer.node.url = node.baseUrl();
    s.reviewer.thinking = true;
    s.suites = m_suites;
    s.runs = runs;
    RubberStampRunner runner;
    QSignalSpy finished(&runner, &RubberStampRunner::finished);
    if (!runner.start(s, ReviewerPrompts::builtIn()))
        return {};
    const int total = runner.total();
    if (!finished.wait(120000) && finished.isEmpty())
        return {};
    if (runner.reviews().size() != total)
        qWarning("reviews %lld of %d", qlonglong(runner.reviews().size()), total);
    return runner.results();
}

void TstPairRubberStamp::promptSensitiveReviewerReproducesTheFinding()
{
    const QList<RubberStampPromptResult> r = measure(SimReviewer::Mode::PromptSensitive, 2);
    QCOMPARE(r.size(), 2);
    QCOMPARE(r[0].promptKey, QStringLiteral("verify"));
    QCOMPARE(r[1].promptKey, QStringLiteral("empowered"));
    QVERIFY(r[0].badReviews >= 20); // >= 10 bad examples x 2 runs
    QCOMPARE(r[0].rubberStamp.perRun.size(), 2);
    // "verify this code works": bad code approved > 90 %; "empowered to fail it": < 10 %.
    QVERIFY2(*r[0].rubberStamp.mean > 90.0, qPrintable(QString::number(*r[0].rubberStamp.mean)));
    QVERIFY2(*r[1].rubberStamp.mean < 10.0, qPrintable(QString::number(*r[1].rubberStamp.mean)));
    QCOMPARE(*r[1].nitpick.mean, 0.0);
    QCOMPARE(r[0].unparsable + r[0].failed + r[1].unparsable + r[1].failed, 0);
}

void TstPairRubberStamp::judgeNeverRubberStamps()
{
    const QList<RubberStampPromptResult> r = measure(SimReviewer::Mode::Judge, 1);
    QCOMPARE(r.size(), 2);
    for (const RubberStampPromptResult &p : r) {
        QCOMPARE(*p.rubberStamp.mean, 0.0);
        QCOMPARE(*p.nitpick.mean, 0.0);
        QCOMPARE(p.badApproved, 0);
    }
    const QList<RubberStampPromptResult> stamp = measure(SimReviewer::Mode::RubberStamp, 1);
    QCOMPARE(*stamp[1].rubberStamp.mean, 100.0);
}

void TstPairRubberStamp::unparsableAndFailedReviewsAreNotRates()
{
    const QList<RubberStampPromptResult> r = measure(SimReviewer::Mode::Unparsable, 1);
    QCOMPARE(r.size(), 2);
    QVERIFY(r[0].unparsable > 0);
    QCOMPARE(r[0].badReviews, 0);
    QVERIFY(!r[0].rubberStamp.mean.has_value());
    const QList<RubberStampPromptResult> failed = measure(SimReviewer::Mode::Approve, 1, true);
    QVERIFY(failed[0].failed > 0);
    QVERIFY(!failed[0].rubberStamp.mean.has_value());
}

QTEST_GUILESS_MAIN(TstPairRubberStamp)
#include "tst_pairrubberstamp.moc"
