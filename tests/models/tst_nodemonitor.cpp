#include "models/sim/simlab.h"
#include "models/sim/simulatednode.h"

#include "models/net/nodeprobe.h"
#include "models/monitor/nodemonitor.h"
#include "tests/support/scriptedhttpserver.h"

#include <QHash>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <cmath>

// NodeMonitor against the simulated lab. Timing is only ever compared between nodes (ratios with
// generous slack), never against the wall clock.
class TestNodeMonitor : public QObject
{
    Q_OBJECT

private:
    static constexpr int WaitMs = 20000;

    static NodeConfig node(const QString &id, const QUrl &url, int intervalMs = 2000, int timeoutMs = 1500)
    {
        NodeConfig c;
        c.id = id;
        c.name = id.toUpper();
        c.url = url;
        c.pollIntervalMs = intervalMs;
        c.requestTimeoutMs = timeoutMs;
        return c;
    }

    static QUrl closedPortUrl()
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(ScriptedHttpServer::unusedPort()));
    }

    // The lab node at index, polled every intervalMs.
    static NodeConfig labNode(const SimLab &lab, int index, int intervalMs)
    {
        NodeConfig n = lab.nodes().at(index);
        n.pollIntervalMs = intervalMs;
        return n;
    }

    static QStringList ids(const QList<NodeConfig> &nodes)
    {
        QStringList out;
        for (const NodeConfig &n : nodes)
            out.append(n.id);
        return out;
    }

private slots:
    void nodesKeepTheirOrder()
    {
        NodeMonitor monitor;
        QSignalSpy changed(&monitor, &NodeMonitor::nodesChanged);
        const QUrl u(QStringLiteral("http://a.invalid:1"));
        monitor.setNodes({node(QStringLiteral("b"), u), node(QStringLiteral("a"), u),
                          node(QStringLiteral("b"), u), node(QStringLiteral("c"), u)});
        QCOMPARE(changed.count(), 1);
        QCOMPARE(ids(monitor.nodes()),
                 (QStringList{QStringLiteral("b"), QStringLiteral("a"), QStringLiteral("c")}));
        QCOMPARE(monitor.indexOf(QStringLiteral("c")), 2);
        QVERIFY(monitor.networkManager(QStringLiteral("a")));
        QVERIFY(monitor.networkManager(QStringLiteral("a")) != monitor.networkManager(QStringLiteral("b")));
        QVERIFY(!monitor.networkManager(QStringLiteral("zzz")));
        QVERIFY(!monitor.series(QStringLiteral("zzz"), NodeMonitor::Series::PromptTps));
        QCOMPARE(monitor.latest(QStringLiteral("a")).health, NodeHealth::Unknown);
        QCOMPARE(monitor.latest(QStringLiteral("zzz")).nodeId, QStringLiteral("zzz"));
    }

    void labIsPolledAndBadNodesDoNotStopTheOthers()
    {
        SimLab lab;
        QVERIFY2(lab.start(0.02), qPrintable(lab.errorString()));
        QList<NodeConfig> nodes = lab.nodes();
        for (NodeConfig &n : nodes) {
            n.pollIntervalMs = 150;
            n.requestTimeoutMs = 5000; // generous: only the stalled node should time out
        }
        nodes[1].requestTimeoutMs = 300;
        lab.server(nodes[1].id)->setFault(SimFault(SimFault::Kind::Stall));
        nodes.append(node(QStringLiteral("refused"), closedPortUrl(), 150, 300));
        nodes.append(
            node(QStringLiteral("nowhere"), QUrl(QStringLiteral("http://nowhere.invalid:8080")), 150, 5000));

        NodeMonitor monitor;
        monitor.setNodes(nodes);
        QHash<QString, int> counts;
        connect(&monitor, &NodeMonitor::sampleAvailable, this,
                [&](const NodeSample &s) { ++counts[s.nodeId]; });
        monitor.start();
        const QString good = nodes[0].id, stalled = nodes[1].id, llama = nodes[2].id;
        QTRY_VERIFY_WITH_TIMEOUT(counts.value(stalled) >= 2 && counts.value(good) >= 6, WaitMs);
        QVERIFY(counts.value(good) > counts.value(stalled)); // a stalled node never holds the others back

        const NodeSample up = monitor.latest(good);
        QCOMPARE(up.health, NodeHealth::Up);
        QCOMPARE(up.backend, Backend::Vllm);
        QVERIFY(up.simulated);
        QCOMPARE(monitor.latest(llama).health, NodeHealth::Up);
        QCOMPARE(monitor.latest(llama).backend, Backend::LlamaCpp);
        const NodeSample stall = monitor.latest(stalled);
        QCOMPARE(stall.health, NodeHealth::Down);
        QCOMPARE(stall.reason, QStringLiteral("timed out after 0.3 s"));
        QCOMPARE(monitor.latest(QStringLiteral("refused")).reason, QStringLiteral("connection refused"));
        QCOMPARE(monitor.latest(QStringLiteral("nowhere")).reason,
                 QStringLiteral("host not found: nowhere.invalid"));

        // The down nodes back off: fewer polls than the healthy node at the same interval.
        QTRY_VERIFY_WITH_TIMEOUT(counts.value(good) >= 20, WaitMs);
        QVERIFY2(counts.value(QStringLiteral("refused")) * 2 < counts.value(good),
                 qPrintable(QStringLiteral("%1 vs %2")
                                .arg(counts.value(QStringLiteral("refused")))
                                .arg(counts.value(good))));

        // And recovers: clear the stall, the node comes back.
        lab.server(stalled)->clearFaults();
        QTRY_COMPARE_WITH_TIMEOUT(monitor.latest(stalled).health, NodeHealth::Up, WaitMs);
        monitor.stop();
    }

    void seriesHoldRatesAndGaps()
    {
        SimLab lab;
        QVERIFY(lab.start(0.02));
        const NodeConfig vllm = labNode(lab, 0, 100);
        NodeMonitor monitor;
        monitor.setNodes({vllm, node(QStringLiteral("refused"), closedPortUrl(), 100, 300)});
        monitor.start();
        const TimeSeries *gen = monitor.series(vllm.id, NodeMonitor::Series::GenerationTps);
        const TimeSeries *latency = monitor.series(vllm.id, NodeMonitor::Series::LatencyMs);
        const TimeSeries *downGen =
            monitor.series(QStringLiteral("refused"), NodeMonitor::Series::GenerationTps);
        QVERIFY(gen && latency && downGen);
        QCOMPARE(gen->windowMs(), TimeSeries::DefaultWindowMs);
        QTRY_VERIFY_WITH_TIMEOUT(gen->size() >= 4 && downGen->size() >= 2, WaitMs);
        QVERIFY(std::isnan(gen->valueAt(0))); // first scrape: a baseline, not a zero
        QVERIFY(std::isfinite(gen->valueAt(gen->size() - 1)));
        QVERIFY(*gen->lastValue() >= 0);
        QVERIFY(latency->minimum().has_value());
        for (qsizetype i = 0; i < downGen->size(); ++i)
            QVERIFY(std::isnan(downGen->valueAt(i)));
        QVERIFY(!downGen->maximum().has_value());
        for (qsizetype i = 1; i < gen->size(); ++i)
            QVERIFY(gen->timeAt(i) >= gen->timeAt(i - 1));
        monitor.stop();
    }

    void editsKeepOrResetANode()
    {
        SimLab lab;
        QVERIFY(lab.start(0.02));
        const QList<NodeConfig> labNodes = lab.nodes();
        NodeConfig n = labNodes.first();
        NodeMonitor monitor;
        monitor.setNodes({n});
        QSignalSpy samples(&monitor, &NodeMonitor::sampleAvailable);
        monitor.pollNow();
        QVERIFY(samples.wait(WaitMs));
        const TimeSeries *series = monitor.series(n.id, NodeMonitor::Series::LatencyMs);
        QCOMPARE(series->size(), 1);
        NodeProbe *probe = monitor.probe(n.id);

        n.name = QStringLiteral("Renamed");
        n.role = QStringLiteral("reviewer");
        monitor.setNodes({n});
        QCOMPARE(monitor.probe(n.id), probe);
        QCOMPARE(series->size(), 1); // cosmetic edit: history kept
        QCOMPARE(monitor.latest(n.id).health, NodeHealth::Up);
        QCOMPARE(monitor.nodes().first().name, QStringLiteral("Renamed"));

        n.url = labNodes.last().url; // another server
        monitor.setNodes({n});
        QCOMPARE(series->size(), 0);
        QCOMPARE(monitor.latest(n.id).health, NodeHealth::Unknown);
        monitor.pollNow();
        QVERIFY(samples.wait(WaitMs));
        QCOMPARE(monitor.latest(n.id).backend, Backend::LlamaCpp);

        monitor.setNodes({});
        QVERIFY(!monitor.series(n.id, NodeMonitor::Series::LatencyMs));
        QVERIFY(monitor.nodes().isEmpty());
    }

    void perNodeIntervals()
    {
        SimLab lab;
        QVERIFY(lab.start(0.02));
        QList<NodeConfig> nodes = lab.nodes().mid(0, 2);
        nodes[0].pollIntervalMs = 100;
        nodes[1].pollIntervalMs = 1500;
        NodeMonitor monitor;
        monitor.setNodes(nodes);
        QHash<QString, int> counts;
        connect(&monitor, &NodeMonitor::sampleAvailable, this,
                [&](const NodeSample &s) { ++counts[s.nodeId]; });
        monitor.start();
        QTRY_VERIFY_WITH_TIMEOUT(counts.value(nodes[0].id) >= 8, WaitMs);
        QVERIFY(counts.value(nodes[1].id) >= 1);
        QVERIFY(counts.value(nodes[1].id) * 2 < counts.value(nodes[0].id));
        monitor.stop();
    }

    void stopMeansStop()
    {
        SimLab lab;
        QVERIFY(lab.start(0.02));
        const NodeConfig n = labNode(lab, 0, 100);
        NodeMonitor monitor;
        monitor.setNodes({n});
        QSignalSpy samples(&monitor, &NodeMonitor::sampleAvailable);
        monitor.start();
        QVERIFY(monitor.isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(samples.count() >= 3, WaitMs);
        monitor.stop();
        const int after = int(samples.count());
        QTest::qWait(400);
        QCOMPARE(samples.count(), after);
        QVERIFY(!monitor.probe(n.id)->isPolling());
    }

    void pollNowSkipsARunningPoll()
    {
        NodeMonitor monitor;
        QTcpServer silent; // accepts, never answers
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        monitor.setNodes(
            {node(QStringLiteral("s"), QUrl(QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort())),
                  2000, 300)});
        QSignalSpy samples(&monitor, &NodeMonitor::sampleAvailable);
        QVERIFY(monitor.pollNow(QStringLiteral("s")));
        QVERIFY(!monitor.pollNow(QStringLiteral("s")));
        QVERIFY(!monitor.pollNow(QStringLiteral("unknown")));
        QVERIFY(samples.wait(WaitMs));
        QCOMPARE(samples.count(), 1);
        QCOMPARE(monitor.latest(QStringLiteral("s")).reason, QStringLiteral("timed out after 0.3 s"));
    }
};

QTEST_GUILESS_MAIN(TestNodeMonitor)
#include "tst_nodemonitor.moc"
