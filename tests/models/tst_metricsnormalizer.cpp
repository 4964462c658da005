#include "models/net/metricsnormalizer.h"
#include "models/net/prometheustext.h"

#include "tests/support/testdata.h"

#include <QTest>

#include <map>

namespace {

using Field = std::optional<double> NodeMetrics::*;

const std::map<QString, Field> &fields()
{
    static const std::map<QString, Field> map = {
        {QStringLiteral("promptTokensTotal"), &NodeMetrics::promptTokensTotal},
        {QStringLiteral("generationTokensTotal"), &NodeMetrics::generationTokensTotal},
        {QStringLiteral("promptSecondsTotal"), &NodeMetrics::promptSecondsTotal},
        {QStringLiteral("generationSecondsTotal"), &NodeMetrics::generationSecondsTotal},
        {QStringLiteral("requestsSuccessTotal"), &NodeMetrics::requestsSuccessTotal},
        {QStringLiteral("kvCacheUsage"), &NodeMetrics::kvCacheUsage},
        {QStringLiteral("requestsRunning"), &NodeMetrics::requestsRunning},
        {QStringLiteral("requestsWaiting"), &NodeMetrics::requestsWaiting},
        {QStringLiteral("specDraftTokensTotal"), &NodeMetrics::specDraftTokensTotal},
        {QStringLiteral("specAcceptedTokensTotal"), &NodeMetrics::specAcceptedTokensTotal},
        {QStringLiteral("specDraftsTotal"), &NodeMetrics::specDraftsTotal},
        {QStringLiteral("prefixCacheQueriesTotal"), &NodeMetrics::prefixCacheQueriesTotal},
        {QStringLiteral("prefixCacheHitsTotal"), &NodeMetrics::prefixCacheHitsTotal},
    };
    return map;
}

NormalizedMetrics normalized(const QByteArray &text)
{
    return MetricsNormalizer::normalize(PrometheusText::parse(text));
}

QByteArray fixture(const char *relative)
{
    return TestData::read(QStringLiteral("fixtures/") + QLatin1String(relative));
}

} // namespace

class TestMetricsNormalizer : public QObject
{
    Q_OBJECT
private slots:
    void fields_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("field");
        QTest::addColumn<bool>("present");
        QTest::addColumn<double>("expected");

        const QByteArray busy = fixture("llamacpp/metrics-busy-B.txt");
        QTest::newRow("llama prompt") << busy << "promptTokensTotal" << true << 1067.0;
        QTest::newRow("llama prompt s") << busy << "promptSecondsTotal" << true << 0.528533;
        QTest::newRow("llama gen") << busy << "generationTokensTotal" << true << 172.0;
        QTest::newRow("llama gen s") << busy << "generationSecondsTotal" << true << 0.82679;
        QTest::newRow("llama running") << busy << "requestsRunning" << true << 1.0;
        QTest::newRow("llama waiting") << busy << "requestsWaiting" << true << 0.0;
        QTest::newRow("llama spec") << busy << "specDraftTokensTotal" << true << 0.0;
        QTest::newRow("llama no kv") << busy << "kvCacheUsage" << false << 0.0;
        QTest::newRow("llama no success") << busy << "requestsSuccessTotal" << false << 0.0;
        QTest::newRow("llama no prefix") << busy << "prefixCacheQueriesTotal" << false << 0.0;
        const QByteArray afterB = fixture("llamacpp/metrics-after-requests-B.txt");
        QTest::newRow("llama after gen") << afterB << "generationTokensTotal" << true << 572.0;
        QTest::newRow("llama after gen s") << afterB << "generationSecondsTotal" << true << 2.64643;
        QTest::newRow("llama after idle") << afterB << "requestsRunning" << true << 0.0;
        QTest::newRow("llama fresh") << fixture("llamacpp/metrics-fresh.txt") << "promptTokensTotal" << true
                                     << 0.0;
        QTest::newRow("llama kv ratio")
            << QByteArray("llamacpp:kv_cache_usage_ratio 0.25\n") << "kvCacheUsage" << true << 0.25;
        // The reset-on-scrape gauges must never stand in for the counters.
        const QByteArray gaugesOnly(
            "# TYPE llamacpp:prompt_tokens_seconds gauge\nllamacpp:prompt_tokens_seconds 999\n"
            "# TYPE llamacpp:predicted_tokens_seconds gauge\n"
            "llamacpp:predicted_tokens_seconds 888\n");
        QTest::newRow("llama gauges only prompt") << gaugesOnly << "promptTokensTotal" << false << 0.0;
        QTest::newRow("llama gauges only gen") << gaugesOnly << "generationTokensTotal" << false << 0.0;
        QTest::newRow("llama gauges only gen s") << gaugesOnly << "generationSecondsTotal" << false << 0.0;

        const QByteArray vllm = fixture("vllm/metrics-constructed.txt");
        QTest::newRow("vllm prompt") << vllm << "promptTokensTotal" << true << 2166.0;
        QTest::newRow("vllm gen") << vllm << "generationTokensTotal" << true << 613.0;
        QTest::newRow("vllm success over reasons") << vllm << "requestsSuccessTotal" << true << 5.0;
        QTest::newRow("vllm running") << vllm << "requestsRunning" << true << 1.0;
        QTest::newRow("vllm waiting") << vllm << "requestsWaiting" << true << 0.0;
        QTest::newRow("vllm kv") << vllm << "kvCacheUsage" << true << 0.0123046875;
        QTest::newRow("vllm prefix q") << vllm << "prefixCacheQueriesTotal" << true << 2166.0;
        QTest::newRow("vllm prefix h") << vllm << "prefixCacheHitsTotal" << true << 1024.0;
        QTest::newRow("vllm no spec") << vllm << "specDraftsTotal" << false << 0.0;
        QTest::newRow("vllm no busy s") << vllm << "promptSecondsTotal" << false << 0.0;
        QTest::newRow("vllm no gen s") << vllm << "generationSecondsTotal" << false << 0.0;
        const QByteArray spec = fixture("vllm/metrics-constructed-specdecode.txt");
        QTest::newRow("spec drafts") << spec << "specDraftsTotal" << true << 180.0;
        QTest::newRow("spec draft tokens") << spec << "specDraftTokensTotal" << true << 540.0;
        QTest::newRow("spec accepted") << spec << "specAcceptedTokensTotal" << true << 313.0;
        QTest::newRow("spec no prompt") << spec << "promptTokensTotal" << false << 0.0;
        const QByteArray docs = fixture("vllm/docs-example-metrics-excerpts.txt");
        QTest::newRow("docs running") << docs << "requestsRunning" << true << 8.0;
        QTest::newRow("docs gen") << docs << "generationTokensTotal" << true << 27453.0;
        QTest::newRow("docs success") << docs << "requestsSuccessTotal" << true << 132.0;
        QTest::newRow("docs no waiting") << docs << "requestsWaiting" << false << 0.0;
        QTest::newRow("docs no kv") << docs << "kvCacheUsage" << false << 0.0;

        const QByteArray old("# TYPE vllm:gpu_cache_usage_perc gauge\n"
                             "vllm:gpu_cache_usage_perc{model_name=\"m\"} 0.5\n"
                             "vllm:gpu_prefix_cache_queries_total{model_name=\"m\"} 10\n"
                             "vllm:gpu_prefix_cache_hits_total{model_name=\"m\"} 4\n");
        QTest::newRow("old kv name") << old << "kvCacheUsage" << true << 0.5;
        QTest::newRow("old prefix q") << old << "prefixCacheQueriesTotal" << true << 10.0;
        QTest::newRow("old prefix h") << old << "prefixCacheHitsTotal" << true << 4.0;
        const QByteArray both("vllm:kv_cache_usage_perc 0.75\nvllm:gpu_cache_usage_perc 0.5\n");
        QTest::newRow("new name wins") << both << "kvCacheUsage" << true << 0.75;

        const QByteArray engines("vllm:prompt_tokens_total{engine=\"0\",model_name=\"m\"} 100\n"
                                 "vllm:prompt_tokens_total{engine=\"1\",model_name=\"m\"} 50\n"
                                 "vllm:num_requests_running{engine=\"0\",model_name=\"m\"} 2\n"
                                 "vllm:num_requests_running{engine=\"1\",model_name=\"m\"} 3\n"
                                 "vllm:kv_cache_usage_perc{engine=\"0\",model_name=\"m\"} 0.2\n"
                                 "vllm:kv_cache_usage_perc{engine=\"1\",model_name=\"m\"} 0.6\n");
        QTest::newRow("engines summed") << engines << "promptTokensTotal" << true << 150.0;
        QTest::newRow("engines running") << engines << "requestsRunning" << true << 5.0;
        QTest::newRow("engines kv averaged") << engines << "kvCacheUsage" << true << 0.4;
        QTest::newRow("NaN is unknown")
            << QByteArray("vllm:kv_cache_usage_perc NaN\n") << "kvCacheUsage" << false << 0.0;
        QTest::newRow("unknown backend") << QByteArray("process_open_fds 6\nprompt_tokens_total 5\n")
                                         << "promptTokensTotal" << false << 0.0;
        QTest::newRow("empty") << QByteArray() << "requestsRunning" << false << 0.0;
    }
    void fields()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, field);
        QFETCH(bool, present);
        QFETCH(double, expected);
        const auto it = ::fields().find(field);
        QVERIFY(it != ::fields().end());
        const std::optional<double> v = normalized(text).metrics.*(it->second);
        QCOMPARE(v.has_value(), present);
        if (present)
            QVERIFY2(qFuzzyCompare(*v, expected) || (expected == 0.0 && *v == 0.0),
                     qPrintable(QString::number(*v, 'g', 17)));
    }

    void backendAndModel_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("backend");
        QTest::addColumn<QStringList>("models");
        QTest::newRow("llama") << fixture("llamacpp/metrics-fresh.txt") << int(Backend::LlamaCpp)
                               << QStringList();
        QTest::newRow("vllm") << fixture("vllm/metrics-constructed.txt") << int(Backend::Vllm)
                              << QStringList{"Qwen/Qwen3-0.6B"};
        QTest::newRow("docs") << fixture("vllm/docs-example-metrics-excerpts.txt") << int(Backend::Vllm)
                              << QStringList{"meta-llama/Llama-3.1-8B-Instruct",
                                             "unsloth/Llama-3.2-1B-Instruct"};
        QTest::newRow("other") << QByteArray("http_requests_total 3\n") << int(Backend::Unknown)
                               << QStringList();
        QTest::newRow("empty") << QByteArray() << int(Backend::Unknown) << QStringList();
    }
    void backendAndModel()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, backend);
        QFETCH(QStringList, models);
        const NormalizedMetrics n = normalized(text);
        QCOMPARE(int(n.backend), backend);
        QCOMPARE(int(MetricsNormalizer::detectBackend(PrometheusText::parse(text))), backend);
        QCOMPARE(n.modelNames, models);
        QCOMPARE(n.modelName, models.isEmpty() ? QString() : models.first());
    }

    void unknownBackendLeavesEverythingNull()
    {
        const NormalizedMetrics n = normalized("process_open_fds 6\n");
        for (const auto &[name, field] : ::fields())
            QVERIFY2(!(n.metrics.*field).has_value(), qPrintable(name));
    }
};

QTEST_GUILESS_MAIN(TestMetricsNormalizer)
#include "tst_metricsnormalizer.moc"
