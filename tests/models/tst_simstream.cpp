// SimulatedNode chat streams on a real socket: chunk order per dialect (keys as recorded from
// llama-server), thinking on/off/ignored and the reasoning field names, usage and timings consistency,
// the prompt cache, max_tokens, non-streaming answers, UTF-8 and the pluggable answer provider.
#include "models/sim/simtokenizer.h"
#include "models/sim/simulatednode.h"
#include "tests/support/simclient.h"
#include "tests/support/testdata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkProxy>
#include <QRegularExpression>
#include <QTest>

namespace {

using SimClient::firstChoice;
using SimClient::keys;

SimProfile profileNamed(const char *name)
{
    return SimClient::profile(QString::fromLatin1(name));
}

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

} // namespace

class TestSimStream : public QObject
{
    Q_OBJECT

private slots:
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

    void vllmReasoningTokenCountIsAProfileOption()
    {
        SimProfile p = profileNamed("test");
        p.reportReasoningTokens = true;
        p.reportCachedTokens = true;
        SimulatedNode node(p);
        QVERIFY(node.listen());
        const QList<QByteArray> events = SimClient::sseData(
            SimClient::post(node.baseUrl(), QStringLiteral("/v1/chat/completions"),
                            SimClient::chatBody(QStringLiteral("Think first."), true, true))
                .body);
        const QJsonObject usage = lastJson(events).value(QStringLiteral("usage")).toObject();
        const Texts t = texts(events);
        QCOMPARE(usage.value(QStringLiteral("completion_tokens_details"))
                     .toObject()
                     .value(QStringLiteral("reasoning_tokens"))
                     .toInt(),
                 SimTokenizer::count(t.reasoning));
        QVERIFY(usage.value(QStringLiteral("prompt_tokens_details"))
                    .toObject()
                    .contains(QStringLiteral("cached_tokens")));
        // The default DGX profile, like vLLM's chat completions, has neither.
        SimulatedNode plain(profileNamed("test"));
        QVERIFY(plain.listen());
        const QJsonObject plainUsage =
            lastJson(SimClient::sseData(
                         SimClient::post(plain.baseUrl(), QStringLiteral("/v1/chat/completions"),
                                         SimClient::chatBody(QStringLiteral("Think first."), true, true))
                             .body))
                .value(QStringLiteral("usage"))
                .toObject();
        QCOMPARE(keys(plainUsage),
                 (QStringList{QStringLiteral("completion_tokens"), QStringLiteral("prompt_tokens"),
                              QStringLiteral("total_tokens")}));
    }
};

QTEST_GUILESS_MAIN(TestSimStream)
#include "tst_simstream.moc"
