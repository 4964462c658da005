#include "models/net/probeinterpreter.h"
#include "tests/support/testdata.h"

#include <QTest>

// Status rules on recorded llama-server bytes, the vLLM facts, and synthetic replies (no network).
class TestProbeInterpreter : public QObject
{
    Q_OBJECT

private:
    static NodeConfig config()
    {
        NodeConfig c;
        c.id = QStringLiteral("n");
        c.url = QUrl(QStringLiteral("http://dgx1.local:30000"));
        c.requestTimeoutMs = 1500;
        return c;
    }

    static ProbeReply reply(int status, const QByteArray &body,
                            const QByteArray &contentType = "application/json")
    {
        ProbeReply r;
        r.finished = true;
        r.httpStatus = status;
        r.body = body;
        r.contentType = contentType;
        r.startedNs = 1000000000;
        r.finishedNs = 1004000000;
        return r;
    }

    // A recorded llama.cpp reply: body + its .headers.txt (status line, Content-Type).
    static ProbeReply recorded(const QString &file)
    {
        const QString base = QStringLiteral("fixtures/llamacpp/") + file;
        const QList<QByteArray> head = TestData::read(base + QStringLiteral(".headers.txt")).split('\n');
        ProbeReply r = reply(head.value(0).split(' ').value(1).toInt(), TestData::read(base), QByteArray());
        for (const QByteArray &line : head)
            if (line.toLower().startsWith("content-type:"))
                r.contentType = line.mid(13).trimmed();
        return r;
    }

    static ProbeReply transportFailure(QNetworkReply::NetworkError error)
    {
        ProbeReply r;
        r.finished = true;
        r.error = error;
        r.errorString = QStringLiteral("qt text");
        return r;
    }

private slots:
    void realLlamaServer()
    {
        const ProbeReplies replies{{ProbeEndpoint::Health, recorded(QStringLiteral("health.json"))},
                                   {ProbeEndpoint::Models, recorded(QStringLiteral("v1-models.json"))},
                                   {ProbeEndpoint::Props, recorded(QStringLiteral("props.json"))},
                                   {ProbeEndpoint::Version, recorded(QStringLiteral("error-404.json"))},
                                   {ProbeEndpoint::Metrics, recorded(QStringLiteral("metrics-busy-B.txt"))}};
        QCOMPARE(replies[ProbeEndpoint::Health].httpStatus, 200);
        const ProbeReading r = ProbeInterpreter::interpret(replies, config());
        QCOMPARE(r.health, NodeHealth::Up);
        QVERIFY2(r.reason.isEmpty(), qPrintable(r.reason));
        QCOMPARE(r.backend, Backend::LlamaCpp);
        QCOMPARE(r.model.id, QStringLiteral("tiny-qwen3-7m"));
        QCOMPARE(r.model.contextLength, std::optional<qint64>(4096));
        QCOMPARE(r.model.trainContext, std::optional<qint64>(8192));
        QCOMPARE(r.model.slotCount, std::optional<int>(2));
        QCOMPARE(r.model.serverVersion, QStringLiteral("b10470-34af94cd9"));
        QCOMPARE(r.latencyMs, std::optional<double>(4));
        QVERIFY(r.metrics.has_value());
        QCOMPARE(r.metrics->promptTokensTotal, std::optional<double>(1067));
        QCOMPARE(r.metrics->generationTokensTotal, std::optional<double>(172));
        QCOMPARE(r.metrics->requestsRunning, std::optional<double>(1));
        QVERIFY(!r.simulated);
    }

    void realLlamaServerLoading()
    {
        const ProbeReply health = recorded(QStringLiteral("health-loading.json"));
        QVERIFY(ProbeInterpreter::healthIsFinal(health));
        const ProbeReading r = ProbeInterpreter::interpret({{ProbeEndpoint::Health, health}}, config());
        QCOMPARE(r.health, NodeHealth::Loading);
        QCOMPARE(r.reason, QStringLiteral("loading the model (HTTP 503)"));
        QVERIFY(!r.metrics.has_value());
    }

    void vllmFacts()
    {
        const QByteArray models =
            "{\"object\":\"list\",\"data\":[{\"id\":\"Qwen/Qwen3-0.6B\",\"object\":\"model\","
            "\"owned_by\":\"vllm\",\"root\":\"/m\",\"parent\":null,\"max_model_len\":40960}]}";
        const ProbeReplies replies{
            {ProbeEndpoint::Health, reply(200, QByteArray(), QByteArray())},
            {ProbeEndpoint::Models, reply(200, models)},
            {ProbeEndpoint::Props, reply(404, "{\"detail\":\"Not Found\"}")},
            {ProbeEndpoint::Version, reply(200, "{\"version\":\"0.19.1\"}")},
            {ProbeEndpoint::Metrics,
             reply(200, TestData::read(QStringLiteral("fixtures/vllm/metrics-constructed.txt")),
                   "text/plain; version=0.0.4; charset=utf-8")}};
        const ProbeReading r = ProbeInterpreter::interpret(replies, config());
        QCOMPARE(r.health, NodeHealth::Up);
        QVERIFY2(r.reason.isEmpty(), qPrintable(r.reason));
        QCOMPARE(r.backend, Backend::Vllm);
        QCOMPARE(r.model.id, QStringLiteral("Qwen/Qwen3-0.6B"));
        QCOMPARE(r.model.contextLength, std::optional<qint64>(40960));
        QCOMPARE(r.model.serverVersion, QStringLiteral("0.19.1"));
        QCOMPARE(r.metrics->promptTokensTotal, std::optional<double>(2166));
        QCOMPARE(r.metrics->kvCacheUsage, std::optional<double>(0.0123046875));
    }

    void downReasons_data()
    {
        QTest::addColumn<int>("error");
        QTest::addColumn<QString>("reason");
        QTest::newRow("refused") << int(QNetworkReply::ConnectionRefusedError)
                                 << QStringLiteral("connection refused");
        QTest::newRow("no host") << int(QNetworkReply::HostNotFoundError)
                                 << QStringLiteral("host not found: dgx1.local");
        QTest::newRow("closed") << int(QNetworkReply::RemoteHostClosedError)
                                << QStringLiteral("the connection closed without an answer");
        QTest::newRow("other") << int(QNetworkReply::UnknownNetworkError) << QStringLiteral("qt text");
    }
    void downReasons()
    {
        QFETCH(int, error);
        QFETCH(QString, reason);
        const ProbeReply health = transportFailure(QNetworkReply::NetworkError(error));
        QVERIFY(ProbeInterpreter::healthIsFinal(health));
        const ProbeReading r = ProbeInterpreter::interpret({{ProbeEndpoint::Health, health}}, config());
        QCOMPARE(r.health, NodeHealth::Down);
        QCOMPARE(r.reason, reason);
        QVERIFY(!r.latencyMs.has_value());
    }

    void timeoutsInWords_data()
    {
        QTest::addColumn<int>("ms");
        QTest::addColumn<QString>("text");
        QTest::newRow("1.5 s") << 1500 << QStringLiteral("timed out after 1.5 s");
        QTest::newRow("0.25 s") << 250 << QStringLiteral("timed out after 0.25 s");
        QTest::newRow("10 s") << 10000 << QStringLiteral("timed out after 10 s");
    }
    void timeoutsInWords()
    {
        QFETCH(int, ms);
        QFETCH(QString, text);
        ProbeReply health = reply(200, QByteArray()); // headers came, then nothing
        health.timedOut = true;
        health.timeoutMs = ms;
        const ProbeReading r = ProbeInterpreter::interpret({{ProbeEndpoint::Health, health}}, config());
        QCOMPARE(r.health, NodeHealth::Down);
        QCOMPARE(r.reason, text);
    }

    void degradedReasons_data()
    {
        QTest::addColumn<int>("endpoint");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QString>("reason");
        const int models = int(ProbeEndpoint::Models), metrics = int(ProbeEndpoint::Metrics);
        const QByteArray json = "application/json";
        QTest::newRow("401") << models << 401 << QByteArray("{\"error\":\"Unauthorized\"}") << json
                             << QStringLiteral("HTTP 401: unauthorized — check the API key");
        QTest::newRow("403") << models << 403 << QByteArray() << json
                             << QStringLiteral("HTTP 403: forbidden — check the API key");
        QTest::newRow("html") << models << 200 << QByteArray("<!DOCTYPE html><html></html>")
                              << QByteArray("text/html")
                              << QStringLiteral("answered HTML, not JSON: is this the right port?");
        QTest::newRow("html without type")
            << models << 200 << QByteArray("  <html><body>proxy</body></html>") << QByteArray()
            << QStringLiteral("answered HTML, not JSON: is this the right port?");
        QTest::newRow("bad json") << models << 200 << QByteArray("{\"data\":[") << json
                                  << QStringLiteral("/v1/models: invalid JSON");
        QTest::newRow("500") << models << 500 << QByteArray("{}") << json
                             << QStringLiteral("/v1/models: HTTP 500");
        QTest::newRow("no metrics") << metrics << 404 << QByteArray() << json
                                    << QStringLiteral("/metrics: not available (HTTP 404)");
        QTest::newRow("3 bad lines") << metrics << 200
                                     << QByteArray(
                                            "up 1\nthis is garbage\nvllm:x{ 2\nmore garbage here\nok 3\n")
                                     << QByteArray("text/plain")
                                     << QStringLiteral("/metrics has 3 unparseable line(s)");
        QTest::newRow("empty metrics") << metrics << 200 << QByteArray("# nothing\n")
                                       << QByteArray("text/plain") << QStringLiteral("/metrics is empty");
    }
    void degradedReasons()
    {
        QFETCH(int, endpoint);
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentType);
        QFETCH(QString, reason);
        ProbeReplies replies{
            {ProbeEndpoint::Health, reply(200, "{\"status\":\"ok\"}")},
            {ProbeEndpoint::Models, reply(200, "{\"data\":[{\"id\":\"m\"}]}")},
            {ProbeEndpoint::Metrics, reply(200, "vllm:num_requests_running 0\n", "text/plain")}};
        replies[ProbeEndpoint(endpoint)] = reply(status, body, contentType);
        const ProbeReading r = ProbeInterpreter::interpret(replies, config());
        QCOMPARE(r.health, NodeHealth::Degraded);
        QVERIFY2(r.reason.startsWith(reason), qPrintable(r.reason));
        QCOMPARE(r.issues.size(), 1);
    }

    void sameProblemOnEveryEndpointIsSaidOnce()
    {
        const ProbeReply page = reply(200, "<html>login</html>", "text/html");
        const ProbeReplies replies{{ProbeEndpoint::Health, page},
                                   {ProbeEndpoint::Models, page},
                                   {ProbeEndpoint::Props, page},
                                   {ProbeEndpoint::Version, page},
                                   {ProbeEndpoint::Metrics, page}};
        const ProbeReading r = ProbeInterpreter::interpret(replies, config());
        QCOMPARE(r.health, NodeHealth::Degraded);
        QCOMPARE(r.reason, QStringLiteral("answered HTML, not JSON: is this the right port?"));
        QCOMPARE(r.backend, Backend::Unknown);
    }

    void proxyCredentialsNeverInTheReason()
    {
        NodeConfig c = config();
        c.proxy = QStringLiteral("http://me:hunter2@proxy.local:3128");
        const ProbeReading r = ProbeInterpreter::interpret(
            {{ProbeEndpoint::Health, transportFailure(QNetworkReply::ConnectionRefusedError)}}, c);
        QCOMPARE(r.reason, QStringLiteral("connection refused (via proxy http://proxy.local:3128)"));
    }

    void simulatedFromHeaderOrConfig()
    {
        ProbeReply health = reply(200, "{\"status\":\"ok\"}");
        QVERIFY(!ProbeInterpreter::interpret({{ProbeEndpoint::Health, health}}, config()).simulated);
        health.simulatedHeader = true;
        QVERIFY(ProbeInterpreter::interpret({{ProbeEndpoint::Health, health}}, config()).simulated);
        NodeConfig c = config();
        c.simulated = true;
        QVERIFY(ProbeInterpreter::interpret(
                    {{ProbeEndpoint::Health, transportFailure(QNetworkReply::ConnectionRefusedError)}}, c)
                    .simulated);
    }
};

QTEST_GUILESS_MAIN(TestProbeInterpreter)
#include "tst_probeinterpreter.moc"
