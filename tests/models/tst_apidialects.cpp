#include "models/net/anthropiceventdecoder.h"
#include "models/net/anthropicmessagesdialect.h"
#include "models/net/apidialects.h"
#include "models/net/chatrequest.h"
#include "models/net/chatstream.h"
#include "models/net/chunkdecoder.h"
#include "models/net/openaichatdialect.h"
#include "models/net/openaiclouddialect.h"
#include "tests/support/scriptedhttpserver.h"
#include "tests/support/testdata.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <nlohmann/json.hpp>

// The API dialects: request bodies and headers per dialect, the Anthropic Messages event decoder at every
// byte split of streams written from the documented examples, and ChatStream end to end on a local socket.
class TestApiDialects : public QObject
{
    Q_OBJECT
private:
    struct Decoded
    {
        QString reasoning, content, model;
        QStringList finish;
        QList<TokenUsage> usage;
        QList<ChunkItem> errors;
        int done = 0;
        int tokenEvents = 0;
    };

    static void collect(const QList<ChunkItem> &items, Decoded &d)
    {
        for (const ChunkItem &item : items) {
            switch (item.kind) {
            case ChunkItem::Kind::Content: d.content += item.text; break;
            case ChunkItem::Kind::Reasoning: d.reasoning += item.text; break;
            case ChunkItem::Kind::Finish: d.finish.append(item.text); break;
            case ChunkItem::Kind::Usage: d.usage.append(item.usage); break;
            case ChunkItem::Kind::Error: d.errors.append(item); break;
            case ChunkItem::Kind::Done: ++d.done; break;
            default: break;
            }
        }
    }

    // The bytes fed in the given pieces (split points), through SseDecoder and AnthropicEventDecoder.
    static Decoded decode(const QByteArray &bytes, const QList<qsizetype> &splits)
    {
        SseDecoder sse;
        AnthropicEventDecoder decoder;
        Decoded d;
        qsizetype from = 0;
        QList<qsizetype> cuts = splits;
        cuts.append(bytes.size());
        for (qsizetype cut : cuts) {
            for (const SseEvent &event : sse.feed(QByteArrayView(bytes).sliced(from, cut - from), 0)) {
                collect(decoder.decode(event), d);
                d.tokenEvents += decoder.lastEventCarriedTokens() ? 1 : 0;
            }
            from = cut;
        }
        collect(decoder.finish(), d);
        d.model = decoder.model();
        return d;
    }

    static QByteArray fixture(const char *name)
    {
        return TestData::read(QStringLiteral("anthropic/") + QLatin1String(name));
    }

    static void compareDecoded(const Decoded &a, const Decoded &b)
    {
        QCOMPARE(a.reasoning, b.reasoning);
        QCOMPARE(a.content, b.content);
        QCOMPARE(a.finish, b.finish);
        QCOMPARE(a.usage, b.usage);
        QCOMPARE(a.done, b.done);
        QCOMPARE(a.tokenEvents, b.tokenEvents);
        QCOMPARE(a.errors.size(), b.errors.size());
        QCOMPARE(a.model, b.model);
    }

    static ChatRequest request(Backend backend, std::optional<bool> thinking)
    {
        ChatRequest r;
        r.node.url = QUrl(QStringLiteral("http://127.0.0.1:9/"));
        r.node.backendHint = backend;
        r.node.apiKey = QStringLiteral("test-key-not-real");
        r.model = QStringLiteral("m1");
        r.messages = {{QStringLiteral("system"), QStringLiteral("Be brief.")},
                      {QStringLiteral("user"), QStringLiteral("Say hello.")}};
        r.maxTokens = 4096;
        r.thinking = thinking;
        r.temperature = 0.5;
        r.seed = 7;
        return r;
    }

    static nlohmann::json body(const ChatRequest &r)
    {
        const QByteArray bytes = r.toJson();
        return nlohmann::json::parse(bytes.begin(), bytes.end());
    }

    static QByteArray header(const HttpHeaders &headers, const QByteArray &name)
    {
        for (const auto &[n, v] : headers)
            if (n.compare(name, Qt::CaseInsensitive) == 0)
                return v;
        return {};
    }

private slots:
    void registryFollowsBackendHint()
    {
        NodeConfig node;
        for (Backend b : {Backend::Unknown, Backend::Vllm, Backend::LlamaCpp, Backend::OpenAi}) {
            node.backendHint = b;
            QCOMPARE(ApiDialects::forNode(node).key(), QStringLiteral("openai-chat"));
            QVERIFY(!ApiDialects::forNode(node).isCloud());
        }
        node.backendHint = Backend::Anthropic;
        QCOMPARE(ApiDialects::forNode(node).key(), QStringLiteral("anthropic-messages"));
        QVERIFY(ApiDialects::forNode(node).isCloud());
        node.backendHint = Backend::OpenAiCloud;
        QCOMPARE(ApiDialects::forNode(node).key(), QStringLiteral("openai-cloud"));
        QCOMPARE(ApiDialects::forNode(node).healthPath(), QStringLiteral("/v1/models"));
        QCOMPARE(backendFromKey(QStringLiteral("anthropic")), Backend::Anthropic);
        QCOMPARE(backendFromKey(backendKey(Backend::OpenAiCloud)), Backend::OpenAiCloud);
    }

    // Every form a dialect says it sends is in the body it sends (thinking ON and OFF), and none
    // when the toggle is unset: the forms recorded with a result are the ones that went out.
    void thinkingToggleFormsAreWhatIsSent()
    {
        for (Backend backend : {Backend::Vllm, Backend::LlamaCpp, Backend::OpenAi, Backend::OpenAiCloud,
                                Backend::Anthropic}) {
            const QStringList forms = ApiDialects::forBackend(backend).thinkingToggleForms();
            QVERIFY(!forms.isEmpty());
            for (bool on : {true, false}) {
                const nlohmann::json b = body(request(backend, on));
                for (const QString &form : forms) {
                    const nlohmann::json::json_pointer path(
                        QString(QLatin1Char('/') + form).replace(QLatin1Char('.'), QLatin1Char('/')).toStdString());
                    // Anthropic omits `thinking` when OFF (that is its OFF form).
                    if (backend == Backend::Anthropic && !on)
                        QVERIFY2(!b.contains(path), qPrintable(form));
                    else
                        QVERIFY2(b.contains(path), qPrintable(backendKey(backend) + u' ' + form));
                }
            }
            const nlohmann::json unset = body(request(backend, std::nullopt));
            QVERIFY(!unset.contains("chat_template_kwargs") && !unset.contains("reasoning_effort") &&
                    !unset.contains("thinking"));
        }
    }

    void openAiCompatibleBodyUnchanged()
    {
        ChatRequest r = request(Backend::Vllm, true);
        r.cacheBust = true;
        r.cacheBustNonce = QStringLiteral("N1");
        QCOMPARE(r.toJson(),
                 QByteArray(R"({"model":"m1","messages":[{"role":"system","content":"[nonce N1]\nBe brief."},)"
                            R"({"role":"user","content":"Say hello."}],"stream":true,"stream_options":)"
                            R"({"include_usage":true},"max_tokens":4096,"temperature":0.5,"seed":7,)"
                            R"("chat_template_kwargs":{"enable_thinking":true,"thinking":true},)"
                            R"("cache_prompt":false})"));
        QCOMPARE(r.endpointUrl(), QUrl(QStringLiteral("http://127.0.0.1:9/v1/chat/completions")));
        r.node.url = QUrl(QStringLiteral("http://127.0.0.1:9/v1/"));
        QCOMPARE(r.endpointUrl(), QUrl(QStringLiteral("http://127.0.0.1:9/v1/chat/completions")));
        const HttpHeaders h = ApiDialects::forNode(r.node).chatHeaders(r);
        QCOMPARE(header(h, "Authorization"), QByteArray("Bearer test-key-not-real"));
        r.node.apiKey.clear();
        QVERIFY(ApiDialects::forNode(r.node).chatHeaders(r).isEmpty());
    }

    void openAiCloudBody()
    {
        const ChatRequest on = request(Backend::OpenAiCloud, true);
        nlohmann::json b = body(on);
        QCOMPARE(b["max_completion_tokens"].get<int>(), 4096);
        QVERIFY(!b.contains("max_tokens"));
        QCOMPARE(b["reasoning_effort"].get<std::string>(), std::string("medium"));
        QCOMPARE(b["stream_options"]["include_usage"].get<bool>(), true);
        QVERIFY(!b.contains("chat_template_kwargs"));
        QVERIFY(!b.contains("seed"));
        QCOMPARE(b["messages"].size(), size_t(2));
        ChatRequest high = on;
        high.reasoningEffort = QStringLiteral("high");
        QCOMPARE(body(high)["reasoning_effort"].get<std::string>(), std::string("high"));
        QCOMPARE(body(request(Backend::OpenAiCloud, false))["reasoning_effort"].get<std::string>(),
                 std::string("minimal"));
        QVERIFY(!body(request(Backend::OpenAiCloud, std::nullopt)).contains("reasoning_effort"));
        QCOMPARE(on.endpointUrl(), QUrl(QStringLiteral("http://127.0.0.1:9/v1/chat/completions")));
        QCOMPARE(header(ApiDialects::forNode(on.node).chatHeaders(on), "Authorization"),
                 QByteArray("Bearer test-key-not-real"));
    }

    void anthropicBodyAndHeaders()
    {
        ChatRequest on = request(Backend::Anthropic, true);
        on.cacheBust = true;
        on.cacheBustNonce = QStringLiteral("N2");
        nlohmann::json b = body(on);
        QCOMPARE(b["model"].get<std::string>(), std::string("m1"));
        QCOMPARE(b["max_tokens"].get<int>(), 4096);
        QCOMPARE(b["system"].get<std::string>(), std::string("[nonce N2]\nBe brief."));
        QCOMPARE(b["messages"].size(), size_t(1));
        QCOMPARE(b["messages"][0]["role"].get<std::string>(), std::string("user"));
        QCOMPARE(b["messages"][0]["content"].get<std::string>(), std::string("Say hello."));
        QCOMPARE(b["stream"].get<bool>(), true);
        QCOMPARE(b["thinking"]["type"].get<std::string>(), std::string("enabled"));
        QCOMPARE(b["thinking"]["budget_tokens"].get<int>(), 2048);
        QVERIFY(!b.contains("temperature")); // not allowed with thinking
        QVERIFY(!b.contains("seed"));
        QVERIFY(!b.contains("stream_options"));

        const nlohmann::json off = body(request(Backend::Anthropic, false));
        QVERIFY(!off.contains("thinking"));
        QCOMPARE(off["temperature"].get<double>(), 0.5);
        QVERIFY(!body(request(Backend::Anthropic, std::nullopt)).contains("thinking"));

        QCOMPARE(on.endpointUrl(), QUrl(QStringLiteral("http://127.0.0.1:9/v1/messages")));
        const HttpHeaders h = ApiDialects::forNode(on.node).chatHeaders(on);
        QCOMPARE(header(h, "x-api-key"), QByteArray("test-key-not-real"));
        QCOMPARE(header(h, "anthropic-version"), QByteArray("2023-06-01"));
        QVERIFY(header(h, "Authorization").isEmpty());
    }

    void anthropicThinkingBudget_data()
    {
        QTest::addColumn<int>("maxTokens");
        QTest::addColumn<int>("budget");
        QTest::addColumn<int>("sentMax");
        QTest::addColumn<int>("sentBudget");
        QTest::newRow("half") << 32768 << 0 << 32768 << 16384;
        QTest::newRow("floor 1024") << 1500 << 0 << 1500 << 1024;
        QTest::newRow("too small: room added") << 800 << 0 << 1824 << 1024;
        QTest::newRow("explicit") << 8000 << 3000 << 8000 << 3000;
        QTest::newRow("explicit over max") << 2000 << 4000 << 6000 << 4000;
        QTest::newRow("explicit under floor") << 8000 << 10 << 8000 << 1024;
    }

    void anthropicThinkingBudget()
    {
        QFETCH(int, maxTokens);
        QFETCH(int, budget);
        QFETCH(int, sentMax);
        QFETCH(int, sentBudget);
        const auto [m, b] = AnthropicMessagesDialect::thinkingLimits(maxTokens, budget);
        QCOMPARE(m, sentMax);
        QCOMPARE(b, sentBudget);
        QVERIFY(b >= 1024);
        QVERIFY(b < m);
    }

    void anthropicStreamWhole()
    {
        const Decoded d = decode(fixture("messages-stream-thinking.sse"), {});
        QCOMPARE(d.reasoning, QStringLiteral("Let me solve this step by step:\n\n1. First break down 27 * 453\n"
                                             "2. 453 = 400 + 50 + 3"));
        QCOMPARE(d.content, QStringLiteral("27 * 453 = 12,231 (π ≈ 3.14159 is not needed)"));
        QCOMPARE(d.finish, QStringList{QStringLiteral("stop")});
        QCOMPARE(d.done, 1);
        QCOMPARE(d.tokenEvents, 4); // signature_delta, ping and block starts carry no tokens
        QCOMPARE(d.model, QStringLiteral("claude-sim-thinking"));
        QVERIFY(d.errors.isEmpty());
        QCOMPARE(d.usage.size(), 1);
        const TokenUsage &u = d.usage.first();
        QCOMPARE(u.promptTokens, 435); // 25 new + 400 cache read + 10 cache write
        QCOMPARE(u.cachedTokens, 400);
        QCOMPARE(u.cacheWriteTokens, 10);
        QCOMPARE(u.completionTokens, 115);
        QCOMPARE(u.totalTokens, 550);
        QVERIFY(!u.reasoningTokens);
    }

    void anthropicStreamEverySplit()
    {
        for (const char *name : {"messages-stream-thinking.sse", "messages-stream-overloaded.sse"}) {
            const QByteArray bytes = fixture(name);
            const Decoded whole = decode(bytes, {});
            for (qsizetype i = 0; i <= bytes.size(); ++i) {
                const Decoded split = decode(bytes, {i});
                compareDecoded(split, whole);
                if (QTest::currentTestFailed())
                    QFAIL(qPrintable(QStringLiteral("%1 split at byte %2").arg(QLatin1String(name)).arg(i)));
            }
            QList<qsizetype> everyByte;
            for (qsizetype i = 1; i < bytes.size(); ++i)
                everyByte.append(i);
            compareDecoded(decode(bytes, everyByte), whole);
        }
    }

    void anthropicErrorEvent()
    {
        const Decoded d = decode(fixture("messages-stream-overloaded.sse"), {});
        QCOMPARE(d.content, QStringLiteral("Hello"));
        QCOMPARE(d.errors.size(), 1);
        QCOMPARE(d.errors.first().errorType, QStringLiteral("overloaded_error"));
        QCOMPARE(d.errors.first().text, QStringLiteral("Overloaded"));
        QCOMPARE(d.done, 0);
    }

    void anthropicStopReasons()
    {
        QCOMPARE(AnthropicEventDecoder::finishReason(QStringLiteral("end_turn")), QStringLiteral("stop"));
        QCOMPARE(AnthropicEventDecoder::finishReason(QStringLiteral("stop_sequence")), QStringLiteral("stop"));
        QCOMPARE(AnthropicEventDecoder::finishReason(QStringLiteral("max_tokens")), QStringLiteral("length"));
        QCOMPARE(AnthropicEventDecoder::finishReason(QStringLiteral("refusal")), QStringLiteral("refusal"));
    }

    void anthropicBadInput()
    {
        AnthropicEventDecoder decoder;
        SseEvent event;
        event.data = "{not json";
        QList<ChunkItem> items = decoder.decode(event);
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.first().kind, ChunkItem::Kind::Error);
        QCOMPARE(items.first().errorType, QStringLiteral("malformed_json"));
        event.data = R"({"type":"content_block_delta","delta":{"type":"text_delta","text":42}})";
        QVERIFY(decoder.decode(event).isEmpty()); // wrong type: ignored, never fatal
        event.data = R"({"type":"some_future_event","x":1})";
        QVERIFY(decoder.decode(event).isEmpty());
        items = decoder.decodeCompletion(
            R"({"type":"message","model":"m","content":[{"type":"thinking","thinking":"hm"},)"
            R"({"type":"text","text":"Hi"}],"stop_reason":"max_tokens","usage":{"input_tokens":3,"output_tokens":9}})");
        Decoded d;
        collect(items, d);
        QCOMPARE(d.reasoning, QStringLiteral("hm"));
        QCOMPARE(d.content, QStringLiteral("Hi"));
        QCOMPARE(d.finish, QStringList{QStringLiteral("length")});
        QCOMPARE(d.usage.first().promptTokens, 3);
        QCOMPARE(d.usage.first().completionTokens, 9);
    }

    void openAiCloudUsageDetails()
    {
        SseDecoder sse;
        ChunkDecoder chunks;
        QList<TokenUsage> usage;
        const QByteArray bytes =
            "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Hi\"}}]}\n\n"
            "data: {\"choices\":[],\"usage\":{\"prompt_tokens\":120,\"completion_tokens\":30,\"total_tokens\":150,"
            "\"prompt_tokens_details\":{\"cached_tokens\":100},\"completion_tokens_details\":"
            "{\"reasoning_tokens\":20}}}\n\ndata: [DONE]\n\n";
        for (const SseEvent &e : sse.feed(bytes, 0))
            for (const ChunkItem &item : chunks.decode(e))
                if (item.kind == ChunkItem::Kind::Usage)
                    usage.append(item.usage);
        QCOMPARE(usage.size(), 1);
        QCOMPARE(usage.first().cachedTokens, 100);
        QCOMPARE(usage.first().reasoningTokens, 20);
        QVERIFY(!usage.first().cacheWriteTokens);
    }

    void chatStreamSpeaksAnthropic()
    {
        ScriptedHttpServer server;
        QVERIFY(server.listen());
        ScriptedHttpServer::Response response =
            ScriptedHttpServer::Response::sseRecording(fixture("messages-stream-thinking.sse"), 2);
        server.setResponse(response);
        ChatRequest r = request(Backend::Anthropic, true);
        r.node.url = server.url();
        r.deadlineMs = 20000;
        QNetworkAccessManager nam;
        ChatStream stream(&nam);
        QSignalSpy spy(&stream, &ChatStream::finished);
        stream.start(r);
        QVERIFY(spy.wait(20000));
        const ChatResult result = stream.result();
        QCOMPARE(result.state, RunState::Done);
        QCOMPARE(result.text, QStringLiteral("27 * 453 = 12,231 (π ≈ 3.14159 is not needed)"));
        QVERIFY(result.reasoning.startsWith(QStringLiteral("Let me solve")));
        QCOMPARE(result.finishReason, QStringLiteral("stop"));
        QCOMPARE(result.model, QStringLiteral("claude-sim-thinking"));
        QCOMPARE(result.usage.cacheWriteTokens, 10);
        QCOMPARE(result.metrics.promptTokens, 435);
        QCOMPARE(result.metrics.completionTokens, 115);
        QCOMPARE(result.chunkCount, 4);
        // Same split as OpenAI streams: TTFT at the first thinking delta, the answer after it.
        QVERIFY(result.metrics.ttftMs && result.metrics.ttfaMs);
        QVERIFY(*result.metrics.ttfaMs >= *result.metrics.ttftMs);
        QVERIFY(result.metrics.thinkingMs.has_value());
        QCOMPARE(server.requests().size(), 1);
        const ScriptedHttpServer::Request sent = server.requests().first();
        QCOMPARE(sent.path, QByteArray("/v1/messages"));
        QCOMPARE(sent.header("x-api-key"), QByteArray("test-key-not-real"));
        QCOMPARE(sent.header("anthropic-version"), QByteArray("2023-06-01"));
        QVERIFY(sent.header("authorization").isEmpty());
    }

    void chatStreamAnthropicOverloaded()
    {
        ScriptedHttpServer server;
        QVERIFY(server.listen());
        server.setResponse(ScriptedHttpServer::Response::sseRecording(fixture("messages-stream-overloaded.sse"), 0));
        ChatRequest r = request(Backend::Anthropic, false);
        r.node.url = server.url();
        QNetworkAccessManager nam;
        ChatStream stream(&nam);
        QSignalSpy spy(&stream, &ChatStream::finished);
        stream.start(r);
        QVERIFY(spy.wait(20000));
        QCOMPARE(stream.result().state, RunState::Error);
        QVERIFY2(stream.result().error.contains(QLatin1String("Overloaded")), qPrintable(stream.result().error));
        QCOMPARE(stream.result().text, QStringLiteral("Hello"));
    }
};

QTEST_GUILESS_MAIN(TestApiDialects)
#include "tst_apidialects.moc"
