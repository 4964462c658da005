#include "models/compare/compareexporter.h"
#include "models/compare/comparerunner.h"
#include "models/compare/compareusage.h"
#include "models/net/chatstream.h"
#include "models/net/nodeprobe.h"
#include "models/settings/pricetable.h"
#include "models/sim/simlab.h"
#include "models/sim/simulatednode.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <nlohmann/json.hpp>

// Cloud API nodes against the simulated Anthropic-dialect node (127.0.0.1 only): probing and its errors,
// a streamed Messages answer with thinking, a compare run with usage, and cost from a price table.
class TestCloudNodes : public QObject
{
    Q_OBJECT
private:
    static constexpr double TimeScale = 0.05;
    static constexpr int WaitMs = 60000;
    static inline const QString Key = QStringLiteral("test-key-not-real");

    std::unique_ptr<SimulatedNode> m_node;

    NodeConfig config(const QString &key = Key) const
    {
        NodeConfig c;
        c.id = QStringLiteral("claude");
        c.name = QStringLiteral("Claude (sim)");
        c.url = m_node->baseUrl();
        c.backendHint = Backend::Anthropic;
        c.apiKey = key;
        c.requestTimeoutMs = 10000;
        c.simulated = true;
        return c;
    }

    static NodeSample probeOnce(const NodeConfig &c)
    {
        NodeProbe probe(c);
        QSignalSpy spy(&probe, &NodeProbe::sampleAvailable);
        if (!probe.poll() || !spy.wait(WaitMs))
            qWarning("probe did not finish");
        return probe.lastSample();
    }

    ChatResult chat(const NodeConfig &c, bool thinking)
    {
        ChatRequest r;
        r.node = c;
        r.model = QStringLiteral("claude-simulated");
        r.messages = {{QStringLiteral("system"), QStringLiteral("Be brief.")},
                      {QStringLiteral("user"), QStringLiteral("Explain what a KV cache is.")}};
        r.maxTokens = 2048;
        r.thinking = thinking;
        r.deadlineMs = WaitMs;
        QNetworkAccessManager nam;
        ChatStream stream(&nam);
        QSignalSpy spy(&stream, &ChatStream::finished);
        stream.start(r);
        if (!spy.wait(WaitMs))
            qWarning("chat did not finish");
        return stream.result();
    }

private slots:
    void init()
    {
        m_node = std::make_unique<SimulatedNode>(*SimProfile::byName(QStringLiteral("test-anthropic")));
        m_node->setTimeScale(TimeScale);
        m_node->setApiKey(Key);
        QVERIFY(m_node->listen());
    }

    void cleanup() { m_node.reset(); }

    void probeUpWithModelList()
    {
        const NodeSample s = probeOnce(config());
        QCOMPARE(s.health, NodeHealth::Up);
        QVERIFY2(s.reason.isEmpty(), qPrintable(s.reason));
        QCOMPARE(s.backend, Backend::Anthropic);
        QCOMPARE(s.model.id, QStringLiteral("claude-simulated"));
        QCOMPARE(s.model.modelIds, QStringList{QStringLiteral("claude-simulated")});
        QVERIFY(s.latencyMs.has_value());
        QVERIFY(!s.metrics.kvCacheUsage.has_value()); // no /metrics for a cloud API
        QCOMPARE(m_node->counters().metricsScrapes, 0);
        QCOMPARE(m_node->counters().httpRequests, 1); // one authenticated GET /v1/models, nothing else
    }

    void probeBadKey()
    {
        const NodeSample s = probeOnce(config(QStringLiteral("wrong-key")));
        QCOMPARE(s.health, NodeHealth::Degraded);
        QVERIFY2(s.reason.contains(QLatin1String("401")) && s.reason.contains(QLatin1String("key")),
                 qPrintable(s.reason));
        QVERIFY(!s.reason.contains(QLatin1String("wrong-key"))); // never the key itself
        QCOMPARE(m_node->counters().unauthorized, 1);
        QVERIFY(probeOnce(config(QString())).reason.contains(QLatin1String("401")));
    }

    void probeRateLimitedShowsRetryAfter()
    {
        m_node->setFault(SimFault(SimFault::Kind::HttpError, 429));
        const NodeSample s = probeOnce(config());
        QCOMPARE(s.health, NodeHealth::Degraded);
        QVERIFY2(s.reason.contains(QLatin1String("429")), qPrintable(s.reason));
        QVERIFY2(s.reason.contains(QLatin1String("retry after 7 s")), qPrintable(s.reason));
    }

    void probeOverloaded()
    {
        m_node->setFault(SimFault(SimFault::Kind::HttpError, 529));
        const NodeSample s = probeOnce(config());
        QCOMPARE(s.health, NodeHealth::Degraded);
        QVERIFY2(s.reason.contains(QLatin1String("529")) && s.reason.contains(QLatin1String("overloaded")),
                 qPrintable(s.reason));
    }

    void probeNetworkDown()
    {
        NodeConfig c = config();
        m_node->close();
        const NodeSample s = probeOnce(c);
        QCOMPARE(s.health, NodeHealth::Down);
        QVERIFY2(s.reason.contains(QLatin1String("cannot reach the API")) &&
                     s.reason.contains(QLatin1String("refused")),
                 qPrintable(s.reason));
    }

    void streamWithThinking()
    {
        const ChatResult r = chat(config(), true);
        QCOMPARE(r.state, RunState::Done);
        QVERIFY(!r.text.isEmpty());
        QVERIFY(!r.reasoning.isEmpty());
        QCOMPARE(r.finishReason, QStringLiteral("stop"));
        QCOMPARE(r.model, QStringLiteral("claude-simulated"));
        QVERIFY(r.usage.promptTokens.value_or(0) > 0);
        QVERIFY(r.usage.completionTokens.value_or(0) > 0);
        QVERIFY(r.metrics.ttftMs && r.metrics.ttfaMs && r.metrics.thinkingMs);
        QVERIFY(*r.metrics.ttfaMs >= *r.metrics.ttftMs);

        const ChatResult off = chat(config(), false);
        QCOMPARE(off.state, RunState::Done);
        QVERIFY(off.reasoning.isEmpty());
        QVERIFY(!off.text.isEmpty());
    }

    void streamUnauthorizedAndOverloaded()
    {
        const ChatResult bad = chat(config(QStringLiteral("wrong-key")), false);
        QCOMPARE(bad.state, RunState::Error);
        QCOMPARE(bad.httpStatus, 401);
        QVERIFY2(bad.error.contains(QLatin1String("invalid x-api-key")), qPrintable(bad.error));

        m_node->setFault(SimFault(SimFault::Kind::HttpError, 429));
        const ChatResult limited = chat(config(), false);
        QCOMPARE(limited.state, RunState::Error);
        QCOMPARE(limited.httpStatus, 429);
        QVERIFY2(limited.error.contains(QLatin1String("retry after 7 s")), qPrintable(limited.error));
        m_node->clearFaults();

        m_node->setFault(SimFault(SimFault::Kind::StreamError, 3));
        const ChatResult overloaded = chat(config(), false);
        QCOMPARE(overloaded.state, RunState::Error);
        QVERIFY2(overloaded.error.contains(QLatin1String("Overloaded")), qPrintable(overloaded.error));
    }

    void costFromPrices()
    {
        TokenUsage u;
        u.promptTokens = 1'000'000 + 200'000 + 100'000; // uncached + cache read + cache write
        u.cachedTokens = 200'000;
        u.cacheWriteTokens = 100'000;
        u.completionTokens = 500'000;
        TokenPrices p;
        QVERIFY(!p.costOf(u)); // empty table: unknown, never zero
        p.inputPerMillion = 3.0;
        p.outputPerMillion = 15.0;
        QVERIFY(!p.costOf(u)); // cache reads and writes without their prices: unknown
        p.cacheReadPerMillion = 0.3;
        p.cacheWritePerMillion = 3.75;
        QCOMPARE(*p.costOf(u), 3.0 + 7.5 + 0.06 + 0.375);
        QVERIFY(!p.costOf(TokenUsage())); // no usage reported: unknown

        UsageTotals t;
        t.add(u, p.costOf(u));
        t.add(u, p.costOf(u));
        t.add(TokenUsage(), std::nullopt); // a request without usage does not make the cost unknown
        QCOMPARE(t.requests, 3);
        QCOMPARE(t.withUsage, 2);
        QCOMPARE(t.inputTokens, 2 * 1'300'000);
        QCOMPARE(t.cacheReadTokens, 400'000);
        QCOMPARE(t.outputTokens, 1'000'000);
        QCOMPARE(*t.cost(), 2 * 10.935);
        t.add(u, std::nullopt);
        QVERIFY(!t.cost()); // one request of unknown cost: the sum is unknown
    }

    void priceTableRoundTrip()
    {
        PriceTable table;
        QVERIFY(table.isEmpty());
        TokenPrices p;
        p.inputPerMillion = 3.0;
        p.outputPerMillion = 15.0;
        table.setPrices(QStringLiteral("claude"), p);
        const PriceTable back = PriceTable::fromJson(table.toJson());
        QCOMPARE(back, table);
        QCOMPARE(back.prices(QStringLiteral("claude")).outputPerMillion, 15.0);
        QVERIFY(!back.prices(QStringLiteral("other")).inputPerMillion);
        QString error;
        QVERIFY(PriceTable::fromJson(QStringLiteral("[not json"), &error).isEmpty());
        QVERIFY(!error.isEmpty());
        const PriceTable partial =
            PriceTable::fromJson(QStringLiteral(R"({"a":{"input":-1,"output":"x"},"b":{"output":2}})"));
        QCOMPARE(partial.nodeIds(), QStringList{QStringLiteral("b")}); // negative / non-numbers dropped
        table.setPrices(QStringLiteral("claude"), TokenPrices());
        QVERIFY(table.isEmpty());
    }

    void compareRunWithUsageAndCost()
    {
        CompareSettings s;
        s.prompt = QStringLiteral("Explain what a KV cache is in two sentences.");
        s.runs = 2;
        s.maxTokensThinking = 4096;
        s.maxTokensNoThinking = 1024;
        s.deadlineMs = 20000;
        CompareTarget t{config(), {true, false}, std::nullopt};
        t.prices.inputPerMillion = 3.0;
        t.prices.outputPerMillion = 15.0;
        t.prices.cacheReadPerMillion = 0.3;
        t.prices.cacheWritePerMillion = 3.75;
        CompareRunner runner;
        QSignalSpy finished(&runner, &CompareRunner::finished);
        QVERIFY2(runner.start(s, {t}), qPrintable(runner.errorString()));
        QVERIFY(finished.wait(WaitMs));
        const CompareRun run = runner.run();
        for (const CompareCell &c : run.cells) {
            QVERIFY2(c.state() == RunState::Done, qPrintable(c.result.error));
            QVERIFY(c.result.usage.promptTokens.has_value());
            QVERIFY(CompareUsage::cellCost(run, c).has_value());
            if (c.thinking && c.isMeasured())
                QVERIFY(!c.result.reasoning.isEmpty());
        }
        const UsageTotals total = CompareUsage::forRun(run);
        QCOMPARE(total.requests, int(run.cells.size()));
        QCOMPARE(total.withUsage, total.requests);
        qint64 output = 0;
        double cost = 0;
        for (const CompareCell &c : run.cells) {
            output += *c.result.usage.completionTokens;
            cost += *CompareUsage::cellCost(run, c);
        }
        QCOMPARE(total.outputTokens, output);
        QVERIFY(total.cost().has_value());
        QVERIFY(qFuzzyCompare(*total.cost(), cost));
        QCOMPARE(CompareUsage::forNode(run, 0), total);

        const QByteArray json = CompareExporter::toJson(run);
        const nlohmann::json j = nlohmann::json::parse(json.begin(), json.end());
        QVERIFY(j["cells"][0]["usage"]["input_tokens"].is_number());
        QVERIFY(j["cells"][0]["cost"].is_number());
        QVERIFY(j["usage"]["total"]["cost"].is_number());
        QCOMPARE(j["run"]["nodes"][0]["prices_per_million"]["output"].get<double>(), 15.0);
        QVERIFY(!json.contains(Key.toUtf8())); // the key never reaches an export
        const QByteArray csv = CompareExporter::toCsv(run);
        QVERIFY(csv.split('\n').first().trimmed().endsWith(",cost"));
        QVERIFY(!csv.contains(Key.toUtf8()));
        const QByteArray md = CompareExporter::toMarkdown(run);
        QVERIFY(md.contains("Usage and cost"));

        // Without prices the cost is unknown, the tokens still count.
        CompareTarget noPrices{config(), {false}, std::nullopt};
        QVERIFY(runner.start(s, {noPrices}));
        QVERIFY(finished.wait(WaitMs));
        const UsageTotals unpriced = CompareUsage::forRun(runner.run());
        QVERIFY(unpriced.withUsage > 0);
        QVERIFY(!unpriced.cost());
        QVERIFY(CompareExporter::toMarkdown(runner.run()).contains("unknown"));
    }

    void simLabCloudNode()
    {
        SimLab lab;
        lab.setCloudNodeEnabled(true);
        QVERIFY(lab.start(TimeScale));
        const QList<NodeConfig> nodes = lab.nodes();
        QCOMPARE(nodes.size(), 4);
        const NodeConfig cloud = nodes.last();
        QCOMPARE(cloud.backendHint, Backend::Anthropic);
        QVERIFY(cloud.simulated);
        QVERIFY(cloud.name.contains(QLatin1String("simulated")));
        QCOMPARE(probeOnce(cloud).health, NodeHealth::Up);
        SimLab plain;
        QVERIFY(plain.start(TimeScale));
        QCOMPARE(plain.nodes().size(), 3); // off by default
    }
};

QTEST_GUILESS_MAIN(TestCloudNodes)
#include "tst_cloudnodes.moc"
