// SimulatedNode against a real QNetworkAccessManager on 127.0.0.1: endpoints in both dialects (shapes
// checked against the recorded llama-server fixtures and the vLLM facts), stream chunk order, thinking,
// usage/timings consistency, prompt cache and metrics movement.
#include "models/sim/simtokenizer.h"
#include "models/sim/simulatednode.h"
#include "tests/support/simclient.h"
#include "tests/support/testdata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkProxy>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

namespace {

SimProfile profileNamed(const char *name)
{
    return *SimProfile::byName(QString::fromLatin1(name));
}

QStringList keys(const QJsonObject &o)
{
    QStringList k = o.keys();
    k.sort();
    return k;
}

QJsonObject firstChoice(const QJsonObject &chunk)
{
    return chunk.value(QStringLiteral("choices")).toArray().first().toObject();
}

// Classifies stream events: role, reasoning, content, finish, usage, done, other.
QString kindOf(const QByteArray &payload)
{
    if (payload == "[DONE]")
        return QStringLiteral("done");
    const QJsonObject o = SimClient::json(payload);
    if (o.contains(QStringLiteral("error")))
        return QStringLiteral("error");
    const QJsonArray choices = o.value(QStringLiteral("choices")).toArray();
    if (choices.isEmpty())
        return o.contains(QStringLiteral("usage")) ? QStringLiteral("usage") : QStringLiteral("other");
    const QJsonObject choice = choices.first().toObject();
    const QJsonObject delta = choice.value(QStringLiteral("delta")).toObject();
    if (delta.contains(QStringLiteral("role")))
        return QStringLiteral("role");
    if (!choice.value(QStringLiteral("finish_reason")).isNull() &&
        delta.value(QStringLiteral("content")).toString().isEmpty() &&
        !delta.contains(QStringLiteral("reasoning")) && !delta.contains(QStringLiteral("reasoning_content")))
        return QStringLiteral("finish");
    if (delta.contains(QStringLiteral("reasoning")) || delta.contains(QStringLiteral("reasoning_content")))
        return QStringLiteral("reasoning");
    return QStringLiteral("content");
}

QStringList collapse(const QList<QByteArray> &payloads)
{
    QStringList out;
    for (const QByteArray &p : payloads) {
        const QString k = kindOf(p);
        if (out.isEmpty() || out.last() != k)
            out << k;
    }
    return out;
}

struct Texts
{
    QString content;
    QString reasoning;
};

Texts texts(const QList<QByteArray> &payloads)
{
    Texts t;
    for (const QByteArray &p : payloads) {
        const QJsonObject o = SimClient::json(p);
        const QJsonArray choices = o.value(QStringLiteral("choices")).toArray();
        if (choices.isEmpty())
            continue;
        const QJsonObject delta = choices.first().toObject().value(QStringLiteral("delta")).toObject();
        t.content += delta.value(QStringLiteral("content")).toString();
        t.reasoning += delta.value(QStringLiteral("reasoning")).toString() +
                       delta.value(QStringLiteral("reasoning_content")).toString();
    }
    return t;
}

QJsonObject lastJson(const QList<QByteArray> &payloads)
{
    for (qsizetype i = payloads.size() - 1; i >= 0; --i)
        if (payloads[i] != "[DONE]")
            return SimClient::json(payloads[i]);
    return {};
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

    void streamChunkOrder_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<bool>("thinking");
        QTest::addColumn<QStringList>("expected");
        const QString role = QStringLiteral("role"), reasoning = QStringLiteral("reasoning"),
                      content = QStringLiteral("content"), finish = QStringLiteral("finish"),
                      usage = QStringLiteral("usage"), done = QStringLiteral("done");
        QTest::newRow("vllm") << QStringLiteral("test") << false
                              << QStringList{role, content, finish, usage, done};
        QTest::newRow("vllm thinking")
            << QStringLiteral("test") << true << QStringList{role, reasoning, content, finish, usage, done};
        QTest::newRow("llamacpp") << QStringLiteral("test-llamacpp") << false
                                  << QStringList{role, content, finish, usage, done};
        QTest::newRow("llamacpp thinking") << QStringLiteral("test-llamacpp") << true
                                           << QStringList{role, reasoning, content, finish, usage, done};
    }
    void streamChunkOrder()
    {
        QFETCH(QString, profile);
        QFETCH(bool, thinking);
        QFETCH(QStringList, expected);
        SimulatedNode node(*SimProfile::byName(profile));
        QVERIFY(node.listen());
        const SimHttpResult r =
            SimClient::post(node.baseUrl(), QStringLiteral("/v1/chat/completions"),
                            SimClient::chatBody(QStringLiteral("Say hello."), true, thinking));
        QVERIFY(r.finished);
        QCOMPARE(r.status, 200);
        QVERIFY(r.headers.value("content-type").startsWith("text/event-stream"));
        QCOMPARE(r.headers.value("transfer-encoding").toLower(), QByteArray("chunked"));
        const QList<QByteArray> events = SimClient::sseData(r.body);
        QCOMPARE(collapse(events), expected);
        QVERIFY(r.body.endsWith("data: [DONE]\n\n"));
        const QJsonObject roleDelta =
            firstChoice(SimClient::json(events.first())).value(QStringLiteral("delta")).toObject();
        if (node.profile().dialect == Backend::LlamaCpp)
            QVERIFY(roleDelta.value(QStringLiteral("content")).isNull());
        else
            QCOMPARE(roleDelta.value(QStringLiteral("content")).toString(), QString());
        const QJsonObject usageChunk = lastJson(events);
        QVERIFY(usageChunk.value(QStringLiteral("choices")).toArray().isEmpty());
        QCOMPARE(usageChunk.contains(QStringLiteral("timings")), node.profile().dialect == Backend::LlamaCpp);
    }

    void llamaChunksHaveRecordedKeys()
    {
        SimulatedNode node(profileNamed("test-llamacpp"));
        QVERIFY(node.listen());
        const QList<QByteArray> ours = SimClient::sseData(
            SimClient::post(node.baseUrl(), QStringLiteral("/v1/chat/completions"),
                            SimClient::chatBody(QStringLiteral("Say hello."), true, false, 12))
                .body);
        const QList<QByteArray> recorded = SimClient::sseData(
            TestData::read(QStringLiteral("fixtures/llamacpp/chat-stream-include-usage.sse")));
        QCOMPARE(ours.size(), recorded.size()); // 12 tokens, one chunk each, as recorded
        for (qsizetype i = 0; i + 1 < ours.size(); ++i) {
            const QJsonObject a = SimClient::json(ours[i]);
            const QJsonObject b = SimClient::json(recorded[i]);
            QCOMPARE(keys(a), keys(b));
            if (!b.value(QStringLiteral("choices")).toArray().isEmpty()) {
                QCOMPARE(keys(firstChoice(a)), keys(firstChoice(b)));
                QCOMPARE(keys(firstChoice(a).value(QStringLiteral("delta")).toObject()),
                         keys(firstChoice(b).value(QStringLiteral("delta")).toObject()));
            }
            if (b.contains(QStringLiteral("timings")))
                QCOMPARE(keys(a.value(QStringLiteral("timings")).toObject()),
                         keys(b.value(QStringLiteral("timings")).toObject()));
        }
        // Byte-level framing like the recording: "data: {json}\n\n", key order choices..object.
        QVERIFY(ours.first().startsWith(
            R"({"choices":[{"finish_reason":null,"index":0,"delta":{"role":"assistant","content":null}}],"created":)"));
    }

    void thinkingToggle_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<int>("requested"); // -1 = not sent
        QTest::addColumn<bool>("expectReasoning");
        QTest::addColumn<QString>("field");
        QTest::newRow("dgx off by default")
            << QStringLiteral("vllm-dgx") << -1 << false << QStringLiteral("reasoning");
        QTest::newRow("dgx on by request")
            << QStringLiteral("vllm-dgx") << 1 << true << QStringLiteral("reasoning");
        QTest::newRow("dgx-thinking default")
            << QStringLiteral("vllm-dgx-thinking") << -1 << true << QStringLiteral("reasoning");
        QTest::newRow("dgx-thinking off")
            << QStringLiteral("vllm-dgx-thinking") << 0 << false << QStringLiteral("reasoning");
        QTest::newRow("fixed thinking ignores off")
            << QStringLiteral("vllm-dgx-fixed-thinking") << 0 << true << QStringLiteral("reasoning");
        QTest::newRow("legacy field")
            << QStringLiteral("vllm-dgx-legacy") << 1 << true << QStringLiteral("reasoning_content");
        QTest::newRow("llamacpp on") << QStringLiteral("llamacpp-5090") << 1 << true
                                     << QStringLiteral("reasoning_content");
        QTest::newRow("llamacpp off")
            << QStringLiteral("llamacpp-5090") << 0 << false << QStringLiteral("reasoning_content");
    }
    void thinkingToggle()
    {
        QFETCH(QString, profile);
        QFETCH(int, requested);
        QFETCH(bool, expectReasoning);
        QFETCH(QString, field);
        SimulatedNode node(*SimProfile::byName(profile));
        node.setTimeScale(0.01);
        QVERIFY(node.listen());
        const std::optional<bool> thinking =
            requested < 0 ? std::nullopt : std::optional<bool>(requested == 1);
        const QList<QByteArray> events = SimClient::sseData(
            SimClient::post(node.baseUrl(), QStringLiteral("/v1/chat/completions"),
                            SimClient::chatBody(QStringLiteral("Why is the sky blue?"), true, thinking))
                .body);
        bool sawField = false;
        for (const QByteArray &e : events)
            sawField |=
                firstChoice(SimClient::json(e)).value(QStringLiteral("delta")).toObject().contains(field);
        QCOMPARE(sawField, expectReasoning);
        const Texts t = texts(events);
        QVERIFY(!t.content.isEmpty());
        QCOMPARE(!t.reasoning.isEmpty(), expectReasoning);
    }

    void inlineThinkTags()
    {
        SimulatedNode node(profileNamed("vllm-dgx-no-parser"));
        node.setTimeScale(0.01);
        QVERIFY(node.listen());
        const Texts t = texts(
            SimClient::sseData(SimClient::post(node.baseUrl(), QStringLiteral("/v1/chat/completions"),
                                               SimClient::chatBody(QStringLiteral("Explain caching."), true))
                                   .body));
        QVERIFY(t.reasoning.isEmpty());
        QVERIFY(t.content.startsWith(QLatin1String("<think>\n")));
        QVERIFY(t.content.contains(QLatin1String("</think>\n\n")));
    }

    void usageAndTimingsAreConsistent_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::newRow("vllm") << QStringLiteral("test");
        QTest::newRow("llamacpp") << QStringLiteral("test-llamacpp");
    }
    void usageAndTimingsAreConsistent()
    {
        QFETCH(QString, profile);
        SimulatedNode node(*SimProfile::byName(profile));
        QVERIFY(node.listen());
        const QByteArray body =
            SimClient::chatBody(QStringLiteral("Summarise the plan in two lines."), true, true);
        for (int round = 0; round < 2; ++round) {
            const QList<QByteArray> events = SimClient::sseData(
                SimClient::post(node.baseUrl(), QStringLiteral("/v1/chat/completions"), body).body);
            const QJsonObject last = lastJson(events);
            const QJsonObject usage = last.value(QStringLiteral("usage")).toObject();
            const Texts t = texts(events);
            const int completion = usage.value(QStringLiteral("completion_tokens")).toInt();
            QCOMPARE(completion, SimTokenizer::count(t.reasoning) + SimTokenizer::count(t.content));
            const int prompt = usage.value(QStringLiteral("prompt_tokens")).toInt();
            QVERIFY(prompt > 10);
            QCOMPARE(usage.value(QStringLiteral("total_tokens")).toInt(), prompt + completion);
            if (node.profile().dialect != Backend::LlamaCpp)
                continue;
            const QJsonObject timings = last.value(QStringLiteral("timings")).toObject();
            const int cacheN = timings.value(QStringLiteral("cache_n")).toInt();
            QCOMPARE(cacheN + timings.value(QStringLiteral("prompt_n")).toInt(), prompt);
            QCOMPARE(usage.value(QStringLiteral("prompt_tokens_details"))
                         .toObject()
                         .value(QStringLiteral("cached_tokens"))
                         .toInt(),
                     cacheN);
            QCOMPARE(timings.value(QStringLiteral("predicted_n")).toInt(), completion);
            if (round == 0) {
                QVERIFY(cacheN < prompt / 2);
            } else {
                // identical prompt again: served from the cache, one token evaluated
                QCOMPARE(cacheN, prompt - 1);
                QCOMPARE(timings.value(QStringLiteral("prompt_n")).toInt(), 1);
            }
        }
    }

    void cachePromptFalseDisablesCache()
    {
        SimulatedNode node(profileNamed("test-llamacpp"));
        QVERIFY(node.listen());
        QJsonObject body = SimClient::json(SimClient::chatBody(QStringLiteral("Repeat after me."), false));
        body.insert(QStringLiteral("cache_prompt"), false);
        const QByteArray bytes = QJsonDocument(body).toJson(QJsonDocument::Compact);
        SimClient::post(node.baseUrl(), QStringLiteral("/v1/chat/completions"), bytes);
        const QJsonObject r = SimClient::json(
            SimClient::post(node.baseUrl(), QStringLiteral("/v1/chat/completions"), bytes).body);
        QCOMPARE(r.value(QStringLiteral("timings")).toObject().value(QStringLiteral("cache_n")).toInt(), 0);
    }

    void maxTokensGivesLength_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::newRow("vllm") << QStringLiteral("test");
        QTest::newRow("llamacpp") << QStringLiteral("test-llamacpp");
    }
    void maxTokensGivesLength()
    {
        QFETCH(QString, profile);
        SimulatedNode node(*SimProfile::byName(profile));
        QVERIFY(node.listen());
        const QList<QByteArray> events = SimClient::sseData(
            SimClient::post(node.baseUrl(), QStringLiteral("/v1/chat/completions"),
                            SimClient::chatBody(QStringLiteral("Write a long essay."), true, false, 5))
                .body);
        QString finish;
        for (const QByteArray &e : events) {
            const QJsonValue f = firstChoice(SimClient::json(e)).value(QStringLiteral("finish_reason"));
            if (f.isString())
                finish = f.toString();
        }
        QCOMPARE(finish, QStringLiteral("length"));
        QCOMPARE(lastJson(events)
                     .value(QStringLiteral("usage"))
                     .toObject()
                     .value(QStringLiteral("completion_tokens"))
                     .toInt(),
                 5);
    }

    void nonStreaming_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::newRow("vllm") << QStringLiteral("vllm-dgx-thinking");
        QTest::newRow("llamacpp") << QStringLiteral("llamacpp-5090");
    }
    void nonStreaming()
    {
        QFETCH(QString, profile);
        SimulatedNode node(*SimProfile::byName(profile));
        node.setTimeScale(0.01);
        QVERIFY(node.listen());
        const SimHttpResult r =
            SimClient::post(node.baseUrl(), QStringLiteral("/v1/chat/completions"),
                            SimClient::chatBody(QStringLiteral("Say hello."), false, true));
        QCOMPARE(r.status, 200);
        QVERIFY(r.headers.value("content-type").startsWith("application/json"));
        const QJsonObject o = SimClient::json(r.body);
        QCOMPARE(o.value(QStringLiteral("object")).toString(), QStringLiteral("chat.completion"));
        const QJsonObject message = firstChoice(o).value(QStringLiteral("message")).toObject();
        const bool llama = node.profile().dialect == Backend::LlamaCpp;
        const QString reasoning =
            message.value(llama ? QStringLiteral("reasoning_content") : QStringLiteral("reasoning"))
                .toString();
        QVERIFY(!reasoning.isEmpty());
        QVERIFY(!message.value(QStringLiteral("content")).toString().isEmpty());
        const QJsonObject usage = o.value(QStringLiteral("usage")).toObject();
        QCOMPARE(usage.value(QStringLiteral("completion_tokens")).toInt(),
                 SimTokenizer::count(reasoning) +
                     SimTokenizer::count(message.value(QStringLiteral("content")).toString()));
        QCOMPARE(o.contains(QStringLiteral("timings")), llama);
        if (llama) {
            const QJsonObject recorded = SimClient::json(
                TestData::read(QStringLiteral("fixtures/llamacpp/chat-nonstream-B-thinking.json")));
            QCOMPARE(keys(o), keys(recorded));
            QCOMPARE(keys(message), keys(firstChoice(recorded).value(QStringLiteral("message")).toObject()));
        }
    }

    void koreanPromptGetsKoreanUtf8()
    {
        SimulatedNode node(profileNamed("test-llamacpp"));
        QVERIFY(node.listen());
        const Texts t = texts(SimClient::sseData(
            SimClient::post(node.baseUrl(), QStringLiteral("/v1/chat/completions"),
                            SimClient::chatBody(QStringLiteral("대한민국의 수도는 어디인가요?"), true))
                .body));
        QVERIFY(t.content.contains(QRegularExpression(QStringLiteral("[\\x{AC00}-\\x{D7A3}]"))));
        QVERIFY(!t.content.contains(QChar::ReplacementCharacter));
    }

    void answerProviderIsUsedAndRunsCounted()
    {
        SimulatedNode node(profileNamed("test"));
        QVERIFY(node.listen());
        QList<int> runs;
        node.setAnswerProvider([&runs](const SimRequest &request) {
            runs << request.run;
            return SimAnswer{QString(), QStringLiteral("def add(a, b):\n    return a + b\n")};
        });
        const QByteArray body = SimClient::chatBody(QStringLiteral("Write add()."), true);
        for (int i = 0; i < 3; ++i) {
            const Texts t = texts(SimClient::sseData(
                SimClient::post(node.baseUrl(), QStringLiteral("/v1/chat/completions"), body).body));
            QCOMPARE(t.content, QStringLiteral("def add(a, b):\n    return a + b\n"));
        }
        QCOMPARE(runs, (QList<int>{0, 1, 2}));
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
        QCOMPARE(SimClient::json(badLlama.body)
                     .value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("type"))
                     .toString(),
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
        QCOMPARE(SimClient::json(unknown.body)
                     .value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("param"))
                     .toString(),
                 QStringLiteral("model"));
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
        manager.setProxy(QNetworkProxy::NoProxy);
        QNetworkRequest request(node.baseUrl().resolved(QUrl(QStringLiteral("/v1/chat/completions"))));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        QNetworkReply *reply =
            manager.post(request, SimClient::chatBody(QStringLiteral("Tell me a story."), true, true));
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
        manager.setProxy(QNetworkProxy::NoProxy);
        QNetworkRequest request(node.baseUrl().resolved(QUrl(QStringLiteral("/v1/chat/completions"))));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        QNetworkReply *reply =
            manager.post(request, SimClient::chatBody(QStringLiteral("Tell me a story."), true, true));
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
};

QTEST_GUILESS_MAIN(TestSimulatedNode)
#include "tst_simulatednode.moc"
