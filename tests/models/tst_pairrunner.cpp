#include "models/bench/sandbox.h"
#include "models/pair/pairrunner.h"
#include "models/pair/pairrunstore.h"
#include "models/pair/pairtiming.h"
#include "models/pair/reviewerprompts.h"
#include "models/sim/simulatednode.h"
#include "tests/support/pairsimfixture.h"

#include <QSignalSpy>
#include <QTest>

namespace {

// The engine's storage interface, in memory (what the engine tests use instead of SQLite).
class MemoryPairRunStore final : public PairRunStore
{
public:
    std::optional<qint64> savePairRun(const PairRun &run) override
    {
        PairRun copy = run;
        if (copy.id == 0)
            copy.id = ++m_lastId;
        m_runs.insert(copy.id, copy);
        return copy.id;
    }
    std::optional<PairRun> loadPairRun(qint64 id) const override
    {
        return m_runs.contains(id) ? std::optional<PairRun>(m_runs.value(id)) : std::nullopt;
    }
    QList<PairRunEntry> pairRuns(int) const override { return {}; }
    bool removePairRun(qint64 id) override { return m_runs.remove(id) > 0; }
    QString pairStoreError() const override { return {}; }
    int count() const { return int(m_runs.size()); }

private:
    QHash<qint64, PairRun> m_runs;
    qint64 m_lastId = 0;
};

} // namespace

class TstPairRunner : public QObject
{
    Q_OBJECT
private slots:
    void approveOnRoundOne();
    void rejectThenApprove();
    void rejectedUntilTheRoundLimit();
    void reviewerErrorEndsTheTaskRun();
    void unparsableVerdictIsRecordedNotGuessed();
    void badSettingsAreRefused();
    void cancelKeepsPartialSteps();

private:
    PairRun runPair(PairSimFixture &fx, int builder, int reviewer, int runs, int rounds,
                    MemoryPairRunStore *store = nullptr, QList<PairStep> *streamedSteps = nullptr);
};

PairRun TstPairRunner::runPair(PairSimFixture &fx, int builder, int reviewer, int runs, int rounds,
                               MemoryPairRunStore *store, QList<PairStep> *streamedSteps)
{
    PairSettings s;
    s.builder = {fx.node(builder), false};
    s.reviewer = {fx.node(reviewer), true};
    s.suites = PairSimFixture::suites();
    s.runs = runs;
    s.rounds = rounds;
    s.reviewerPromptKey = ReviewerPrompts::empowered().key;
    s.reviewerPrompt = ReviewerPrompts::empowered().text;
    PairRunner runner;
    runner.setStore(store);
    QSignalSpy finished(&runner, &PairRunner::finished);
    QSignalSpy deltas(&runner, &PairRunner::stepDelta);
    if (streamedSteps)
        connect(&runner, &PairRunner::stepFinished, this,
                [streamedSteps](int, const PairStep &step) { streamedSteps->append(step); });
    if (!runner.start(s)) {
        qWarning("start failed: %s", qPrintable(runner.errorString()));
        return {};
    }
    if (!finished.wait(60000) && finished.isEmpty())
        return {};
    if (deltas.isEmpty())
        qWarning("no step streamed any delta");
    return runner.run();
}

void TstPairRunner::approveOnRoundOne()
{
    PairSimFixture fx;
    fx.addNode(PairSimScript::Builder::Good, SimReviewer::Mode::Approve);
    fx.addNode(PairSimScript::Builder::Good, SimReviewer::Mode::Approve);
    MemoryPairRunStore store;
    QList<PairStep> streamed;
    const PairRun run = runPair(fx, 0, 1, 1, 2, &store, &streamed);
    QCOMPARE(run.status, PairRunStatus::Finished);
    QCOMPARE(run.taskRuns.size(), 1);
    const PairTaskRun &t = run.taskRuns.first();
    QVERIFY2(t.state == RunState::Done, qPrintable(t.error));
    QCOMPARE(t.steps.size(), 2);
    QCOMPARE(streamed.size(), 2);
    QCOMPARE(t.steps[0].role, PairRole::Build);
    QCOMPARE(t.steps[0].node, QStringLiteral("node0"));
    QCOMPARE(t.steps[0].thinking, std::optional<bool>(false));
    QCOMPARE(t.steps[1].role, PairRole::Review);
    QCOMPARE(t.steps[1].node, QStringLiteral("node1"));
    QCOMPARE(t.steps[1].thinking, std::optional<bool>(true));
    QCOMPARE(t.steps[1].verdict, ReviewVerdict::Approve);
    QVERIFY(t.steps[1].text.contains(QStringLiteral("SIMULATED")));
    QCOMPARE(t.outcomeKey(), QStringLiteral("approved"));
    QCOMPARE(t.reviews(), 1);
    // Exact messages: the task to the builder; the reviewer prompt, the task, the code and the format.
    QCOMPARE(t.steps[0].messages.size(), 1);
    QCOMPARE(t.steps[0].messages[0].content, PairSimFixture::suites()[0].tasks[0].turns[0]);
    QCOMPARE(t.steps[1].messages[0].role, QStringLiteral("system"));
    QCOMPARE(t.steps[1].messages[0].content, ReviewerPrompts::empowered().text);
    QVERIFY(t.steps[1].messages[1].content.contains(t.steps[0].text));
    QVERIFY(t.steps[1].messages[1].content.contains(ReviewerPrompts::verdictInstruction()));
    // Metrics and measured times.
    for (const PairStep &s : t.steps) {
        QVERIFY(s.metrics.ttrMs && *s.metrics.ttrMs > 0);
        QVERIFY(s.metrics.completionTokens.has_value());
        QVERIFY(s.startMs && s.endMs);
        QCOMPARE(*s.endMs, *s.startMs + *s.metrics.ttrMs);
    }
    QCOMPARE(*t.steps[0].startMs, 0.0);
    QVERIFY(*t.steps[1].startMs >= *t.steps[0].endMs); // a measured, non-negative gap
    QCOMPARE(*t.tctMs(), *t.steps[0].metrics.ttrMs + *t.steps[1].metrics.ttrMs +
                             (*t.steps[1].startMs - *t.steps[0].endMs));
    // Graded with the task's checks: good code passes alone and as a pair.
    QCOMPARE(*t.score, 100.0);
    QVERIFY(t.passed);
    QCOMPARE(*t.singleScore, 100.0);
    QVERIFY(t.singlePassed);
    QVERIFY(!t.checks.isEmpty());
    if (Sandbox::availability().available)
        QVERIFY(t.checks.first().passed());
    // Stored once, finished.
    QCOMPARE(store.count(), 1);
    QVERIFY(run.id > 0);
    QCOMPARE(store.loadPairRun(run.id)->taskRuns.size(), 1);
}

void TstPairRunner::rejectThenApprove()
{
    PairSimFixture fx;
    fx.addNode(PairSimScript::Builder::BadThenGood, SimReviewer::Mode::Judge); // builder
    fx.addNode(PairSimScript::Builder::Good, SimReviewer::Mode::Judge);        // reviewer
    const PairRun run = runPair(fx, 0, 1, 2, 2);
    QCOMPARE(run.taskRuns.size(), 2);
    for (const PairTaskRun &t : run.taskRuns) {
        QCOMPARE(t.state, RunState::Done);
        QCOMPARE(t.steps.size(), 4);
        QCOMPARE(t.steps[1].verdict, ReviewVerdict::Reject);
        QCOMPARE(t.steps[1].issues.size(), 3);
        QCOMPARE(t.steps[2].role, PairRole::Revise);
        QCOMPARE(t.steps[2].round, 1);
        QCOMPARE(t.steps[3].verdict, ReviewVerdict::Approve);
        QCOMPARE(t.steps[3].round, 2);
        QCOMPARE(t.reviews(), 2);
        // The revision is one conversation: the task, the builder's own answer, the issues.
        const QList<ChatMessage> &m = t.steps[2].messages;
        QCOMPARE(m.size(), 3);
        QCOMPARE(m[0].role, QStringLiteral("user"));
        QCOMPARE(m[1].role, QStringLiteral("assistant"));
        QCOMPARE(m[1].content, t.steps[0].text);
        QVERIFY(m[2].content.startsWith(ReviewerPrompts::revisionLead()));
        QVERIFY(m[2].content.contains(t.steps[1].issues[0]));
        // The second review reads the revised code.
        QVERIFY(t.steps[3].messages.last().content.contains(t.steps[2].text));
        // Single builder fails, the pair passes.
        QCOMPARE(*t.singleScore, 0.0);
        QVERIFY(!t.singlePassed);
        QCOMPARE(*t.score, 100.0);
        QVERIFY(t.passed);
        QCOMPARE(PairTiming::gapsMs(t.steps).size(), 3);
        QVERIFY(t.tctMs().has_value());
    }
    QCOMPARE(run.taskRuns[0].runIndex, 0);
    QCOMPARE(run.taskRuns[1].runIndex, 1);
}

void TstPairRunner::rejectedUntilTheRoundLimit()
{
    PairSimFixture fx;
    fx.addNode(PairSimScript::Builder::Bad, SimReviewer::Mode::Reject);
    const PairRun run = runPair(fx, 0, 0, 1, 3); // one node can be both builder and reviewer
    QCOMPARE(run.taskRuns.size(), 1);
    const PairTaskRun &t = run.taskRuns.first();
    QCOMPARE(t.state, RunState::Done);
    QCOMPARE(t.steps.size(), 6); // build, (review, revise) x 2, review: 3 rounds, no revision after the last
    QCOMPARE(t.reviews(), 3);
    QCOMPARE(t.steps.last().role, PairRole::Review);
    QCOMPARE(t.outcomeKey(), QStringLiteral("rejected"));
    QCOMPARE(*t.score, 0.0);
    // The third pass continues the same conversation: 5 messages.
    QCOMPARE(t.steps[4].messages.size(), 5);
}

void TstPairRunner::reviewerErrorEndsTheTaskRun()
{
    PairSimFixture fx;
    fx.addNode(PairSimScript::Builder::Good, SimReviewer::Mode::Approve);
    SimulatedNode *reviewer = fx.addNode(PairSimScript::Builder::Good, SimReviewer::Mode::Approve);
    reviewer->setFault(SimFault(SimFault::Kind::HttpError, 500));
    MemoryPairRunStore store;
    const PairRun run = runPair(fx, 0, 1, 2, 2, &store);
    QCOMPARE(run.status, PairRunStatus::Finished);
    QCOMPARE(run.taskRuns.size(), 2); // the next run still runs
    for (const PairTaskRun &t : run.taskRuns) {
        QCOMPARE(t.state, RunState::Error);
        QCOMPARE(t.steps.size(), 2); // partial steps kept
        QCOMPARE(t.steps[0].state, RunState::Done);
        QCOMPARE(t.steps[1].state, RunState::Error);
        QCOMPARE(t.steps[1].verdict, ReviewVerdict::None);
        QVERIFY(t.error.contains(QStringLiteral("node1")));
        QCOMPARE(t.outcomeKey(), QStringLiteral("error"));
        QCOMPARE(*t.score, 0.0);
        QVERIFY(!t.passed);
        QCOMPARE(*t.singleScore, 100.0); // the builder's own answer is still graded
    }
    QCOMPARE(store.count(), 1);
}

void TstPairRunner::unparsableVerdictIsRecordedNotGuessed()
{
    PairSimFixture fx;
    fx.addNode(PairSimScript::Builder::Bad, SimReviewer::Mode::Unparsable);
    const PairRun run = runPair(fx, 0, 0, 1, 2);
    const PairTaskRun &t = run.taskRuns.first();
    QCOMPARE(t.state, RunState::Done);
    QCOMPARE(t.steps.size(), 2); // no revision without a verdict
    QCOMPARE(t.steps[1].state, RunState::Done);
    QCOMPARE(t.steps[1].verdict, ReviewVerdict::Unparsable);
    QVERIFY(t.steps[1].issues.isEmpty());
    QCOMPARE(t.outcomeKey(), QStringLiteral("unparsable"));
    QCOMPARE(*t.score, 0.0); // the bad code, graded as it is
}

void TstPairRunner::badSettingsAreRefused()
{
    PairRunner runner;
    PairSettings s;
    QVERIFY(!runner.start(s));
    QVERIFY(!runner.errorString().isEmpty());
    PairSimFixture fx;
    fx.addNode(PairSimScript::Builder::Good, SimReviewer::Mode::Approve);
    s.builder = {fx.node(0), false};
    s.reviewer = {fx.node(0), false};
    s.suites = PairSimFixture::suites();
    s.taskIds = {QStringLiteral("no-such-task")};
    QVERIFY(!runner.start(s));
    QVERIFY(runner.errorString().contains(QStringLiteral("no task")));
    s.taskIds.clear();
    s.runs = 0;
    QVERIFY(!runner.start(s));
    QVERIFY(!runner.isRunning());
}

void TstPairRunner::cancelKeepsPartialSteps()
{
    PairSimFixture fx;
    fx.addNode(PairSimScript::Builder::Good, SimReviewer::Mode::Approve, 1.0); // slow enough to cancel
    PairSettings s;
    s.builder = {fx.node(0), false};
    s.reviewer = {fx.node(0), false};
    s.suites = PairSimFixture::suites();
    s.runs = 3;
    PairRunner runner;
    MemoryPairRunStore store;
    runner.setStore(&store);
    QSignalSpy finished(&runner, &PairRunner::finished);
    QSignalSpy started(&runner, &PairRunner::stepStarted);
    QVERIFY(runner.start(s));
    QVERIFY(started.count() == 1 || started.wait(10000));
    runner.cancel();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(runner.run().status, PairRunStatus::Cancelled);
    QCOMPARE(runner.run().taskRuns.size(), 1);
    QCOMPARE(runner.run().taskRuns[0].state, RunState::Cancelled);
    QCOMPARE(runner.run().taskRuns[0].steps.size(), 1);
    QCOMPARE(store.count(), 1);
    QTest::qWait(50); // nothing arrives after the cancel
    QCOMPARE(finished.count(), 1);
}

QTEST_GUILESS_MAIN(TstPairRunner)
#include "tst_pairrunner.moc"
