#include "models/measure/metricdefinitions.h"
#include "models/measure/requesttrace.h"
#include "models/net/chatstream.h"
#include "tests/support/scriptedhttpserver.h"
#include "tests/support/testdata.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <nlohmann/json.hpp>

using Server = ScriptedHttpServer;

// ChatStream against a real local socket for every way a node can misbehave. No wall-clock asserts:
// only states, texts, counts and the order of timestamps.
class TestChatStream : public QObject
{
    Q_OBJECT
private:
    QNetworkAccessManager m_nam;

    static ChatRequest requestFor(const QUrl &url)
    {
        ChatRequest r;
        r.node.url = url;
        r.model = QStringLiteral("small-qwen3-77m");
        r.messages = {{QStringLiteral("user"), QStringLiteral("Say hello.")}};
        r.maxTokens = 40;
        r.seed = 42;
        r.deadlineMs = 20000;
        r.idleTimeoutMs = 10000;
        return r;
    }

    static QByteArray fixture(const char *name)
    {
        return TestData::read(QStringLiteral("fixtures/llamacpp/") + QLatin1String(name));
    }

    // Runs one request to completion; checks finished() came exactly once (also after the fact).
    ChatResult run(const ChatRequest &request, ChatStream *stream = nullptr)
    {
        ChatStream own(&m_nam);
        ChatStream *s = stream ? stream : &own;
        QSignalSpy spy(s, &ChatStream::finished);
        s->start(request);
        if (!spy.wait(30000))
            qWarning("ChatStream did not finish");
        QTest::qWait(30); // a second finished() would show up here
        if (spy.count() != 1)
            qWarning("finished() emitted %d times", int(spy.count()));
        [&] { QCOMPARE(spy.count(), 1); }();
        return s->result();
    }

private slots:
    void replaysRecordedStream()
    {
        Server server;
        QVERIFY(server.listen());
        server.setResponse(
            Server::Response::sseRecording(fixture("chat-stream-B-reasoning-then-content.sse"), 2));
        ChatRequest request = requestFor(server.url());
        request.node.apiKey = QStringLiteral("sk-secret-123");
        ChatStream stream(&m_nam);
        QString streamedText, streamedReasoning;
        connect(&stream, &ChatStream::deltaAvailable, this,
                [&](ChatStream::DeltaKind kind, const QString &t) {
                    (kind == ChatStream::DeltaKind::Reasoning ? streamedReasoning : streamedText) += t;
                });
        const ChatResult r = run(request, &stream);

        QCOMPARE(r.state, RunState::Done);
        QCOMPARE(r.httpStatus, 200);
        QCOMPARE(r.reasoning, QStringLiteral("sushiaquitles underwent dove assign vet cometestercomplexwo"));
        QCOMPARE(r.text,
                 QStringLiteral(
                     "establishing misdem widely denouncing essence masturbation ascend lettersdtfolk"));
        QCOMPARE(streamedText, r.text);
        QCOMPARE(streamedReasoning, r.reasoning);
        QCOMPARE(r.finishReason, QStringLiteral("stop"));
        QCOMPARE(r.model, QStringLiteral("small-qwen3-77m"));
        QCOMPARE(r.systemFingerprint, QStringLiteral("b10470-34af94cd9"));
        QCOMPARE(r.chunkCount, 21);
        QCOMPARE(r.metrics.completionTokens, 25);
        QCOMPARE(r.metrics.promptTokens, 14);
        QCOMPARE(r.metrics.cachedPromptTokens, 13);
        QCOMPARE(r.metrics.serverPrefillMs, 4.336);
        QCOMPARE(r.metrics.prefillSource, MetricSource::Server);
        QCOMPARE(r.metrics.decodeSource, MetricSource::Client);
        QCOMPARE(r.metrics.reasoningTokensSource, MetricSource::Estimated);
        QVERIFY(r.serverTimingsJson.startsWith("{\"cache_n\":13,\"prompt_n\":1,\"prompt_ms\":4.336"));
        for (const QString &flag :
             {MetricFlag::ChunksNotTokens, MetricFlag::CacheHit, MetricFlag::NoReasoningCount})
            QVERIFY2(r.flags.contains(flag), qPrintable(flag));
        QVERIFY(!r.flags.contains(MetricFlag::NoUsage));
        // Ordering of the client clock: headers <= first event <= first token <= first answer <= last token.
        const ResponseMetrics &m = r.metrics;
        QVERIFY(m.headersMs && m.ttfrMs && m.ttftMs && m.ttfaMs && m.ttrMs);
        QVERIFY(*m.headersMs >= 0);
        QVERIFY(*m.headersMs <= *m.ttfrMs && *m.ttfrMs <= *m.ttftMs);
        QVERIFY(*m.ttftMs < *m.ttfaMs && *m.ttfaMs < *m.ttrMs);
        QVERIFY(m.thinkingMs && m.generationMs && m.itlP50Ms && m.itlP95Ms && *m.itlP50Ms <= *m.itlP95Ms);

        // What went over the wire.
        QCOMPARE(server.requests().size(), 1);
        const Server::Request sent = server.requests().first();
        QCOMPARE(sent.method, QByteArray("POST"));
        QCOMPARE(sent.path, QByteArray("/v1/chat/completions"));
        QVERIFY(sent.header("Content-Type").startsWith("application/json"));
        QCOMPARE(sent.header("Accept"), QByteArray("text/event-stream"));
        QCOMPARE(sent.header("Authorization"), QByteArray("Bearer sk-secret-123"));
        QVERIFY(!sent.body.contains("sk-secret-123"));
        const auto body = nlohmann::json::parse(sent.body.toStdString());
        QCOMPARE(body["stream"].get<bool>(), true);
        QCOMPARE(body["stream_options"]["include_usage"].get<bool>(), true);
        QCOMPARE(body["max_tokens"].get<int>(), 40);
    }

    // Template-opened thinking: the same recorded bytes as a server without a reasoning parser sends them
    // (llama-server --reasoning-format none): reasoning as plain content up to a bare </think>.
    static QByteArray templateOpenedRecording()
    {
        QByteArray bytes = fixture("chat-stream-B-reasoning-then-content.sse");
        bytes.replace("\"reasoning_content\":", "\"content\":");
        bytes.replace("{\"content\":\"establishing\"}", "{\"content\":\"</think>\\n\\nestablishing\"}");
        return bytes;
    }

    void templateOpenedThinking()
    {
        Server server;
        QVERIFY(server.listen());
        server.setResponse(Server::Response::sseRecording(templateOpenedRecording(), 2));
        ChatRequest request = requestFor(server.url());
        request.thinking = true;
        ChatStream stream(&m_nam);
        QString liveAnswer, liveReasoning;
        connect(&stream, &ChatStream::deltaAvailable, this, [&](ChatStream::DeltaKind kind, const QString &t) {
            (kind == ChatStream::DeltaKind::Reasoning ? liveReasoning : liveAnswer) += t;
        });
        connect(&stream, &ChatStream::answerMovedToReasoning, this,
                [&] { liveReasoning += std::exchange(liveAnswer, QString()); });
        const ChatResult r = run(request, &stream);
        QCOMPARE(r.state, RunState::Done);
        QCOMPARE(r.reasoning, QStringLiteral("sushiaquitles underwent dove assign vet cometestercomplexwo"));
        QCOMPARE(r.text,
                 QStringLiteral("\n\nestablishing misdem widely denouncing essence masturbation ascend lettersdtfolk"));
        QCOMPARE(liveAnswer, r.text);
        QCOMPARE(liveReasoning, r.reasoning);
        QVERIFY(r.flags.contains(MetricFlag::TemplateOpenedThinking));
        QVERIFY(!r.flags.contains(MetricFlag::ThinkingNotReturned));
        const ResponseMetrics &m = r.metrics;
        // Times and token shares follow the text: 11 of 21 chunks were reasoning.
        QVERIFY(m.ttftMs && m.ttfaMs && *m.ttfaMs > *m.ttftMs);
        QVERIFY(m.thinkingMs && *m.thinkingMs > 0);
        QCOMPARE(m.reasoningTokens, 13); // round(25 * 11 / 21)
        QCOMPARE(m.answerTokens, 12);
        QVERIFY(m.thinkingRatio && *m.thinkingRatio > 0.5);
        QVERIFY(m.effectiveTps && m.decodeTps && *m.effectiveTps < *m.decodeTps);
    }

    // Thinking ON on a template that does not open <think> (node A): the output is all content.
    void thinkingRequestedButNotReturned()
    {
        Server server;
        QVERIFY(server.listen());
        server.setResponse(Server::Response::sseRecording(fixture("chat-stream-A-thinking-true.sse"), 0));
        ChatRequest request = requestFor(server.url());
        request.thinking = true;
        const ChatResult r = run(request);
        QCOMPARE(r.state, RunState::Done);
        QVERIFY(r.flags.contains(MetricFlag::ThinkingNotReturned));
    }

    // Thinking OFF, but the parser put everything in reasoning_content (recorded thinking-on bytes):
    // that text is the answer, flagged; not an empty answer and not RUNAWAY.
    void answerInReasoningWhenThinkingOff()
    {
        Server server;
        QVERIFY(server.listen());
        server.setResponse(Server::Response::sseRecording(fixture("chat-stream-B-thinking-true.sse"), 0));
        ChatRequest request = requestFor(server.url());
        request.thinking = false;
        request.maxTokens = 12;
        const ChatResult r = run(request);
        QCOMPARE(r.state, RunState::Done);
        QVERIFY(r.text.startsWith(QLatin1String("sushi 1924maxButton")));
        QVERIFY(r.reasoning.isEmpty());
        QVERIFY(r.flags.contains(MetricFlag::AnswerInReasoning));
        QVERIFY(!r.flags.contains(MetricFlag::ThinkingToggleIgnored));
        QCOMPARE(r.metrics.answerTokens, 12);
        QCOMPARE(r.metrics.ttfaMs, r.metrics.ttftMs);
    }

    // A proxy's login page answers 200 text/html: ERROR, not INCOMPLETE.
    void htmlPageIsNotAnEventStream()
    {
        Server server;
        QVERIFY(server.listen());
        Server::Response response;
        response.headers = {{"Content-Type", "text/html; charset=utf-8"}};
        response.pieces = {{0, "<!DOCTYPE html><html><body><form>Sign in</form></body></html>", {}}};
        server.setResponse(response);
        const ChatResult r = run(requestFor(server.url()));
        QCOMPARE(r.state, RunState::Error);
        QVERIFY2(r.error.contains(QLatin1String("not an event stream")), qPrintable(r.error));
    }

    void vllmRepetitionIsRunaway()
    {
        Server server;
        QVERIFY(server.listen());
        server.setResponse(Server::Response::sseEvents(
            {R"({"choices":[{"index":0,"delta":{"content":"la la la"}}]})",
             R"({"choices":[{"index":0,"delta":{},"finish_reason":"repetition"}]})"}));
        const ChatResult r = run(requestFor(server.url()));
        QCOMPARE(r.state, RunState::Runaway);
        QVERIFY2(r.error.contains(QLatin1String("repetition")), qPrintable(r.error));
        QCOMPARE(r.text, QStringLiteral("la la la"));
    }

    // A long prefill sends nothing for longer than the idle timeout on a working node: the idle clock
    // starts at the first byte of the body.
    void longPrefillDoesNotTripIdle()
    {
        Server server;
        QVERIFY(server.listen());
        Server::Response response = Server::Response::sseRecording(fixture("chat-stream-include-usage.sse"), 0);
        response.headDelayMs = 1200; // llama-server: headers come with the first token
        server.setResponse(response);
        ChatRequest request = requestFor(server.url());
        request.idleTimeoutMs = 500;
        const ChatResult r = run(request);
        QCOMPARE(r.state, RunState::Done);
        QCOMPARE(r.metrics.completionTokens, 12);
    }

    // "print hello 300 times": repetition in the answer is flagged, not cancelled, and usage is kept.
    void repetitiveAnswerIsKept()
    {
        Server server;
        QVERIFY(server.listen());
        QList<QByteArray> events;
        for (int i = 0; i < 300; ++i)
            events.append(R"({"choices":[{"index":0,"delta":{"content":"hello\n"}}]})");
        events.append(R"({"choices":[{"index":0,"delta":{},"finish_reason":"stop"}]})");
        events.append(R"({"choices":[],"usage":{"prompt_tokens":9,"completion_tokens":601,"total_tokens":610}})");
        server.setResponse(Server::Response::sseEvents(events, 0));
        const ChatResult r = run(requestFor(server.url()));
        QCOMPARE(r.state, RunState::Done);
        QCOMPARE(r.text.count(QLatin1String("hello")), 300);
        QCOMPARE(r.metrics.completionTokens, 601);
        QVERIFY(r.flags.contains(MetricFlag::AnswerRepetition));
    }

    // The decode window ends at the chunk that carries finish_reason; the server's figure is kept as
    // sent and like for like ((n - 1) / predicted_ms).
    void decodeWindowEndsAtFinishChunk()
    {
        Server server;
        QVERIFY(server.listen());
        server.setResponse(
            Server::Response::sseRecording(fixture("chat-stream-B-reasoning-then-content.sse"), 3));
        ChatStream stream(&m_nam);
        const ChatResult r = run(requestFor(server.url()), &stream);
        const RequestTrace &t = stream.trace();
        QVERIFY(t.finishChunkNs() && t.lastTokenNs() && *t.finishChunkNs() > *t.lastTokenNs());
        const double expected = 24.0 / (double(*t.finishChunkNs() - *t.firstTokenNs()) / 1e9);
        QVERIFY(r.metrics.decodeTps && std::abs(*r.metrics.decodeTps - expected) < 1e-6 * expected);
        QCOMPARE(r.metrics.serverDecodeTps, 114.06085146425619);
        QVERIFY(r.metrics.serverDecodeStepsTps &&
                std::abs(*r.metrics.serverDecodeStepsTps - 24 / 0.210414) < 1e-9);
    }

    // A buffering proxy hands the whole stream over in one read: ITL and decode speed are flagged.
    void bunchedArrivalsFlagged()
    {
        Server server;
        QVERIFY(server.listen());
        server.setResponse(Server::Response::sse(fixture("chat-stream-B-reasoning-then-content.sse")));
        const ChatResult r = run(requestFor(server.url()));
        QCOMPARE(r.state, RunState::Done);
        QVERIFY(r.flags.contains(MetricFlag::BunchedArrivals));
    }

    // llama-server closes the connection after each streamed reply: every request sets one up, and
    // that time is measured as part of TTFT.
    void connectionSetUpMeasured()
    {
        Server server;
        QVERIFY(server.listen());
        server.setResponse(Server::Response::sseRecording(fixture("chat-stream-include-usage.sse"), 1));
        const ChatResult r = run(requestFor(server.url()));
        QCOMPARE(r.state, RunState::Done);
        QVERIFY(r.metrics.connectMs.has_value());
        QVERIFY(r.metrics.ttftMs && *r.metrics.ttftMs >= *r.metrics.connectMs);
    }

    void noAuthorizationWithoutKey()
    {
        Server server;
        QVERIFY(server.listen());
        server.setResponse(Server::Response::sseRecording(fixture("chat-stream-A-thinking-false.sse"), 0));
        const ChatResult r = run(requestFor(server.url()));
        QCOMPARE(r.state, RunState::Done);
        QVERIFY(server.requests().first().header("Authorization").isEmpty());
        QCOMPARE(r.metrics.completionTokens, 12);
        QCOMPARE(r.metrics.reasoningTokens, 0);
        QCOMPARE(r.metrics.answerTokens, 12);
    }

    void warmConnectionIsReusedAndT0IsRequestSent()
    {
        Server server;
        QVERIFY(server.listen());
        Server::Response response =
            Server::Response::sseRecording(fixture("chat-stream-include-usage.sse"), 0);
        response.closeAtEnd = false; // keep-alive, like vLLM
        server.setResponse(response);
        ChatStream stream(&m_nam);
        const ChatResult cold = run(requestFor(server.url()), &stream);
        QCOMPARE(cold.state, RunState::Done);
        // A new connection: its set-up (post() -> request sent) is measured and is part of TTFT.
        const RequestTrace &trace = stream.trace();
        QVERIFY(trace.postedNs() && trace.requestSentNs() && trace.headersNs());
        QCOMPARE(trace.t0Ns(), trace.postedNs());
        QVERIFY(cold.metrics.connectMs.has_value());
        QVERIFY(*trace.postedNs() <= *trace.requestSentNs());
        QVERIFY(*trace.requestSentNs() <= *trace.headersNs());

        // Qt 6.4 emits requestSent: on a reused connection t0 is when it was seen, after post() returned
        // and before the headers.
        const ChatResult warm = run(requestFor(server.url()), &stream);
        QCOMPARE(warm.state, RunState::Done);
        QCOMPARE(trace.t0Ns(), trace.requestSentNs());
        QVERIFY(!warm.metrics.connectMs.has_value());
        QVERIFY2(!warm.flags.contains(MetricFlag::ColdConnection), qPrintable(warm.flags.join(u',')));
        QCOMPARE(server.connectionCount(), 1);
        QCOMPARE(server.requests().size(), 2);
    }

    void nodeDown()
    {
        QUrl url(QStringLiteral("http://127.0.0.1"));
        url.setPort(Server::unusedPort());
        const ChatResult r = run(requestFor(url));
        QCOMPARE(r.state, RunState::Error);
        QVERIFY2(r.error.contains(QLatin1String("refused")), qPrintable(r.error));
        QCOMPARE(r.httpStatus, 0);
        QVERIFY(!r.metrics.headersMs.has_value());
        QVERIFY(!r.metrics.ttftMs.has_value());
        QVERIFY(!r.metrics.completionTokens.has_value());
    }

    void httpErrors_data()
    {
        QTest::addColumn<QByteArray>("fixtureName");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("message");
        QTest::newRow("400 context overflow, plain JSON although streamed")
            << QByteArray("error-context-exceeded-stream.sse") << 400
            << QStringLiteral("exceeds the available context size (4096 tokens)");
        QTest::newRow("500 bad json") << QByteArray("error-bad-json.json") << 500 << QString();
        QTest::newRow("404") << QByteArray("error-404.json") << 404 << QString();
        QTest::newRow("503 loading") << QByteArray("health-loading.json") << 503
                                     << QStringLiteral("Loading model");
    }
    void httpErrors()
    {
        QFETCH(QByteArray, fixtureName);
        QFETCH(int, status);
        QFETCH(QString, message);
        Server server;
        QVERIFY(server.listen());
        server.setResponse(Server::Response::json(status, fixture(fixtureName.constData())));
        const ChatResult r = run(requestFor(server.url()));
        QCOMPARE(r.state, RunState::Error);
        QCOMPARE(r.httpStatus, status);
        QVERIFY2(r.error.contains(QString::number(status)), qPrintable(r.error));
        if (!message.isEmpty())
            QVERIFY2(r.error.contains(message), qPrintable(r.error));
        QVERIFY(!r.error.contains(QLatin1String("{\"error\"")));
    }

    void errorObjectInStream()
    {
        Server server;
        QVERIFY(server.listen());
        Server::Response response =
            Server::Response::sseRecording(fixture("error-parse-failure-stream.sse"), 1);
        response.terminate = false; // llama-server closes right after the error event
        server.setResponse(response);
        const ChatResult r = run(requestFor(server.url()));
        QCOMPARE(r.state, RunState::Error);
        QVERIFY2(r.error.contains(QLatin1String("does not match the expected peg-native format")),
                 qPrintable(r.error));
        QCOMPARE(r.chunkCount, 18);
        QVERIFY(r.text.startsWith(QLatin1String("attainedapo AMER")));
        QVERIFY(r.metrics.ttftMs.has_value());
    }

    void closedWithoutDone()
    {
        Server server;
        QVERIFY(server.listen());
        Server::Response response = Server::Response::sseRecording(fixture("kill-mid-stream-kill9.sse"), 0);
        response.terminate = false; // chunked body never terminated, like the killed server
        server.setResponse(response);
        const ChatResult r = run(requestFor(server.url()));
        QCOMPARE(r.state, RunState::Incomplete);
        QVERIFY2(r.error.contains(QLatin1String("[DONE]")), qPrintable(r.error));
        QVERIFY(r.text.startsWith(QLatin1String("attained MonkeyButtoncock")));
        QVERIFY(r.finishReason.isEmpty());
        QVERIFY(r.chunkCount > 200);
        QVERIFY(r.metrics.ttftMs && r.metrics.ttrMs);
        QVERIFY(!r.metrics.completionTokens.has_value()); // the server never said: unknown, not a chunk count
    }

    void closedMidEvent()
    {
        Server server;
        QVERIFY(server.listen());
        Server::Response response =
            Server::Response::sseEvents({R"({"choices":[{"index":0,"delta":{"content":"Hel"}}]})"}, 0, false);
        response.pieces.append(Server::Piece{1, "data: {\"choices\":[{\"index\":0,\"delta\":{\"content", {}});
        response.terminate = false;
        server.setResponse(response);
        const ChatResult r = run(requestFor(server.url()));
        QCOMPARE(r.state, RunState::Incomplete);
        QVERIFY2(r.error.contains(QLatin1String("middle of an event")), qPrintable(r.error));
        QCOMPARE(r.text, QStringLiteral("Hel"));
    }

    void finishWithoutDoneButCleanEndIsDone()
    {
        Server server;
        QVERIFY(server.listen());
        server.setResponse(
            Server::Response::sseEvents({R"({"choices":[{"index":0,"delta":{"content":"Hi"}}]})",
                                         R"({"choices":[{"index":0,"delta":{},"finish_reason":"stop"}]})"},
                                        0, false));
        const ChatResult r = run(requestFor(server.url()));
        QCOMPARE(r.state, RunState::Done);
        QCOMPARE(r.text, QStringLiteral("Hi"));
        QVERIFY(r.flags.contains(MetricFlag::NoUsage));
    }

    void malformedJson()
    {
        Server server;
        QVERIFY(server.listen());
        server.setResponse(
            Server::Response::sseEvents({R"({"choices":[{"index":0,"delta":{"role":"assistant"}}]})",
                                         R"({"choices":[{"index":0,"delta":{"content":"partial"}}]})",
                                         "{\"choices\":[{\"index\":0,\"delta\":{\"con"},
                                        1));
        const ChatResult r = run(requestFor(server.url()));
        QCOMPARE(r.state, RunState::Error);
        QVERIFY2(r.error.contains(QLatin1String("not valid JSON")), qPrintable(r.error));
        QCOMPARE(r.text, QStringLiteral("partial"));
    }

    void dripHitsTotalDeadline()
    {
        Server server;
        QVERIFY(server.listen());
        Server::Response response =
            Server::Response::sseEvents({R"({"choices":[{"index":0,"delta":{"content":"slow"}}]})"}, 0);
        response.dripIntervalMs = 1000; // one byte a second: never idle, never done
        server.setResponse(response);
        ChatRequest request = requestFor(server.url());
        request.deadlineMs = 2500;
        request.idleTimeoutMs = 5000;
        const ChatResult r = run(request);
        QCOMPARE(r.state, RunState::Timeout);
        QVERIFY2(r.error.contains(QLatin1String("deadline")), qPrintable(r.error));
    }

    void idleTimeout()
    {
        Server server;
        QVERIFY(server.listen());
        Server::Response response = Server::Response::sseEvents(
            {R"({"choices":[{"index":0,"delta":{"content":"then silence"}}]})"}, 0, false);
        response.hangAtEnd = true;
        server.setResponse(response);
        ChatRequest request = requestFor(server.url());
        request.idleTimeoutMs = 1500; // generous: the first event must arrive first on a busy machine
        const ChatResult r = run(request);
        QCOMPARE(r.state, RunState::Timeout);
        QVERIFY2(r.error.contains(QLatin1String("idle")), qPrintable(r.error));
        QCOMPARE(r.text, QStringLiteral("then silence"));
    }

    void runawayLoop()
    {
        Server server;
        QVERIFY(server.listen());
        QList<QByteArray> events;
        for (int i = 0; i < 400; ++i)
            events.append(
                R"({"choices":[{"index":0,"delta":{"reasoning_content":"Wait, let me recheck the sum. "}}]})");
        Server::Response response = Server::Response::sseEvents(events, 0);
        response.hangAtEnd = true; // only the guard can end this request
        server.setResponse(response);
        const ChatResult r = run(requestFor(server.url()));
        QCOMPARE(r.state, RunState::Runaway);
        QVERIFY2(r.error.contains(QLatin1String("reasoning")), qPrintable(r.error));
        QVERIFY(r.reasoning.startsWith(QLatin1String("Wait, let me recheck the sum.")));
        QVERIFY(r.chunkCount < 400);
    }

    void lengthWithoutAnswerIsRunaway()
    {
        Server server;
        QVERIFY(server.listen());
        server.setResponse(Server::Response::sseRecording(fixture("chat-stream-B-thinking-true.sse"), 0));
        ChatRequest request = requestFor(server.url());
        request.maxTokens = 12;
        const ChatResult r = run(request);
        QCOMPARE(r.state, RunState::Runaway);
        QVERIFY2(r.error.contains(QLatin1String("max_tokens (12)")), qPrintable(r.error));
        QVERIFY(r.text.isEmpty());
        QVERIFY(!r.reasoning.isEmpty());
        QVERIFY(r.flags.contains(MetricFlag::FinishLength));
        QCOMPARE(r.metrics.reasoningTokens, 12);
        QCOMPARE(r.metrics.reasoningTokensSource, MetricSource::Estimated);

        request.runawayGuard = false; // same bytes, guard off: a finished (if useless) answer
        QCOMPARE(run(request).state, RunState::Done);
    }

    void cancelWhileStreaming()
    {
        Server server;
        QVERIFY(server.listen());
        Server::Response response = Server::Response::sseEvents(
            {R"({"choices":[{"index":0,"delta":{"content":"first"}}]})"}, 0, false);
        response.hangAtEnd = true;
        server.setResponse(response);
        ChatStream stream(&m_nam);
        connect(&stream, &ChatStream::deltaAvailable, &stream, &ChatStream::cancel);
        const ChatResult r = run(requestFor(server.url()), &stream);
        QCOMPARE(r.state, RunState::Cancelled);
        QCOMPARE(r.text, QStringLiteral("first"));
        QVERIFY(!stream.isRunning());
        stream.cancel(); // no second finished(): run() counted exactly one
    }

    void receiverDeletesStreamInSlot_data()
    {
        QTest::addColumn<bool>("deleteLater");
        QTest::newRow("delete") << false;
        QTest::newRow("deleteLater") << true;
    }
    void receiverDeletesStreamInSlot()
    {
        QFETCH(bool, deleteLater);
        Server server;
        QVERIFY(server.listen());
        server.setResponse(Server::Response::sseRecording(fixture("chat-stream.sse"), 0));
        auto *stream = new ChatStream(&m_nam);
        QPointer<ChatStream> watch(stream);
        int finishedCount = 0;
        connect(stream, &ChatStream::finished, this, [&](const ChatResult &r) {
            ++finishedCount;
            QCOMPARE(r.state, RunState::Done);
            if (deleteLater)
                stream->deleteLater();
            else
                delete stream;
        });
        stream->start(requestFor(server.url()));
        QTRY_VERIFY_WITH_TIMEOUT(watch.isNull(), 20000);
        QTest::qWait(30);
        QCOMPARE(finishedCount, 1);
    }

    void deletingInDeltaSlotAbortsQuietly()
    {
        Server server;
        QVERIFY(server.listen());
        server.setResponse(Server::Response::sseRecording(fixture("chat-stream.sse"), 0));
        auto *stream = new ChatStream(&m_nam);
        QPointer<ChatStream> watch(stream);
        connect(stream, &ChatStream::deltaAvailable, this, [&] { delete stream; });
        stream->start(requestFor(server.url()));
        QTRY_VERIFY_WITH_TIMEOUT(watch.isNull(), 20000);
    }

    void redirectIsAnError()
    {
        Server server;
        QVERIFY(server.listen());
        Server::Response response = Server::Response::json(302, "{}");
        response.headers.append(
            qMakePair(QByteArray("Location"), QByteArray("http://elsewhere.local:8080/v1/chat/completions")));
        server.setResponse(response);
        const ChatResult r = run(requestFor(server.url()));
        QCOMPARE(r.state, RunState::Error);
        QVERIFY2(r.error.contains(QLatin1String("redirected to http://elsewhere.local:8080")),
                 qPrintable(r.error));
        QVERIFY(r.error.contains(QLatin1String("fix the node URL")));
        QCOMPARE(server.requests().size(), 1);
    }

    void nonStreaming()
    {
        Server server;
        QVERIFY(server.listen());
        server.setResponse(
            Server::Response::json(200, fixture("chat-nonstream-B-reasoning-then-content.json")));
        ChatRequest request = requestFor(server.url());
        request.stream = false;
        const ChatResult r = run(request);
        QCOMPARE(r.state, RunState::Done);
        QCOMPARE(r.reasoning, QStringLiteral("sushiaquitles underwent dove assign vet cometestercomplexwo"));
        QCOMPARE(r.text,
                 QStringLiteral(
                     "establishing misdem widely denouncing essence masturbation ascend lettersdtfolk"));
        QVERIFY(r.flags.contains(MetricFlag::NonStream));
        QVERIFY(!r.metrics.ttftMs.has_value());
        QVERIFY(r.metrics.ttrMs.has_value());
        QCOMPARE(r.metrics.decodeSource, MetricSource::Server);
        QCOMPARE(r.metrics.decodeTps, 122.30109510438908);
        QCOMPARE(r.metrics.completionTokens, 25);
        const auto body = nlohmann::json::parse(server.requests().first().body.toStdString());
        QCOMPARE(body["stream"].get<bool>(), false);
        QVERIFY(!body.contains("stream_options"));
    }

    void doneButBodyLeftOpen()
    {
        Server server;
        QVERIFY(server.listen());
        Server::Response response =
            Server::Response::sseRecording(fixture("chat-stream-include-usage.sse"), 0);
        response.hangAtEnd = true; // [DONE] sent, but the body is never terminated
        server.setResponse(response);
        ChatRequest request = requestFor(server.url());
        request.idleTimeoutMs = 60000;
        request.deadlineMs = 60000;
        const ChatResult r = run(request);
        QCOMPARE(r.state, RunState::Done); // ended by the short grace after [DONE], not by a timeout
        QCOMPARE(r.metrics.completionTokens, 12);
    }

    void managerDeletedUnderRunningRequest()
    {
        Server server;
        QVERIFY(server.listen());
        Server::Response response =
            Server::Response::sseEvents({R"({"choices":[{"index":0,"delta":{"content":"x"}}]})"}, 0, false);
        response.hangAtEnd = true;
        server.setResponse(response);
        auto *nam = new QNetworkAccessManager;
        ChatStream stream(nam);
        connect(&stream, &ChatStream::deltaAvailable, nam, &QObject::deleteLater);
        const ChatResult r = run(requestFor(server.url()), &stream);
        QCOMPARE(r.state, RunState::Error);
        QVERIFY2(r.error.contains(QLatin1String("network manager")), qPrintable(r.error));
        QCOMPARE(r.text, QStringLiteral("x"));
    }

    void requestBody()
    {
        ChatRequest r;
        r.node.url = QUrl(QStringLiteral("http://dgx1.local:30000/v1/"));
        r.node.apiKey = QStringLiteral("sk-never-in-body");
        r.messages = {{QStringLiteral("system"), QStringLiteral("Be brief.")},
                      {QStringLiteral("user"), QStringLiteral("안녕")},
                      {QStringLiteral("user"), QStringLiteral("second")}};
        r.maxTokens = 32768;
        r.thinking = false;
        r.temperature = 0.6;
        r.seed = 7;
        r.cacheBust = true;
        r.cacheBustNonce = QStringLiteral("n1");
        QCOMPARE(r.endpointUrl().toString(), QStringLiteral("http://dgx1.local:30000/v1/chat/completions"));
        const QByteArray json = r.toJson();
        QVERIFY(!json.contains("sk-never-in-body"));
        const auto body = nlohmann::json::parse(json.toStdString());
        QVERIFY(!body.contains("model")); // empty model: the node's loaded one
        QCOMPARE(body["messages"].size(), size_t(3));
        // The nonce opens the prompt (the system message here), so no prefix of it can come from a
        // cache; once per request.
        QCOMPARE(body["messages"][0]["content"].get<std::string>(), std::string("[nonce n1]\nBe brief."));
        QCOMPARE(QString::fromStdString(body["messages"][1]["content"].get<std::string>()),
                 QStringLiteral("안녕"));
        QCOMPARE(body["messages"][2]["content"].get<std::string>(), std::string("second"));
        QCOMPARE(body["cache_prompt"].get<bool>(), false);
        // The toggle in every form the common templates read.
        QCOMPARE(body["chat_template_kwargs"]["enable_thinking"].get<bool>(), false);
        QCOMPARE(body["chat_template_kwargs"]["thinking"].get<bool>(), false);
        QCOMPARE(body["max_tokens"].get<int>(), 32768);
        QCOMPARE(body["temperature"].get<double>(), 0.6);
        QCOMPARE(body["seed"].get<qint64>(), 7);
        QCOMPARE(body["stream_options"]["include_usage"].get<bool>(), true);

        r.cacheBust = false;
        r.thinking.reset();
        r.model = QStringLiteral("qwen3");
        r.node.url = QUrl(QStringLiteral("http://desktop5090.local:8080"));
        QCOMPARE(r.endpointUrl().toString(),
                 QStringLiteral("http://desktop5090.local:8080/v1/chat/completions"));
        const auto plain = nlohmann::json::parse(r.toJson().toStdString());
        QCOMPARE(plain["model"].get<std::string>(), std::string("qwen3"));
        QVERIFY(!plain.contains("cache_prompt"));
        QVERIFY(!plain.contains("chat_template_kwargs"));
        QCOMPARE(plain["messages"][1]["content"].get<std::string>(), std::string("안녕"));
        ChatRequest fresh = r;
        fresh.cacheBust = true;
        fresh.cacheBustNonce.clear();
        QVERIFY(fresh.toJson() != fresh.toJson()); // a new nonce every time when none is fixed
    }

    void invalidUrl()
    {
        ChatRequest request = requestFor(QUrl(QStringLiteral("ftp://x")));
        const ChatResult r = run(request);
        QCOMPARE(r.state, RunState::Error);
        QVERIFY(r.error.contains(QLatin1String("Invalid node URL")));
    }
};

QTEST_GUILESS_MAIN(TestChatStream)
#include "tst_chatstream.moc"
