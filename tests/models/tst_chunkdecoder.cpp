#include "models/net/chunkdecoder.h"
#include "models/net/chunkjsonscanner.h"
#include "models/net/ssedecoder.h"
#include "tests/support/testdata.h"

#include <QDir>
#include <nlohmann/json.hpp>

#include <QTest>

// ChunkDecoder against the recorded llama-server streams and against shapes only vLLM sends.
class TestChunkDecoder : public QObject
{
    Q_OBJECT
private:
    struct Decoded
    {
        QString reasoning;
        QString content;
        QStringList finish;
        QList<TokenUsage> usage;
        QList<ServerTimings> timings;
        QList<PromptProgress> progress;
        QList<ChunkItem> errors;
        int roles = 0;
        int tokenEvents = 0;
        int done = 0;
    };

    static void collect(const QList<ChunkItem> &items, Decoded &d)
    {
        for (const ChunkItem &item : items) {
            switch (item.kind) {
            case ChunkItem::Kind::Role:
                ++d.roles;
                break;
            case ChunkItem::Kind::Content:
                d.content += item.text;
                break;
            case ChunkItem::Kind::Reasoning:
                d.reasoning += item.text;
                break;
            case ChunkItem::Kind::Finish:
                d.finish.append(item.text);
                break;
            case ChunkItem::Kind::Usage:
                d.usage.append(item.usage);
                break;
            case ChunkItem::Kind::Timings:
                d.timings.append(item.timings);
                break;
            case ChunkItem::Kind::PromptProgress:
                d.progress.append(item.progress);
                break;
            case ChunkItem::Kind::Error:
                d.errors.append(item);
                break;
            case ChunkItem::Kind::Done:
                ++d.done;
                break;
            }
        }
    }

    static Decoded decodeStream(const QByteArray &bytes)
    {
        SseDecoder sse;
        ChunkDecoder chunks;
        Decoded d;
        for (const SseEvent &event : sse.feed(bytes, 0)) {
            collect(chunks.decode(event), d);
            d.tokenEvents += chunks.lastEventCarriedTokens() ? 1 : 0;
        }
        collect(chunks.finish(), d);
        return d;
    }

    static Decoded decodeFixture(const char *name)
    {
        return decodeStream(TestData::read(QStringLiteral("fixtures/llamacpp/") + QLatin1String(name)));
    }

    static QByteArray sse(const QList<QByteArray> &json)
    {
        QByteArray out;
        for (const QByteArray &j : json)
            out += "data: " + j + "\n\n";
        return out;
    }

private slots:
    void reasoningThenContent()
    {
        const Decoded d = decodeFixture("chat-stream-B-reasoning-then-content.sse");
        QCOMPARE(d.reasoning, QStringLiteral("sushiaquitles underwent dove assign vet cometestercomplexwo"));
        QCOMPARE(d.content,
                 QStringLiteral(
                     "establishing misdem widely denouncing essence masturbation ascend lettersdtfolk"));
        QCOMPARE(d.roles, 1);
        QCOMPARE(d.tokenEvents, 21);
        QCOMPARE(d.finish, QStringList{QStringLiteral("stop")});
        QCOMPARE(d.done, 1);
        QCOMPARE(d.usage.size(), 1);
        const TokenUsage &u = d.usage.first();
        QCOMPARE(u.completionTokens, 25);
        QCOMPARE(u.promptTokens, 14);
        QCOMPARE(u.totalTokens, 39);
        QCOMPARE(u.cachedTokens, 13);
        QVERIFY(!u.reasoningTokens.has_value()); // llama.cpp never counts them
        QCOMPARE(d.timings.size(), 1);
        const ServerTimings &t = d.timings.first();
        QCOMPARE(t.cacheN, 13);
        QCOMPARE(t.promptN, 1);
        QCOMPARE(t.promptMs, 4.336);
        QCOMPARE(t.predictedN, 25);
        QCOMPARE(t.predictedMs, 210.414);
        QCOMPARE(t.predictedPerSecond, 114.06085146425619);
        QVERIFY(d.errors.isEmpty());
    }

    void timingsKeptAsSent()
    {
        const QByteArray bytes =
            TestData::read(QStringLiteral("fixtures/llamacpp/chat-stream-include-usage.sse"));
        const qsizetype at = bytes.indexOf("\"timings\":") + 10;
        const QByteArray sent = bytes.mid(at, bytes.indexOf('}', at) + 1 - at);
        const Decoded d = decodeStream(bytes);
        QCOMPARE(d.timings.size(), 1);
        QCOMPARE(d.timings.first().json, sent);
    }

    void timingsOnLastChunk_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<bool>("hasUsage");
        QTest::addColumn<int>("timingsCount");
        QTest::addColumn<qint64>("predictedN");
        QTest::newRow("no include_usage: on finish chunk")
            << QByteArray("chat-stream.sse") << false << 1 << qint64(12);
        QTest::newRow("no usage, thinking")
            << QByteArray("chat-stream-B-thinking-true-no-usage.sse") << false << 1 << qint64(12);
        QTest::newRow("include_usage: on usage chunk")
            << QByteArray("chat-stream-include-usage.sse") << true << 1 << qint64(12);
        QTest::newRow("timings_per_token: cumulative on every token")
            << QByteArray("chat-stream-timings-per-token.sse") << true << 7 << qint64(6);
    }
    void timingsOnLastChunk()
    {
        QFETCH(QByteArray, file);
        QFETCH(bool, hasUsage);
        QFETCH(int, timingsCount);
        QFETCH(qint64, predictedN);
        const Decoded d = decodeFixture(file.constData());
        QCOMPARE(d.usage.isEmpty(), !hasUsage);
        QCOMPARE(d.timings.size(), timingsCount);
        QCOMPARE(d.timings.last().predictedN, predictedN);
        for (qsizetype i = 1; i < d.timings.size(); ++i)
            QVERIFY(*d.timings[i].predictedN >= *d.timings[i - 1].predictedN);
        QCOMPARE(d.finish, QStringList{QStringLiteral("length")});
    }

    void thinkingOnOff()
    {
        const Decoded on = decodeFixture("chat-stream-B-thinking-true.sse");
        QVERIFY(on.content.isEmpty());
        QVERIFY(on.reasoning.startsWith(QLatin1String("sushi 1924maxButton")));
        QCOMPARE(on.tokenEvents, 12);
        const Decoded off = decodeFixture("chat-stream-B-thinking-false.sse");
        QVERIFY(off.reasoning.isEmpty());
        QVERIFY(off.content.startsWith(QLatin1String("communal outwardibrarian strang Current")));
    }

    void promptProgress()
    {
        const Decoded d = decodeFixture("chat-stream-return-progress.sse");
        QCOMPARE(d.progress.size(), 2);
        QCOMPARE(d.progress[0].total, 515);
        QCOMPARE(d.progress[0].processed, 0);
        QCOMPARE(d.progress[1].processed, 515);
        QCOMPARE(d.progress[1].timeMs, 251.0);
        QCOMPARE(d.roles, 3); // the progress chunks carry role deltas too: none is a token
        QCOMPARE(d.tokenEvents, 4);
        QCOMPARE(d.usage.first().cachedTokens, 0);
    }

    void errorInsideStream()
    {
        const Decoded d = decodeFixture("error-parse-failure-stream.sse");
        QCOMPARE(d.tokenEvents, 18);
        QCOMPARE(d.errors.size(), 1);
        QCOMPARE(
            d.errors.first().text,
            QStringLiteral("The model produced output that does not match the expected peg-native format"));
        QCOMPARE(d.errors.first().errorCode, 500);
        QCOMPARE(d.errors.first().errorType, QStringLiteral("server_error"));
        QCOMPARE(d.done, 0);
    }

    void nonStreamed_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QString>("reasoning");
        QTest::addColumn<QString>("content");
        QTest::addColumn<qint64>("completion");
        QTest::newRow("reasoning then content")
            << QByteArray("chat-nonstream-B-reasoning-then-content.json")
            << QStringLiteral("sushiaquitles underwent dove assign vet cometestercomplexwo")
            << QStringLiteral(
                   "establishing misdem widely denouncing essence masturbation ascend lettersdtfolk")
            << qint64(25);
        // Literal <think> tokens while thinking is off: inline tags, so they are reasoning (an unclosed
        // block).
        QTest::newRow("think tags as content")
            << QByteArray("chat-nonstream-B-think-tags-as-content.json")
            << QStringLiteral("<think><think><think><think><think>") << QString() << qint64(6);
    }
    void nonStreamed()
    {
        QFETCH(QByteArray, file);
        QFETCH(QString, reasoning);
        QFETCH(QString, content);
        QFETCH(qint64, completion);
        ChunkDecoder decoder;
        Decoded d;
        collect(decoder.decodeCompletion(
                    TestData::read(QStringLiteral("fixtures/llamacpp/") + QString::fromLatin1(file))),
                d);
        QCOMPARE(d.reasoning, reasoning);
        QCOMPARE(d.content, content);
        QCOMPARE(d.usage.first().completionTokens, completion);
        QCOMPARE(d.timings.size(), 1);
        QVERIFY(decoder.lastEventCarriedTokens());
        QCOMPARE(decoder.model(), QStringLiteral("small-qwen3-77m"));
    }

    void vllmShapes()
    {
        const QByteArray bytes = sse(
            {R"({"id":"c","model":"qwen3","choices":[{"index":0,"delta":{"role":"assistant","content":""}}]})",
             R"({"choices":[{"index":0,"delta":{"reasoning":"Let me think."}}]})",
             R"({"choices":[{"index":0,"delta":{"reasoning_content":" Done.","content":"42"}}]})",
             R"({"choices":[{"index":0,"delta":{},"finish_reason":"stop"}]})",
             "{\"choices\":[],\"usage\":{\"prompt_tokens\":10,\"completion_tokens\":7,\"total_tokens\":17,"
             "\"completion_tokens_details\":{\"reasoning_tokens\":5},\"prompt_tokens_details\":{\"cached_"
             "tokens\":8}}}",
             "[DONE]"});
        const Decoded d = decodeStream(bytes);
        QCOMPARE(d.roles, 1); // role with empty content is not a token
        QCOMPARE(d.tokenEvents, 2);
        QCOMPARE(d.reasoning, QStringLiteral("Let me think. Done."));
        QCOMPARE(d.content, QStringLiteral("42"));
        QCOMPARE(d.usage.first().reasoningTokens, 5);
        QCOMPARE(d.usage.first().cachedTokens, 8);
        QCOMPARE(d.done, 1);
    }

    void inlineThinkTagsCutAcrossChunks()
    {
        const QByteArray bytes =
            sse({R"({"choices":[{"index":0,"delta":{"content":"<th"}}]})",
                 R"({"choices":[{"index":0,"delta":{"content":"ink>Plan: add."}}]})",
                 R"({"choices":[{"index":0,"delta":{"content":" Check.</thi"}}]})",
                 R"({"choices":[{"index":0,"delta":{"content":"nk>\n\nThe answer"}}]})",
                 R"({"choices":[{"index":0,"delta":{"content":" is <think> literally."}}]})", "[DONE]"});
        const Decoded d = decodeStream(bytes);
        QCOMPARE(d.reasoning, QStringLiteral("Plan: add. Check."));
        QCOMPARE(d.content, QStringLiteral("\n\nThe answer is <think> literally."));
        QCOMPARE(d.tokenEvents, 5); // the chunk whose text was held back still carried a token
    }

    void malformedAndOddChunks_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("errorType");
        QTest::newRow("truncated") << QByteArray("{\"choices\":[{\"delta\":")
                                   << QStringLiteral("malformed_json");
        QTest::newRow("not json") << QByteArray("hello") << QStringLiteral("malformed_json");
        QTest::newRow("array") << QByteArray("[1,2]") << QStringLiteral("malformed_json");
        QTest::newRow("empty") << QByteArray("") << QStringLiteral("malformed_json");
        QTest::newRow("trailing garbage") << QByteArray(R"({"a":1} x)") << QStringLiteral("malformed_json");
        QTest::newRow("bad escape") << QByteArray(R"({"a":"\q"})") << QStringLiteral("malformed_json");
        QTest::newRow("control char") << QByteArray("{\"a\":\"x\ny\"}") << QStringLiteral("malformed_json");
        QTest::newRow("bad number") << QByteArray(R"({"a":01})") << QStringLiteral("malformed_json");
        QTest::newRow("missing comma") << QByteArray(R"({"a":1 "b":2})") << QStringLiteral("malformed_json");
        QTest::newRow("too deep") << (QByteArray("{\"a\":") + QByteArray(200, '[') + QByteArray(200, ']') +
                                      "}")
                                  << QStringLiteral("malformed_json");
        QTest::newRow("error string") << QByteArray(R"({"error":"overloaded"})") << QString();
    }
    void malformedAndOddChunks()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, errorType);
        ChunkDecoder decoder;
        SseEvent event;
        event.data = data;
        const QList<ChunkItem> items = decoder.decode(event);
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.first().kind, ChunkItem::Kind::Error);
        QCOMPARE(items.first().errorType, errorType);
        QVERIFY(!items.first().text.isEmpty());
    }

    void escapesAndNumbers()
    {
        ChunkDecoder decoder;
        SseEvent event;
        event.data = "{\"choices\":[{\"index\":0,\"delta\":{\"content\":\"a\\\"b\\\\c\\/"
                     "d\\n\\u00e9\\ud83d\\ude00\\ud800x\"}}],"
                     "\"usage\":{\"prompt_tokens\":1e2,\"completion_tokens\":-0,\"total_tokens\":12.6}}";
        const QList<ChunkItem> items = decoder.decode(event);
        QCOMPARE(items.size(), 2);
        QCOMPARE(items[0].text, QStringLiteral("a\"b\\c/d\n\u00e9\U0001F600\uFFFDx"));
        QCOMPARE(items[1].usage.promptTokens, 100);
        QCOMPARE(items[1].usage.completionTokens, 0);
        QCOMPARE(items[1].usage.totalTokens, 13);
    }

    void invalidUtf8IsReplacedNotFatal()
    {
        ChunkDecoder decoder;
        SseEvent event;
        event.data = "{\"choices\":[{\"delta\":{\"content\":\"ok\xE3\"}}]}";
        const QList<ChunkItem> items = decoder.decode(event);
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.first().kind, ChunkItem::Kind::Content);
        QCOMPARE(items.first().text, QStringLiteral("ok\uFFFD"));
    }

    // Cross-check: on every recorded event the scanner reads what a full DOM parser (nlohmann) reads.
    void agreesWithDomParserOnRecordings()
    {
        const QDir dir(TestData::path(QStringLiteral("fixtures/llamacpp")));
        int checked = 0;
        for (const QString &file : dir.entryList({QStringLiteral("*.sse")}, QDir::Files)) {
            SseDecoder sse;
            for (const SseEvent &event :
                 sse.feed(TestData::read(QStringLiteral("fixtures/llamacpp/") + file), 0)) {
                if (event.isDone())
                    continue;
                const auto dom = nlohmann::json::parse(event.data.toStdString(), nullptr, false);
                ChunkFields f;
                QVERIFY(ChunkJsonScanner::scan(event.data, false, f, nullptr) == !dom.is_discarded());
                if (dom.is_discarded())
                    continue;
                ++checked;
                auto str = [](const nlohmann::json &j, const char *k) {
                    return j.contains(k) && j[k].is_string() ? QString::fromStdString(j[k].get<std::string>())
                                                             : QString();
                };
                QCOMPARE(QString::fromUtf8(f.model), str(dom, "model"));
                const auto &choices = dom.value("choices", nlohmann::json::array());
                QCOMPARE(f.hasChoice, !choices.empty());
                if (!choices.empty()) {
                    const auto &delta = choices[0]["delta"];
                    QCOMPARE(f.content, str(delta, "content"));
                    QCOMPARE(f.reasoningContent, str(delta, "reasoning_content"));
                    QCOMPARE(f.finishReason, str(choices[0], "finish_reason"));
                    QCOMPARE(f.hasRole, delta.contains("role"));
                }
                QCOMPARE(f.hasUsage, dom.contains("usage"));
                if (f.hasUsage) {
                    QCOMPARE(f.usage.completionTokens, dom["usage"]["completion_tokens"].get<qint64>());
                    QCOMPARE(f.usage.promptTokens, dom["usage"]["prompt_tokens"].get<qint64>());
                }
                QCOMPARE(f.hasTimings, dom.contains("timings"));
                if (f.hasTimings) {
                    QCOMPARE(f.timings.promptMs, dom["timings"]["prompt_ms"].get<double>());
                    QCOMPARE(f.timings.predictedPerSecond,
                             dom["timings"]["predicted_per_second"].get<double>());
                    QCOMPARE(f.timings.predictedN, dom["timings"]["predicted_n"].get<qint64>());
                    QVERIFY(nlohmann::json::parse(f.timings.json.toStdString()) == dom["timings"]);
                }
                QCOMPARE(f.hasError, dom.contains("error"));
            }
        }
        QVERIFY(checked > 900);
    }

    void wrongTypesAreIgnoredNotFatal()
    {
        ChunkDecoder decoder;
        SseEvent event;
        event.data =
            R"({"choices":[{"index":0,"delta":{"content":5}}],"usage":{"completion_tokens":"x"},"timings":7})";
        const QList<ChunkItem> items = decoder.decode(event);
        QCOMPARE(items.size(), 1); // only the usage object, with an unknown count
        QCOMPARE(items.first().kind, ChunkItem::Kind::Usage);
        QVERIFY(!items.first().usage.completionTokens.has_value());
        QVERIFY(!decoder.lastEventCarriedTokens());
    }

    void errorEventWithPlainText()
    {
        ChunkDecoder decoder;
        SseEvent event;
        event.name = "error";
        event.data = "upstream timed out";
        const QList<ChunkItem> items = decoder.decode(event);
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.first().kind, ChunkItem::Kind::Error);
        QCOMPARE(items.first().text, QStringLiteral("upstream timed out"));
    }
};

QTEST_GUILESS_MAIN(TestChunkDecoder)
#include "tst_chunkdecoder.moc"
