#include "models/net/prometheustext.h"

#include "tests/support/testdata.h"

#include <QTest>

#include <cmath>
#include <limits>

// Reads the recorded llama-server expositions and the vLLM constructed/doc expositions, then every trap
// of the text format listed in PROTOCOLS.md, inline.
class TestPrometheusText : public QObject
{
    Q_OBJECT
private slots:
    void fixtureStructure_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("samples");
        QTest::addColumn<int>("families");
        QTest::addColumn<int>("errors");
        // samples = non-comment lines, families = `# TYPE` lines (all also have `# HELP`)
        for (const char *f : {"metrics-fresh.txt", "metrics-busy-B.txt", "metrics-after-requests.txt",
                              "metrics-after-requests-B.txt"})
            QTest::newRow(f) << QString(QStringLiteral("fixtures/llamacpp/") + QLatin1String(f)) << 15 << 15
                             << 0;
        QTest::newRow("vllm constructed") << "fixtures/vllm/metrics-constructed.txt" << 431 << 80 << 0;
        QTest::newRow("vllm specdecode")
            << "fixtures/vllm/metrics-constructed-specdecode.txt" << 12 << 8 << 0;
        // The doc elides labels of cache_config_info with "...": that one line is an error, nothing else.
        QTest::newRow("vllm docs") << "fixtures/vllm/docs-example-metrics-excerpts.txt" << 25 << 6 << 1;
    }
    void fixtureStructure()
    {
        QFETCH(QString, file);
        QFETCH(int, samples);
        QFETCH(int, families);
        QFETCH(int, errors);
        const PrometheusExposition e = PrometheusText::parse(TestData::read(file));
        QCOMPARE(int(e.samples().size()), samples);
        QCOMPARE(int(e.families().size()), families);
        QCOMPARE(e.errorCount(), errors);
        for (const PrometheusSample &s : e.samples())
            QVERIFY2(s.family >= 0 || file.contains(QLatin1String("docs")), s.name.toByteArray().constData());
    }

    void fixtureValues_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("where"); // "" = first sample, "sum" = all label sets, "label=value"
        QTest::addColumn<double>("expected");
        const QString fresh = QStringLiteral("fixtures/llamacpp/metrics-fresh.txt");
        const QString busy = QStringLiteral("fixtures/llamacpp/metrics-busy-B.txt");
        const QString after = QStringLiteral("fixtures/llamacpp/metrics-after-requests.txt");
        const QString afterB = QStringLiteral("fixtures/llamacpp/metrics-after-requests-B.txt");
        const QString vllm = QStringLiteral("fixtures/vllm/metrics-constructed.txt");
        const QString spec = QStringLiteral("fixtures/vllm/metrics-constructed-specdecode.txt");
        const QString docs = QStringLiteral("fixtures/vllm/docs-example-metrics-excerpts.txt");
        QTest::newRow("fresh prompt") << fresh << "llamacpp:prompt_tokens_total"
                                      << "" << 0.0;
        QTest::newRow("fresh slots") << fresh << "llamacpp:n_busy_slots_per_decode"
                                     << "" << 0.0;
        QTest::newRow("busy prompt") << busy << "llamacpp:prompt_tokens_total"
                                     << "" << 1067.0;
        QTest::newRow("busy cached") << busy << "llamacpp:prompt_tokens_cached_total"
                                     << "" << 645.0;
        QTest::newRow("busy prompt s") << busy << "llamacpp:prompt_seconds_total"
                                       << "" << 0.528533;
        QTest::newRow("busy predicted") << busy << "llamacpp:tokens_predicted_total"
                                        << "" << 172.0;
        QTest::newRow("busy decode") << busy << "llamacpp:n_decode_total"
                                     << "" << 514.0;
        QTest::newRow("busy processing") << busy << "llamacpp:requests_processing"
                                         << "" << 1.0;
        QTest::newRow("busy gauge") << busy << "llamacpp:prompt_tokens_seconds"
                                    << "" << 2018.8;
        QTest::newRow("after prompt") << after << "llamacpp:prompt_tokens_total"
                                      << "" << 51.0;
        QTest::newRow("after predicted s") << after << "llamacpp:tokens_predicted_seconds_total"
                                           << "" << 0.061116;
        QTest::newRow("after gauge") << after << "llamacpp:predicted_tokens_seconds"
                                     << "" << 1145.36;
        QTest::newRow("afterB predicted") << afterB << "llamacpp:tokens_predicted_total"
                                          << "" << 572.0;
        QTest::newRow("afterB predicted s") << afterB << "llamacpp:tokens_predicted_seconds_total"
                                            << "" << 2.64643;
        QTest::newRow("afterB max") << afterB << "llamacpp:n_tokens_max"
                                    << "" << 520.0;
        QTest::newRow("vllm kv") << vllm << "vllm:kv_cache_usage_perc"
                                 << "" << 0.0123046875;
        QTest::newRow("vllm prompt") << vllm << "vllm:prompt_tokens_total"
                                     << "sum" << 2166.0;
        QTest::newRow("vllm gen") << vllm << "vllm:generation_tokens_total"
                                  << "sum" << 613.0;
        QTest::newRow("vllm success") << vllm << "vllm:request_success_total"
                                      << "sum" << 5.0;
        QTest::newRow("vllm success length") << vllm << "vllm:request_success_total"
                                             << "finished_reason=length" << 3.0;
        QTest::newRow("vllm by source") << vllm << "vllm:prompt_tokens_by_source_total"
                                        << "source=local_cache_hit" << 1024.0;
        QTest::newRow("vllm running") << vllm << "vllm:num_requests_running"
                                      << "" << 1.0;
        QTest::newRow("vllm hist count") << vllm << "vllm:iteration_tokens_total_count"
                                         << "" << 613.0;
        QTest::newRow("vllm itl sum") << vllm << "vllm:inter_token_latency_seconds_sum"
                                      << "" << 5.860572107460115;
        QTest::newRow("vllm created") << vllm << "vllm:prompt_tokens_created"
                                      << "" << 1.795700827114284e+09;
        QTest::newRow("vllm exponent") << vllm << "process_virtual_memory_bytes"
                                       << "" << 2.9384704e+07;
        QTest::newRow("vllm http 2xx") << vllm << "http_requests_total"
                                       << "status=2xx" << 7.0;
        QTest::newRow("vllm le inf") << vllm << "vllm:iteration_tokens_total_bucket"
                                     << "le=+Inf" << 613.0;
        QTest::newRow("vllm le 1") << vllm << "vllm:iteration_tokens_total_bucket"
                                   << "le=1.0" << 608.0;
        QTest::newRow("spec drafts") << spec << "vllm:spec_decode_num_drafts_total"
                                     << "" << 180.0;
        QTest::newRow("spec draft tokens") << spec << "vllm:spec_decode_num_draft_tokens_total"
                                           << "" << 540.0;
        QTest::newRow("spec accepted") << spec << "vllm:spec_decode_num_accepted_tokens_total"
                                       << "" << 313.0;
        QTest::newRow("spec per pos sum") << spec << "vllm:spec_decode_num_accepted_tokens_per_pos_total"
                                          << "sum" << 313.0;
        QTest::newRow("spec pos 1") << spec << "vllm:spec_decode_num_accepted_tokens_per_pos_total"
                                    << "position=1" << 103.0;
        QTest::newRow("docs running") << docs << "vllm:num_requests_running"
                                      << "" << 8.0;
        QTest::newRow("docs gen") << docs << "vllm:generation_tokens_total"
                                  << "" << 27453.0;
        QTest::newRow("docs success") << docs << "vllm:request_success_total"
                                      << "sum" << 132.0;
        QTest::newRow("docs ttft") << docs << "vllm:time_to_first_token_seconds_bucket"
                                   << "le=0.08" << 138.0;
        QTest::newRow("docs untyped") << docs << "http_request_duration_highr_seconds_count"
                                      << "" << 201.0;
        QTest::newRow("docs iteration sum") << docs << "vllm:iteration_tokens_total_sum"
                                            << "" << 0.0;
    }
    void fixtureValues()
    {
        QFETCH(QString, file);
        QFETCH(QString, name);
        QFETCH(QString, where);
        QFETCH(double, expected);
        const PrometheusExposition e = PrometheusText::parse(TestData::read(file));
        std::optional<double> actual;
        if (where.isEmpty())
            actual = e.value(name);
        else if (where == QLatin1String("sum"))
            actual = e.sum(name);
        else
            actual =
                e.sumWhere(name, where.section(QLatin1Char('='), 0, 0), where.section(QLatin1Char('='), 1));
        QVERIFY2(actual.has_value(), qPrintable(name));
        QCOMPARE(*actual, expected);
    }

    void familiesAndRoles()
    {
        const PrometheusExposition e =
            PrometheusText::parse(TestData::read("fixtures/vllm/metrics-constructed.txt"));
        // A histogram whose name ends in _total is not a counter and has no bare sample.
        const PrometheusFamily *iter = e.family("vllm:iteration_tokens_total");
        QVERIFY(iter);
        QCOMPARE(iter->type, PrometheusType::Histogram);
        QVERIFY(!e.value("vllm:iteration_tokens_total").has_value());
        const auto counts = e.samplesNamed("vllm:iteration_tokens_total_count");
        QCOMPARE(counts.size(), 1);
        QCOMPARE(counts[0]->role, PrometheusRole::Count);
        QVERIFY(!counts[0]->isCounter());
        QCOMPARE(e.samplesNamed("vllm:iteration_tokens_total_bucket").size(), 14);
        for (const PrometheusSample *s : e.samplesNamed("vllm:iteration_tokens_total_bucket"))
            QCOMPARE(s->role, PrometheusRole::Bucket);
        QCOMPARE(e.samplesNamed("vllm:iteration_tokens_total_created")[0]->role, PrometheusRole::Created);
        // Counter and its _created gauge (prometheus_client 0.0.4 style).
        const PrometheusSample *prompt = e.samplesNamed("vllm:prompt_tokens_total").constFirst();
        QVERIFY(prompt->isCounter());
        QCOMPARE(prompt->type, PrometheusType::Counter);
        const PrometheusSample *created = e.samplesNamed("vllm:prompt_tokens_created").constFirst();
        QCOMPARE(created->role, PrometheusRole::Created);
        QVERIFY(!created->isCounter());
        QVERIFY(e.family("vllm:prompt_tokens_created")->createdSeries);
        QCOMPARE(e.family("vllm:kv_cache_usage_perc")->type, PrometheusType::Gauge);
        QCOMPARE(e.family("http_request_size_bytes")->type, PrometheusType::Summary);
        QCOMPARE(e.samplesNamed("http_request_size_bytes_sum")[0]->role, PrometheusRole::Sum);
        QCOMPARE(e.family("vllm:kv_cache_usage_perc")->help,
                 QByteArrayView("KV-cache usage. 1 means 100 percent usage."));
        int counters = 0;
        for (const PrometheusSample &s : e.samples())
            counters += s.isCounter() ? 1 : 0;
        QVERIFY(counters > 20);
        for (const PrometheusSample &s : e.samples()) {
            if (s.name.endsWith("_created"))
                QVERIFY2(s.role == PrometheusRole::Created, s.name.toByteArray().constData());
        }
    }

    void histogramHelper()
    {
        const PrometheusExposition e =
            PrometheusText::parse(TestData::read("fixtures/vllm/metrics-constructed.txt"));
        const std::optional<PrometheusHistogram> h = e.histogram("vllm:iteration_tokens_total");
        QVERIFY(h);
        QCOMPARE(h->buckets.size(), 14);
        QCOMPARE(h->buckets.first().le, 1.0);
        QCOMPARE(h->buckets.first().count, 608.0);
        QVERIFY(std::isinf(h->buckets.last().le));
        QCOMPARE(h->buckets.last().count, 613.0);
        QCOMPARE(*h->sum, 1750.0);
        QCOMPARE(*h->count, 613.0);
        for (qsizetype i = 1; i < h->buckets.size(); ++i)
            QVERIFY(h->buckets[i - 1].count <= h->buckets[i].count);
        QVERIFY(!e.histogram("vllm:prompt_tokens_total")); // a counter
        QVERIFY(!e.histogram("nope"));
    }

    void labels()
    {
        const PrometheusExposition e =
            PrometheusText::parse(TestData::read("fixtures/vllm/metrics-constructed.txt"));
        QCOMPARE(e.samplesNamed("python_info")[0]->label("version"), QByteArrayView("3.11.2"));
        QVERIFY(e.samplesNamed("python_info")[0]->label("absent").isNull());
        const PrometheusSample *cache = e.samplesNamed("vllm:cache_config_info")[0];
        QCOMPARE(cache->label("num_gpu_blocks"), QByteArrayView("20480"));
        QCOMPARE(cache->label("kv_cache_dtype_skip_layers"), QByteArrayView("[]"));
        QCOMPARE(cache->labels.size(), size_t(29));
        QCOMPARE(e.labelValues("model_name", "vllm:"), QStringList{QStringLiteral("Qwen/Qwen3-0.6B")});
        QCOMPARE(e.labelValues("finished_reason"),
                 (QStringList{"stop", "length", "abort", "error", "repetition"}));
        const PrometheusExposition docs =
            PrometheusText::parse(TestData::read("fixtures/vllm/docs-example-metrics-excerpts.txt"));
        QCOMPARE(docs.labelValues("model_name", "vllm:"),
                 (QStringList{"meta-llama/Llama-3.1-8B-Instruct", "unsloth/Llama-3.2-1B-Instruct"}));
        QCOMPARE(docs.errors().size(), 1);
        QCOMPARE(docs.errors()[0].line, 31);
        QVERIFY(docs.hasNamePrefix("vllm:"));
        QVERIFY(!docs.hasNamePrefix("llamacpp:"));
    }

    void traps_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("present");
        QTest::addColumn<double>("expected");
        QTest::addColumn<int>("samples");
        QTest::addColumn<int>("errors");
        const double inf = std::numeric_limits<double>::infinity();
        const double nan = std::numeric_limits<double>::quiet_NaN();
        QTest::newRow("empty") << QByteArray() << "m" << false << 0.0 << 0 << 0;
        QTest::newRow("only blank lines") << QByteArray("\n\n  \r\n\t\n") << "m" << false << 0.0 << 0 << 0;
        QTest::newRow("integer") << QByteArray("m 42\n") << "m" << true << 42.0 << 1 << 0;
        QTest::newRow("NaN") << QByteArray("m NaN\n") << "m" << true << nan << 1 << 0;
        QTest::newRow("+Inf") << QByteArray("m +Inf\n") << "m" << true << inf << 1 << 0;
        QTest::newRow("-Inf") << QByteArray("m -Inf\n") << "m" << true << -inf << 1 << 0;
        QTest::newRow("exponent") << QByteArray("m 1.5e3\n") << "m" << true << 1500.0 << 1 << 0;
        QTest::newRow("neg exponent") << QByteArray("m -2E-2\n") << "m" << true << -0.02 << 1 << 0;
        QTest::newRow("plus sign") << QByteArray("m +7.25\n") << "m" << true << 7.25 << 1 << 0;
        QTest::newRow("timestamp") << QByteArray("m 3 1700000000123\n") << "m" << true << 3.0 << 1 << 0;
        QTest::newRow("colon name") << QByteArray("a:b:c_total{x=\"1\"} 5\n") << "a:b:c_total" << true << 5.0
                                    << 1 << 0;
        QTest::newRow("leading colon") << QByteArray(":m 6\n") << ":m" << true << 6.0 << 1 << 0;
        QTest::newRow("comments") << QByteArray("# just a comment\n#\n#HELP\n# TYPEX m gauge\nm 1\n") << "m"
                                  << true << 1.0 << 1 << 0;
        QTest::newRow("CRLF") << QByteArray("# TYPE m gauge\r\nm 2\r\nn{a=\"b\"} 3\r\n") << "n" << true << 3.0
                              << 2 << 0;
        QTest::newRow("trailing blanks") << QByteArray("m 4  \t \n") << "m" << true << 4.0 << 1 << 0;
        QTest::newRow("leading blanks") << QByteArray("   m 4\n") << "m" << true << 4.0 << 1 << 0;
        QTest::newRow("blanks in labels")
            << QByteArray("m{ a = \"1\" , b=\"2\", } 3\n") << "m" << true << 3.0 << 1 << 0;
        QTest::newRow("empty labels") << QByteArray("m{} 8\n") << "m" << true << 8.0 << 1 << 0;
        QTest::newRow("no blank after }") << QByteArray("m{a=\"1\"}9\n") << "m" << true << 9.0 << 1 << 0;
        QTest::newRow("garbage line")
            << QByteArray("m 1\nthis is not a metric\nn 2\n") << "n" << true << 2.0 << 2 << 1;
        QTest::newRow("bad value") << QByteArray("m abc\nn 2\n") << "m" << false << 0.0 << 1 << 1;
        QTest::newRow("double sign") << QByteArray("m +-1\n") << "m" << false << 0.0 << 0 << 1;
        QTest::newRow("no value") << QByteArray("m\nm{a=\"1\"}\n") << "m" << false << 0.0 << 0 << 2;
        QTest::newRow("float timestamp") << QByteArray("m 1 1.5\n") << "m" << false << 0.0 << 0 << 1;
        QTest::newRow("extra token") << QByteArray("m 1 2 3\n") << "m" << false << 0.0 << 0 << 1;
        QTest::newRow("unquoted label") << QByteArray("m{a=b} 1\n") << "m" << false << 0.0 << 0 << 1;
        QTest::newRow("missing brace") << QByteArray("m{a=\"b\" 1\n") << "m" << false << 0.0 << 0 << 1;
        QTest::newRow("unterminated value") << QByteArray("m{a=\"b} 1\n") << "m" << false << 0.0 << 0 << 1;
        QTest::newRow("bad escape") << QByteArray("m{a=\"x\\q\"} 1\n") << "m" << false << 0.0 << 0 << 1;
        QTest::newRow("no name") << QByteArray("{a=\"b\"} 1\n") << "m" << false << 0.0 << 0 << 1;
        QTest::newRow("digit first") << QByteArray("1m 1\n") << "m" << false << 0.0 << 0 << 1;
        QTest::newRow("unknown type") << QByteArray("# TYPE m bogus\nm 1\n") << "m" << true << 1.0 << 1 << 1;
        QTest::newRow("duplicate type")
            << QByteArray("# TYPE m gauge\n# TYPE m counter\nm 1\n") << "m" << true << 1.0 << 1 << 1;
        QTest::newRow("bad help name") << QByteArray("# HELP 9x text\nm 1\n") << "m" << true << 1.0 << 1 << 1;
        QTest::newRow("truncated last line") << QByteArray("m 1\nn 12") << "n" << false << 0.0 << 1 << 1;
        QTest::newRow("truncated in labels") << QByteArray("m 1\nn{a=\"x") << "m" << true << 1.0 << 1 << 1;
        QTest::newRow("unterminated comment ok") << QByteArray("m 1\n# bye") << "m" << true << 1.0 << 1 << 0;
        QTest::newRow("sum engines") << QByteArray("x{engine=\"0\"} 2\nx{engine=\"1\"} 3\n") << "x" << true
                                     << 2.0 << 2 << 0;
    }
    void traps()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, name);
        QFETCH(bool, present);
        QFETCH(double, expected);
        QFETCH(int, samples);
        QFETCH(int, errors);
        const PrometheusExposition e = PrometheusText::parse(text);
        QCOMPARE(int(e.samples().size()), samples);
        QCOMPARE(e.errorCount(), errors);
        QCOMPARE(e.errors().size(), errors);
        for (const PrometheusParseError &err : e.errors()) {
            QVERIFY(err.line >= 1);
            QVERIFY(!err.message.isEmpty());
        }
        const std::optional<double> v = e.value(name);
        QCOMPARE(v.has_value(), present);
        if (!present)
            return;
        if (std::isnan(expected))
            QVERIFY(std::isnan(*v));
        else
            QCOMPARE(*v, expected);
    }

    void escapesAndUtf8()
    {
        const PrometheusExposition e =
            PrometheusText::parse("# HELP m First line\\nsecond \\\\ line\n"
                                  "# TYPE m gauge\n"
                                  "m{path=\"C:\\\\dir\",quote=\"say \\\"hi\\\"\",nl=\"a\\nb\",plain=\"}{,# "
                                  "=\",model=\"모델\"} 1\n");
        QCOMPARE(e.errorCount(), 0);
        const PrometheusSample &s = e.samples()[0];
        QCOMPARE(s.label("path"), QByteArrayView("C:\\dir"));
        QCOMPARE(s.label("quote"), QByteArrayView("say \"hi\""));
        QCOMPARE(s.label("nl"), QByteArrayView("a\nb"));
        QCOMPARE(s.label("plain"), QByteArrayView("}{,# ="));
        QCOMPARE(e.labelValues("model"), QStringList{QString::fromUtf8("모델")});
        QCOMPARE(e.family("m")->help, QByteArrayView("First line\nsecond \\ line"));
        QCOMPARE(e.sumWhere("m", "path", "C:\\dir"), std::optional<double>(1.0));
    }

    void timestampsAndLines()
    {
        const PrometheusExposition e = PrometheusText::parse("\n# c\nm 1 1700000000123\nn 2 -5\no 3\n");
        QCOMPARE(e.samples()[0].timestampMs, std::optional<qint64>(1700000000123));
        QCOMPARE(e.samples()[0].line, 3);
        QCOMPARE(e.samples()[1].timestampMs, std::optional<qint64>(-5));
        QVERIFY(!e.samples()[2].timestampMs.has_value());
        QCOMPARE(e.samples()[2].line, 5);
        const PrometheusExposition bad = PrometheusText::parse("m 1\nm x\n\nm 2\nfoo bar baz\n");
        QCOMPARE(bad.errors().size(), 2);
        QCOMPARE(bad.errors()[0].line, 2);
        QCOMPARE(bad.errors()[1].line, 5);
        QCOMPARE(bad.sum("m"), std::optional<double>(3.0));
    }

    void aggregation()
    {
        const PrometheusExposition e =
            PrometheusText::parse("x{engine=\"0\",r=\"a\"} 2\ny 7\n"
                                  "x{engine=\"1\",r=\"a\"} 3\nx{engine=\"1\",r=\"b\"} 5\n");
        QCOMPARE(e.value("x"), std::optional<double>(2.0));
        QCOMPARE(e.sum("x"), std::optional<double>(10.0));
        QCOMPARE(e.mean("x"), std::optional<double>(10.0 / 3));
        QCOMPARE(e.sumWhere("x", "engine", "1"), std::optional<double>(8.0));
        QCOMPARE(e.sumWhere("x", "r", "a"), std::optional<double>(5.0));
        QVERIFY(!e.sumWhere("x", "engine", "7").has_value());
        QVERIFY(!e.sumWhere("x", "nolabel", "").has_value());
        QVERIFY(!e.sum("z").has_value());
        QVERIFY(!e.mean("z").has_value());
        QCOMPARE(e.samplesNamed("x").size(), 3);
        QCOMPARE(e.samplesNamed("x")[2]->value, 5.0);
        QVERIFY(e.contains(QStringLiteral("y")));
        QVERIFY(e.contains(u"y"));
        QVERIFY(!e.contains("yy"));
    }

    void openMetricsStyleFamilies()
    {
        const PrometheusExposition e =
            PrometheusText::parse("# TYPE foo counter\nfoo_total 5\nfoo_created 1.7e9\n"
                                  "# TYPE s summary\ns{quantile=\"0.5\"} 1\ns_sum 2\n"
                                  "s_count 3\ns_created 4\n"
                                  "# TYPE h histogram\nh_bucket{le=\"1\"} 1\n"
                                  "h_bucket{le=\"+Inf\"} 2\nh_sum 0.5\nh_count 2\n"
                                  "h_total 9\n");
        QCOMPARE(e.errorCount(), 0);
        QVERIFY(e.samplesNamed("foo_total")[0]->isCounter());
        QCOMPARE(e.samplesNamed("foo_created")[0]->role, PrometheusRole::Created);
        QCOMPARE(e.samplesNamed("s")[0]->role, PrometheusRole::Value);
        QCOMPARE(e.samplesNamed("s")[0]->type, PrometheusType::Summary);
        QCOMPARE(e.samplesNamed("s_count")[0]->role, PrometheusRole::Count);
        QCOMPARE(e.samplesNamed("s_created")[0]->role, PrometheusRole::Created);
        QCOMPARE(e.samplesNamed("h_bucket")[1]->role, PrometheusRole::Bucket);
        // A series that only looks like the histogram's counter is untyped, not part of h.
        QCOMPARE(e.samplesNamed("h_total")[0]->family, -1);
        QVERIFY(!e.samplesNamed("h_total")[0]->isCounter());
        QCOMPARE(e.histogram("h")->buckets.size(), 2);
    }

    void errorListIsCapped()
    {
        QByteArray text;
        for (int i = 0; i < 500; ++i)
            text += "garbage line here\n";
        text += "m 1\n";
        const PrometheusExposition e = PrometheusText::parse(text);
        QCOMPARE(e.errorCount(), 500);
        QCOMPARE(e.errors().size(), PrometheusText::MaxRecordedErrors);
        QCOMPARE(e.value("m"), std::optional<double>(1.0));
    }

    void binaryGarbageNeverCrashes()
    {
        QByteArray text = TestData::read("fixtures/vllm/metrics-constructed.txt");
        // Flip bytes throughout: the parser must survive and keep most lines.
        for (qsizetype i = 7; i < text.size(); i += 97)
            text[i] = char(0x80 | (i & 0x7f));
        const PrometheusExposition e = PrometheusText::parse(text);
        QVERIFY(e.errorCount() > 0);
        QVERIFY(e.samples().size() > 100);
        QVERIFY(e.samples().size() < 431);
    }

    void viewsSurviveCopies()
    {
        PrometheusExposition copy;
        QVERIFY(copy.isEmpty());
        {
            QByteArray text("m{a=\"x\\\"y\"} 1\n");
            const PrometheusExposition original = PrometheusText::parse(text);
            text.fill('z'); // the parser copied the bytes
            copy = original;
        }
        QCOMPARE(copy.samples()[0].name, QByteArrayView("m"));
        QCOMPARE(copy.samples()[0].label("a"), QByteArrayView("x\"y"));
    }
};

QTEST_GUILESS_MAIN(TestPrometheusText)
#include "tst_prometheustext.moc"
