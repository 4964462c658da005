#include "models/sim/simulatednode.h"

#include "models/net/nodeprobe.h"
#include "tests/support/cannedhttpserver.h"
#include "tests/support/scriptedhttpserver.h"
#include "tests/support/simclient.h"
#include "tests/support/testdata.h"

#include <QSignalSpy>
#include <QTest>

#include <cmath>

// Polls against SimulatedNode (both dialects) and a canned HTTP server. Every wait is an upper bound
// for a signal, never a duration assertion.
class TestNodeProbe : public QObject
{
    Q_OBJECT

private:
    static constexpr int WaitMs = 15000;

    static NodeConfig configFor(const QUrl &url, int timeoutMs = 5000)
    {
        NodeConfig c;
        c.id = QStringLiteral("n1");
        c.name = QStringLiteral("Node 1");
        c.url = url;
        c.requestTimeoutMs = timeoutMs;
        return c;
    }

    // One poll; fails the test when no sample arrives.
    static NodeSample pollOnce(NodeProbe &probe)
    {
        QList<NodeSample> samples;
        const auto c = connect(&probe, &NodeProbe::sampleAvailable, &probe,
                               [&](const NodeSample &s) { samples.append(s); });
        const bool started = probe.poll();
        if (started)
            QTest::qWaitFor([&] { return !samples.isEmpty(); }, WaitMs);
        disconnect(c);
        if (!started || samples.isEmpty()) {
            QTest::qFail("no sample", __FILE__, __LINE__);
            return {};
        }
        return samples.first();
    }

    static std::unique_ptr<SimulatedNode> startSim(const QString &profile)
    {
        auto sim = std::make_unique<SimulatedNode>(*SimProfile::byName(profile));
        sim->setTimeScale(0.02);
        if (!sim->listen())
            qWarning("sim cannot listen: %s", qPrintable(sim->errorString()));
        return sim;
    }

    // A finished non-streamed chat on the node, so its token counters move.
    static bool chat(const QUrl &base)
    {
        return SimClient::post(base, QStringLiteral("/v1/chat/completions"),
                               SimClient::chatBody(QStringLiteral("Say hello."), false, std::nullopt, 8),
                               WaitMs)
                   .status == 200;
    }

    static quint16 closedPort() { return ScriptedHttpServer::unusedPort(); }

private slots:
    void bothDialectsAreUp_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<int>("backend");
        QTest::newRow("vllm") << QStringLiteral("test") << int(Backend::Vllm);
        QTest::newRow("llamacpp") << QStringLiteral("test-llamacpp") << int(Backend::LlamaCpp);
        QTest::newRow("vllm-dgx") << QStringLiteral("vllm-dgx") << int(Backend::Vllm);
        QTest::newRow("llamacpp-5090") << QStringLiteral("llamacpp-5090") << int(Backend::LlamaCpp);
    }
    void bothDialectsAreUp()
    {
        QFETCH(QString, profile);
        QFETCH(int, backend);
        auto sim = startSim(profile);
        NodeProbe probe(configFor(sim->baseUrl()));
        const NodeSample s = pollOnce(probe);
        QCOMPARE(s.health, NodeHealth::Up);
        QVERIFY2(s.reason.isEmpty(), qPrintable(s.reason));
        QCOMPARE(int(s.backend), backend);
        QCOMPARE(s.model.id, sim->profile().modelId);
        QCOMPARE(s.model.contextLength, std::optional<qint64>(sim->profile().contextLength));
        QCOMPARE(s.model.serverVersion, sim->profile().serverVersion);
        QVERIFY(s.simulated); // from the X-Tokscope-Simulated header: the config does not say so
        QVERIFY(s.latencyMs.has_value() && *s.latencyMs >= 0);
        QVERIFY(s.metrics.promptTokensTotal.has_value());
        QVERIFY(s.metrics.generationTokensTotal.has_value());
        QVERIFY(s.metrics.requestsRunning.has_value());
        QVERIFY(!s.promptTps.has_value()); // one scrape: no rate yet, not a zero
        QCOMPARE(s.nodeId, QStringLiteral("n1"));
        QVERIFY(s.lastGoodMonotonicMs.has_value());
        if (backend == int(Backend::LlamaCpp))
            QCOMPARE(s.model.slotCount, std::optional<int>(sim->profile().slotCount));
    }

    void ratesAfterTraffic()
    {
        auto sim = startSim(QStringLiteral("test"));
        NodeProbe probe(configFor(sim->baseUrl()));
        QCOMPARE(pollOnce(probe).health, NodeHealth::Up);
        QVERIFY(chat(sim->baseUrl()));
        const NodeSample s = pollOnce(probe);
        QVERIFY(s.generationTps.has_value());
        QVERIFY(*s.generationTps > 0);
        QVERIFY(s.promptTps.has_value() && *s.promptTps > 0);
        QVERIFY(!s.counterReset);
    }

    void faults_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QString>("fault");
        QTest::addColumn<int>("health");
        QTest::addColumn<QString>("reason");
        const int down = int(NodeHealth::Down), degraded = int(NodeHealth::Degraded);
        const int loading = int(NodeHealth::Loading);
        for (const QString profile : {QStringLiteral("test"), QStringLiteral("test-llamacpp")}) {
            const QByteArray p = profile.toUtf8();
            QTest::newRow(QByteArray(p + " refuse").constData())
                << profile << QStringLiteral("refuse") << down << QStringLiteral("connection refused");
            QTest::newRow(QByteArray(p + " stall").constData())
                << profile << QStringLiteral("stall") << down << QStringLiteral("timed out after 0.4 s");
            QTest::newRow(QByteArray(p + " html").constData())
                << profile << QStringLiteral("html") << degraded
                << QStringLiteral("answered HTML, not JSON: is this the right port?");
            QTest::newRow(QByteArray(p + " html 502").constData())
                << profile << QStringLiteral("html=502") << degraded << QStringLiteral("/health: HTTP 502");
            QTest::newRow(QByteArray(p + " http 500").constData())
                << profile << QStringLiteral("http-error") << degraded << QStringLiteral("/health: HTTP 500");
            QTest::newRow(QByteArray(p + " garbage metrics").constData())
                << profile << QStringLiteral("garbage-metrics") << degraded
                << QStringLiteral("unparseable line");
            QTest::newRow(QByteArray(p + " loading").constData())
                << profile << QStringLiteral("loading") << loading << QStringLiteral("loading the model");
        }
    }
    void faults()
    {
        QFETCH(QString, profile);
        QFETCH(QString, fault);
        QFETCH(int, health);
        QFETCH(QString, reason);
        auto sim = startSim(profile);
        sim->setFault(*SimFault::parse(fault));
        // Short only where the timeout is the point: a loaded machine must not turn others into timeouts.
        NodeProbe probe(configFor(sim->baseUrl(), fault == QLatin1String("stall") ? 400 : 10000));
        const NodeSample s = pollOnce(probe);
        QCOMPARE(int(s.health), health);
        QVERIFY2(s.reason.contains(reason), qPrintable(s.reason));
        QVERIFY(!s.promptTps.has_value() && !s.generationTps.has_value());
        QCOMPARE(s.lastGoodMonotonicMs.has_value(), health == int(NodeHealth::Degraded));
        if (health == int(NodeHealth::Down))
            QVERIFY(!s.latencyMs.has_value());
    }

    void garbageMetricsStillGiveTheGoodValues()
    {
        auto sim = startSim(QStringLiteral("test-llamacpp"));
        sim->setFault(SimFault(SimFault::Kind::GarbageMetrics));
        NodeProbe probe(configFor(sim->baseUrl()));
        const NodeSample s = pollOnce(probe);
        QCOMPARE(s.health, NodeHealth::Degraded);
        QVERIFY(s.metrics.promptTokensTotal.has_value());
        QCOMPARE(s.backend, Backend::LlamaCpp);
    }

    void unreachablePortIsDown()
    {
        NodeProbe probe(configFor(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(closedPort()))));
        const NodeSample s = pollOnce(probe);
        QCOMPARE(s.health, NodeHealth::Down);
        QCOMPARE(s.reason, QStringLiteral("connection refused"));
        QCOMPARE(s.backend, Backend::Unknown);
        QVERIFY(!s.lastGoodMonotonicMs.has_value());
    }

    void unknownHostIsDown()
    {
        // .invalid never resolves (RFC 6761).
        NodeProbe probe(configFor(QUrl(QStringLiteral("http://dgx1.invalid:30000")), 10000));
        const NodeSample s = pollOnce(probe);
        QCOMPARE(s.health, NodeHealth::Down);
        QCOMPARE(s.reason, QStringLiteral("host not found: dgx1.invalid"));
    }

    void apiKey()
    {
        auto sim = startSim(QStringLiteral("test"));
        const QString key = QStringLiteral("sk-test-secret-77");
        sim->setApiKey(key);
        NodeProbe probe(configFor(sim->baseUrl()));
        NodeSample s = pollOnce(probe);
        QCOMPARE(s.health, NodeHealth::Degraded); // vLLM guards /v1/* only: /health still answers
        QVERIFY2(s.reason.contains(QStringLiteral("HTTP 401: unauthorized — check the API key")),
                 qPrintable(s.reason));
        NodeConfig withKey = probe.config();
        withKey.apiKey = key;
        probe.setConfig(withKey);
        s = pollOnce(probe);
        QCOMPARE(s.health, NodeHealth::Up);
        QCOMPARE(s.model.id, sim->profile().modelId);
        QVERIFY(!s.reason.contains(key));
    }

    void bearerHeaderIsSent()
    {
        CannedHttpServer server;
        QVERIFY(server.listen());
        NodeConfig c = configFor(server.baseUrl());
        c.apiKey = QStringLiteral("k-123");
        NodeProbe probe(c);
        pollOnce(probe);
        QVERIFY(!server.requestHeads().isEmpty());
        for (const QByteArray &head : server.requestHeads())
            QVERIFY2(head.contains("\r\nAuthorization: Bearer k-123"), head.constData());
    }

    void redirectIsNotFollowed()
    {
        CannedHttpServer server;
        QVERIFY(server.listen());
        const QByteArray target = server.baseUrl().toString().toUtf8() + "/elsewhere/health";
        server.setRoute("/health",
                        {CannedHttpServer::response(301, "text/plain", "moved", {{"Location", target}})});
        server.setRoute("/elsewhere/health",
                        {CannedHttpServer::response(200, "application/json", "{\"status\":\"ok\"}")});
        NodeProbe probe(configFor(server.baseUrl()));
        const NodeSample s = pollOnce(probe);
        QCOMPARE(s.health, NodeHealth::Degraded);
        QVERIFY2(s.reason.contains(
                     QStringLiteral("redirected to %1: fix the node URL").arg(QString::fromUtf8(target))),
                 qPrintable(s.reason));
        QVERIFY(!server.requestPaths().contains("/elsewhere/health"));
    }

    void bodyCutShort()
    {
        CannedHttpServer server;
        QVERIFY(server.listen());
        server.setRoute("/health",
                        {CannedHttpServer::response(200, "application/json", "{\"status\":\"ok\"}")});
        server.setRoute("/v1/models",
                        {CannedHttpServer::response(200, "application/json", "{\"object\":\"list\",\"da",
                                                    {{"Content-Length", "300"}}),
                         0, true});
        NodeProbe probe(configFor(server.baseUrl()));
        const NodeSample s = pollOnce(probe);
        QCOMPARE(s.health, NodeHealth::Degraded);
        QVERIFY2(s.reason.contains(QLatin1String("/v1/models: reply cut short after 20 of 300 bytes")),
                 qPrintable(s.reason));
    }

    void healthCutShortIsNotDown()
    {
        CannedHttpServer server;
        QVERIFY(server.listen());
        server.setRoute("/health", {CannedHttpServer::response(200, "application/json", "{\"sta",
                                                               {{"Content-Length", "15"}}),
                                    0, true});
        NodeProbe probe(configFor(server.baseUrl()));
        const NodeSample s = pollOnce(probe);
        QCOMPARE(s.health, NodeHealth::Degraded); // it answered, then broke off
        QVERIFY2(s.reason.contains(QLatin1String("/health: reply cut short")), qPrintable(s.reason));
    }

    void llamaCppWithoutMetrics()
    {
        CannedHttpServer server;
        QVERIFY(server.listen());
        const QByteArray json = "application/json";
        server.setRoute("/health", {CannedHttpServer::response(200, json, "{\"status\":\"ok\"}")});
        server.setRoute("/props",
                        {CannedHttpServer::response(200, json,
                                                    "{\"build_info\":\"b1-x\",\"total_slots\":1,"
                                                    "\"default_generation_settings\":{\"n_ctx\":8192}}")});
        server.setRoute("/metrics", {CannedHttpServer::response(
                                        501, json,
                                        "{\"error\":{\"message\":\"This server does not support metrics "
                                        "endpoint. Start it with `--metrics`\",\"code\":501}}")});
        NodeProbe probe(configFor(server.baseUrl()));
        const NodeSample s = pollOnce(probe);
        QCOMPARE(s.health, NodeHealth::Degraded);
        QCOMPARE(s.backend, Backend::LlamaCpp);
        QCOMPARE(s.model.contextLength, std::optional<qint64>(8192));
        QVERIFY2(s.reason.contains(QLatin1String("start llama-server with --metrics")), qPrintable(s.reason));
        QVERIFY(!s.metrics.promptTokensTotal.has_value()); // unknown, not 0
    }

    // llama.cpp's generation counter moves only when a request ends: the live rate comes from /slots
    // (recorded bytes), and the sample says so.
    void llamaCppLiveRateFromSlots()
    {
        CannedHttpServer server;
        QVERIFY(server.listen());
        const QByteArray json = "application/json";
        const auto fixture = [](const char *name) {
            return TestData::read(QStringLiteral("fixtures/llamacpp/") + QLatin1String(name));
        };
        server.setRoute("/health", {CannedHttpServer::response(200, json, fixture("health.json"))});
        server.setRoute("/props", {CannedHttpServer::response(200, json, fixture("props-B.json"))});
        server.setRoute("/v1/models", {CannedHttpServer::response(200, json, fixture("v1-models-B.json"))});
        server.setRoute("/metrics",
                        {CannedHttpServer::response(200, "text/plain", fixture("metrics-busy-B.txt"))});
        QByteArray busy = fixture("slots-busy-B.json");
        server.setRoute("/slots", {CannedHttpServer::response(200, json, busy.replace("\"n_decoded\":341",
                                                                                      "\"n_decoded\":41"))});
        NodeProbe probe(configFor(server.baseUrl()));
        QCOMPARE(pollOnce(probe).backend, Backend::LlamaCpp);
        pollOnce(probe); // first /slots reading (asked once the backend is known)
        server.setRoute("/slots", {CannedHttpServer::response(200, json, fixture("slots-busy-B.json"))});
        const NodeSample s = pollOnce(probe);
        QCOMPARE(s.health, NodeHealth::Up);
        QCOMPARE(s.generationTpsSource, MetricSource::Slots);
        QVERIFY(s.generationTps && *s.generationTps > 0); // the counter did not move: /metrics says 0
        QVERIFY(server.requestPaths().contains("/slots"));
    }

    void genericOpenAiCompatible()
    {
        CannedHttpServer server;
        QVERIFY(server.listen());
        server.setRoute("/v1/models",
                        {CannedHttpServer::response(
                            200, "application/json",
                            "{\"object\":\"list\",\"data\":[{\"id\":\"gpt-x\",\"object\":\"model\"}]}")});
        NodeProbe probe(configFor(server.baseUrl()));
        const NodeSample s = pollOnce(probe);
        QCOMPARE(s.backend, Backend::OpenAi);
        QCOMPARE(s.model.id, QStringLiteral("gpt-x"));
        QCOMPARE(s.health, NodeHealth::Degraded); // no /metrics
        QVERIFY2(s.reason.contains(QLatin1String("/metrics: not available (HTTP 404)")),
                 qPrintable(s.reason));
        QVERIFY(!s.simulated);
    }

    void counterResetGivesNoNegativeRate()
    {
        auto sim = startSim(QStringLiteral("test-llamacpp"));
        NodeProbe probe(configFor(sim->baseUrl()));
        QVERIFY(chat(sim->baseUrl()));
        pollOnce(probe);
        QVERIFY(chat(sim->baseUrl()));
        QVERIFY(pollOnce(probe).generationTps.has_value());
        sim->setFault(SimFault(SimFault::Kind::CounterReset)); // like a restart
        const NodeSample afterReset = pollOnce(probe);
        QCOMPARE(afterReset.health, NodeHealth::Up);
        QVERIFY(afterReset.counterReset);
        QVERIFY(!afterReset.generationTps.has_value());
        QVERIFY(!afterReset.promptTps.has_value());
        QVERIFY(chat(sim->baseUrl()));
        const NodeSample next = pollOnce(probe);
        QVERIFY(!next.counterReset);
        QVERIFY(next.generationTps.has_value() && *next.generationTps > 0 &&
                std::isfinite(*next.generationTps));
    }

    void failedPollIsAGapNotASpike()
    {
        auto sim = startSim(QStringLiteral("test"));
        NodeProbe probe(configFor(sim->baseUrl()));
        pollOnce(probe);
        sim->setFault(SimFault(SimFault::Kind::HttpError, 500));
        QVERIFY(!pollOnce(probe).generationTps.has_value());
        sim->clearFaults();
        QVERIFY(chat(sim->baseUrl()));
        // First good scrape after the gap only re-baselines.
        QVERIFY(!pollOnce(probe).generationTps.has_value());
        QVERIFY(pollOnce(probe).generationTps.has_value());
    }

    void pollsNeverOverlap()
    {
        CannedHttpServer server;
        QVERIFY(server.listen());
        server.setRoute("/health",
                        {CannedHttpServer::response(200, "application/json", "{\"status\":\"ok\"}"), 300});
        NodeProbe probe(configFor(server.baseUrl()));
        QSignalSpy samples(&probe, &NodeProbe::sampleAvailable);
        QVERIFY(probe.poll());
        QVERIFY(probe.isPolling());
        QVERIFY(!probe.poll());
        QVERIFY(!probe.poll());
        QVERIFY(samples.wait(WaitMs));
        QCOMPARE(samples.count(), 1);
        QCOMPARE(server.requestPaths().count("/health"), 1);
        QVERIFY(!probe.isPolling());
        QVERIFY(probe.poll()); // free again once the cycle ended
        QVERIFY(samples.wait(WaitMs));
        QCOMPARE(server.requestPaths().count("/health"), 2);
    }

    void staleRepliesAreDropped()
    {
        CannedHttpServer slow, fast;
        QVERIFY(slow.listen() && fast.listen());
        const QByteArray json = "application/json";
        const auto models = [&](const char *id) {
            return CannedHttpServer::response(
                200, json, QByteArray("{\"object\":\"list\",\"data\":[{\"id\":\"") + id + "\"}]}");
        };
        slow.setRoute("/health", {CannedHttpServer::response(200, json, "{\"status\":\"ok\"}"), 400});
        slow.setRoute("/v1/models", {models("slow-model")});
        fast.setRoute("/v1/models", {models("fast-model")});
        NodeProbe probe(configFor(slow.baseUrl()));
        QList<NodeSample> samples;
        connect(&probe, &NodeProbe::sampleAvailable, this, [&](const NodeSample &s) { samples.append(s); });
        QVERIFY(probe.poll());
        QTRY_VERIFY_WITH_TIMEOUT(slow.requestPaths().contains("/health"),
                                 WaitMs); // the old cycle is on the wire
        const quint64 superseded = probe.generation();
        NodeConfig moved = probe.config();
        moved.url = fast.baseUrl();
        probe.setConfig(moved); // supersedes the running cycle
        QVERIFY(probe.generation() > superseded);
        QVERIFY(!probe.isPolling());
        QVERIFY(probe.poll());
        QTRY_VERIFY_WITH_TIMEOUT(!samples.isEmpty(), WaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(slow.answered() >= 1, WaitMs); // the old cycle's answer was written
        QTest::qWait(100);
        QCOMPARE(samples.size(), 1);
        QCOMPARE(samples.first().model.id, QStringLiteral("fast-model"));
        QVERIFY(!slow.requestPaths().contains("/v1/models"));
    }

    void cancelDropsTheRunningCycle()
    {
        CannedHttpServer server;
        QVERIFY(server.listen());
        server.setRoute("/health",
                        {CannedHttpServer::response(200, "application/json", "{\"status\":\"ok\"}"), 200});
        NodeProbe probe(configFor(server.baseUrl()));
        QSignalSpy samples(&probe, &NodeProbe::sampleAvailable);
        QVERIFY(probe.poll());
        QTRY_VERIFY_WITH_TIMEOUT(server.requestPaths().contains("/health"), WaitMs);
        probe.cancel();
        QTRY_VERIFY_WITH_TIMEOUT(server.answered() >= 1, WaitMs);
        QTest::qWait(100);
        QCOMPARE(samples.count(), 0);
    }

    void backoff_data()
    {
        QTest::addColumn<int>("interval");
        QTest::addColumn<int>("failures");
        QTest::addColumn<int>("delay");
        QTest::newRow("healthy") << 2000 << 0 << 2000;
        QTest::newRow("1 failure") << 2000 << 1 << 4000;
        QTest::newRow("2 failures") << 2000 << 2 << 8000;
        QTest::newRow("3 failures") << 2000 << 3 << 16000;
        QTest::newRow("capped") << 2000 << 4 << 30000;
        QTest::newRow("many") << 2000 << 1000 << 30000;
        QTest::newRow("interval above cap") << 60000 << 3 << 60000;
    }
    void backoff()
    {
        QFETCH(int, interval);
        QFETCH(int, failures);
        QFETCH(int, delay);
        QCOMPARE(NodeProbe::backoffDelayMs(interval, failures), delay);
    }

    void backsOffWhileDownAndRecovers()
    {
        auto sim = startSim(QStringLiteral("test"));
        NodeConfig c = configFor(sim->baseUrl());
        c.pollIntervalMs = 1000;
        NodeProbe probe(c);
        sim->setFault(SimFault(SimFault::Kind::Refuse));
        QCOMPARE(pollOnce(probe).health, NodeHealth::Down);
        QCOMPARE(pollOnce(probe).health, NodeHealth::Down);
        QCOMPARE(probe.consecutiveFailures(), 2);
        QCOMPARE(probe.nextPollDelayMs(), 4000);
        sim->clearFaults(); // listens again on the same port
        const NodeSample s = pollOnce(probe);
        QCOMPARE(s.health, NodeHealth::Up);
        QCOMPARE(probe.consecutiveFailures(), 0);
        QVERIFY(probe.nextPollDelayMs() <= 1000);
        QCOMPARE(s.backend, Backend::Vllm);
    }

    void environmentProxyIsIgnored()
    {
        auto sim = startSim(QStringLiteral("test"));
        const QByteArray oldProxy = qgetenv("http_proxy"), oldNoProxy = qgetenv("no_proxy");
        qputenv("http_proxy", QByteArray("http://127.0.0.1:") + QByteArray::number(closedPort()));
        qunsetenv("no_proxy");
        NodeProbe probe(configFor(sim->baseUrl()));
        const NodeSample s = pollOnce(probe);
        qputenv("http_proxy", oldProxy);
        qputenv("no_proxy", oldNoProxy);
        QCOMPARE(s.health, NodeHealth::Up);
    }

    void explicitProxyIsUsed()
    {
        NodeConfig c = configFor(QUrl(QStringLiteral("http://dgx1.local:30000")));
        c.proxy = QStringLiteral("http://127.0.0.1:%1").arg(closedPort());
        NodeProbe probe(c);
        const NodeSample s = pollOnce(probe);
        QCOMPARE(s.health, NodeHealth::Down);
        QVERIFY2(s.reason.contains(QLatin1String("proxy")), qPrintable(s.reason));
    }
};

QTEST_GUILESS_MAIN(TestNodeProbe)
#include "tst_nodeprobe.moc"
