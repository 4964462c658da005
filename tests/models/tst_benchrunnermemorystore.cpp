// BenchRunner against an in-memory BenchRunStore: the engine needs only the interface it owns
// (models/bench/benchrunstore.h), no database.
#include "models/bench/benchrunner.h"
#include "models/bench/benchrunstore.h"
#include "models/bench/suiteloader.h"
#include "models/sim/simulatednode.h"
#include "tests/support/benchsimfixture.h"

#include <QMap>
#include <QSignalSpy>
#include <QTest>

namespace {

class MemoryBenchStore final : public BenchRunStore
{
public:
    std::optional<qint64> createRun(const BenchRunInfo &info) override
    {
        BenchRunInfo stored = info;
        stored.id = ++m_lastId;
        m_runs.insert(stored.id, stored);
        return stored.id;
    }
    bool saveNodes(qint64 runId, const QList<NodeFingerprint> &nodes) override
    {
        if (!m_runs.contains(runId))
            return false;
        m_runs[runId].nodes = nodes;
        return true;
    }
    bool setRunStatus(qint64 runId, BenchRunStatus status, const QDateTime &finishedAt) override
    {
        if (!m_runs.contains(runId))
            return false;
        m_runs[runId].status = status;
        m_runs[runId].finishedAt = finishedAt;
        statuses.append(status);
        return true;
    }
    bool saveCell(qint64 runId, const BenchCell &cell, const std::optional<TaskVerdict> &verdict) override
    {
        if (!m_runs.contains(runId))
            return false;
        m_cells[runId].append(cell);
        if (verdict)
            m_verdicts[runId].append(*verdict);
        return true;
    }
    std::optional<BenchRunInfo> run(qint64 runId) const override
    {
        return m_runs.contains(runId) ? std::optional<BenchRunInfo>(m_runs.value(runId)) : std::nullopt;
    }
    QList<BenchCell> cells(qint64 runId, bool = true) const override { return m_cells.value(runId); }
    QList<TaskVerdict> verdicts(qint64 runId) const override { return m_verdicts.value(runId); }
    QList<Regression> regressions(qint64) const override { return {}; }
    QString errorString() const override { return {}; }

    QList<BenchRunStatus> statuses;

private:
    qint64 m_lastId = 0;
    QMap<qint64, BenchRunInfo> m_runs;
    QMap<qint64, QList<BenchCell>> m_cells;
    QMap<qint64, QList<TaskVerdict>> m_verdicts;
};

} // namespace

class TstBenchRunnerMemoryStore : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QList<SuiteLoadError> errors;
        const auto suite = SuiteLoader::parse(BenchSimFixture::suiteJson(), QStringLiteral("sim-suite.json"), &errors);
        QVERIFY2(suite, errors.isEmpty() ? "" : qPrintable(errors.first().toString()));
        m_suite = *suite;
    }

    void cancelledRunResumesFromTheMemoryStore()
    {
        BenchSimFixture fx;
        SimulatedNode *server = fx.addNode(1);
        NodeConfig node;
        node.id = QStringLiteral("n0");
        node.name = QStringLiteral("Node0");
        node.url = server->baseUrl();
        node.simulated = true;
        BenchSettings settings;
        settings.suites = {m_suite};
        settings.nodes = {node};
        settings.runs = 2;

        MemoryBenchStore store;
        qint64 runId = 0;
        {
            BenchRunner runner;
            runner.setStore(&store);
            QSignalSpy finished(&runner, &BenchRunner::finished);
            connect(&runner, &BenchRunner::cellFinished, &runner, [&runner](const BenchCell &) {
                if (runner.report().cells.size() == 2)
                    runner.cancel();
            });
            QVERIFY(runner.start(settings));
            QVERIFY(finished.wait(60000));
            runId = runner.report().run.id;
            QCOMPARE(runId, 1);
            QCOMPARE(store.run(runId)->status, BenchRunStatus::Cancelled);
            QCOMPARE(store.cells(runId).size(), 2);
            QCOMPARE(store.run(runId)->nodes.size(), 1); // the probe's fingerprint
            QCOMPARE(BenchSettings::fromJson(store.run(runId)->settingsJson)->runs, 2);
        }
        const qint64 requestsBefore = server->counters().chatRequests;
        BenchRunner resumed;
        resumed.setStore(&store);
        QSignalSpy finished(&resumed, &BenchRunner::finished);
        QVERIFY(resumed.resume(runId, settings));
        QVERIFY(finished.wait(60000));
        QCOMPARE(resumed.report().run.status, BenchRunStatus::Finished);
        QCOMPARE(store.cells(runId).size(), 5);
        QCOMPARE(store.verdicts(runId).size(), 5);
        QCOMPARE(store.run(runId)->status, BenchRunStatus::Finished);
        QCOMPARE(store.statuses.last(), BenchRunStatus::Finished);
        // Only the three missing cells were asked (multi has two turns), 2 runs each, plus a warm-up.
        QCOMPARE(server->counters().chatRequests - requestsBefore, qint64(2 * (2 + 1 + 1) + 1));
    }

    void resumeOfAnUnknownRunFails()
    {
        MemoryBenchStore store;
        BenchRunner runner;
        runner.setStore(&store);
        BenchSettings settings;
        settings.suites = {m_suite};
        NodeConfig node;
        node.name = QStringLiteral("x");
        node.url = QUrl(QStringLiteral("http://127.0.0.1:9"));
        settings.nodes = {node};
        QVERIFY(!runner.resume(42, settings));
        QVERIFY(!runner.errorString().isEmpty());
    }

private:
    Suite m_suite;
};

QTEST_GUILESS_MAIN(TstBenchRunnerMemoryStore)
#include "tst_benchrunnermemorystore.moc"
