// SimulatedNode against a real QNetworkAccessManager on 127.0.0.1: every endpoint in both dialects (shapes
// checked against the recorded llama-server fixtures and the vLLM facts), error shapes, and how the
// /metrics counters move. Streaming is in tst_simstream.cpp, faults in tst_simfaults.cpp.
#include "models/sim/simtokenizer.h"
#include "models/sim/simulatednode.h"
#include "tests/support/simclient.h"
#include "tests/support/testdata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkProxy>
#include <QRegularExpression>
#include <QTest>

#include <cmath>

namespace {

using SimClient::firstChoice;
using SimClient::keys;

SimProfile profileNamed(const char *name)
{
    return SimClient::profile(QString::fromLatin1(name));
}

double metricValue(const QByteArray &text, const QByteArray &nameWithLabels)
{
    for (const QByteArray &line : text.split('\n'))
        if (line.startsWith(QByteArray(nameWithLabels + ' ')))
            return line.mid(nameWithLabels.size() + 1).toDouble();
    return -1;
}

} // namespace

class TestSimulatedNode : public QObject
{
    Q_OBJECT

private slots:
    void listensOnAFreeLocalPort()
    {
        SimulatedNode a(profileNamed("test"));
        SimulatedNode b(profileNamed("test"));
        QVERIFY(a.listen());
        QVERIFY(b.listen());
        QVERIFY(a.serverPort() != 0);
        QVERIFY(a.serverPort() != b.serverPort());
        QCOMPARE(a.baseUrl().host(), QStringLiteral("127.0.0.1"));
        SimulatedNode c(profileNamed("test"));
        QVERIFY(!c.listen(a.serverPort()));
        QVERIFY(!c.errorString().isEmpty());
    }

    void llamaHealthMatchesRecording()
    {
        SimulatedNode node(profileNamed("test-llamacpp"));
        QVERIFY(node.listen());
        const SimHttpResult r = SimClient::get(node.baseUrl(), QStringLiteral("/health"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, TestData::read(QStringLiteral("fixtures/llamacpp/health.json")));
        QCOMPARE(r.headers.value("server"), QByteArray("llama.cpp"));
        QCOMPARE(r.headers.value("x-tokscope-simulated"), QByteArray("1"));
        QCOMPARE(r.headers.value("content-type"), QByteArray("application/json; charset=utf-8"));
    }

    void vllmHealthIsEmpty()
    {
        SimulatedNode node(profileNamed("test"));
        QVERIFY(node.listen());
        const SimHttpResult r = SimClient::get(node.baseUrl(), QStringLiteral("/health"));
        QCOMPARE(r.status, 200);
        QVERIFY(r.body.isEmpty());
        QCOMPARE(r.headers.value("server"), QByteArray("uvicorn"));
        QCOMPARE(r.headers.value("x-tokscope-simulated"), QByteArray("1"));
    }

    void llamaModelsAndPropsHaveRecordedKeys()
    {
        SimulatedNode node(profileNamed("llamacpp-5090"));
        QVERIFY(node.listen());
        const QJsonObject models =
            SimClient::json(SimClient::get(node.baseUrl(), QStringLiteral("/v1/models")).body);
        const QJsonObject recorded =
            SimClient::json(TestData::read(QStringLiteral("fixtures/llamacpp/v1-models.json")));
        QCOMPARE(keys(models), keys(recorded));
        const QJsonObject data = models.value(QStringLiteral("data")).toArray().first().toObject();
        const QJsonObject recordedData = recorded.value(QStringLiteral("data")).toArray().first().toObject();
        QCOMPARE(keys(data), keys(recordedData));
        QCOMPARE(keys(data.value(QStringLiteral("meta")).toObject()),
                 keys(recordedData.value(QStringLiteral("meta")).toObject()));
        QCOMPARE(keys(models.value(QStringLiteral("models")).toArray().first().toObject()),
                 keys(recorded.value(QStringLiteral("models")).toArray().first().toObject()));
        QCOMPARE(data.value(QStringLiteral("meta")).toObject().value(QStringLiteral("n_ctx")).toInteger(),
                 32768);

        const QJsonObject props =
            SimClient::json(SimClient::get(node.baseUrl(), QStringLiteral("/props")).body);
        const QJsonObject recordedProps =
            SimClient::json(TestData::read(QStringLiteral("fixtures/llamacpp/props-B.json")));
        QCOMPARE(keys(props), keys(recordedProps));
        QCOMPARE(keys(props.value(QStringLiteral("default_generation_settings")).toObject()),
                 keys(recordedProps.value(QStringLiteral("default_generation_settings")).toObject()));
        QCOMPARE(props.value(QStringLiteral("total_slots")).toInt(), node.profile().slotCount);
        QCOMPARE(props.value(QStringLiteral("model_alias")).toString(), node.profile().modelId);
        QVERIFY(!props.value(QStringLiteral("build_info")).toString().isEmpty());
        // vLLM-only endpoint is unknown here, in llama.cpp's 404 shape.
        const SimHttpResult version = SimClient::get(node.baseUrl(), QStringLiteral("/version"));
        QCOMPARE(version.status, 404);
        QCOMPARE(version.body, TestData::read(QStringLiteral("fixtures/llamacpp/error-404.json")));
    }

    void vllmModelsAndVersion()
    {
        SimulatedNode node(profileNamed("vllm-dgx"));
        QVERIFY(node.listen());
        const QJsonObject models =
            SimClient::json(SimClient::get(node.baseUrl(), QStringLiteral("/v1/models")).body);
        QCOMPARE(models.value(QStringLiteral("object")).toString(), QStringLiteral("list"));
        const QJsonObject m = models.value(QStringLiteral("data")).toArray().first().toObject();
        QCOMPARE(keys(m), (QStringList{QStringLiteral("created"), QStringLiteral("id"),
                                       QStringLiteral("max_model_len"), QStringLiteral("object"),
                                       QStringLiteral("owned_by"), QStringLiteral("parent"),
                                       QStringLiteral("permission"), QStringLiteral("root")}));
        QCOMPARE(m.value(QStringLiteral("owned_by")).toString(), QStringLiteral("vllm"));
        QCOMPARE(m.value(QStringLiteral("max_model_len")).toInteger(), node.profile().contextLength);
        QVERIFY(m.value(QStringLiteral("root")).toString().contains(QLatin1String("simulated")));
        const QJsonObject version =
            SimClient::json(SimClient::get(node.baseUrl(), QStringLiteral("/version")).body);
        QCOMPARE(version.value(QStringLiteral("version")).toString(), node.profile().serverVersion);
        const SimHttpResult props = SimClient::get(node.baseUrl(), QStringLiteral("/props"));
        QCOMPARE(props.status, 404);
        QCOMPARE(props.body, QByteArray(R"({"detail":"Not Found"})"));
    }

    void unknownPathsAre404Json_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::newRow("vllm") << QStringLiteral("test");
        QTest::newRow("llamacpp") << QStringLiteral("test-llamacpp");
    }
    void unknownPathsAre404Json()
    {
        QFETCH(QString, profile);
        SimulatedNode node(*SimProfile::byName(profile));
        QVERIFY(node.listen());
        const SimHttpResult r = SimClient::get(node.baseUrl(), QStringLiteral("/v1/no-such-endpoint"));
        QCOMPARE(r.status, 404);
        QVERIFY(!QJsonDocument::fromJson(r.body).isNull());
    }

    void chatErrorsHaveServerShapes()
    {
        SimulatedNode llama(profileNamed("test-llamacpp"));
        SimulatedNode vllm(profileNamed("test"));
        QVERIFY(llama.listen() && vllm.listen());
        const QByteArray truncated = R"({"model":"x","messages":[{"role":"user","content":"hi"})";
        const SimHttpResult badLlama =
            SimClient::post(llama.baseUrl(), QStringLiteral("/v1/chat/completions"), truncated);
        QCOMPARE(badLlama.status, 500);
        QCOMPARE(SimClient::errorField(badLlama.body, QStringLiteral("type")),
                 QStringLiteral("server_error"));
        QCOMPARE(SimClient::post(vllm.baseUrl(), QStringLiteral("/v1/chat/completions"), truncated).status,
                 400);
        const QByteArray noMessages = R"({"max_tokens":4})";
        QCOMPARE(SimClient::post(llama.baseUrl(), QStringLiteral("/v1/chat/completions"), noMessages).body,
                 TestData::read(QStringLiteral("fixtures/llamacpp/error-missing-messages.json")));
        const SimHttpResult unknown =
            SimClient::post(vllm.baseUrl(), QStringLiteral("/v1/chat/completions"),
                            R"({"model":"nope","messages":[{"role":"user","content":"hi"}]})");
        QCOMPARE(unknown.status, 404);
        QCOMPARE(SimClient::errorField(unknown.body, QStringLiteral("param")), QStringLiteral("model"));
        // llama-server ignores the model name of its single model
        QCOMPARE(
            SimClient::post(llama.baseUrl(), QStringLiteral("/v1/chat/completions"),
                            R"({"model":"nope","messages":[{"role":"user","content":"hi"}],"max_tokens":2})")
                .status,
            200);
    }

    void contextOverflowIsPlainJson400EvenWhenStreaming()
    {
        SimProfile p = profileNamed("test-llamacpp");
        p.contextLength = 64;
        SimulatedNode node(p);
        QVERIFY(node.listen());
        const SimHttpResult r =
            SimClient::post(node.baseUrl(), QStringLiteral("/v1/chat/completions"),
                            SimClient::chatBody(QString(QStringLiteral("word ")).repeated(100), true));
        QCOMPARE(r.status, 400);
        QVERIFY(r.headers.value("content-type").startsWith("application/json"));
        const QJsonObject error = SimClient::json(r.body).value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("type")).toString(), QStringLiteral("exceed_context_size_error"));
        QCOMPARE(error.value(QStringLiteral("n_ctx")).toInt(), 64);
    }

    void vllmMetricsMoveDuringDecode()
    {
        SimProfile p = profileNamed("test");
        p.decodeTokensPerSecond = 100; // ~1 s for the answer below
        SimulatedNode node(p);
        QVERIFY(node.listen());
        const QByteArray fresh = SimClient::get(node.baseUrl(), QStringLiteral("/metrics")).body;
        const QByteArray labels = "{engine=\"0\",model_name=\"" + p.modelId.toUtf8() + "\"}";
        QCOMPARE(metricValue(fresh, "vllm:generation_tokens_total" + labels), 0.0);
        QVERIFY(fresh.contains(QByteArray("vllm:generation_tokens_created" + labels)));
        QVERIFY(
            fresh.contains("vllm:time_to_first_token_seconds_bucket{engine=\"0\",le=\"+Inf\",model_name="));
        QVERIFY(
            fresh.contains("vllm:request_success_total{engine=\"0\",finished_reason=\"stop\",model_name="));

        QNetworkAccessManager manager;
        QNetworkReply *reply =
            SimClient::startPost(manager, node.baseUrl(), QStringLiteral("/v1/chat/completions"),
                                 SimClient::chatBody(QStringLiteral("Tell me a story."), true, true));
        QTRY_VERIFY_WITH_TIMEOUT(node.counters().generatedTokensTotal >= 10, 5000);
        const QByteArray busy = SimClient::get(node.baseUrl(), QStringLiteral("/metrics")).body;
        QVERIFY(metricValue(busy, "vllm:generation_tokens_total" + labels) >= 10);
        QCOMPARE(metricValue(busy, "vllm:num_requests_running" + labels), 1.0);
        QCOMPARE(metricValue(
                     busy, "vllm:request_success_total{engine=\"0\",finished_reason=\"stop\",model_name=\"" +
                               p.modelId.toUtf8() + "\"}"),
                 0.0);
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
        const QByteArray after = SimClient::get(node.baseUrl(), QStringLiteral("/metrics")).body;
        QCOMPARE(metricValue(
                     after, "vllm:request_success_total{engine=\"0\",finished_reason=\"stop\",model_name=\"" +
                                p.modelId.toUtf8() + "\"}"),
                 1.0);
        QCOMPARE(metricValue(after, "vllm:generation_tokens_total" + labels),
                 double(node.counters().generatedTokensTotal));
        QVERIFY(metricValue(after, "vllm:prompt_tokens_total" + labels) > 0);
        delete reply;
    }

    // Issue 10: a simulated DGX (vLLM) serving two requests showed 0 % KV cache. Its KV pool is about one
    // full context (300K tokens), requests hold whole 16-token blocks while scheduled, and the gauge says so.
    void vllmKvCacheShowsTwoRequests()
    {
        const SimProfile p = profileNamed("vllm-dgx");
        QCOMPARE(p.kvPoolTokens(), qint64(300000));
        QVERIFY(p.kvPoolTokens() >= p.contextLength); // vLLM refuses a pool smaller than max_model_len
        SimulatedNode node(p);
        node.setTimeScale(1.0); // real speed: the two requests decode for seconds
        QVERIFY(node.listen());
        const QByteArray labels = "{engine=\"0\",model_name=\"" + p.modelId.toUtf8() + "\"}";
        const QByteArray idle = SimClient::get(node.baseUrl(), QStringLiteral("/metrics")).body;
        QCOMPARE(metricValue(idle, "vllm:kv_cache_usage_perc" + labels), 0.0);
        QVERIFY(idle.contains("kv_cache_size_tokens=\"300000\""));

        // Two requests with prompts of about 1,000 tokens each, the size the demo traffic sends.
        QString prompt;
        for (int i = 0; i < 1000; ++i)
            prompt += QStringLiteral("word%1 ").arg(i % 50);
        QNetworkAccessManager manager;
        QList<QNetworkReply *> replies;
        for (int i = 0; i < 2; ++i)
            replies << SimClient::startPost(manager, node.baseUrl(), QStringLiteral("/v1/chat/completions"),
                                            SimClient::chatBody(QStringLiteral("%1 %2").arg(i).arg(prompt), true, false));
        QByteArray busy;
        QTRY_VERIFY_WITH_TIMEOUT(
            (busy = SimClient::get(node.baseUrl(), QStringLiteral("/metrics")).body,
             metricValue(busy, "vllm:num_requests_running" + labels) == 2.0 &&
                 metricValue(busy, "vllm:generation_tokens_total" + labels) > 0),
            20000);
        const double usage = metricValue(busy, "vllm:kv_cache_usage_perc" + labels);
        // At least the two prompts' blocks: 2 x ~1,000 tokens of 300,000 is over 0.5 %, shown as such.
        QVERIFY2(usage * 100.0 >= 0.5, qPrintable(QString::number(usage * 100.0)));
        QVERIFY2(usage < 0.05, qPrintable(QString::number(usage * 100.0)));
        // Whole blocks: the usage is a multiple of 16 tokens of the pool.
        const double tokens = usage * 300000.0;
        QVERIFY2(std::abs(tokens / 16.0 - std::round(tokens / 16.0)) < 0.01, qPrintable(QString::number(tokens)));
        for (QNetworkReply *r : replies)
            r->abort();
        qDeleteAll(replies);
    }

    void llamaMetricsMoveOnFinishAndGaugesResetOnScrape()
    {
        SimProfile p = profileNamed("test-llamacpp");
        p.decodeTokensPerSecond = 100;
        SimulatedNode node(p);
        QVERIFY(node.listen());
        const QByteArray fresh = SimClient::get(node.baseUrl(), QStringLiteral("/metrics")).body;
        QVERIFY(!fresh.contains('{')); // no labels at all
        QCOMPARE(metricValue(fresh, "llamacpp:tokens_predicted_total"), 0.0);

        QNetworkAccessManager manager;
        QNetworkReply *reply =
            SimClient::startPost(manager, node.baseUrl(), QStringLiteral("/v1/chat/completions"),
                                 SimClient::chatBody(QStringLiteral("Tell me a story."), true, true));
        QTRY_VERIFY_WITH_TIMEOUT(node.counters().generatedTokensTotal >= 10, 5000);
        const QByteArray busy = SimClient::get(node.baseUrl(), QStringLiteral("/metrics")).body;
        QCOMPARE(metricValue(busy, "llamacpp:tokens_predicted_total"), 0.0); // only moves at the finish
        QVERIFY(metricValue(busy, "llamacpp:n_decode_total") >= 10);
        QCOMPARE(metricValue(busy, "llamacpp:requests_processing"), 1.0);
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
        const QByteArray after = SimClient::get(node.baseUrl(), QStringLiteral("/metrics")).body;
        QCOMPARE(metricValue(after, "llamacpp:tokens_predicted_total"),
                 double(node.counters().generatedTokensTotal));
        QVERIFY(metricValue(after, "llamacpp:predicted_tokens_seconds") > 0);
        QVERIFY(metricValue(after, "llamacpp:prompt_seconds_total") > 0);
        const QByteArray again = SimClient::get(node.baseUrl(), QStringLiteral("/metrics")).body;
        QCOMPARE(metricValue(again, "llamacpp:predicted_tokens_seconds"),
                 0.0); // reset by the previous scrape
        QCOMPARE(metricValue(again, "llamacpp:tokens_predicted_total"),
                 metricValue(after, "llamacpp:tokens_predicted_total"));
        delete reply;
    }

    void keepAliveReusesOneConnection()
    {
        SimulatedNode node(profileNamed("test"));
        QVERIFY(node.listen());
        QNetworkAccessManager manager;
        manager.setProxy(QNetworkProxy::NoProxy);
        for (const char *path : {"/health", "/v1/models", "/version", "/metrics", "/v1/models"}) {
            QNetworkReply *reply =
                manager.get(QNetworkRequest(node.baseUrl().resolved(QUrl(QString::fromLatin1(path)))));
            QTRY_VERIFY(reply->isFinished());
            QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
            delete reply;
        }
        QCOMPARE(node.counters().httpRequests, 5);
        QCOMPARE(node.counters().connectionsAccepted, 1);
    }

    void llamaSlotsShowLiveDecode()
    {
        SimProfile p = profileNamed("test-llamacpp");
        p.decodeTokensPerSecond = 100;
        SimulatedNode node(p);
        QVERIFY(node.listen());
        const QJsonArray idle =
            QJsonDocument::fromJson(SimClient::get(node.baseUrl(), QStringLiteral("/slots")).body).array();
        QCOMPARE(idle.size(), p.slotCount);
        QCOMPARE(
            keys(idle.first().toObject()),
            keys(QJsonDocument::fromJson(TestData::read(QStringLiteral("fixtures/llamacpp/slots-idle.json")))
                     .array()
                     .first()
                     .toObject()));
        QNetworkAccessManager manager;
        std::unique_ptr<QNetworkReply> reply(
            SimClient::startPost(manager, node.baseUrl(), QStringLiteral("/v1/chat/completions"),
                                 SimClient::chatBody(QStringLiteral("Tell me a story."), true)));
        QTRY_VERIFY_WITH_TIMEOUT(node.counters().generatedTokensTotal >= 5, 5000);
        const QJsonObject busy =
            QJsonDocument::fromJson(SimClient::get(node.baseUrl(), QStringLiteral("/slots")).body)
                .array()
                .first()
                .toObject();
        QVERIFY(busy.value(QStringLiteral("is_processing")).toBool());
        const QJsonObject next = busy.value(QStringLiteral("next_token")).toArray().first().toObject();
        QVERIFY(next.value(QStringLiteral("n_decoded")).toInt() >= 5);
        QVERIFY(next.value(QStringLiteral("n_remain")).toInt() > 0);
        QVERIFY(busy.value(QStringLiteral("n_prompt_tokens")).toInt() > 0);
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
    }
};

QTEST_GUILESS_MAIN(TestSimulatedNode)
#include "tst_simulatednode.moc"
