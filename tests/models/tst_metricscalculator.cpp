#include "models/measure/metricdefinitions.h"
#include "models/measure/metricscalculator.h"
#include "models/measure/runstats.h"
#include "models/net/chunkdecoder.h"
#include "tests/support/testdata.h"

#include <QTest>

// Hand-built traces; every expected number is worked out in the comment next to it.
class TestMetricsCalculator : public QObject
{
    Q_OBJECT
private:
    static constexpr qint64 ms = 1000000; // ns per ms

    static void tokens(RequestTrace &t, qint64 t0, const QList<int> &atMs, bool reasoning)
    {
        for (int at : atMs)
            t.markTokenChunk(t0 + at * ms, reasoning, !reasoning);
    }

    static void fuzzyCompare(std::optional<double> actual, double expected)
    {
        QVERIFY2(actual.has_value(), "value missing");
        QVERIFY2(std::abs(*actual - expected) < 1e-9 * std::max(1.0, std::abs(expected)),
                 qPrintable(QStringLiteral("%1 != %2").arg(*actual, 0, 'g', 17).arg(expected, 0, 'g', 17)));
    }

    // A recorded non-streamed llama-server answer, decoded as ChatStream would, into a trace.
    static RequestTrace recordedCompletion(const char *name)
    {
        RequestTrace t;
        t.setStreamed(false);
        t.markRequestSent(0);
        t.markHeaders(300 * ms);
        t.markClose(300 * ms);
        ChunkDecoder decoder;
        const QByteArray body = TestData::read(QStringLiteral("fixtures/llamacpp/") + QLatin1String(name));
        for (const ChunkItem &item : decoder.decodeCompletion(body)) {
            if (item.kind == ChunkItem::Kind::Usage)
                t.setUsage(item.usage);
            else if (item.kind == ChunkItem::Kind::Timings)
                t.setTimings(item.timings);
        }
        t.markTokenChunk(300 * ms, false, true);
        return t;
    }

    // The usage and timings of a recorded stream's last chunk.
    static void recordedCounts(RequestTrace &t, const char *name)
    {
        ChunkDecoder decoder;
        const QByteArray body = TestData::read(QStringLiteral("fixtures/llamacpp/") + QLatin1String(name));
        for (const QByteArray &block : body.split('\n')) {
            if (!block.startsWith("data: {"))
                continue;
            SseEvent e;
            e.data = block.mid(6);
            for (const ChunkItem &item : decoder.decode(e)) {
                if (item.kind == ChunkItem::Kind::Usage)
                    t.setUsage(item.usage);
                else if (item.kind == ChunkItem::Kind::Timings)
                    t.setTimings(item.timings);
            }
        }
    }

private slots:
    void llamaCppReasoningThenContent()
    {
        RequestTrace t;
        const qint64 t0 = 2 * ms;
        t.markPosted(1 * ms);
        t.markRequestSent(t0); // t0 = requestSent, not post()
        t.markHeaders(t0 + 5 * ms);
        t.markEvent(t0 + 200 * ms); // role chunk, arrives with the first token
        tokens(t, t0, {200, 210, 220, 230}, true);
        tokens(t, t0, {240, 250, 260, 270, 280, 290}, false);
        t.markClose(t0 + 300 * ms);
        t.setThinkingRequested(true);
        t.setUsage(TokenUsage{100, 12, 112, std::nullopt, 0});
        ServerTimings timings;
        timings.cacheN = 0;
        timings.promptN = 100;
        timings.promptMs = 180;
        timings.predictedN = 12;
        timings.predictedMs = 100;
        timings.predictedPerSecond = 120;
        t.setTimings(timings);

        const auto r = MetricsCalculator::compute(t);
        const ResponseMetrics &m = r.metrics;
        fuzzyCompare(m.headersMs, 5);
        fuzzyCompare(m.ttfrMs, 200);
        fuzzyCompare(m.ttftMs, 200);
        fuzzyCompare(m.ttfaMs, 240);
        fuzzyCompare(m.ttrMs, 290);
        fuzzyCompare(m.prefillMs, 180); // timings.prompt_ms
        QCOMPARE(m.prefillSource, MetricSource::Server);
        fuzzyCompare(m.prefillTps, 100 / 0.180);
        fuzzyCompare(m.clientServerGapMs, 200 - 180);
        fuzzyCompare(m.thinkingMs, 230 - 200);
        fuzzyCompare(m.generationMs, 290 - 240);
        fuzzyCompare(m.decodeTps, (12 - 1) / 0.090); // (n-1) / (last - first)
        QCOMPARE(m.decodeSource, MetricSource::Client);
        fuzzyCompare(m.serverDecodeTps, 120);
        // No server reasoning count: 4 of 10 chunks are reasoning -> round(12 * 0.4) = 5 estimated.
        QCOMPARE(m.reasoningTokens, 5);
        QCOMPARE(m.reasoningTokensSource, MetricSource::Estimated);
        QCOMPARE(m.answerTokens, 7);
        QCOMPARE(m.answerTokensSource, MetricSource::Estimated);
        fuzzyCompare(m.thinkingRatio, 5.0 / 12.0);
        QCOMPARE(m.thinkingRatioSource, MetricSource::Estimated);
        fuzzyCompare(m.effectiveTps, 7 / 0.290);
        QCOMPARE(m.effectiveTpsSource, MetricSource::Estimated);
        // Nine 10 ms gaps, 1.2 tokens per chunk -> 8.333 ms per token.
        fuzzyCompare(m.itlP50Ms, 10.0 / 1.2);
        fuzzyCompare(m.itlP95Ms, 10.0 / 1.2);
        QCOMPARE(m.completionTokens, 12);
        QCOMPARE(m.promptTokens, 100);
        QCOMPARE(m.cachedPromptTokens, 0);
        QCOMPARE(r.flags, (QStringList{MetricFlag::ChunksNotTokens, MetricFlag::NoReasoningCount}));
    }

    void vllmWithReasoningCountAndCache()
    {
        RequestTrace t;
        const qint64 t0 = 10 * ms;
        t.markPosted(t0); // no requestSent seen: t0 falls back to post()
        t.markHeaders(t0 + 20 * ms);
        t.markEvent(t0 + 90 * ms);
        tokens(t, t0, {100, 110}, true);
        tokens(t, t0, {130, 140, 170}, false);
        t.markClose(t0 + 171 * ms);
        t.setUsage(TokenUsage{50, 10, 60, 4, 32});

        const auto r = MetricsCalculator::compute(t);
        const ResponseMetrics &m = r.metrics;
        fuzzyCompare(m.ttfrMs, 90);
        // TTFT - headers - one inter-token interval (ITL p50 7.5 ms, worked out below).
        fuzzyCompare(m.prefillMs, 100 - 20 - 7.5);
        QCOMPARE(m.prefillSource, MetricSource::Estimated);
        QVERIFY(!m.prefillTps.has_value()); // 32 cached tokens: not a prefill measurement
        QVERIFY(!m.serverPrefillMs.has_value());
        QVERIFY(!m.clientServerGapMs.has_value());
        fuzzyCompare(m.decodeTps, 9 / 0.070);
        QVERIFY(!m.serverDecodeTps.has_value());
        QCOMPARE(m.reasoningTokens, 4);
        QCOMPARE(m.reasoningTokensSource, MetricSource::Server);
        QCOMPARE(m.answerTokens, 6);
        QCOMPARE(m.answerTokensSource, MetricSource::Server);
        fuzzyCompare(m.thinkingRatio, 0.4);
        QCOMPARE(m.thinkingRatioSource, MetricSource::Server);
        fuzzyCompare(m.effectiveTps, 6 / 0.170);
        QCOMPARE(m.effectiveTpsSource, MetricSource::Client);
        // Gaps 10, 20, 10, 30 ms over 2 tokens per chunk: 5, 10, 5, 15 -> sorted 5, 5, 10, 15.
        fuzzyCompare(m.itlP50Ms, 7.5);   // rank 1.5
        fuzzyCompare(m.itlP95Ms, 14.25); // rank 2.85: 10 + 0.85 * 5
        QCOMPARE(r.flags, (QStringList{MetricFlag::ChunksNotTokens, MetricFlag::CacheHit,
                                       MetricFlag::EstimatedPrefill}));
    }

    void thinkingToggleIgnoredAndRunawayShape()
    {
        RequestTrace t;
        t.markRequestSent(0);
        tokens(t, 0, {50, 60, 70}, true);
        t.markClose(80 * ms);
        t.setThinkingRequested(false);
        t.setFinishReason(QStringLiteral("length"));
        ServerTimings timings;
        timings.predictedN = 3; // no usage object: counts from timings
        t.setTimings(timings);
        const auto r = MetricsCalculator::compute(t);
        QCOMPARE(r.metrics.completionTokens, 3);
        QCOMPARE(r.metrics.reasoningTokens, 3); // every chunk was reasoning
        QCOMPARE(r.metrics.answerTokens, 0);
        fuzzyCompare(r.metrics.effectiveTps, 0); // a measured zero: no answer at all
        QVERIFY(!r.metrics.ttfaMs.has_value());
        QVERIFY(!r.metrics.generationMs.has_value());
        QVERIFY(!r.metrics.prefillMs.has_value()); // no prompt_ms, no headers: unknown
        for (const QString &flag : {MetricFlag::NoUsage, MetricFlag::NoReasoningCount,
                                    MetricFlag::FinishLength, MetricFlag::ThinkingToggleIgnored})
            QVERIFY2(r.flags.contains(flag), qPrintable(flag));
        QVERIFY(!r.flags.contains(MetricFlag::ChunksNotTokens)); // 3 chunks, 3 tokens
    }

    void nonStreamed()
    {
        RequestTrace t;
        t.setStreamed(false);
        t.markRequestSent(0);
        t.markHeaders(400 * ms);
        t.markClose(400 * ms);
        t.markTokenChunk(400 * ms, false, true);
        ServerTimings timings;
        timings.promptN = 20;
        timings.cacheN = 0;
        timings.promptMs = 12;
        timings.predictedPerSecond = 99.5;
        t.setTimings(timings);
        t.setUsage(TokenUsage{20, 30, 50, std::nullopt, std::nullopt});
        const auto r = MetricsCalculator::compute(t);
        QVERIFY(!r.metrics.ttftMs.has_value());
        QVERIFY(!r.metrics.ttfaMs.has_value());
        QVERIFY(!r.metrics.itlP50Ms.has_value());
        fuzzyCompare(r.metrics.ttrMs, 400);
        fuzzyCompare(r.metrics.decodeTps, 99.5);
        QCOMPARE(r.metrics.decodeSource, MetricSource::Server);
        fuzzyCompare(r.metrics.prefillTps, 20 / 0.012);
        QCOMPARE(r.metrics.answerTokens, 30);
        QVERIFY(r.flags.contains(MetricFlag::NonStream));
        QVERIFY(!r.flags.contains(MetricFlag::ChunksNotTokens));
    }

    void failedBeforeAnyByteKnowsNothing()
    {
        RequestTrace t;
        t.markPosted(0);
        t.markConnecting();
        t.markClose(3 * ms);
        const auto r = MetricsCalculator::compute(t);
        const ResponseMetrics &m = r.metrics;
        for (const auto &v : {m.ttfrMs, m.ttftMs, m.ttfaMs, m.headersMs, m.prefillMs, m.decodeTps, m.connectMs,
                              m.effectiveTps, m.thinkingRatio, m.itlP50Ms})
            QVERIFY(!v.has_value());
        QVERIFY(!m.completionTokens.has_value());
        QVERIFY(!m.reasoningTokens.has_value()); // not a made-up zero
        QVERIFY(!m.answerTokens.has_value());
        QVERIFY(r.flags.contains(MetricFlag::ColdConnection));
        QVERIFY(r.flags.contains(MetricFlag::NoUsage));
    }

    void cacheHitFromTimingsHidesPrefillSpeed()
    {
        RequestTrace t;
        t.markRequestSent(0);
        tokens(t, 0, {10, 20}, false);
        ServerTimings timings;
        timings.cacheN = 516;
        timings.promptN = 1;
        timings.promptMs = 3.6;
        t.setTimings(timings);
        const auto r = MetricsCalculator::compute(t);
        QCOMPARE(r.metrics.promptTokens, 517);
        QCOMPARE(r.metrics.cachedPromptTokens, 516);
        fuzzyCompare(r.metrics.prefillMs, 3.6);
        QVERIFY(!r.metrics.prefillTps.has_value());
        QVERIFY(r.flags.contains(MetricFlag::CacheHit));
        QVERIFY(!r.metrics.decodeTps.has_value()); // no token count at all: no speed
        QVERIFY(!r.metrics.itlP50Ms.has_value());  // tokens per chunk unknown: no ITL
    }

    // Recorded llama-server answers: a miss still reuses the template prefix (cache_n 3 of 517), and
    // prompt_n / prompt_ms is exact then; a repeated prompt is a real hit (516 of 517).
    void cacheHitOnlyWhenMostOfThePromptCameFromCache()
    {
        const auto miss = MetricsCalculator::compute(recordedCompletion("chat-nonstream-B-prompt-cache-miss.json"));
        QCOMPARE(miss.metrics.promptTokens, 517);
        QCOMPARE(miss.metrics.cachedPromptTokens, 3);
        QVERIFY(!miss.flags.contains(MetricFlag::CacheHit));
        fuzzyCompare(miss.metrics.prefillMs, 207.566);
        QCOMPARE(miss.metrics.prefillSource, MetricSource::Server);
        fuzzyCompare(miss.metrics.prefillTps, 514 / 0.207566); // prompt_n / prompt_ms
        const auto hit = MetricsCalculator::compute(recordedCompletion("chat-nonstream-B-prompt-cache-hit.json"));
        QCOMPARE(hit.metrics.cachedPromptTokens, 516);
        QVERIFY(hit.flags.contains(MetricFlag::CacheHit));
        QVERIFY(!hit.metrics.prefillTps.has_value()); // 1 token in 8.2 ms says nothing about prefill
        fuzzyCompare(hit.metrics.prefillMs, 8.249);
    }

    // The server's own decode figure, like for like: recorded predicted_n 4, predicted_ms 13.721.
    void serverDecodeLikeForLike()
    {
        const auto r = MetricsCalculator::compute(recordedCompletion("chat-nonstream-B-prompt-cache-miss.json"));
        fuzzyCompare(r.metrics.serverDecodeStepsTps, 3 / 0.013721);
        fuzzyCompare(r.metrics.serverDecodeTps, 218.64295605276584); // as sent by that build
        // Non-streamed: decode is the server's (n - 1) / predicted_ms, not whatever per_second says.
        fuzzyCompare(r.metrics.decodeTps, 3 / 0.013721);
        QCOMPARE(r.metrics.decodeSource, MetricSource::Server);
    }

    // n comes from the server and counts tokens that make no chunk (EOS): the window ends at the chunk
    // that carries finish_reason. With fewer than 2 tokens there is no speed, not the server's 0.0.
    void decodeWindowAndSmallN()
    {
        RequestTrace t;
        t.markRequestSent(0);
        tokens(t, 0, {100, 110, 120}, false); // 3 text chunks
        t.markFinishChunk(130 * ms);           // EOS: the 4th token makes only the finish chunk
        recordedCounts(t, "chat-stream-include-usage.sse");
        QCOMPARE(*t.usage()->completionTokens, 12);
        auto r = MetricsCalculator::compute(t);
        fuzzyCompare(r.metrics.decodeTps, 11 / 0.030);

        RequestTrace one;
        one.markRequestSent(0);
        tokens(one, 0, {100}, false);
        one.markFinishChunk(101 * ms);
        one.setUsage(TokenUsage{10, 1, 11, std::nullopt, std::nullopt});
        ServerTimings timings; // what llama-server sends for a 1-token answer
        timings.predictedN = 1;
        timings.predictedMs = 0.0;
        timings.predictedPerSecond = 0.0;
        one.setTimings(timings);
        r = MetricsCalculator::compute(one);
        QVERIFY(!r.metrics.decodeTps.has_value());
        QCOMPARE(r.metrics.decodeSource, MetricSource::None);
        QVERIFY(!r.metrics.serverDecodeStepsTps.has_value());
        one.setStreamed(false);
        QVERIFY(!MetricsCalculator::compute(one).metrics.decodeTps.has_value());
    }

    // vLLM: headers before queueing and the first decode step. The estimate subtracts one ITL; a short
    // prompt gets no speed from it.
    void estimatedPrefill()
    {
        RequestTrace t;
        t.markRequestSent(0);
        t.markHeaders(10 * ms);
        tokens(t, 0, {100, 120, 140, 160}, false);
        t.setUsage(TokenUsage{2000, 4, 2004, std::nullopt, 0});
        auto r = MetricsCalculator::compute(t);
        fuzzyCompare(r.metrics.itlP50Ms, 20);
        fuzzyCompare(r.metrics.prefillMs, 100 - 10 - 20);
        fuzzyCompare(r.metrics.prefillTps, 2000 / 0.070);
        QVERIFY(r.flags.contains(MetricFlag::EstimatedPrefill));
        t.setUsage(TokenUsage{40, 4, 44, std::nullopt, 0}); // a short prompt: the estimate is noise
        r = MetricsCalculator::compute(t);
        QVERIFY(r.metrics.prefillMs.has_value());
        QVERIFY(!r.metrics.prefillTps.has_value());
    }

    // llama-server closes the connection after every streamed reply: a local set-up is measured, part of
    // TTFT, and flagged only when it is a noticeable share of it.
    void connectionSetUp()
    {
        RequestTrace t;
        t.markPosted(0);
        t.markConnecting();
        t.markRequestSent(ms / 2);
        tokens(t, 0, {50, 60}, false);
        auto r = MetricsCalculator::compute(t);
        fuzzyCompare(r.metrics.connectMs, 0.5);
        fuzzyCompare(r.metrics.ttftMs, 50); // from post(): the set-up is part of the wait
        QVERIFY(!r.flags.contains(MetricFlag::ColdConnection));

        RequestTrace slow;
        slow.markPosted(0);
        slow.markConnecting();
        slow.markRequestSent(20 * ms);
        tokens(slow, 0, {50, 60}, false);
        r = MetricsCalculator::compute(slow);
        fuzzyCompare(r.metrics.connectMs, 20);
        QVERIFY(r.flags.contains(MetricFlag::ColdConnection));

        RequestTrace warm;
        warm.markPosted(0);
        warm.markRequestSent(ms);
        tokens(warm, 0, {50}, false);
        r = MetricsCalculator::compute(warm);
        QVERIFY(!r.metrics.connectMs.has_value());
        fuzzyCompare(r.metrics.ttftMs, 49); // t0 = request sent
    }

    void thinkingRequestedButNoneCame()
    {
        RequestTrace t;
        t.markRequestSent(0);
        tokens(t, 0, {10, 20}, false);
        t.setThinkingRequested(true);
        QVERIFY(MetricsCalculator::compute(t).flags.contains(MetricFlag::ThinkingNotReturned));
        t.setThinkingRequested(false);
        QVERIFY(!MetricsCalculator::compute(t).flags.contains(MetricFlag::ThinkingNotReturned));
    }

    void bunchedArrivals()
    {
        RequestTrace t;
        t.markRequestSent(0);
        tokens(t, 0, {10, 10, 10, 10, 10, 30}, false); // one read delivered five chunks
        t.setUsage(TokenUsage{5, 6, 11, std::nullopt, std::nullopt});
        QVERIFY(MetricsCalculator::compute(t).flags.contains(MetricFlag::BunchedArrivals));
        RequestTrace spread;
        spread.markRequestSent(0);
        tokens(spread, 0, {10, 20, 30, 40, 40, 50}, false);
        spread.setUsage(TokenUsage{5, 6, 11, std::nullopt, std::nullopt});
        QVERIFY(!MetricsCalculator::compute(spread).flags.contains(MetricFlag::BunchedArrivals));
    }

    void runStats()
    {
        const RunStats s = RunStats::of(QList<double>{4, 1, 3, 2});
        QCOMPARE(s.count, 4);
        fuzzyCompare(s.mean, 2.5);
        fuzzyCompare(s.min, 1);
        fuzzyCompare(s.max, 4);
        fuzzyCompare(s.p50, 2.5);
        fuzzyCompare(s.p95, 3.85);
        fuzzyCompare(s.stddev, std::sqrt(5.0 / 3.0));
        fuzzyCompare(s.relativeSpread(), 3 / 2.5);
        const RunStats partial = RunStats::of(QList<std::optional<double>>{1.0, std::nullopt, 3.0});
        QCOMPARE(partial.count, 2);
        fuzzyCompare(partial.mean, 2);
        const RunStats empty = RunStats::of(QList<double>{});
        QVERIFY(!empty.mean && !empty.p50 && !empty.stddev);
        QVERIFY(!RunStats::of(QList<double>{7}).stddev.has_value());
    }

    void definitionsCoverEveryMetric()
    {
        const QList<MetricDefinition> all = MetricDefinitions::all();
        QVERIFY(all.size() >= 23);
        QSet<QString> keys;
        for (const MetricDefinition &d : all) {
            QVERIFY(!d.label.isEmpty() && !d.definition.isEmpty() && !d.unit.isEmpty());
            QVERIFY2(!keys.contains(d.key), qPrintable(d.key));
            keys.insert(d.key);
        }
        ResponseMetrics m;
        m.ttftMs = 12.5;
        m.prefillMs = 3;
        m.prefillSource = MetricSource::Estimated;
        m.completionTokens = 40;
        QCOMPARE(MetricDefinitions::value(m, QStringLiteral("ttft_ms")), 12.5);
        QCOMPARE(MetricDefinitions::source(m, QStringLiteral("ttft_ms")), MetricSource::Client);
        QCOMPARE(MetricDefinitions::source(m, QStringLiteral("prefill_ms")), MetricSource::Estimated);
        QCOMPARE(MetricDefinitions::value(m, QStringLiteral("completion_tokens")), 40.0);
        QCOMPARE(MetricDefinitions::source(m, QStringLiteral("decode_tps")),
                 MetricSource::None); // unknown value
        QVERIFY(!MetricDefinitions::find(QStringLiteral("nope")).has_value());
        for (const QString &flag :
             {MetricFlag::CacheHit, MetricFlag::ColdConnection, MetricFlag::ThinkingToggleIgnored,
              MetricFlag::ChunksNotTokens, MetricFlag::NoUsage, MetricFlag::NoReasoningCount,
              MetricFlag::FinishLength, MetricFlag::EstimatedPrefill, MetricFlag::NonStream,
              MetricFlag::TemplateOpenedThinking, MetricFlag::ThinkingNotReturned, MetricFlag::AnswerInReasoning,
              MetricFlag::AnswerRepetition, MetricFlag::BunchedArrivals})
            QVERIFY2(!MetricDefinitions::flagText(flag).isEmpty(), qPrintable(flag));
    }
};

QTEST_GUILESS_MAIN(TestMetricsCalculator)
#include "tst_metricscalculator.moc"
