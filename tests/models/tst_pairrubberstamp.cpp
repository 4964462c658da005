#include "models/bench/gradingcorpus.h"
#include "models/bench/suiteloader.h"
#include "models/pair/pairsettings.h"
#include "models/pair/pairsimscript.h"
#include "models/pair/reviewerprompts.h"
#include "models/pair/rubberstamprunner.h"
#include "models/sim/simprofile.h"
#include "models/sim/simulatednode.h"
#include "tests/support/testdata.h"

#include <QDir>

#include <algorithm>

#include <QSignalSpy>
#include <QTest>

class TstPairRubberStamp : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void knownSetComesFromTheCodeTasksExamples();
    void knownSetIncludesTheGradingCorpus();
    void corpusAnswersAreMeasured();
    void defaultCorpusIsFoundInADevelopmentBuild();
    void tallyCountsRatesPerRunAndKeepsUnreadableApart();
    void promptSensitiveReviewerReproducesTheFinding();
    void judgeNeverRubberStamps();
    void unparsableAndFailedReviewsAreNotRates();

private:
    QList<RubberStampPromptResult> measure(SimReviewer::Mode mode, int runs, bool fault = false,
                                           const QList<CorpusTask> &corpus = {}, const QStringList &taskIds = {});
    QList<Suite> m_suites;
    QList<CorpusTask> m_corpus;
};

void TstPairRubberStamp::initTestCase()
{
    const SuiteLoadReport loaded = SuiteLoader::loadAll({}, false);
    for (const QString &name : {QStringLiteral("coding-single"), QStringLiteral("debugging")})
        if (const Suite *s = loaded.suite(name))
            m_suites.append(*s);
    QCOMPARE(m_suites.size(), 2);
    const CorpusLoadReport corpus = GradingCorpus::loadDirectory(TestData::path(QStringLiteral("answers")));
    QVERIFY2(corpus.errors.isEmpty(), qPrintable(corpus.errors.join(QLatin1Char('\n'))));
    m_corpus = corpus.tasks;
}

// Besides each task's examples, the corpus's wrong answers are known-bad and its right answers known-good,
// matched to the task by suite file stem and task id (other suites' corpus files are left out).
void TstPairRubberStamp::knownSetIncludesTheGradingCorpus()
{
    PairSettings s;
    s.suites = m_suites;
    s.taskIds = {QStringLiteral("roman-numerals")};
    const Task *roman = m_suites[0].task(QStringLiteral("roman-numerals"));
    const CorpusTask *c = GradingCorpus::find(m_corpus, QStringLiteral("coding-single"), QStringLiteral("roman-numerals"));
    QVERIFY(roman && c);
    // An empty answer (the corpus has one: a model that said nothing) is no code to review: left out.
    const auto shown = [](const CorpusAnswer &a) { return !a.turns.isEmpty() && !a.turns.last().trimmed().isEmpty(); };
    const auto wrong = std::count_if(c->answers.cbegin(), c->answers.cend(),
                                     [&](const CorpusAnswer &a) { return !a.right && shown(a); });
    const auto right = std::count_if(c->answers.cbegin(), c->answers.cend(),
                                     [&](const CorpusAnswer &a) { return a.right && shown(a); });
    QVERIFY(wrong >= 3);
    QVERIFY(right >= 6);

    const QList<RubberStampSample> plain = RubberStampTally::samples(s.tasks());
    const QList<RubberStampSample> all = RubberStampTally::samples(s.tasks(), m_corpus);
    QCOMPARE(all.size(), plain.size() + wrong + right);
    int bad = 0, good = 0, corpusBad = 0, corpusGood = 0;
    for (const RubberStampSample &x : all) {
        QCOMPARE(x.task, QStringLiteral("roman-numerals"));
        (x.knownGood ? good : bad) += 1;
        if (x.fromCorpus)
            (x.knownGood ? corpusGood : corpusBad) += 1;
    }
    QCOMPARE(corpusBad, int(wrong));
    QCOMPARE(corpusGood, int(right));
    QCOMPARE(bad, int(roman->examples.bad.size() + wrong));
    QCOMPARE(good, int(roman->examples.good.size() + right));
    // A wrong corpus answer is in the set as a bad sample, verbatim (its last turn).
    const CorpusAnswer &firstWrong = *std::find_if(c->answers.cbegin(), c->answers.cend(),
                                                   [](const CorpusAnswer &a) { return !a.right; });
    bool found = false;
    for (const RubberStampSample &x : all)
        found = found || (!x.knownGood && x.fromCorpus && x.answer == firstWrong.turns.last());
    QVERIFY(found);
}

// The corpus answers go through the same reviews: n runs, both rates with their spread.
void TstPairRubberStamp::corpusAnswersAreMeasured()
{
    const QStringList tasks{QStringLiteral("roman-numerals"), QStringLiteral("mutable-default")};
    PairSettings s;
    s.suites = m_suites;
    s.taskIds = tasks;
    int bad = 0;
    for (const RubberStampSample &x : RubberStampTally::samples(s.tasks(), m_corpus))
        bad += x.knownGood ? 0 : 1;
    const QList<RubberStampPromptResult> r =
        measure(SimReviewer::Mode::PromptSensitive, 2, false, m_corpus, tasks);
    QCOMPARE(r.size(), 2);
    QCOMPARE(r[0].badReviews, 2 * bad);
    QCOMPARE(r[0].rubberStamp.perRun.size(), 2);
    QVERIFY2(*r[0].rubberStamp.mean > 80.0, qPrintable(QString::number(*r[0].rubberStamp.mean)));
    QCOMPARE(*r[1].rubberStamp.mean, 0.0); // the simulated reviewer knows every corpus answer
    QCOMPARE(*r[1].nitpick.mean, 0.0);
    QVERIFY(*r[0].rubberStamp.min <= *r[0].rubberStamp.mean && *r[0].rubberStamp.mean <= *r[0].rubberStamp.max);
}

void TstPairRubberStamp::defaultCorpusIsFoundInADevelopmentBuild()
{
    const QString dir = GradingCorpus::defaultDirectory();
    QVERIFY(!dir.isEmpty());
    QVERIFY(QDir(dir).exists(QStringLiteral("coding-single")));
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

QList<RubberStampPromptResult> TstPairRubberStamp::measure(SimReviewer::Mode mode, int runs, bool fault,
                                                           const QList<CorpusTask> &corpus, const QStringList &taskIds)
{
    SimulatedNode node(*SimProfile::byName(QStringLiteral("test")));
    node.setTimeScale(0.01);
    node.setAnswerProvider(PairSimScript::provider(m_suites, {}, mode, {}, corpus));
    if (fault)
        node.setFault(SimFault(SimFault::Kind::HttpError, 503));
    if (!node.listen())
        return {};
    PairSettings s;
    s.reviewer.node.name = QStringLiteral("reviewer");
    s.reviewer.node.url = node.baseUrl();
    s.reviewer.thinking = true;
    s.suites = m_suites;
    s.taskIds = taskIds;
    s.runs = runs;
    RubberStampRunner runner;
    runner.setCorpus(corpus);
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
