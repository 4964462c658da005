// Every SimFault produces its observable effect on a real client, and clearing it restores service.
#include "models/sim/simulatednode.h"
#include "tests/support/simclient.h"
#include "tests/support/testdata.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

namespace {

SimProfile profileNamed(const QString &name)
{
    return SimClient::profile(name);
}

const QString kChat = QStringLiteral("/v1/chat/completions");

// Reads a raw HTTP response from a plain socket until the server closes it or the timeout hits.
struct RawResult
{
    QByteArray bytes;
    bool closedByServer = false;
};

RawResult rawPost(const QUrl &base, const QByteArray &body, int timeoutMs = 60000)
{
    // The server runs on this thread: wait with an event loop, never with blocking socket calls.
    QTcpSocket socket;
    RawResult r;
    QEventLoop loop;
    QObject::connect(&socket, &QTcpSocket::connected, &loop, [&] {
        socket.write(
            "POST /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
            "Content-Length: " +
            QByteArray::number(body.size()) + "\r\n\r\n" + body);
    });
    QObject::connect(&socket, &QTcpSocket::readyRead, &loop, [&] { r.bytes += socket.readAll(); });
    QObject::connect(&socket, &QTcpSocket::disconnected, &loop, [&] {
        r.bytes += socket.readAll();
        r.closedByServer = true;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    socket.connectToHost(QStringLiteral("127.0.0.1"), quint16(base.port()));
    loop.exec();
    return r;
}

} // namespace

class TestSimFaults : public QObject
{
    Q_OBJECT

private slots:
    void refuseStopsListeningAndClearRestores()
    {
        SimulatedNode node(profileNamed(QStringLiteral("test")));
        QVERIFY(node.listen());
        const quint16 port = node.serverPort();
        node.setFault(SimFault(SimFault::Kind::Refuse));
        const SimHttpResult refused = SimClient::get(node.baseUrl(), QStringLiteral("/health"));
        QCOMPARE(refused.error, QNetworkReply::ConnectionRefusedError);
        QCOMPARE(node.serverPort(), port);
        node.clearFaults();
        QCOMPARE(SimClient::get(node.baseUrl(), QStringLiteral("/health")).status, 200);
        QCOMPARE(node.serverPort(), port);
    }

    void stallSendsHeadersThenNothing_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<bool>("stream");
        QTest::newRow("vllm health") << QStringLiteral("test") << false;
        QTest::newRow("llamacpp stream") << QStringLiteral("test-llamacpp") << true;
    }
    void stallSendsHeadersThenNothing()
    {
        QFETCH(QString, profile);
        QFETCH(bool, stream);
        SimulatedNode node(profileNamed(profile));
        QVERIFY(node.listen());
        node.setFault(SimFault(SimFault::Kind::Stall));
        QNetworkAccessManager manager;
        manager.setProxy(QNetworkProxy::NoProxy);
        QUrl health = node.baseUrl();
        health.setPath(QStringLiteral("/health"));
        QNetworkReply *reply = stream ? SimClient::startPost(manager, node.baseUrl(), kChat,
                                                             SimClient::chatBody(QStringLiteral("hi"), true))
                                      : manager.get(QNetworkRequest(health));
        // No deadline that a loaded machine could miss: wait for the headers, however long they take.
        QTRY_VERIFY_WITH_TIMEOUT(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid(), 60000);
        QTest::qWait(300); // a stalled server sends nothing more (load can only make this pass, never fail)
        QVERIFY(!reply->isFinished());
        QCOMPARE(reply->bytesAvailable(), qint64(0));
        QCOMPARE(node.counters().chatRequests, 0);
        reply->abort();
    }

    void resetMidStreamEndsAfterWholeEvents_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::newRow("vllm") << QStringLiteral("test");
        QTest::newRow("llamacpp") << QStringLiteral("test-llamacpp");
    }
    void resetMidStreamEndsAfterWholeEvents()
    {
        QFETCH(QString, profile);
        SimulatedNode node(profileNamed(profile));
        QVERIFY(node.listen());
        node.setFault(SimFault(SimFault::Kind::ResetMidStream, 4));
        const SimHttpResult r = SimClient::post(node.baseUrl(), kChat,
                                                SimClient::chatBody(QStringLiteral("Count to ten."), true));
        QVERIFY(r.finished);
        QCOMPARE(r.status, 200);
        QVERIFY(r.error != QNetworkReply::NoError); // the body was cut short
        const QList<QByteArray> events = SimClient::sseData(r.body);
        QCOMPARE(events.size(), 4);
        QVERIFY(!r.body.contains("[DONE]"));
        QVERIFY(r.body.endsWith("\n\n")); // whole events only
        QTRY_COMPARE(node.counters().chatAborted, 1);

        // On the wire: chunked framing, and no terminating 0-chunk.
        const RawResult raw =
            rawPost(node.baseUrl(), SimClient::chatBody(QStringLiteral("Count to ten."), true));
        QVERIFY(raw.closedByServer);
        QVERIFY(raw.bytes.contains("\r\n\r\n"));
        QVERIFY(!raw.bytes.endsWith("0\r\n\r\n"));
        QVERIFY(raw.bytes.endsWith("\n\n\r\n"));
    }

    void httpErrorStatus_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QString>("path");
        QTest::newRow("vllm models") << QStringLiteral("test") << QStringLiteral("/v1/models");
        QTest::newRow("llamacpp health") << QStringLiteral("test-llamacpp") << QStringLiteral("/health");
    }
    void httpErrorStatus()
    {
        QFETCH(QString, profile);
        QFETCH(QString, path);
        SimulatedNode node(profileNamed(profile));
        QVERIFY(node.listen());
        node.setFault(*SimFault::parse(QStringLiteral("http-error=502")));
        const SimHttpResult r = SimClient::get(node.baseUrl(), path);
        QCOMPARE(r.status, 502);
        const QJsonObject error = SimClient::json(r.body).value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("code")).toInt(), 502);
        QVERIFY(!error.value(QStringLiteral("message")).toString().isEmpty());
    }

    void apiKeyIsRequiredAndNeverEchoed_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QString>("publicPath");
        QTest::addColumn<QString>("protectedPath");
        QTest::newRow("vllm") << QStringLiteral("test") << QStringLiteral("/metrics")
                              << QStringLiteral("/v1/models");
        QTest::newRow("llamacpp") << QStringLiteral("test-llamacpp") << QStringLiteral("/v1/models")
                                  << QStringLiteral("/props");
    }
    void apiKeyIsRequiredAndNeverEchoed()
    {
        QFETCH(QString, profile);
        QFETCH(QString, publicPath);
        QFETCH(QString, protectedPath);
        SimulatedNode node(profileNamed(profile));
        QVERIFY(node.listen());
        const QByteArray key = "sk-sim-secret-123";
        node.setApiKey(QString::fromLatin1(key));
        QCOMPARE(SimClient::get(node.baseUrl(), publicPath).status, 200);
        const SimHttpResult missing = SimClient::get(node.baseUrl(), protectedPath);
        QCOMPARE(missing.status, 401);
        QVERIFY(!missing.body.contains(key));
        const SimHttpResult wrong =
            SimClient::get(node.baseUrl(), protectedPath, 5000, {{"Authorization", "Bearer nope"}});
        QCOMPARE(wrong.status, 401);
        QVERIFY(!wrong.body.contains(key));
        QCOMPARE(
            SimClient::get(node.baseUrl(), protectedPath, 5000, {{"Authorization", "Bearer " + key}}).status,
            200);
        const SimHttpResult chat =
            SimClient::post(node.baseUrl(), kChat, SimClient::chatBody(QStringLiteral("hi"), false), 5000,
                            {{"Authorization", "Bearer " + key}});
        QCOMPARE(chat.status, 200);
        QCOMPARE(node.counters().unauthorized, 2);
    }

    void malformedChunk_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::newRow("vllm") << QStringLiteral("test");
        QTest::newRow("llamacpp") << QStringLiteral("test-llamacpp");
    }
    void malformedChunk()
    {
        QFETCH(QString, profile);
        SimulatedNode node(profileNamed(profile));
        QVERIFY(node.listen());
        node.setFault(SimFault(SimFault::Kind::MalformedChunk, 3));
        const QList<QByteArray> events = SimClient::sseData(
            SimClient::post(node.baseUrl(), kChat, SimClient::chatBody(QStringLiteral("hi"), true)).body);
        QVERIFY(events.size() > 4);
        for (int i = 0; i < events.size(); ++i) {
            const bool valid = events[i] == "[DONE]" || !QJsonDocument::fromJson(events[i]).isNull();
            QCOMPARE(valid, i != 2);
        }
        QCOMPARE(events.last(), QByteArray("[DONE]")); // the stream goes on after the broken event
    }

    void errorInsideStream_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<bool>("doneAfterError");
        QTest::newRow("vllm") << QStringLiteral("test") << true;
        QTest::newRow("llamacpp") << QStringLiteral("test-llamacpp") << false;
    }
    void errorInsideStream()
    {
        QFETCH(QString, profile);
        QFETCH(bool, doneAfterError);
        SimulatedNode node(profileNamed(profile));
        QVERIFY(node.listen());
        node.setFault(*SimFault::parse(QStringLiteral("stream-error=3")));
        const SimHttpResult r =
            SimClient::post(node.baseUrl(), kChat, SimClient::chatBody(QStringLiteral("hi"), true));
        QCOMPARE(r.status, 200);
        const QList<QByteArray> events = SimClient::sseData(r.body);
        QCOMPARE(events.size(), doneAfterError ? 5 : 4);
        QVERIFY(SimClient::json(events[3]).contains(QStringLiteral("error")));
        QCOMPARE(events.last() == "[DONE]", doneAfterError);
        if (!doneAfterError) {
            const QByteArray recorded =
                SimClient::sseData(
                    TestData::read(QStringLiteral("fixtures/llamacpp/error-parse-failure-stream.sse")))
                    .last();
            QCOMPARE(SimClient::json(events[3]).value(QStringLiteral("error")).toObject().keys(),
                     SimClient::json(recorded).value(QStringLiteral("error")).toObject().keys());
        }
    }

    void htmlInsteadOfJson()
    {
        SimulatedNode node(profileNamed(QStringLiteral("test")));
        QVERIFY(node.listen());
        node.setFault(SimFault(SimFault::Kind::HtmlBody));
        const SimHttpResult r = SimClient::get(node.baseUrl(), QStringLiteral("/v1/models"));
        QCOMPARE(r.status, 200);
        QVERIFY(r.headers.value("content-type").startsWith("text/html"));
        QVERIFY(r.body.startsWith("<html>"));
        QVERIFY(QJsonDocument::fromJson(r.body).isNull());
    }

    void loadingAnswers503()
    {
        SimulatedNode llama(profileNamed(QStringLiteral("test-llamacpp")));
        SimulatedNode vllm(profileNamed(QStringLiteral("test")));
        QVERIFY(llama.listen() && vllm.listen());
        llama.setFault(SimFault(SimFault::Kind::Loading));
        vllm.setFault(SimFault(SimFault::Kind::Loading));
        const SimHttpResult l = SimClient::get(llama.baseUrl(), QStringLiteral("/health"));
        QCOMPARE(l.status, 503);
        QCOMPARE(l.body, TestData::read(QStringLiteral("fixtures/llamacpp/health-loading.json")));
        const SimHttpResult v = SimClient::get(vllm.baseUrl(), QStringLiteral("/health"));
        QCOMPARE(v.status, 503);
        QVERIFY(v.body.isEmpty());
        QCOMPARE(
            SimClient::post(vllm.baseUrl(), kChat, SimClient::chatBody(QStringLiteral("hi"), false)).status,
            503);
        llama.clearFault(SimFault::Kind::Loading);
        QCOMPARE(SimClient::get(llama.baseUrl(), QStringLiteral("/health")).status, 200);
    }

    void counterResetDropsCounters()
    {
        SimulatedNode node(profileNamed(QStringLiteral("test-llamacpp")));
        QVERIFY(node.listen());
        SimClient::post(node.baseUrl(), kChat, SimClient::chatBody(QStringLiteral("hi"), false));
        const auto predicted = [&node] {
            const QByteArray text = SimClient::get(node.baseUrl(), QStringLiteral("/metrics")).body;
            const QRegularExpressionMatch m =
                QRegularExpression(QStringLiteral("^llamacpp:tokens_predicted_total (\\S+)$"),
                                   QRegularExpression::MultilineOption)
                    .match(QString::fromUtf8(text));
            return m.hasMatch() ? m.captured(1).toDouble() : -1.0;
        };
        QVERIFY(predicted() > 0);
        node.setFault(SimFault(SimFault::Kind::CounterReset));
        QCOMPARE(predicted(), 0.0);
        QVERIFY(node.faults().isEmpty()); // a one-shot action, not a lasting fault
    }

    void garbageMetricsLines()
    {
        SimulatedNode node(profileNamed(QStringLiteral("test")));
        QVERIFY(node.listen());
        const QRegularExpression sample(QStringLiteral(R"(^(#.*|[a-zA-Z_:][a-zA-Z0-9_:]*(\{.*\})? \S+)$)"));
        const auto badLines = [&] {
            int bad = 0;
            for (const QByteArray &line :
                 SimClient::get(node.baseUrl(), QStringLiteral("/metrics")).body.split('\n'))
                if (!line.isEmpty() && !sample.match(QString::fromUtf8(line)).hasMatch())
                    ++bad;
            return bad;
        };
        QCOMPARE(badLines(), 0);
        node.setFault(SimFault(SimFault::Kind::GarbageMetrics));
        QVERIFY(badLines() >= 3);
    }

    void dripWritesByteByByte()
    {
        SimulatedNode node(profileNamed(QStringLiteral("test-llamacpp")));
        QVERIFY(node.listen());
        // 20 ms between bytes: a client that falls behind (a loaded machine) may get two bytes in one
        // read now and then, but never the 15-byte body in fewer than 3 reads.
        node.setFault(*SimFault::parse(QStringLiteral("drip=20")));
        const SimHttpResult r = SimClient::get(node.baseUrl(), QStringLiteral("/health"), 60000);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, QByteArray(R"({"status":"ok"})"));
        QVERIFY2(r.reads.size() >= 3, qPrintable(QString::number(r.reads.size())));
        QVERIFY(r.reads.last().first > r.reads.first().first);
    }

    void runawayThinkingHitsMaxTokens_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::newRow("vllm") << QStringLiteral("test");
        QTest::newRow("llamacpp") << QStringLiteral("test-llamacpp");
    }
    void runawayThinkingHitsMaxTokens()
    {
        QFETCH(QString, profile);
        SimulatedNode node(profileNamed(profile));
        QVERIFY(node.listen());
        node.setFault(SimFault(SimFault::Kind::Runaway));
        const QList<QByteArray> events = SimClient::sseData(
            SimClient::post(node.baseUrl(), kChat,
                            SimClient::chatBody(QStringLiteral("Solve it."), true, false, 60))
                .body);
        QString content, reasoning, finish;
        for (const QByteArray &e : events) {
            const QJsonArray choices = SimClient::json(e).value(QStringLiteral("choices")).toArray();
            if (choices.isEmpty())
                continue;
            const QJsonObject choice = choices.first().toObject();
            const QJsonObject delta = choice.value(QStringLiteral("delta")).toObject();
            content += delta.value(QStringLiteral("content")).toString();
            reasoning += delta.value(QStringLiteral("reasoning")).toString() +
                         delta.value(QStringLiteral("reasoning_content")).toString();
            if (choice.value(QStringLiteral("finish_reason")).isString())
                finish = choice.value(QStringLiteral("finish_reason")).toString();
        }
        QCOMPARE(finish, QStringLiteral("length"));
        QVERIFY(content.isEmpty());
        QVERIFY(reasoning.count(QStringLiteral("re-check")) >= 2); // it goes round in circles
        const QJsonObject usage =
            SimClient::json(events[events.size() - 2]).value(QStringLiteral("usage")).toObject();
        QCOMPARE(usage.value(QStringLiteral("completion_tokens")).toInt(), 60);
    }

    void errorResponsesDoNotBreakKeepAlive()
    {
        // After a 404 on vLLM (keep-alive) the same client can go on.
        SimulatedNode node(profileNamed(QStringLiteral("test")));
        QVERIFY(node.listen());
        QCOMPARE(SimClient::get(node.baseUrl(), QStringLiteral("/nope")).status, 404);
        QCOMPARE(SimClient::get(node.baseUrl(), QStringLiteral("/health")).status, 200);
        QCOMPARE(
            SimClient::errorField(SimClient::post(node.baseUrl(), kChat, "{").body, QStringLiteral("type")),
            QStringLiteral("Bad Request"));
    }
};

QTEST_GUILESS_MAIN(TestSimFaults)
#include "tst_simfaults.moc"
