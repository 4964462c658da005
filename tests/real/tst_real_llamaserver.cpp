#include "models/measure/metricdefinitions.h"
#include "models/measure/runstats.h"
#include "models/net/chatstream.h"
#include "models/net/nodeprobe.h"
#include "models/net/streamthread.h"
#include "models/net/threadedchatstream.h"
#include "tests/support/testdata.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

// Against real llama-servers (label `real`): TOKSCOPE_LLAMA_URL (any llama-server; the lab's tiny one
// on :18080 sends thinking as plain content) and TOKSCOPE_LLAMA_THINK_URL (one whose template opens
// <think>, parsed into reasoning_content; the lab's small one on :18081). Skipped when unset.
// No wall-clock asserts: only client figures against the server's own for the same request.
class TestRealLlamaServer : public QObject
{
    Q_OBJECT
private:
    QNetworkAccessManager m_nam;
    StreamThread m_streamThread; // measured requests run the way the runners run them

    static QUrl envUrl(const char *name)
    {
        const QByteArray v = qgetenv(name);
        return v.isEmpty() ? QUrl() : QUrl(QString::fromUtf8(v));
    }

    static ChatRequest request(const QUrl &url, const QString &prompt, int maxTokens)
    {
        ChatRequest r;
        r.node.url = url;
        r.messages = {{QStringLiteral("user"), prompt}};
        r.maxTokens = maxTokens;
        r.thinking = false;
        r.seed = 42;
        r.cacheBust = true;
        r.runawayGuard = false; // random weights babble; the guard is not under test here
        r.deadlineMs = 120000;
        return r;
    }

    ChatResult run(const ChatRequest &r)
    {
        ThreadedChatStream stream(&m_streamThread);
        QSignalSpy spy(&stream, &ThreadedChatStream::finished);
        stream.start(r);
        if (!spy.wait(r.deadlineMs + 5000))
            qWarning("no result");
        return stream.result();
    }

    static QString longPrompt()
    {
        return QString::fromUtf8(TestData::read(QStringLiteral("fixtures/llamacpp/prompt-500.txt")));
    }

    static qint64 timing(const ChatResult &r, const char *key)
    {
        const auto j = nlohmann::json::parse(r.serverTimingsJson.toStdString(), nullptr, false);
        return j.is_object() && j.contains(key) ? j[key].get<qint64>() : -1;
    }

private slots:
    void initTestCase()
    {
        if (envUrl("TOKSCOPE_LLAMA_URL").isEmpty())
            QSKIP("set TOKSCOPE_LLAMA_URL=http://127.0.0.1:18080 (a real llama-server) to run");
    }

    // Decode speed like for like: (n - 1) / (finish chunk - first token) against the server's
    // (predicted_n - 1) / predicted_ms, median of 5 measured runs after one warm-up.
    void decodeWithinOnePercent()
    {
        ChatRequest r = request(envUrl("TOKSCOPE_LLAMA_URL"), QStringLiteral("Write a long story."), 256);
        run(r); // warm-up, uncounted
        QList<double> client, server;
        for (int i = 0; i < 5; ++i) {
            r.seed = 100 + i;
            const ChatResult res = run(r);
            QCOMPARE(res.state, RunState::Done);
            QVERIFY(res.metrics.decodeTps && res.metrics.serverDecodeStepsTps);
            QCOMPARE(res.metrics.decodeSource, MetricSource::Client);
            client.append(*res.metrics.decodeTps);
            server.append(*res.metrics.serverDecodeStepsTps);
        }
        const double c = *RunStats::of(client).p50, s = *RunStats::of(server).p50;
        const double error = 100.0 * (c - s) / s;
        qInfo("decode: client median %.2f tok/s, server (n-1)/predicted_ms median %.2f tok/s, error %+.3f %%", c,
              s, error);
        QVERIFY2(std::abs(error) <= 1.0, qPrintable(QStringLiteral("%1 %").arg(error)));
    }

    // Prefill from the server's prompt_ms; counts equal the server's; the nonce'd prompt is not a hit.
    void prefillAndCountsFromTheServer()
    {
        const ChatResult r = run(request(envUrl("TOKSCOPE_LLAMA_URL"), longPrompt(), 16));
        QCOMPARE(r.state, RunState::Done);
        const ResponseMetrics &m = r.metrics;
        QCOMPARE(m.prefillSource, MetricSource::Server);
        QCOMPARE(m.prefillMs, m.serverPrefillMs);
        const qint64 promptN = timing(r, "prompt_n"), cacheN = timing(r, "cache_n");
        QVERIFY(promptN > 400);
        QVERIFY(m.prefillTps.has_value());
        QVERIFY(std::abs(*m.prefillTps - double(promptN) / (*m.prefillMs / 1000.0)) < 1e-6 * *m.prefillTps);
        QCOMPARE(m.completionTokens, timing(r, "predicted_n"));
        QCOMPARE(m.promptTokens, promptN + cacheN);
        QCOMPARE(m.cachedPromptTokens, cacheN);
        QVERIFY(!r.flags.contains(MetricFlag::CacheHit));
        QVERIFY(m.clientServerGapMs.has_value());
        qInfo("prefill: prompt_n %lld cache_n %lld prompt_ms %.2f -> %.0f tok/s; TTFT - prompt_ms %.2f ms; "
              "connect %.3f ms",
              promptN, cacheN, *m.prefillMs, *m.prefillTps, *m.clientServerGapMs, m.connectMs.value_or(-1));
    }

    // The same prompt twice without the nonce is a hit the second time; a nonce'd repeat is not.
    void promptCacheHitDetected()
    {
        // A first line of its own per test run: a server that served this test before still has the
        // previous run's prompt in a slot, which would make the "first" request a real hit.
        const QString fresh = QStringLiteral("Cache me (%1): ").arg(QUuid::createUuid().toString());
        ChatRequest r = request(envUrl("TOKSCOPE_LLAMA_URL"), fresh + longPrompt(), 4);
        r.cacheBust = false;
        const ChatResult first = run(r);
        const ChatResult second = run(r);
        QCOMPARE(second.state, RunState::Done);
        QVERIFY2(!first.flags.contains(MetricFlag::CacheHit), qPrintable(first.flags.join(u',')));
        QVERIFY2(second.flags.contains(MetricFlag::CacheHit), qPrintable(second.flags.join(u',')));
        QVERIFY(!second.metrics.prefillTps.has_value());
        r.cacheBust = true;
        const ChatResult busted = run(r);
        QVERIFY2(!busted.flags.contains(MetricFlag::CacheHit), qPrintable(busted.flags.join(u',')));
        QVERIFY(busted.metrics.prefillTps.has_value());
        qInfo("cache: repeat cached %lld of %lld (hit), nonce'd cached %lld of %lld (no hit)",
              static_cast<long long>(second.metrics.cachedPromptTokens.value_or(-1)),
              static_cast<long long>(second.metrics.promptTokens.value_or(-1)),
              static_cast<long long>(busted.metrics.cachedPromptTokens.value_or(-1)),
              static_cast<long long>(busted.metrics.promptTokens.value_or(-1)));
    }

    // Thinking ON/OFF on a template that opens <think> (reasoning_content) and on one that does not.
    void thinkingOnOff()
    {
        const QUrl think = envUrl("TOKSCOPE_LLAMA_THINK_URL");
        if (think.isEmpty())
            QSKIP("set TOKSCOPE_LLAMA_THINK_URL=http://127.0.0.1:18081 (reasoning_content) to run");
        ChatRequest on = request(think, QStringLiteral("Say hello."), 24);
        on.thinking = true;
        const ChatResult a = run(on);
        QVERIFY(a.state == RunState::Done || a.state == RunState::Runaway);
        QVERIFY(!a.reasoning.isEmpty());
        QVERIFY(!a.flags.contains(MetricFlag::ThinkingNotReturned));
        QCOMPARE(a.metrics.reasoningTokens, a.metrics.completionTokens); // no </think>: all of it
        ChatRequest off = on;
        off.thinking = false;
        const ChatResult b = run(off);
        QCOMPARE(b.state, RunState::Done);
        QVERIFY(b.reasoning.isEmpty());
        QVERIFY(!b.text.isEmpty());
        QVERIFY(!b.flags.contains(MetricFlag::ThinkingToggleIgnored));
        QVERIFY(!b.flags.contains(MetricFlag::AnswerInReasoning));
        // The other server's template does not open <think>: thinking ON comes back as content, flagged.
        ChatRequest plain = request(envUrl("TOKSCOPE_LLAMA_URL"), QStringLiteral("Say hello."), 24);
        plain.thinking = true;
        const ChatResult c = run(plain);
        QVERIFY(c.flags.contains(MetricFlag::ThinkingNotReturned));
    }

    // While a long request runs, the live generation rate comes from /slots (the counter does not move).
    void slotsLiveRate()
    {
        const QUrl url = envUrl("TOKSCOPE_LLAMA_THINK_URL").isEmpty() ? envUrl("TOKSCOPE_LLAMA_URL")
                                                                      : envUrl("TOKSCOPE_LLAMA_THINK_URL");
        NodeConfig config;
        config.id = QStringLiteral("real");
        config.url = url;
        NodeProbe probe(config);
        QList<NodeSample> samples;
        connect(&probe, &NodeProbe::sampleAvailable, this, [&](const NodeSample &s) { samples.append(s); });
        const auto pollAndWait = [&] {
            const qsizetype before = samples.size();
            QVERIFY(probe.poll());
            QVERIFY(QTest::qWaitFor([&] { return samples.size() > before; }, 10000));
        };
        pollAndWait(); // learns the backend
        QCOMPARE(samples.last().backend, Backend::LlamaCpp);
        ChatStream stream(&m_nam);
        ChatRequest r = request(url, QStringLiteral("Count."), 1500);
        QSignalSpy done(&stream, &ChatStream::finished);
        stream.start(r);
        QVERIFY(QTest::qWaitFor([&] { return !stream.result().text.isEmpty() || done.count() > 0; }, 30000));
        std::optional<double> liveRate;
        std::optional<double> counterAtStart;
        for (int i = 0; i < 6 && done.isEmpty(); ++i) {
            pollAndWait();
            const NodeSample &s = samples.last();
            if (!counterAtStart)
                counterAtStart = s.metrics.generationTokensTotal;
            if (s.generationTpsSource == MetricSource::Slots && s.generationTps && *s.generationTps > 0 &&
                done.isEmpty() && s.metrics.generationTokensTotal == counterAtStart)
                liveRate = s.generationTps;
            QTest::qWait(200);
        }
        stream.cancel();
        QVERIFY2(liveRate.has_value(), "no live /slots rate while the request ran");
        qInfo("slots: live generation rate %.1f tok/s while the counter stood still", *liveRate);
    }
};

QTEST_GUILESS_MAIN(TestRealLlamaServer)
#include "tst_real_llamaserver.moc"
