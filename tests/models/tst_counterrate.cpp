#include "models/net/metricsnormalizer.h"
#include "models/net/prometheustext.h"
#include "models/series/counterrate.h"

#include "tests/support/testdata.h"

#include <QTest>

#include <cmath>

namespace {

NodeMetrics counters(double prompt, double generation, std::optional<double> success = std::nullopt)
{
    NodeMetrics m;
    m.promptTokensTotal = prompt;
    m.generationTokensTotal = generation;
    m.requestsSuccessTotal = success;
    return m;
}

using Status = CounterRateUpdate::Status;

} // namespace

class TestCounterRate : public QObject
{
    Q_OBJECT
private slots:
    void firstSampleHasNoRate()
    {
        CounterRate rate;
        QVERIFY(!rate.hasBaseline());
        const CounterRateUpdate u = rate.update(1000, counters(100, 50, 1));
        QCOMPARE(u.status, Status::Baseline);
        QVERIFY(!u.reset);
        QVERIFY(!u.promptTps && !u.generationTps && !u.requestsPerSecond);
        QVERIFY(rate.hasBaseline());
    }

    void steadyRate_data()
    {
        QTest::addColumn<qint64>("intervalMs");
        QTest::addColumn<double>("promptStep");
        QTest::addColumn<double>("generationStep");
        QTest::addColumn<double>("promptTps");
        QTest::addColumn<double>("generationTps");
        QTest::newRow("1 s") << qint64(1000) << 500.0 << 40.0 << 500.0 << 40.0;
        QTest::newRow("250 ms") << qint64(250) << 100.0 << 10.0 << 400.0 << 40.0;
        QTest::newRow("2.5 s") << qint64(2500) << 1000.0 << 75.0 << 400.0 << 30.0;
        QTest::newRow("idle") << qint64(1000) << 0.0 << 0.0 << 0.0 << 0.0;
    }
    void steadyRate()
    {
        QFETCH(qint64, intervalMs);
        QFETCH(double, promptStep);
        QFETCH(double, generationStep);
        QFETCH(double, promptTps);
        QFETCH(double, generationTps);
        CounterRate rate;
        rate.update(10'000, counters(1000, 2000, 3));
        for (int i = 1; i <= 5; ++i) {
            const CounterRateUpdate u = rate.update(
                10'000 + i * intervalMs, counters(1000 + i * promptStep, 2000 + i * generationStep, 3 + i));
            QCOMPARE(u.status, Status::Rated);
            QVERIFY(!u.reset);
            QCOMPARE(u.intervalMs, intervalMs);
            QCOMPARE(*u.promptTps, promptTps);
            QCOMPARE(*u.generationTps, generationTps);
            QCOMPARE(*u.requestsPerSecond, 1000.0 / double(intervalMs));
        }
    }

    void resetIsNeverNegative()
    {
        CounterRate rate;
        rate.update(0, counters(5000, 4000));
        rate.update(1000, counters(5500, 4100));
        // Server restarted: counters start again from (almost) zero.
        const CounterRateUpdate reset = rate.update(2000, counters(20, 3));
        QCOMPARE(reset.status, Status::Reset);
        QVERIFY(reset.reset);
        QVERIFY(!reset.promptTps && !reset.generationTps);
        // The next interval is measured from the post-restart baseline: no spike.
        const CounterRateUpdate after = rate.update(3000, counters(120, 13));
        QCOMPARE(after.status, Status::Rated);
        QVERIFY(!after.reset);
        QCOMPARE(*after.promptTps, 100.0);
        QCOMPARE(*after.generationTps, 10.0);
    }

    void anyDroppingCounterIsAReset()
    {
        CounterRate rate;
        NodeMetrics a = counters(100, 100, 10);
        rate.update(0, a);
        NodeMetrics b = counters(200, 200, 2); // only requests dropped: still a restart
        const CounterRateUpdate u = rate.update(1000, b);
        QVERIFY(u.reset);
        QVERIFY(!u.promptTps);
    }

    void gapOnlyRebaselines()
    {
        CounterRate rate;
        rate.update(0, counters(0, 0));
        QCOMPARE(*rate.update(1000, counters(100, 10)).promptTps, 100.0);
        rate.markGap(); // two polls failed
        const CounterRateUpdate afterGap = rate.update(4000, counters(700, 70));
        QCOMPARE(afterGap.status, Status::AfterGap);
        QVERIFY(!afterGap.reset);
        QVERIFY(!afterGap.promptTps && !afterGap.generationTps);
        const CounterRateUpdate next = rate.update(5000, counters(750, 75));
        QCOMPARE(next.status, Status::Rated);
        QCOMPARE(*next.promptTps, 50.0);
        QCOMPARE(*next.generationTps, 5.0);
    }

    void restartDuringGapIsReported()
    {
        CounterRate rate;
        rate.update(0, counters(900, 90));
        rate.markGap();
        const CounterRateUpdate u = rate.update(5000, counters(10, 1));
        QCOMPARE(u.status, Status::AfterGap);
        QVERIFY(u.reset);
        QVERIFY(!u.promptTps);
    }

    void nonMonotonicTime_data()
    {
        QTest::addColumn<qint64>("secondMs");
        QTest::newRow("same ms") << qint64(1000);
        QTest::newRow("backwards") << qint64(400);
    }
    void nonMonotonicTime()
    {
        QFETCH(qint64, secondMs);
        CounterRate rate;
        rate.update(1000, counters(100, 10));
        const CounterRateUpdate u = rate.update(secondMs, counters(200, 20));
        QCOMPARE(u.status, Status::ClockStall);
        QVERIFY(!u.promptTps && !u.generationTps);
        QVERIFY(!u.reset);
        // Re-baselined on the stalled sample: the next interval is measured from it.
        const CounterRateUpdate next = rate.update(secondMs + 1000, counters(260, 26));
        QCOMPARE(next.status, Status::Rated);
        QCOMPARE(*next.promptTps, 60.0);
    }

    void missingCountersStayUnknown()
    {
        CounterRate rate;
        NodeMetrics a;
        a.generationTokensTotal = 10;
        rate.update(0, a);
        NodeMetrics b;
        b.generationTokensTotal = 20;
        b.promptTokensTotal = 500; // appears only now
        const CounterRateUpdate u = rate.update(1000, b);
        QCOMPARE(u.status, Status::Rated);
        QVERIFY(!u.promptTps);
        QCOMPARE(*u.generationTps, 10.0);
        QVERIFY(!u.requestsPerSecond);
        QVERIFY(!u.serverGenerationTps);
        QVERIFY(!u.specAcceptanceRate);
        NodeMetrics c = b;
        c.generationTokensTotal = std::nan("");
        QVERIFY(!rate.update(2000, c).generationTps);
    }

    void ratiosOverTheInterval()
    {
        CounterRate rate;
        NodeMetrics a;
        a.promptTokensTotal = 1000;
        a.promptSecondsTotal = 1.0;
        a.generationTokensTotal = 100;
        a.generationSecondsTotal = 2.0;
        a.specDraftTokensTotal = 300;
        a.specAcceptedTokensTotal = 100;
        a.prefixCacheQueriesTotal = 1000;
        a.prefixCacheHitsTotal = 0;
        rate.update(0, a);
        NodeMetrics b = a;
        b.promptTokensTotal = 3000;
        b.promptSecondsTotal = 1.5; // 2000 tokens in 0.5 busy s
        b.generationTokensTotal = 300;
        b.generationSecondsTotal = 4.0; // 200 tokens in 2 busy s
        b.specDraftTokensTotal = 400;
        b.specAcceptedTokensTotal = 175;
        b.prefixCacheQueriesTotal = 1400;
        b.prefixCacheHitsTotal = 100;
        const CounterRateUpdate u = rate.update(10'000, b);
        QCOMPARE(*u.promptTps, 200.0); // over 10 s of wall time
        QCOMPARE(*u.serverPromptTps, 4000.0);
        QCOMPARE(*u.generationTps, 20.0);
        QCOMPARE(*u.serverGenerationTps, 100.0);
        QCOMPARE(*u.specAcceptanceRate, 0.75);
        QCOMPARE(*u.prefixCacheHitRate, 0.25);
        // Idle interval: no busy seconds, no draft tokens -> ratios unknown, rates zero.
        const CounterRateUpdate idle = rate.update(11'000, b);
        QCOMPARE(*idle.promptTps, 0.0);
        QVERIFY(!idle.serverPromptTps);
        QVERIFY(!idle.specAcceptanceRate);
        QVERIFY(!idle.prefixCacheHitRate);
    }

    void clearStartsOver()
    {
        CounterRate rate;
        rate.update(0, counters(1, 1));
        rate.clear();
        QVERIFY(!rate.hasBaseline());
        QCOMPARE(rate.update(1000, counters(2, 2)).status, Status::Baseline);
    }

    void recordedLlamaScrapes()
    {
        // Two real scrapes of node B: the in-flight scrape, then after all requests finished.
        const auto metrics = [](const char *file) {
            return MetricsNormalizer::normalize(
                       PrometheusText::parse(
                           TestData::read(QStringLiteral("fixtures/llamacpp/") + QLatin1String(file))))
                .metrics;
        };
        CounterRate rate;
        rate.update(0, metrics("metrics-busy-B.txt"));
        const CounterRateUpdate u = rate.update(2000, metrics("metrics-after-requests-B.txt"));
        QCOMPARE(u.status, Status::Rated);
        QCOMPARE(*u.promptTps, 0.0);       // 1067 -> 1067
        QCOMPARE(*u.generationTps, 200.0); // 172 -> 572 in 2 s
        QVERIFY(!u.serverPromptTps);       // no prompt busy seconds in between
        QVERIFY(std::abs(*u.serverGenerationTps - 400.0 / (2.64643 - 0.82679)) < 1e-9);
        // Going back to a fresh server is a reset.
        QVERIFY(rate.update(3000, metrics("metrics-fresh.txt")).reset);
    }
};

QTEST_GUILESS_MAIN(TestCounterRate)
#include "tst_counterrate.moc"
