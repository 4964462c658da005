#include "models/history/comparehistorystore.h"
#include "models/history/historydatabase.h"
#include "models/sim/simulatednode.h"
#include "tests/support/testdata.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <nlohmann/json.hpp>

// `tokscope-cli compare` as a child process against simulated nodes served from this test process
// (real HTTP on 127.0.0.1; the event loop keeps spinning while the CLI runs): JSON keys and types,
// null instead of made-up zeros, the text table, history, exports, exit codes and the API key.
class TestCliCompare : public QObject
{
    Q_OBJECT

    struct Result
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    QTemporaryDir m_dir;
    std::unique_ptr<SimulatedNode> m_vllm;
    std::unique_ptr<SimulatedNode> m_llama;

    static Result runCli(const QStringList &args)
    {
        QProcess p;
        QSignalSpy done(&p, &QProcess::finished);
        p.start(TestData::cliPath(), QStringList{QStringLiteral("compare")} + args);
        // Never block here: the simulated nodes answer from this thread's event loop.
        if (!p.waitForStarted(10000) || !done.wait(120000)) {
            p.kill();
            p.waitForFinished(5000);
            qWarning("tokscope-cli did not finish: %s", p.readAllStandardError().constData());
            return {};
        }
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }

    static std::unique_ptr<SimulatedNode> start(const char *profile)
    {
        auto node = std::make_unique<SimulatedNode>(*SimProfile::byName(QLatin1String(profile)));
        node->setTimeScale(0.5); // slow enough that tokens arrive spread out in time
        if (!node->listen())
            qFatal("cannot listen: %s", qPrintable(node->errorString()));
        return node;
    }

    static QString url(const std::unique_ptr<SimulatedNode> &node) { return node->baseUrl().toString(); }
    // The name the CLI gives a node named by URL.
    static std::string nameOf(const QString &url)
    {
        const QUrl u(url);
        return QStringLiteral("%1:%2").arg(u.host()).arg(u.port()).toStdString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QFile::exists(TestData::cliPath()));
        m_vllm = start("test");
        m_llama = start("test-llamacpp");
        // No GUI config or history of the person running the tests is touched.
        qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("config")).toUtf8());
        qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("data")).toUtf8());
    }

    void jsonHasEveryKeyAndNullsNotZeros()
    {
        const Result r =
            runCli({QStringLiteral("--node"), url(m_vllm), QStringLiteral("--node"), url(m_llama),
                    QStringLiteral("--thinking"), QStringLiteral("on,off"), QStringLiteral("--runs"),
                    QStringLiteral("2"), QStringLiteral("--prompt"), QStringLiteral("What is a GPU?"),
                    QStringLiteral("--max-tokens"), QStringLiteral("2048"), QStringLiteral("--seed"),
                    QStringLiteral("5"), QStringLiteral("--json"), QStringLiteral("--no-history")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const nlohmann::json j = nlohmann::json::parse(r.out.toStdString(), nullptr, false);
        QVERIFY2(!j.is_discarded(), r.out.constData());
        QVERIFY(j["cells"].is_array() && j["summary"].is_array());
        QCOMPARE(j["cells"].size(), size_t(2 + 2 * 2 * 2));
        QCOMPARE(j["summary"].size(), size_t(4));

        const char *keys[] = {"node",
                              "url",
                              "thinking",
                              "run",
                              "warmup",
                              "state",
                              "error",
                              "text",
                              "reasoning",
                              "finish_reason",
                              "ttfr_ms",
                              "ttft_ms",
                              "ttfa_ms",
                              "ttr_ms",
                              "prefill_ms",
                              "prefill_source",
                              "prefill_tps",
                              "thinking_ms",
                              "generation_ms",
                              "decode_tps",
                              "effective_tps",
                              "prompt_tokens",
                              "completion_tokens",
                              "reasoning_tokens",
                              "answer_tokens",
                              "thinking_ratio",
                              "itl_p50_ms",
                              "itl_p95_ms",
                              "flags",
                              "server"};
        int warmups = 0;
        for (const auto &cell : j["cells"]) {
            for (const char *key : keys)
                QVERIFY2(cell.contains(key), key);
            QVERIFY(cell["thinking"].is_boolean());
            QVERIFY(cell["warmup"].is_boolean());
            QVERIFY(cell["flags"].is_array());
            QCOMPARE(cell["state"].get<std::string>(), std::string("DONE"));
            QVERIFY(cell["error"].is_null());
            if (cell["warmup"].get<bool>()) {
                ++warmups;
                continue;
            }
            const bool llama = cell["node"].get<std::string>() == nameOf(url(m_llama));
            QVERIFY(cell["ttft_ms"].is_number() && cell["ttr_ms"].is_number());
            QVERIFY(cell["ttft_ms"].get<double>() > 0);
            QVERIFY(cell["completion_tokens"].is_number_integer());
            // Source-dependent numbers: present with their source, or null, never 0 as a stand-in.
            const std::string source =
                cell["prefill_source"].is_null() ? "" : cell["prefill_source"].get<std::string>();
            // No source = not measurable (e.g. headers arrived with the first token): then no number.
            QVERIFY2(source.empty() || source == "server" || source == "estimated", source.c_str());
            if (source.empty())
                QVERIFY(cell["prefill_ms"].is_null() && cell["prefill_tps"].is_null());
            if (llama) {
                QVERIFY(cell["server"].is_object());
                QCOMPARE(source, std::string("server"));
            } else {
                QVERIFY(cell["server"].is_null()); // vLLM sends no timings
                QVERIFY(cell["server_prefill_ms"].is_null());
            }
            if (cell["reasoning_tokens_source"].is_null())
                QVERIFY(cell["reasoning_tokens"].is_null());
            if (!cell["thinking"].get<bool>()) {
                QCOMPARE(cell["reasoning"].get<std::string>(), std::string());
                QVERIFY(cell["thinking_ms"].is_null() || cell["thinking_ms"].get<double>() == 0.0);
            } else {
                QVERIFY(!cell["reasoning"].get<std::string>().empty());
                QVERIFY(cell["thinking_ms"].get<double>() > 0);
            }
            // Numbers that cannot be 0 in a DONE run: a 0 here would be a made-up stand-in.
            for (const char *key : {"ttfr_ms", "ttft_ms", "ttr_ms", "prompt_tokens", "completion_tokens"})
                QVERIFY2(cell[key].is_number() && cell[key].get<double>() > 0.0, key);
            // Speeds need a time span: unknown (null) when every token arrived at once, never 0.
            for (const char *key : {"decode_tps", "effective_tps", "prefill_tps"})
                QVERIFY2(cell[key].is_null() || cell[key].get<double>() > 0.0, key);
        }
        QCOMPARE(warmups, 2);
        for (const auto &group : j["summary"]) {
            QVERIFY(group["stable"].is_boolean());
            QVERIFY(group["stable"].get<bool>());
            QVERIFY(!group.contains("diff"));
            QCOMPARE(group["done"].get<int>(), 2);
            for (const char *metric : {"ttft_ms", "ttr_ms", "decode_tps", "effective_tps"}) {
                const auto &m = group[metric];
                QVERIFY2(m.contains("mean") && m.contains("min") && m.contains("max") && m.contains("n"),
                         metric);
                QVERIFY(m["min"].get<double>() <= m["mean"].get<double>());
                QVERIFY(m["mean"].get<double>() <= m["max"].get<double>());
            }
        }
        QVERIFY2(r.err.contains("[1/10]") && r.err.contains("warm-up"), r.err.constData());
    }

    void tableHistoryAndExport()
    {
        const QString db = m_dir.filePath(QStringLiteral("history.sqlite"));
        const QString md = m_dir.filePath(QStringLiteral("report.md"));
        const Result r =
            runCli({QStringLiteral("--node"), url(m_llama), QStringLiteral("--thinking"),
                    QStringLiteral("off"), QStringLiteral("--runs"), QStringLiteral("2"),
                    QStringLiteral("--prompt"), QStringLiteral("Say hi."), QStringLiteral("--db"), db,
                    QStringLiteral("--export"), md, QStringLiteral("--label"), QStringLiteral("smoke")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString out = QString::fromUtf8(r.out);
        QVERIFY2(out.contains(QStringLiteral("TTFT ms")) && out.contains(QStringLiteral("STABLE")),
                 qPrintable(out));
        QVERIFY(out.contains(QStringLiteral("Summary")));
        QVERIFY(r.err.contains("Saved to history"));

        HistoryDatabase database;
        QVERIFY(database.open(db));
        CompareHistoryStore store(database);
        QVERIFY(store.open());
        const QList<CompareHistoryEntry> list = store.list();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.constFirst().label, QStringLiteral("smoke"));
        QCOMPARE(list.constFirst().done, 2);
        QFile report(md);
        QVERIFY(report.open(QIODevice::ReadOnly));
        QVERIFY(report.readAll().contains("| Node | Thinking | Done |"));
    }

    void configNamesAndApiKeyNeverLeak()
    {
        const QString key = QStringLiteral("sk-cli-SECRET-91b7e0");
        auto guarded = start("test");
        guarded->setApiKey(key);
        const QString config = m_dir.filePath(QStringLiteral("nodes.json"));
        QFile f(config);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral(
                    R"({"nodes": [{"id": "guarded", "name": "Guarded Node", "url": "%1", "api_key": "%2"}]})")
                    .arg(url(guarded), key)
                    .toUtf8());
        f.close();
        const QString db = m_dir.filePath(QStringLiteral("keyed.sqlite"));
        const QString csv = m_dir.filePath(QStringLiteral("keyed.csv"));
        const Result r = runCli(
            {QStringLiteral("--config"), config, QStringLiteral("--node"), QStringLiteral("guarded node"),
             QStringLiteral("--thinking"), QStringLiteral("off"), QStringLiteral("--runs"),
             QStringLiteral("1"), QStringLiteral("--prompt"), QStringLiteral("Hello"),
             QStringLiteral("--json"), QStringLiteral("--db"), db, QStringLiteral("--export"), csv});
        QVERIFY2(r.exitCode == 0, r.err.constData()); // the key was sent, or the server would answer 401
        QVERIFY(r.out.contains("\"node\": \"Guarded Node\""));
        for (const QByteArray &bytes : {r.out, r.err})
            QVERIFY(!bytes.contains(key.toUtf8()));
        for (const QString &path : QStringList{db, db + QStringLiteral("-wal"), csv}) {
            QFile file(path);
            if (!file.exists())
                continue;
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains(key.toUtf8()), qPrintable(path));
        }
    }

    void failedCellsGiveExitCode1AndNulls()
    {
        QString deadUrl;
        {
            auto gone = start("test");
            deadUrl = url(gone);
        }
        const Result r = runCli(
            {QStringLiteral("--node"), deadUrl, QStringLiteral("--node"), url(m_vllm),
             QStringLiteral("--thinking"), QStringLiteral("off"), QStringLiteral("--runs"),
             QStringLiteral("1"), QStringLiteral("--prompt"), QStringLiteral("Hi"), QStringLiteral("--json"),
             QStringLiteral("--no-history"), QStringLiteral("--deadline"), QStringLiteral("5")});
        QCOMPARE(r.exitCode, 1);
        const nlohmann::json j = nlohmann::json::parse(r.out.toStdString(), nullptr, false);
        QVERIFY2(!j.is_discarded(), r.err.constData());
        int errors = 0;
        for (const auto &cell : j["cells"]) {
            if (cell["node"].get<std::string>() != nameOf(deadUrl)) {
                QCOMPARE(cell["state"].get<std::string>(), std::string("DONE"));
                continue;
            }
            ++errors;
            QCOMPARE(cell["state"].get<std::string>(), std::string("ERROR"));
            QVERIFY(cell["error"].is_string());
            for (const char *metric :
                 {"ttft_ms", "ttfa_ms", "decode_tps", "completion_tokens", "prefill_source"})
                QVERIFY2(cell[metric].is_null(), metric);
        }
        QCOMPARE(errors, 2); // warm-up and the one run
        const auto &dead = j["summary"][0];
        QVERIFY(dead["stable"].is_null());
        QVERIFY(dead["ttft_ms"]["mean"].is_null());
        QCOMPARE(dead["ttft_ms"]["n"].get<int>(), 0);
    }

    void usageErrorsGiveExitCode2_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("no node") << QStringList{"--prompt", "x"} << "--node";
        QTest::newRow("no prompt") << QStringList{"--node", "http://127.0.0.1:9"} << "--prompt";
        QTest::newRow("two prompts") << QStringList{"--node", "http://127.0.0.1:9", "--prompt",
                                                    "x",      "--prompt-file",      "f"}
                                     << "--prompt";
        QTest::newRow("bad thinking")
            << QStringList{"--node", "http://127.0.0.1:9", "--prompt", "x", "--thinking", "maybe"}
            << "--thinking";
        QTest::newRow("bad runs") << QStringList{"--node", "http://127.0.0.1:9", "--prompt", "x", "--runs",
                                                 "0"}
                                  << "--runs";
        QTest::newRow("unknown node")
            << QStringList{"--node", "no-such-node", "--prompt", "x"} << "no-such-node";
        QTest::newRow("missing prompt file")
            << QStringList{"--node", "http://127.0.0.1:9", "--prompt-file", "/nonexistent/p.txt"}
            << "/nonexistent/p.txt";
        QTest::newRow("bad export") << QStringList{"--node", "http://127.0.0.1:9", "--prompt",
                                                   "x",      "--export",           "x.txt"}
                                    << "--export";
    }
    void usageErrorsGiveExitCode2()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Result r = runCli(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
        QVERIFY(r.out.isEmpty());
    }

    void helpListsOptions()
    {
        const Result r = runCli({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        for (const char *option :
             {"--node", "--thinking", "--runs", "--prompt-file", "--parallel", "--deadline", "--cache-bust",
              "--no-warmup", "--json", "--db", "--no-history"})
            QVERIFY2(r.out.contains(option), option);
    }
};

QTEST_GUILESS_MAIN(TestCliCompare)
#include "tst_clicompare.moc"
