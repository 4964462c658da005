// SimLab, concurrency, scripted timing ratios, MTP-style chunks and (non)determinism.
#include "models/sim/simlab.h"
#include "models/sim/simulatednode.h"
#include "tests/support/simclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkProxy>
#include <QSet>
#include <QTest>
#include <QTranslator>
#include <memory>

namespace {

SimProfile profileNamed(const char *name)
{
    return SimClient::profile(QString::fromLatin1(name));
}

const QString kChat = QStringLiteral("/v1/chat/completions");

bool isTokenEvent(const QByteArray &payload)
{
    const QJsonArray choices = SimClient::json(payload).value(QStringLiteral("choices")).toArray();
    if (choices.isEmpty())
        return false;
    const QJsonObject delta = choices.first().toObject().value(QStringLiteral("delta")).toObject();
    return !delta.value(QStringLiteral("content")).toString().isEmpty() ||
           !delta.value(QStringLiteral("reasoning")).toString().isEmpty() ||
           !delta.value(QStringLiteral("reasoning_content")).toString().isEmpty();
}

struct StreamTiming
{
    qint64 firstTokenMs = -1;
    qint64 lastTokenMs = -1;
    int tokenEvents = 0;
    QJsonObject last;
};

StreamTiming timeStream(SimulatedNode &node, const QByteArray &body)
{
    const SimHttpResult r = SimClient::post(node.baseUrl(), kChat, body, 20000);
    StreamTiming t;
    for (const auto &event : SimClient::timedSseData(r)) {
        if (isTokenEvent(event.second)) {
            if (t.firstTokenMs < 0)
                t.firstTokenMs = event.first;
            t.lastTokenMs = event.first;
            ++t.tokenEvents;
        }
        if (event.second != "[DONE]")
            t.last = SimClient::json(event.second);
    }
    return t;
}

SimAnswer fixedAnswer(const SimRequest &)
{
    return {QString(), QString(QStringLiteral("token ")).repeated(40).trimmed()};
}

// The same request on two nodes, one after the other; both nodes answer fixedAnswer.
std::pair<StreamTiming, StreamTiming> timeBoth(const SimProfile &a, const SimProfile &b,
                                               const QByteArray &body, double scaleB = 1.0)
{
    SimulatedNode nodeA(a), nodeB(b);
    nodeB.setTimeScale(scaleB);
    if (!nodeA.listen() || !nodeB.listen())
        qFatal("cannot listen");
    nodeA.setAnswerProvider(fixedAnswer);
    nodeB.setAnswerProvider(fixedAnswer);
    const StreamTiming ta = timeStream(nodeA, body);
    return {ta, timeStream(nodeB, body)};
}

} // namespace

class TestSimLab : public QObject
{
    Q_OBJECT

private slots:
    // The lab's "(simulated)" suffix is recognised and removed in English and in the UI language, so a
    // view that adds its own SIMULATED mark never shows it twice ("DGX1 (시뮬레이션) (시뮬레이션)").
    void simulatedSuffixInEitherLanguage()
    {
        class Korean final : public QTranslator
        {
        public:
            QString translate(const char *context, const char *source, const char *, int) const override
            {
                if (QByteArrayView(context) == "SimLab" && QByteArrayView(source) == "%1 (simulated)")
                    return QStringLiteral("%1 (시뮬레이션)");
                return {};
            }
            bool isEmpty() const override { return false; }
        };
        Korean korean;
        QCoreApplication::installTranslator(&korean);
        QCOMPARE(SimLab::withoutSimulatedSuffix(QStringLiteral("DGX1 (시뮬레이션)")), QStringLiteral("DGX1"));
        QCOMPARE(SimLab::withoutSimulatedSuffix(QStringLiteral("DGX1 (simulated)")), QStringLiteral("DGX1"));
        QVERIFY(SimLab::nameSaysSimulated(QStringLiteral("DGX2 (시뮬레이션)")));
        QVERIFY(SimLab::nameSaysSimulated(QStringLiteral("DGX2 (simulated)")));
        QVERIFY(!SimLab::nameSaysSimulated(QStringLiteral("DGX2")));
        QCoreApplication::removeTranslator(&korean);
        QCOMPARE(SimLab::withoutSimulatedSuffix(QStringLiteral("DGX1 (시뮬레이션)")), QStringLiteral("DGX1 (시뮬레이션)"));
    }

    void labStartsThreeNodes()
    {
        SimLab lab;
        QVERIFY(lab.start(0.05));
        const QList<NodeConfig> nodes = lab.nodes();
        QCOMPARE(nodes.size(), 3);
        QCOMPARE(lab.servers().size(), 3);
        QSet<int> ports;
        for (const NodeConfig &n : nodes) {
            QVERIFY(n.simulated);
            QVERIFY(n.name.contains(QLatin1String("(simulated)")));
            QCOMPARE(n.url.host(), QStringLiteral("127.0.0.1"));
            ports.insert(n.url.port());
            QCOMPARE(SimClient::get(n.url, QStringLiteral("/health")).status, 200);
            QVERIFY(lab.server(n.id));
        }
        QCOMPARE(ports.size(), 3);
        QCOMPARE(nodes[0].backendHint, Backend::Vllm);
        QVERIFY(!nodes[0].thinkingDefault);
        QVERIFY(nodes[1].thinkingDefault);
        QCOMPARE(nodes[2].backendHint, Backend::LlamaCpp);
        QCOMPARE(lab.server(QStringLiteral("sim-desktop5090"))->profile().dialect, Backend::LlamaCpp);
        QCOMPARE(SimClient::get(nodes[2].url, QStringLiteral("/props")).status, 200);
        QCOMPARE(SimClient::get(nodes[0].url, QStringLiteral("/version")).status, 200);
        const QUrl first = nodes[0].url;
        lab.stop();
        QVERIFY(!lab.isRunning());
        QCOMPARE(SimClient::get(first, QStringLiteral("/health")).error,
                 QNetworkReply::ConnectionRefusedError);
    }

    void concurrentStreamsAllComplete_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<int>("slotCount");
        QTest::newRow("vllm") << QStringLiteral("test") << 1;
        QTest::newRow("llamacpp 2 slots") << QStringLiteral("test-llamacpp") << 2;
    }
    void concurrentStreamsAllComplete()
    {
        QFETCH(QString, profile);
        QFETCH(int, slotCount);
        SimProfile p = *SimProfile::byName(profile);
        p.decodeTokensPerSecond = 400;
        p.slotCount = slotCount;
        SimulatedNode node(p);
        QVERIFY(node.listen());
        node.setAnswerProvider(fixedAnswer);
        constexpr int kRequests = 10;
        std::vector<std::unique_ptr<QNetworkAccessManager>> managers;
        QList<QNetworkReply *> replies;
        for (int i = 0; i < kRequests; ++i) {
            managers.push_back(std::make_unique<QNetworkAccessManager>());
            replies << SimClient::startPost(*managers.back(), node.baseUrl(), kChat,
                                            SimClient::chatBody(QStringLiteral("Request %1").arg(i), true));
        }
        int maxActive = 0;
        int maxWaiting = 0;
        double maxDeferred = 0;
        QTRY_VERIFY_WITH_TIMEOUT(([&] {
                                     maxActive = qMax(maxActive, node.counters().chatActive);
                                     maxWaiting = qMax(maxWaiting, node.counters().chatWaiting);
                                     if (p.dialect == Backend::LlamaCpp && node.counters().chatWaiting > 0) {
                                         const QByteArray m =
                                             SimClient::get(node.baseUrl(), QStringLiteral("/metrics")).body;
                                         const QByteArray key = "\nllamacpp:requests_deferred ";
                                         const qsizetype at = m.indexOf(key);
                                         if (at >= 0) {
                                             const qsizetype end = m.indexOf('\n', at + key.size());
                                             const QByteArray value =
                                                 m.mid(at + key.size(), end - at - key.size());
                                             maxDeferred = qMax(maxDeferred, value.toDouble());
                                         }
                                     }
                                     return node.counters().chatFinished == kRequests;
                                 }()),
                                 20000);
        for (QNetworkReply *reply : replies) {
            QTRY_VERIFY(reply->isFinished());
            QCOMPARE(reply->error(), QNetworkReply::NoError);
            QVERIFY(reply->readAll().endsWith("data: [DONE]\n\n"));
        }
        if (p.dialect == Backend::LlamaCpp) {
            QCOMPARE(maxActive, slotCount); // never more than the slots at once
            QVERIFY(maxWaiting > 0);
            QVERIFY(maxDeferred > 0);
        } else {
            QVERIFY(maxActive > 2); // vLLM batches them all
        }
        QCOMPARE(node.counters().chatAborted, 0);
        qDeleteAll(replies);
    }

    void slowerDecodeTakesLonger()
    {
        SimProfile fast = profileNamed("test-llamacpp");
        fast.decodeTokensPerSecond = 400;
        SimProfile slow = fast;
        slow.decodeTokensPerSecond = 100;
        const auto [ta, tb] = timeBoth(fast, slow, SimClient::chatBody(QStringLiteral("Go."), true, false));
        QCOMPARE(ta.tokenEvents, tb.tokenEvents);
        const qint64 spanA = ta.lastTokenMs - ta.firstTokenMs;
        const qint64 spanB = tb.lastTokenMs - tb.firstTokenMs;
        QVERIFY2(spanB > 2 * spanA, qPrintable(QStringLiteral("%1 vs %2 ms").arg(spanA).arg(spanB)));
        // The server's own numbers say the same, and match the profile roughly (no tight wall-clock bound).
        const double psA = ta.last.value(QStringLiteral("timings"))
                               .toObject()
                               .value(QStringLiteral("predicted_per_second"))
                               .toDouble();
        const double psB = tb.last.value(QStringLiteral("timings"))
                               .toObject()
                               .value(QStringLiteral("predicted_per_second"))
                               .toDouble();
        QVERIFY2(psA > 2 * psB, qPrintable(QStringLiteral("%1 vs %2 tok/s").arg(psA).arg(psB)));
    }

    void slowerPrefillDelaysFirstToken()
    {
        SimProfile fast = profileNamed("test-llamacpp");
        fast.prefillTokensPerSecond = 8000;
        SimProfile slow = fast;
        slow.prefillTokensPerSecond = 2000;
        QJsonObject body = SimClient::json(
            SimClient::chatBody(QString(QStringLiteral("long prompt text ")).repeated(120), true));
        body.insert(QStringLiteral("cache_prompt"), false);
        const QByteArray bytes = QJsonDocument(body).toJson(QJsonDocument::Compact);
        const auto [ta, tb] = timeBoth(fast, slow, bytes);
        QVERIFY2(tb.firstTokenMs > ta.firstTokenMs,
                 qPrintable(QStringLiteral("%1 vs %2 ms").arg(ta.firstTokenMs).arg(tb.firstTokenMs)));
        const double msA =
            ta.last.value(QStringLiteral("timings")).toObject().value(QStringLiteral("prompt_ms")).toDouble();
        const double msB =
            tb.last.value(QStringLiteral("timings")).toObject().value(QStringLiteral("prompt_ms")).toDouble();
        QVERIFY2(msB > 2.5 * msA, qPrintable(QStringLiteral("%1 vs %2 ms").arg(msA).arg(msB)));
    }

    void timeScaleKeepsRatios()
    {
        SimProfile p = profileNamed("test-llamacpp");
        p.decodeTokensPerSecond = 100;
        const auto [tr, tq] = timeBoth(p, p, SimClient::chatBody(QStringLiteral("Go."), true, false), 0.25);
        QVERIFY((tr.lastTokenMs - tr.firstTokenMs) > 2 * (tq.lastTokenMs - tq.firstTokenMs));
    }

    void mtpChunksCarrySeveralTokens()
    {
        SimulatedNode node(profileNamed("vllm-dgx"));
        node.setTimeScale(0.02);
        QVERIFY(node.listen());
        const StreamTiming t =
            timeStream(node, SimClient::chatBody(QStringLiteral("Explain MTP."), true, true));
        const int completion = t.last.value(QStringLiteral("usage"))
                                   .toObject()
                                   .value(QStringLiteral("completion_tokens"))
                                   .toInt();
        QVERIFY(completion > 20);
        QVERIFY2(t.tokenEvents < completion * 3 / 4,
                 qPrintable(QStringLiteral("%1 events, %2 tokens").arg(t.tokenEvents).arg(completion)));
        const QByteArray metrics = SimClient::get(node.baseUrl(), QStringLiteral("/metrics")).body;
        QVERIFY(metrics.contains("vllm:spec_decode_num_accepted_tokens_total{"));
    }

    void vllmMtpIsSometimesDifferentLlamaIsStable()
    {
        SimulatedNode dgx(profileNamed("vllm-dgx"));
        SimulatedNode desk(profileNamed("llamacpp-5090"));
        dgx.setTimeScale(0.002);
        desk.setTimeScale(0.002);
        QVERIFY(dgx.listen() && desk.listen());
        const QByteArray body = SimClient::chatBody(QStringLiteral("Implement an LRU cache."), false);
        QSet<QString> dgxAnswers, deskAnswers;
        for (int i = 0; i < 12; ++i) {
            dgxAnswers << SimClient::messageContent(SimClient::post(dgx.baseUrl(), kChat, body).body);
            deskAnswers << SimClient::messageContent(SimClient::post(desk.baseUrl(), kChat, body).body);
        }
        QCOMPARE(deskAnswers.size(), 1);
        QVERIFY(dgxAnswers.size() >= 2);
        QVERIFY(!deskAnswers.values().first().isEmpty());
    }

    void clientDisconnectAbortsGeneration()
    {
        SimProfile p = profileNamed("test");
        p.decodeTokensPerSecond = 50;
        SimulatedNode node(p);
        QVERIFY(node.listen());
        // Disconnect once the stream is under way (headers came), not after a fixed time that a loaded
        // machine could spend before the request even arrived.
        QNetworkAccessManager manager;
        QNetworkReply *reply = SimClient::startPost(manager, node.baseUrl(), kChat,
                                                    SimClient::chatBody(QStringLiteral("Tell a story."), true));
        QTRY_VERIFY_WITH_TIMEOUT(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid(), 60000);
        reply->abort();
        QTRY_COMPARE_WITH_TIMEOUT(node.counters().chatAborted, 1, 30000);
        QCOMPARE(node.counters().chatActive, 0);
        const QByteArray metrics = SimClient::get(node.baseUrl(), QStringLiteral("/metrics")).body;
        QVERIFY(metrics.contains(
            QByteArray("finished_reason=\"abort\",model_name=\"" + p.modelId.toUtf8() + "\"} 1.0")));
    }
};

QTEST_GUILESS_MAIN(TestSimLab)
#include "tst_simlab.moc"
