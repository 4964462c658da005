#include "models/history/benchhistorystore.h"
#include "models/history/comparehistorystore.h"
#include "models/history/historydatabase.h"
#include "models/history/pairhistoryschema.h"
#include "models/history/pairhistorystore.h"
#include "models/history/rubberstamphistorystore.h"
#include "models/pair/pairexporter.h"

#include <QTemporaryDir>
#include <QTest>

namespace {

PairStep step(int index, PairRole role, const QString &node, double start, double ttr)
{
    PairStep s;
    s.index = index;
    s.round = role == PairRole::Build ? 0 : 1;
    s.role = role;
    s.node = node;
    s.simulated = true;
    s.thinking = role == PairRole::Review;
    s.state = RunState::Done;
    s.messages = {{QStringLiteral("system"), QStringLiteral("Review this code - you are empowered to fail it.")},
                  {QStringLiteral("user"), QStringLiteral("## Task\n\nWrite add().\n\n\"quotes\" and 한국어")}};
    s.text = QStringLiteral("```python\ndef add(a, b):\n    return a + b\n```");
    s.reasoning = role == PairRole::Review ? QStringLiteral("thinking...") : QString();
    s.finishReason = QStringLiteral("stop");
    s.metrics.ttrMs = ttr;
    s.metrics.ttftMs = 12.5;
    s.metrics.prefillMs = 10.25;
    s.metrics.prefillSource = MetricSource::Estimated;
    s.metrics.thinkingMs = role == PairRole::Review ? std::optional<double>(100.0) : std::nullopt;
    s.metrics.completionTokens = 42;
    s.metrics.reasoningTokens = std::nullopt; // unknown stays unknown
    s.flags = {QStringLiteral("no_reasoning_count")};
    s.startMs = start;
    s.endMs = start + ttr;
    if (role == PairRole::Review) {
        s.verdict = ReviewVerdict::Reject;
        s.issues = {QStringLiteral("off by one"), QStringLiteral("no error handling")};
    }
    return s;
}

PairRun sampleRun()
{
    PairRun run;
    run.startedAt = QDateTime(QDate(2026, 12, 7), QTime(8, 0, 0), Qt::UTC);
    run.finishedAt = run.startedAt.addSecs(90);
    run.status = PairRunStatus::Finished;
    run.builderNode = QStringLiteral("DGX1 (simulated)");
    run.builderSimulated = true;
    run.builderThinking = false;
    run.reviewerNode = QStringLiteral("DGX2 (simulated)");
    run.reviewerSimulated = true;
    run.reviewerThinking = true;
    run.suites = {QStringLiteral("coding-single")};
    run.runs = 1;
    run.rounds = 2;
    run.reviewerPromptKey = QStringLiteral("empowered");
    run.reviewerPrompt = QStringLiteral("Review this code - you are empowered to fail it.");
    run.settingsJson = R"({"runs":1})";
    PairTaskRun t;
    t.suite = QStringLiteral("coding-single");
    t.task = QStringLiteral("roman-numerals");
    t.title = QStringLiteral("Roman numerals");
    t.passThreshold = 75;
    t.state = RunState::Done;
    t.steps = {step(0, PairRole::Build, run.builderNode, 0, 1000), step(1, PairRole::Review, run.reviewerNode, 1005, 2000)};
    t.score = 87.5;
    t.passed = true;
    CheckResult c;
    c.name = QStringLiteral("conversions");
    c.type = CheckType::Code;
    c.weight = 3;
    c.outcome = CheckOutcome::Passed;
    c.detail = QStringLiteral("ok");
    t.checks = {c};
    t.singleScore = std::nullopt;
    t.singlePassed = false;
    run.taskRuns = {t};
    return run;
}

} // namespace

class TstPairHistoryStore : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip();
    void saveAgainReplacesAndListRemove();
    void livesBesideTheOtherComponents();
    void rubberStampRoundTrip();
    void rubberStampMigratesAVersion1File();
};

void TstPairHistoryStore::roundTrip()
{
    QTemporaryDir dir;
    HistoryDatabase db;
    QVERIFY(db.open(dir.filePath(QStringLiteral("h.sqlite"))));
    PairHistoryStore store(db);
    QVERIFY2(store.open(), qPrintable(store.errorString()));
    QCOMPARE(db.schemaVersion(QStringLiteral("pair")), int(PairHistorySchema::migrations().size()));
    const PairRun run = sampleRun();
    const std::optional<qint64> id = store.savePairRun(run);
    QVERIFY2(id.has_value(), qPrintable(store.errorString()));
    const std::optional<PairRun> back = store.loadPairRun(*id);
    QVERIFY(back.has_value());
    QCOMPARE(back->id, *id);
    // The export of the reloaded run equals the export of the original (every exported field survives).
    PairRun expected = run;
    expected.id = *id;
    QCOMPARE(QString::fromUtf8(PairExporter::toJsonBytes(*back, true)),
             QString::fromUtf8(PairExporter::toJsonBytes(expected, true)));
    const PairStep &s = back->taskRuns[0].steps[1];
    QCOMPARE(s.messages, run.taskRuns[0].steps[1].messages);
    QCOMPARE(s.verdict, ReviewVerdict::Reject);
    QCOMPARE(s.issues.size(), 2);
    QCOMPARE(s.metrics.prefillSource, MetricSource::Estimated);
    QVERIFY(!s.metrics.reasoningTokens.has_value());
    QCOMPARE(*back->taskRuns[0].tctMs(), 3005.0);
    QVERIFY(!back->taskRuns[0].singleScore.has_value());
    QCOMPARE(back->taskRuns[0].checks.size(), 1);
    QCOMPARE(back->reviewerThinking, std::optional<bool>(true));
    QCOMPARE(back->startedAt, run.startedAt);
    QVERIFY(!store.loadPairRun(*id + 100).has_value());
    QVERIFY(!store.errorString().isEmpty());
}

void TstPairHistoryStore::saveAgainReplacesAndListRemove()
{
    QTemporaryDir dir;
    HistoryDatabase db;
    QVERIFY(db.open(dir.filePath(QStringLiteral("h.sqlite"))));
    PairHistoryStore store(db);
    QVERIFY(store.open());
    PairRun run = sampleRun();
    run.id = *store.savePairRun(run);
    run.status = PairRunStatus::Cancelled;
    run.taskRuns.append(run.taskRuns.first());
    QCOMPARE(*store.savePairRun(run), run.id);
    QCOMPARE(store.loadPairRun(run.id)->taskRuns.size(), 2);
    const qint64 second = *store.savePairRun(sampleRun());
    const QList<PairRunEntry> list = store.pairRuns();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list[0].id, second); // same start time: newest id first
    QCOMPARE(list[1].status, PairRunStatus::Cancelled);
    QCOMPARE(list[1].taskRuns, 2);
    QCOMPARE(list[1].reviewerPromptKey, QStringLiteral("empowered"));
    QVERIFY(store.removePairRun(run.id));
    QVERIFY(!store.loadPairRun(run.id).has_value());
    QCOMPARE(store.pairRuns().size(), 1);
}

void TstPairHistoryStore::livesBesideTheOtherComponents()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("h.sqlite"));
    {
        HistoryDatabase db;
        QVERIFY(db.open(path));
        CompareHistoryStore compare(db);
        BenchHistoryStore bench(db);
        PairHistoryStore pair(db);
        QVERIFY(compare.open());
        QVERIFY(bench.open());
        QVERIFY(pair.open());
        QVERIFY(pair.savePairRun(sampleRun()).has_value());
    }
    HistoryDatabase db; // reopening migrates nothing again and keeps the run
    QVERIFY(db.open(path));
    PairHistoryStore pair(db);
    QVERIFY(pair.open());
    QCOMPARE(pair.pairRuns().size(), 1);
    QVERIFY(db.integrityOk());
}

namespace {
RubberStampRun sampleTest(const QDateTime &started)
{
    RubberStampRun t;
    t.startedAt = started;
    t.finishedAt = started.addSecs(90);
    t.reviewerNode = QStringLiteral("DGX2");
    t.reviewerSimulated = true;
    t.reviewerThinking = true;
    t.suites = {QStringLiteral("coding-single"), QStringLiteral("debugging")};
    t.runs = 3;
    t.badSamples = 70;
    t.goodSamples = 90;
    t.corpusSamples = 140;
    RubberStampPromptResult verify;
    verify.promptKey = QStringLiteral("verify");
    verify.prompt = QStringLiteral("Verify this code works.");
    verify.badReviews = 210;
    verify.badApproved = 199;
    verify.goodReviews = 270;
    verify.goodRejected = 0;
    verify.unparsable = 2;
    verify.failed = 1;
    verify.rubberStamp.mean = 94.76;
    verify.rubberStamp.min = 92.0;
    verify.rubberStamp.max = 97.1;
    verify.rubberStamp.perRun = {92.0, 95.2, 97.1};
    verify.nitpick.mean = 0.0;
    verify.nitpick.min = 0.0;
    verify.nitpick.max = 0.0;
    verify.nitpick.perRun = {0.0, std::nullopt, 0.0};
    RubberStampPromptResult empowered = verify;
    empowered.promptKey = QStringLiteral("empowered");
    empowered.badApproved = 3;
    empowered.rubberStamp.mean = 1.4;
    t.results = {verify, empowered};
    return t;
}
} // namespace

void TstPairHistoryStore::rubberStampRoundTrip()
{
    QTemporaryDir dir;
    HistoryDatabase db;
    QVERIFY(db.open(dir.filePath(QStringLiteral("h.sqlite"))));
    RubberStampHistoryStore store(db);
    QVERIFY2(store.open(), qPrintable(store.errorString()));
    const QDateTime t0(QDate(2026, 5, 1), QTime(10, 0), Qt::UTC);
    const std::optional<qint64> first = store.save(sampleTest(t0));
    RubberStampRun cancelled = sampleTest(t0.addDays(1));
    cancelled.cancelled = true;
    cancelled.reviewerThinking.reset();
    const std::optional<qint64> second = store.save(cancelled);
    QVERIFY2(first && second, qPrintable(store.errorString()));

    const QList<RubberStampRun> tests = store.tests();
    QCOMPARE(tests.size(), 2);
    QCOMPARE(tests[0].id, *second); // newest first
    QVERIFY(tests[0].cancelled);
    QVERIFY(!tests[0].reviewerThinking.has_value());
    const RubberStampRun &t = tests[1];
    QCOMPARE(t.id, *first);
    QVERIFY(!t.cancelled);
    QCOMPARE(t.startedAt, t0);
    QCOMPARE(t.finishedAt, t0.addSecs(90));
    QCOMPARE(t.reviewerNode, QStringLiteral("DGX2"));
    QVERIFY(t.reviewerSimulated);
    QCOMPARE(t.reviewerThinking, std::optional<bool>(true));
    QCOMPARE(t.suites, QStringList({QStringLiteral("coding-single"), QStringLiteral("debugging")}));
    QCOMPARE(t.runs, 3);
    QCOMPARE(t.badSamples, 70);
    QCOMPARE(t.goodSamples, 90);
    QCOMPARE(t.corpusSamples, 140);
    QCOMPARE(t.results.size(), 2);
    const RubberStampPromptResult &v = t.results[0];
    QCOMPARE(v.promptKey, QStringLiteral("verify"));
    QCOMPARE(v.prompt, QStringLiteral("Verify this code works."));
    QCOMPARE(v.badReviews, 210);
    QCOMPARE(v.badApproved, 199);
    QCOMPARE(v.goodReviews, 270);
    QCOMPARE(v.unparsable, 2);
    QCOMPARE(v.failed, 1);
    QCOMPARE(v.rubberStamp.mean, std::optional<double>(94.76));
    QCOMPARE(v.rubberStamp.min, std::optional<double>(92.0));
    QCOMPARE(v.rubberStamp.max, std::optional<double>(97.1));
    QCOMPARE(v.rubberStamp.perRun.size(), 3);
    QCOMPARE(v.nitpick.perRun.at(1), std::optional<double>()); // unknown stays unknown
    QCOMPARE(t.results[1].promptKey, QStringLiteral("empowered"));
    QCOMPARE(t.results[1].rubberStamp.mean, std::optional<double>(1.4));
}

// A history file written before rubber-stamp tests were kept (pair schema version 1) gets the new tables
// and keeps its pair runs.
void TstPairHistoryStore::rubberStampMigratesAVersion1File()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    {
        HistoryDatabase db;
        QVERIFY(db.open(path));
        QVERIFY(db.migrate(PairHistoryStore::component(), PairHistorySchema::migrations().mid(0, 1)));
        QCOMPARE(db.schemaVersion(PairHistoryStore::component()), 1);
        PairHistoryStore pair(db);
        QVERIFY(pair.savePairRun(sampleRun()).has_value());
    }
    HistoryDatabase db;
    QVERIFY(db.open(path));
    RubberStampHistoryStore store(db);
    QVERIFY2(store.open(), qPrintable(store.errorString()));
    QCOMPARE(db.schemaVersion(PairHistoryStore::component()), 2);
    QVERIFY(store.tests().isEmpty());
    QVERIFY(store.save(sampleTest(QDateTime::currentDateTimeUtc())).has_value());
    PairHistoryStore pair(db);
    QVERIFY(pair.open());
    QCOMPARE(pair.pairRuns().size(), 1);
    QCOMPARE(store.tests().size(), 1);
    QVERIFY(db.integrityOk());
}

QTEST_GUILESS_MAIN(TstPairHistoryStore)
#include "tst_pairhistorystore.moc"
