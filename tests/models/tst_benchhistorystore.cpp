#include "models/bench/benchexporter.h"
#include "models/history/benchhistorystore.h"
#include "models/history/historydatabase.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

BenchCell makeCell(const QString &task, const QString &node, QList<double> scores, double threshold = 70,
                   RunState state = RunState::Done)
{
    BenchCell cell;
    cell.suite = QStringLiteral("suite-a");
    cell.task = task;
    cell.node = node;
    cell.passThreshold = threshold;
    for (int i = 0; i < scores.size(); ++i) {
        BenchRun run;
        run.runIndex = i;
        run.state = state;
        run.score = scores.at(i);
        run.startedAt = QDateTime::currentDateTimeUtc();
        BenchTurn turn;
        turn.answer = QStringLiteral("답 %1").arg(i);
        turn.reasoning = QStringLiteral("thinking %1").arg(i);
        turn.ttrMs = 1000 + i;
        turn.answerTokens = 10;
        run.turns = {turn};
        CheckResult c;
        c.name = QStringLiteral("contains");
        c.outcome = scores.at(i) >= threshold ? CheckOutcome::Passed : CheckOutcome::Failed;
        c.detail = QStringLiteral("detail");
        run.checks = {c};
        cell.runs.append(run);
    }
    cell.rescore();
    return cell;
}

BenchRunInfo runInfo(const QString &model = QStringLiteral("qwen3"))
{
    BenchRunInfo info;
    info.startedAt = QDateTime::currentDateTimeUtc();
    info.suites = {QStringLiteral("suite-a")};
    info.settingsJson = R"({"runs":3})";
    for (const QString &n : {QStringLiteral("DGX1"), QStringLiteral("DGX2")}) {
        NodeFingerprint f;
        f.node = n;
        f.url = QStringLiteral("http://127.0.0.1:1");
        f.backend = Backend::Vllm;
        f.modelId = model;
        f.serverVersion = QStringLiteral("0.11");
        f.contextLength = 32768;
        info.nodes.append(f);
    }
    return info;
}

} // namespace

class TstBenchHistoryStore : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void roundTrip();
    void consensusRoundTripAndExport();
    void verdictHistoryCounts();
    void nodeSuiteHistoryShowsModelChange();
    void nodeSuiteHistoryDefaultIsEverySuite();
    void regressionsAgainstPreviousComparableRun();
    void regressionsOnlyWithinOneTaskVersion();
    void migrationFromVersion1KeepsOldCells();
    void pairedComparison();
    void resumeKeysAndStatus();
    void migrationIsIdempotent();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<HistoryDatabase> m_db;
    std::unique_ptr<BenchHistoryStore> m_store;
};

void TstBenchHistoryStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<HistoryDatabase>();
    QVERIFY(m_db->open(m_dir->filePath(QStringLiteral("h.sqlite"))));
    m_store = std::make_unique<BenchHistoryStore>(*m_db);
    QVERIFY2(m_store->open(), qPrintable(m_store->errorString()));
}

void TstBenchHistoryStore::cleanup()
{
    m_store.reset();
    m_db.reset();
    m_dir.reset();
}

void TstBenchHistoryStore::consensusRoundTripAndExport()
{
    // A code task on three nodes, one divergent: structures stay with the cells, the flag with the verdict.
    auto structure = [](const QStringList &flow, const QStringList &data) {
        CodeStructure s;
        s.analysed = s.available = true;
        s.runIndex = 0;
        CodeStructure::Definition d;
        d.kind = QStringLiteral("def");
        d.name = QStringLiteral("fib");
        d.text = QStringLiteral("fib(n)");
        d.positional = 1;
        s.definitions = {d};
        s.controlFlow = flow;
        s.dataStructures = data;
        return s;
    };
    const QStringList nodes{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("local")};
    QList<QPair<QString, CodeStructure>> solutions{
        {nodes.at(0), structure({QStringLiteral("for")}, {QStringLiteral("dict")})},
        {nodes.at(1), structure({QStringLiteral("for")}, {QStringLiteral("dict")})},
        {nodes.at(2), structure({QStringLiteral("recursion")}, {})}};
    const auto id = m_store->createRun(runInfo());
    QVERIFY(id);
    TaskVerdict v{QStringLiteral("suite-a"), QStringLiteral("fib"), Verdict::Unanimous, nodes, nodes};
    v.consensus = CodeConsensus::compute(solutions);
    QCOMPARE(v.consensus->divergent, QStringList{QStringLiteral("local")});
    for (int i = 0; i < 3; ++i) {
        BenchCell c = makeCell(QStringLiteral("fib"), nodes.at(i), {100, 100, 100});
        c.structure = solutions.at(i).second;
        QVERIFY(m_store->saveCell(*id, c, i == 2 ? std::optional(v) : std::nullopt));
    }
    const auto report = m_store->report(*id);
    QVERIFY(report);
    QCOMPARE(report->cells.size(), 3);
    QCOMPARE(report->cells.at(2).structure.controlFlow, QStringList{QStringLiteral("recursion")});
    QVERIFY(report->cells.at(2).structure.available);
    QCOMPARE(report->verdicts.size(), 1);
    QVERIFY(report->verdicts.first().consensus);
    QCOMPARE(report->verdicts.first().consensus->divergent, QStringList{QStringLiteral("local")});
    QCOMPARE(report->verdicts.first().consensus->pairs.size(), 3);

    const nlohmann::json j = nlohmann::json::parse(BenchExporter::toJson(*report).toStdString());
    QVERIFY(j["verdicts"][0]["consensus"]["outcome"] == "divergent");
    QVERIFY(j["verdicts"][0]["consensus"]["divergent"][0] == "local");
    QVERIFY(j["results"][2]["divergent_approach"] == true);
    QVERIFY(j["results"][0]["divergent_approach"] == false);
    QVERIFY(j["results"][2]["structure"]["control_flow"][0] == "recursion");
    const QString csv = QString::fromUtf8(BenchExporter::toCsv(*report));
    QVERIFY(csv.section(QLatin1Char('\n'), 0, 0).endsWith(QStringLiteral(",divergent_approach")));
    QVERIFY(csv.section(QLatin1Char('\n'), 3, 3).endsWith(QStringLiteral(",true")));
    const QString md = QString::fromUtf8(BenchExporter::toMarkdown(*report));
    QVERIFY(md.contains(QStringLiteral("divergent approach: local")));

    // A task without code: no structure, no consensus, null in the export.
    const auto id2 = m_store->createRun(runInfo());
    QVERIFY(m_store->saveCell(*id2, makeCell(QStringLiteral("t1"), QStringLiteral("A"), {100, 100, 100}),
                              TaskVerdict{QStringLiteral("suite-a"), QStringLiteral("t1"), Verdict::Unanimous,
                                          {QStringLiteral("A")}, {QStringLiteral("A")}}));
    const auto plain = m_store->report(*id2);
    QVERIFY(plain && !plain->verdicts.first().consensus && !plain->cells.first().structure.analysed);
    const nlohmann::json pj = nlohmann::json::parse(BenchExporter::toJson(*plain).toStdString());
    QVERIFY(pj["results"][0]["divergent_approach"].is_null());
    QVERIFY(pj["verdicts"][0]["consensus"].is_null());
}

void TstBenchHistoryStore::roundTrip()
{
    const auto id = m_store->createRun(runInfo());
    QVERIFY(id);
    const BenchCell a = makeCell(QStringLiteral("t1"), QStringLiteral("DGX1"), {100, 100, 90});
    const BenchCell b = makeCell(QStringLiteral("t1"), QStringLiteral("DGX2"), {0, 0, 0});
    QVERIFY(m_store->saveCell(*id, a));
    const TaskVerdict v{QStringLiteral("suite-a"),
                        QStringLiteral("t1"),
                        Verdict::Split,
                        {QStringLiteral("DGX1")},
                        {QStringLiteral("DGX1"), QStringLiteral("DGX2")}};
    QVERIFY(m_store->saveCell(*id, b, v));
    QVERIFY(m_store->setRunStatus(*id, BenchRunStatus::Finished, QDateTime::currentDateTimeUtc()));
    QCOMPARE(m_store->resultCount(), 6);

    const auto report = m_store->report(*id);
    QVERIFY(report);
    QCOMPARE(report->run.status, BenchRunStatus::Finished);
    QCOMPARE(report->run.nodes.size(), 2);
    QCOMPARE(report->run.nodes.first().modelId, QStringLiteral("qwen3"));
    QCOMPARE(*report->run.nodes.first().contextLength, 32768);
    QCOMPARE(report->cells.size(), 2);
    const BenchCell &loaded = report->cells.first();
    QCOMPARE(loaded.node, QStringLiteral("DGX1"));
    QCOMPARE(loaded.runs.size(), 3);
    QCOMPARE(*loaded.score.mean, *a.score.mean);
    QCOMPARE(loaded.score.passed, true);
    QCOMPARE(loaded.runs.at(1).turns.first().answer, QStringLiteral("답 1"));
    QCOMPARE(loaded.runs.at(1).turns.first().reasoning, QStringLiteral("thinking 1"));
    QCOMPARE(*loaded.runs.at(2).turns.first().ttrMs, 1002.0);
    QCOMPARE(loaded.runs.at(0).checks.first().name, QStringLiteral("contains"));
    QVERIFY(loaded.runs.at(0).checks.first().passed());
    QCOMPARE(report->verdicts.size(), 1);
    QCOMPARE(report->verdicts.first().verdict, Verdict::Split);
    QCOMPARE(report->verdicts.first().passingNodes, QStringList{QStringLiteral("DGX1")});
    QVERIFY(m_db->integrityOk());
}

void TstBenchHistoryStore::verdictHistoryCounts()
{
    for (int r = 0; r < 3; ++r) {
        const auto id = m_store->createRun(runInfo());
        QVERIFY(id);
        for (int t = 0; t < 4; ++t) {
            const Verdict v = t < r + 1 ? Verdict::Unanimous : Verdict::AllFail;
            QVERIFY(m_store->saveVerdict(
                *id, {QStringLiteral("suite-a"), QStringLiteral("t%1").arg(t), v, {}, {}}));
        }
    }
    const auto history = m_store->verdictHistory();
    QCOMPARE(history.size(), 3);
    QVERIFY(history.at(0).runId < history.at(2).runId); // oldest first
    QCOMPARE(history.at(0).unanimous, 1);
    QCOMPARE(history.at(0).allFail, 3);
    QCOMPARE(history.at(2).unanimous, 3);
    QCOMPARE(history.at(2).total(), 4);
    QCOMPARE(m_store->verdictHistory(1).size(), 1);
    QCOMPARE(m_store->verdictHistory(1).first().runId, history.at(2).runId);
}

void TstBenchHistoryStore::nodeSuiteHistoryShowsModelChange()
{
    const auto r1 = m_store->createRun(runInfo(QStringLiteral("qwen3")));
    QVERIFY(m_store->saveCell(*r1, makeCell(QStringLiteral("t1"), QStringLiteral("DGX1"), {100, 100, 100})));
    QVERIFY(m_store->saveCell(*r1, makeCell(QStringLiteral("t2"), QStringLiteral("DGX1"), {50, 50, 50})));
    const auto r2 = m_store->createRun(runInfo(QStringLiteral("qwen3.5")));
    QVERIFY(m_store->saveCell(*r2, makeCell(QStringLiteral("t1"), QStringLiteral("DGX1"), {100, 100, 100})));
    const auto stats = m_store->nodeSuiteHistory(QStringLiteral("suite-a"));
    QCOMPARE(stats.size(), 2);
    QCOMPARE(stats.at(0).runId, *r1);
    QCOMPARE(*stats.at(0).meanScore, 75.0);
    QCOMPARE(stats.at(0).cells, 2);
    QCOMPARE(stats.at(0).passed, 1);
    QVERIFY(stats.at(0).meanTtrMs);
    QVERIFY(stats.at(0).fingerprint != stats.at(1).fingerprint);
    QCOMPARE(stats.at(1).modelId, QStringLiteral("qwen3.5"));
    QVERIFY(m_store->nodeSuiteHistory(QStringLiteral("other")).isEmpty());
}

// The default (no suite) means every suite: it once bound a null QString as SQL NULL and matched nothing.
void TstBenchHistoryStore::nodeSuiteHistoryDefaultIsEverySuite()
{
    const auto r1 = m_store->createRun(runInfo(QStringLiteral("qwen3")));
    QVERIFY(m_store->saveCell(*r1, makeCell(QStringLiteral("t1"), QStringLiteral("DGX1"), {100, 100, 100})));
    BenchCell other = makeCell(QStringLiteral("t9"), QStringLiteral("DGX1"), {40, 40, 40});
    other.suite = QStringLiteral("suite-b");
    QVERIFY(m_store->saveCell(*r1, other));
    for (const QString &all : {QString(), QStringLiteral("")}) {
        const auto stats = m_store->nodeSuiteHistory(all);
        QCOMPARE(stats.size(), 2); // one row per suite x node
        QSet<QString> suites;
        for (const auto &s : stats)
            suites.insert(s.suite);
        QCOMPARE(suites, (QSet<QString>{QStringLiteral("suite-a"), QStringLiteral("suite-b")}));
    }
    QCOMPARE(m_store->nodeSuiteHistory().size(), 2);
    QCOMPARE(m_store->nodeSuiteHistory(QStringLiteral("suite-b")).size(), 1);
}

void TstBenchHistoryStore::regressionsAgainstPreviousComparableRun()
{
    const auto r1 = m_store->createRun(runInfo());
    QVERIFY(m_store->saveCell(*r1, makeCell(QStringLiteral("t1"), QStringLiteral("DGX1"), {100, 100, 100})));
    QVERIFY(m_store->saveCell(*r1, makeCell(QStringLiteral("t2"), QStringLiteral("DGX1"), {100, 100, 100})));
    // Run 2: t1 errored (not comparable), t2 still fine.
    const auto r2 = m_store->createRun(runInfo());
    QVERIFY(m_store->saveCell(
        *r2, makeCell(QStringLiteral("t1"), QStringLiteral("DGX1"), {0, 0, 0}, 70, RunState::Error)));
    QVERIFY(m_store->saveCell(*r2, makeCell(QStringLiteral("t2"), QStringLiteral("DGX1"), {100, 100, 100})));
    QVERIFY(m_store->regressions(*r2).isEmpty());
    // Run 3: t1 fails (compared with run 1, the latest DONE one), t2 passes.
    const auto r3 = m_store->createRun(runInfo());
    QVERIFY(m_store->saveCell(*r3, makeCell(QStringLiteral("t1"), QStringLiteral("DGX1"), {0, 50, 0})));
    QVERIFY(m_store->saveCell(*r3, makeCell(QStringLiteral("t2"), QStringLiteral("DGX1"), {100, 100, 100})));
    const QList<Regression> reg = m_store->regressions(*r3);
    QCOMPARE(reg.size(), 1);
    QCOMPARE(reg.first().task, QStringLiteral("t1"));
    QCOMPARE(reg.first().previousRunId, *r1);
    QCOMPARE(reg.first().kind, Regression::Kind::NowFailing);
    QVERIFY(m_store->regressions(*r1).isEmpty()); // nothing before the first run
}

void TstBenchHistoryStore::regressionsOnlyWithinOneTaskVersion()
{
    auto versioned = [](const QString &version, QList<double> scores) {
        BenchCell c = makeCell(QStringLiteral("t1"), QStringLiteral("DGX1"), std::move(scores));
        c.taskVersion = version;
        return c;
    };
    const auto r1 = m_store->createRun(runInfo());
    QVERIFY(m_store->saveCell(*r1, versioned(QStringLiteral("v1"), {100, 100, 100})));
    // The task's checks changed (v2): a stricter grading is not a regression of the model.
    const auto r2 = m_store->createRun(runInfo());
    QVERIFY(m_store->saveCell(*r2, versioned(QStringLiteral("v2"), {0, 0, 0})));
    QVERIFY(m_store->regressions(*r2).isEmpty());
    QVERIFY(!m_store->previousCell(*r2, QStringLiteral("suite-a"), QStringLiteral("t1"),
                                   QStringLiteral("DGX1"), QStringLiteral("v2")));
    QCOMPARE(m_store->cells(*r2).first().taskVersion, QStringLiteral("v2"));
    // A later v1 run is compared with the v1 run, skipping the v2 one.
    const auto r3 = m_store->createRun(runInfo());
    QVERIFY(m_store->saveCell(*r3, versioned(QStringLiteral("v1"), {0, 0, 0})));
    const QList<Regression> reg = m_store->regressions(*r3);
    QCOMPARE(reg.size(), 1);
    QCOMPARE(reg.first().previousRunId, *r1);
    const auto prev = m_store->previousCell(*r3, QStringLiteral("suite-a"), QStringLiteral("t1"),
                                            QStringLiteral("DGX1"), QStringLiteral("v1"));
    QVERIFY(prev);
    QCOMPARE(prev->runId, *r1);
}

void TstBenchHistoryStore::migrationFromVersion1KeepsOldCells()
{
    // A database written before task versions: its cells read back with version "" after the migration.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    {
        HistoryDatabase db;
        QVERIFY(db.open(path));
        QVERIFY(db.migrate(BenchHistoryStore::component(), BenchHistoryStore::migrations().mid(0, 1)));
        QSqlQuery q(db.db());
        QVERIFY(q.exec(
            QStringLiteral("INSERT INTO bench_runs(started_ms, suites, settings_json, status, tool_version) "
                           "VALUES(1, 'math', '{}', 'finished', 'old')")));
        QVERIFY(q.exec(
            QStringLiteral("INSERT INTO bench_cells(run_id, suite, task, node, pass_threshold, runs, "
                           "mean_score, passed, stable, state) VALUES(1, 'math', 't', 'n', 70, 1, 100, 1, 1, "
                           "'DONE')")));
    }
    HistoryDatabase db;
    QVERIFY(db.open(path));
    BenchHistoryStore store(db);
    QVERIFY2(store.open(), qPrintable(store.errorString()));
    QCOMPARE(db.schemaVersion(BenchHistoryStore::component()), int(BenchHistoryStore::migrations().size()));
    const QList<BenchCell> cells = store.cells(1);
    QCOMPARE(cells.size(), 1);
    QCOMPARE(cells.first().taskVersion, QString());
    QCOMPARE(cells.first().score.mean.value_or(-1), 100.0);
}

void TstBenchHistoryStore::pairedComparison()
{
    const auto a = m_store->createRun(runInfo());
    QVERIFY(m_store->saveCell(*a, makeCell(QStringLiteral("t1"), QStringLiteral("DGX1"), {100, 100, 100})));
    QVERIFY(m_store->saveCell(*a, makeCell(QStringLiteral("t2"), QStringLiteral("DGX1"), {80, 80, 80})));
    const auto b = m_store->createRun(runInfo());
    QVERIFY(m_store->saveCell(*b, makeCell(QStringLiteral("t1"), QStringLiteral("DGX1"), {50, 50, 50})));
    QVERIFY(m_store->saveCell(*b, makeCell(QStringLiteral("t3"), QStringLiteral("DGX1"), {10, 10, 10})));
    const auto deltas = m_store->compareRuns(*a, *b);
    QCOMPARE(deltas.size(), 3);
    QCOMPARE(deltas.at(0).task, QStringLiteral("t1"));
    QCOMPARE(*deltas.at(0).delta(), -50.0);
    QCOMPARE(deltas.at(1).task, QStringLiteral("t2"));
    QVERIFY(!deltas.at(1).delta()); // unpaired: no made-up number
    QVERIFY(!deltas.at(2).meanA);
    QCOMPARE(*deltas.at(2).meanB, 10.0);
}

void TstBenchHistoryStore::resumeKeysAndStatus()
{
    const auto id = m_store->createRun(runInfo());
    const BenchCell cell = makeCell(QStringLiteral("t1"), QStringLiteral("DGX1"), {100});
    QVERIFY(m_store->saveCell(*id, cell));
    QCOMPARE(m_store->storedCellKeys(*id), QSet<QString>{cell.key()});
    QCOMPARE(m_store->run(*id)->status, BenchRunStatus::Running);
    QVERIFY(m_store->setRunStatus(*id, BenchRunStatus::Cancelled));
    QCOMPARE(m_store->run(*id)->status, BenchRunStatus::Cancelled);
    QCOMPARE(m_store->runs().size(), 1);
    QVERIFY(m_store->removeRun(*id));
    QCOMPARE(m_store->resultCount(), 0); // cascades
    QVERIFY(!m_store->run(*id));
}

void TstBenchHistoryStore::migrationIsIdempotent()
{
    QVERIFY(m_store->open());
    QCOMPARE(m_db->schemaVersion(BenchHistoryStore::component()),
             int(BenchHistoryStore::migrations().size()));
}

QTEST_GUILESS_MAIN(TstBenchHistoryStore)
#include "tst_benchhistorystore.moc"
