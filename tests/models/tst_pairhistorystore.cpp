#include "models/history/benchhistorystore.h"
#include "models/history/comparehistorystore.h"
#include "models/history/historydatabase.h"
#include "models/history/pairhistorystore.h"
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
};

void TstPairHistoryStore::roundTrip()
{
    QTemporaryDir dir;
    HistoryDatabase db;
    QVERIFY(db.open(dir.filePath(QStringLiteral("h.sqlite"))));
    PairHistoryStore store(db);
    QVERIFY2(store.open(), qPrintable(store.errorString()));
    QCOMPARE(db.schemaVersion(QStringLiteral("pair")), 1);
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

QTEST_GUILESS_MAIN(TstPairHistoryStore)
#include "tst_pairhistorystore.moc"
