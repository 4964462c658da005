#include "models/sim/simulatednode.h"

#include "tests/support/scriptedhttpserver.h"
#include "tests/support/testdata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

// Runs the built tokscope-cli against simulated nodes living in this process (the event loop keeps
// spinning while the child runs, so the simulators answer).
class TestCliProbe : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    QTemporaryDir m_home;
    std::unique_ptr<SimulatedNode> m_vllm;
    std::unique_ptr<SimulatedNode> m_llama;
    QUrl m_closed;
    int m_configs = 0;

    Run cli(const QStringList &args, const QHash<QString, QString> &env = {})
    {
        QProcess p;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("XDG_CONFIG_HOME"),
                 m_home.filePath(QStringLiteral("config"))); // no user config
        e.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        for (auto it = env.cbegin(); it != env.cend(); ++it) {
            if (it.value().isNull())
                e.remove(it.key());
            else
                e.insert(it.key(), it.value());
        }
        p.setProcessEnvironment(e);
        QSignalSpy finished(&p, &QProcess::finished);
        // A generous per-request timeout: a loaded test machine must not turn answers into timeouts.
        p.start(TestData::cliPath(), args + QStringList{QStringLiteral("--timeout"), QStringLiteral("10000")});
        if (!finished.wait(60000)) {
            p.kill();
            p.waitForFinished();
            qWarning("tokscope-cli did not finish");
            return {};
        }
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
                p.readAllStandardError()};
    }

    static QJsonArray nodesOf(const Run &run)
    {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(run.out, &error);
        if (error.error != QJsonParseError::NoError)
            qWarning("not JSON: %s\n%s", qPrintable(error.errorString()), run.out.constData());
        return doc.object().value(QLatin1String("nodes")).toArray();
    }

    QString writeConfig(const QByteArray &json)
    {
        const QString path = m_home.filePath(QStringLiteral("nodes-%1.json").arg(++m_configs));
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(json);
        return path;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(QFile::exists(TestData::cliPath()));
        m_vllm = std::make_unique<SimulatedNode>(*SimProfile::byName(QStringLiteral("test")));
        m_llama = std::make_unique<SimulatedNode>(*SimProfile::byName(QStringLiteral("test-llamacpp")));
        QVERIFY(m_vllm->listen() && m_llama->listen());
        m_closed = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(ScriptedHttpServer::unusedPort()));
    }

    void jsonForBothDialectsAndADownNode()
    {
        // An environment proxy must not be used: point it at a closed port.
        const Run run = cli(
            {QStringLiteral("probe"), QStringLiteral("--json"), QStringLiteral("--node"),
             m_vllm->baseUrl().toString(), QStringLiteral("--node"), m_llama->baseUrl().toString(),
             QStringLiteral("--node"), m_closed.toString()},
            {{QStringLiteral("http_proxy"), m_closed.toString()}, {QStringLiteral("no_proxy"), QString()}});
        QCOMPARE(run.exitCode, 1); // one node is down
        const QJsonArray nodes = nodesOf(run);
        QCOMPARE(nodes.size(), 3);
        const QStringList keys{QStringLiteral("name"),      QStringLiteral("url"),
                               QStringLiteral("backend"),   QStringLiteral("status"),
                               QStringLiteral("reason"),    QStringLiteral("latency_ms"),
                               QStringLiteral("model"),     QStringLiteral("context"),
                               QStringLiteral("simulated"), QStringLiteral("metrics")};
        const QStringList metricKeys{
            QStringLiteral("prompt_tokens_total"), QStringLiteral("generation_tokens_total"),
            QStringLiteral("prompt_tps"),          QStringLiteral("generation_tps"),
            QStringLiteral("kv_cache_usage"),      QStringLiteral("requests_running"),
            QStringLiteral("requests_waiting")};
        for (const QJsonValue &v : nodes) {
            const QJsonObject o = v.toObject();
            for (const QString &k : keys)
                QVERIFY2(o.contains(k), qPrintable(k));
            for (const QString &k : metricKeys)
                QVERIFY2(o.value(QLatin1String("metrics")).toObject().contains(k), qPrintable(k));
            // One poll: no rate, and it says so with null rather than 0.
            QVERIFY(
                o.value(QLatin1String("metrics")).toObject().value(QLatin1String("generation_tps")).isNull());
        }
        const QJsonObject vllm = nodes[0].toObject(), llama = nodes[1].toObject(), down = nodes[2].toObject();
        QCOMPARE(vllm.value(QLatin1String("backend")).toString(), QStringLiteral("vllm"));
        QCOMPARE(vllm.value(QLatin1String("status")).toString(), QStringLiteral("up"));
        QVERIFY(vllm.value(QLatin1String("reason")).isNull());
        QCOMPARE(vllm.value(QLatin1String("model")).toString(), m_vllm->profile().modelId);
        QCOMPARE(vllm.value(QLatin1String("context")).toInteger(), m_vllm->profile().contextLength);
        QVERIFY(vllm.value(QLatin1String("simulated")).toBool());
        QVERIFY(vllm.value(QLatin1String("latency_ms")).toDouble(-1) >= 0);
        QCOMPARE(vllm.value(QLatin1String("url")).toString(), m_vllm->baseUrl().toString());
        const QJsonObject vm = vllm.value(QLatin1String("metrics")).toObject();
        QVERIFY(vm.value(QLatin1String("prompt_tokens_total")).isDouble());
        QVERIFY(vm.value(QLatin1String("requests_running")).isDouble());
        const double kv = vm.value(QLatin1String("kv_cache_usage")).toDouble(-1);
        QVERIFY(kv >= 0 && kv <= 1);

        QCOMPARE(llama.value(QLatin1String("backend")).toString(), QStringLiteral("llamacpp"));
        QCOMPARE(llama.value(QLatin1String("status")).toString(), QStringLiteral("up"));

        QCOMPARE(down.value(QLatin1String("status")).toString(), QStringLiteral("down"));
        QCOMPARE(down.value(QLatin1String("backend")).toString(), QStringLiteral("unknown"));
        QCOMPARE(down.value(QLatin1String("reason")).toString(), QStringLiteral("connection refused"));
        QVERIFY(!down.value(QLatin1String("simulated")).toBool());
        QVERIFY(down.value(QLatin1String("latency_ms")).isNull());
        QVERIFY(down.value(QLatin1String("metrics"))
                    .toObject()
                    .value(QLatin1String("prompt_tokens_total"))
                    .isNull());
    }

    void exitZeroWhenEveryNodeAnswers()
    {
        m_llama->setFault(SimFault(SimFault::Kind::GarbageMetrics));
        const Run run =
            cli({QStringLiteral("probe"), QStringLiteral("--json"), QStringLiteral("--node"),
                 m_vllm->baseUrl().toString(), QStringLiteral("--node"), m_llama->baseUrl().toString()});
        m_llama->clearFaults();
        QCOMPARE(run.exitCode, 0); // degraded still answers
        const QJsonObject llama = nodesOf(run)[1].toObject();
        QCOMPARE(llama.value(QLatin1String("status")).toString(), QStringLiteral("degraded"));
        QVERIFY(llama.value(QLatin1String("reason")).toString().contains(QLatin1String("unparseable line")));
    }

    void watchMeasuresRates()
    {
        // Keep the vLLM node generating for the whole watch.
        QNetworkAccessManager nam;
        nam.setProxy(QNetworkProxy::NoProxy);
        QUrl chatUrl = m_vllm->baseUrl();
        chatUrl.setPath(QStringLiteral("/v1/chat/completions"));
        bool keepGoing = true;
        std::function<void()> send = [&] {
            QNetworkRequest request(chatUrl);
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
            QNetworkReply *reply =
                nam.post(request, QByteArrayLiteral("{\"messages\":[{\"role\":\"user\",\"content\":"
                                                    "\"Tell a long story.\"}],\"max_tokens\":300}"));
            connect(reply, &QNetworkReply::finished, this, [&, reply] {
                reply->deleteLater();
                if (keepGoing)
                    send();
            });
        };
        send();
        const Run run = cli({QStringLiteral("probe"), QStringLiteral("--json"), QStringLiteral("--watch"),
                             QStringLiteral("2"), QStringLiteral("--interval"), QStringLiteral("250"),
                             QStringLiteral("--node"), m_vllm->baseUrl().toString(), QStringLiteral("--node"),
                             m_llama->baseUrl().toString()});
        keepGoing = false;
        QCOMPARE(run.exitCode, 0);
        const QJsonArray nodes = nodesOf(run);
        const QJsonObject busy = nodes[0].toObject().value(QLatin1String("metrics")).toObject();
        QVERIFY2(busy.value(QLatin1String("generation_tps")).toDouble() > 0, run.out.constData());
        QVERIFY(busy.value(QLatin1String("prompt_tps")).toDouble() > 0);
        QVERIFY(busy.value(QLatin1String("rate_window_s")).toDouble() > 0);
        // The idle node measured zero: a measured 0, present as a number.
        const QJsonObject idle = nodes[1].toObject().value(QLatin1String("metrics")).toObject();
        QVERIFY(idle.value(QLatin1String("generation_tps")).isDouble());
        QCOMPARE(idle.value(QLatin1String("generation_tps")).toDouble(), 0.0);
        QTRY_VERIFY_WITH_TIMEOUT(m_vllm->counters().chatActive == 0, 30000);
    }

    void namesFromAConfigFile()
    {
        const QString config =
            writeConfig("{\"nodes\":[{\"id\":\"a\",\"name\":\"Sim A\",\"url\":\"" +
                        m_vllm->baseUrl().toString().toUtf8() +
                        "\",\"role\":\"builder\"},{\"id\":\"b\",\"name\":\"Gone\",\"url\":\"" +
                        m_closed.toString().toUtf8() + "\"}]}");
        Run run = cli({QStringLiteral("probe"), QStringLiteral("--json"), QStringLiteral("--config"), config,
                       QStringLiteral("--node"), QStringLiteral("sim a")});
        QCOMPARE(run.exitCode, 0);
        QJsonArray nodes = nodesOf(run);
        QCOMPARE(nodes.size(), 1);
        QCOMPARE(nodes[0].toObject().value(QLatin1String("name")).toString(), QStringLiteral("Sim A"));
        QCOMPARE(nodes[0].toObject().value(QLatin1String("role")).toString(), QStringLiteral("builder"));

        run = cli(
            {QStringLiteral("probe"), QStringLiteral("--config"), config}); // every configured node, table
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.contains("Sim A"));
        QVERIFY(run.out.contains("connection refused"));
        QVERIFY(run.out.contains("STATUS"));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("unknown name") << QStringList{QStringLiteral("--node"), QStringLiteral("nosuchnode")}
                                      << QByteArray("unknown node 'nosuchnode'");
        QTest::newRow("bad url") << QStringList{QStringLiteral("--node"), QStringLiteral("ftp://x.local")}
                                 << QByteArray("http://");
        QTest::newRow("bad watch") << QStringList{QStringLiteral("--watch"), QStringLiteral("soon")}
                                   << QByteArray("--watch");
        QTest::newRow("missing config")
            << QStringList{QStringLiteral("--config"), QStringLiteral("/nonexistent/n.json")}
            << QByteArray("config file not found");
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("--frobnicate")} << QByteArray("frobnicate");
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, message);
        const Run run = cli(QStringList{QStringLiteral("probe")} + args);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), run.err.constData());
        QVERIFY(run.out.isEmpty());
    }

    void brokenConfigFileIsAnError()
    {
        const Run run = cli({QStringLiteral("probe"), QStringLiteral("--config"), writeConfig("{not json")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("invalid JSON"), run.err.constData());
    }

    void helpDocumentsTheExitStatus()
    {
        const Run run = cli({QStringLiteral("probe"), QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("Exit status"));
        QVERIFY(run.out.contains("--watch"));
    }

    void apiKeyFromTheConfigNeverPrinted()
    {
        const QByteArray key = "sk-cli-secret-991";
        m_vllm->setApiKey(QString::fromUtf8(key));
        const QString config =
            writeConfig("[{\"name\":\"Keyed\",\"url\":\"" + m_vllm->baseUrl().toString().toUtf8() +
                        "\",\"api_key\":\"" + key + "\"}]");
        const Run run =
            cli({QStringLiteral("probe"), QStringLiteral("--json"), QStringLiteral("--config"), config});
        m_vllm->setApiKey(QString());
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(nodesOf(run)[0].toObject().value(QLatin1String("status")).toString(), QStringLiteral("up"));
        QVERIFY(!run.out.contains(key));
        QVERIFY(!run.err.contains(key));
    }
};

QTEST_GUILESS_MAIN(TestCliProbe)
#include "tst_cliprobe.moc"
