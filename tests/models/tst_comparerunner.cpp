#include "models/compare/compareexporter.h"
#include "models/compare/compareresultjson.h"
#include "models/compare/comparerunner.h"
#include "models/compare/comparesummary.h"
#include "models/history/comparehistorystore.h"
#include "models/history/historydatabase.h"
#include "models/sim/simanswer.h"
#include "models/sim/simulatednode.h"

#include <QDirIterator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// CompareRunner against real simulated nodes on 127.0.0.1 (fast time scale): the grid, states and
// flags, stability, failures that stay in their cell, cancel, sequential vs parallel, history and
// exports of a real run, and the API key that must never be written anywhere.
class TestCompareRunner : public QObject
{
    Q_OBJECT

    static constexpr double TimeScale = 0.05;
    static constexpr int WaitMs = 60000;

    std::unique_ptr<SimulatedNode> startNode(const QString &profile, const QString &name,
                                             QList<NodeConfig> &configs)
    {
        auto node = std::make_unique<SimulatedNode>(*SimProfile::byName(profile));
        node->setTimeScale(TimeScale);
        if (!node->listen())
            qFatal("cannot listen: %s", qPrintable(node->errorString()));
        NodeConfig c;
        c.id = name.toLower();
        c.name = name;
        c.url = node->baseUrl();
        c.simulated = true;
        configs.append(c);
        return node;
    }

    static CompareSettings settings(int runs = 3)
    {
        CompareSettings s;
        s.prompt = QStringLiteral("Explain what a KV cache is in two sentences.");
        s.runs = runs;
        s.maxTokensThinking = 4096; // the test profile has a 32k context: 32768 + prompt would not fit
        s.maxTokensNoThinking = 1024;
        s.seed = 7;
        s.deadlineMs = 20000;
        return s;
    }

    static QList<CompareTarget> targets(const QList<NodeConfig> &configs, QList<bool> modes = {true, false})
    {
        QList<CompareTarget> out;
        for (const NodeConfig &c : configs)
            out.append({c, modes, std::nullopt});
        return out;
    }

    static bool runToEnd(CompareRunner &runner, const CompareSettings &s, const QList<CompareTarget> &t)
    {
        QSignalSpy finished(&runner, &CompareRunner::finished);
        if (!runner.start(s, t)) {
            qWarning("start failed: %s", qPrintable(runner.errorString()));
            return false;
        }
        return finished.wait(WaitMs) && finished.size() == 1;
    }

    static QString describe(const CompareRun &run)
    {
        QStringList lines;
        for (const CompareCell &c : run.cells)
            lines << QStringLiteral("%1 %2 run %3: %4 %5 [%6]")
                         .arg(run.nodes.value(c.nodeIndex).name, thinkingKey(c.thinking))
                         .arg(c.run)
                         .arg(runStateKey(c.state()), c.result.error, c.result.flags.join(QLatin1Char(',')));
        return lines.join(QLatin1Char('\n'));
    }

    // A prompt whose answers from a nondeterministic profile differ among the first `runs` identical
    // requests (the simulator varies one run in four, chosen by hash).
    static QString unstablePrompt(const SimProfile &profile, std::optional<qint64> seed, int runs)
    {
        for (int i = 0; i < 500; ++i) {
            const QString prompt = QStringLiteral("Name a prime number, variant %1.").arg(i);
            QSet<QString> answers;
            for (int run = 0; run < runs; ++run) {
                SimRequest r;
                r.messages = {{QStringLiteral("user"), prompt}};
                r.seed = seed;
                r.run = run;
                r.nodeName = profile.name;
                answers.insert(defaultSimAnswer(r, profile).content);
            }
            if (answers.size() > 1)
                return prompt;
        }
        return {};
    }

private slots:
    void gridAllDoneWithStatesAndFlags()
    {
        QList<NodeConfig> configs;
        auto a = startNode(QStringLiteral("test"), QStringLiteral("VLLM"), configs);
        auto b = startNode(QStringLiteral("test-llamacpp"), QStringLiteral("LLAMA"), configs);
        auto c = startNode(QStringLiteral("test"), QStringLiteral("THIRD"), configs);
        CompareRunner runner;
        QSignalSpy started(&runner, &CompareRunner::cellStarted);
        QSignalSpy cellDone(&runner, &CompareRunner::cellFinished);
        QSignalSpy deltas(&runner, &CompareRunner::cellDeltaAvailable);
        CompareSettings s = settings();
        s.cacheBust = false; // to see llama.cpp's prompt cache serve the repeated prompt
        QVERIFY(runToEnd(runner, s, targets(configs)));
        const CompareRun &run = runner.run();
        QVERIFY2(run.allMeasuredDone(), qPrintable(describe(run)));
        QCOMPARE(run.cells.size(), 3 + 3 * 2 * 3); // warm-ups + nodes x modes x runs
        QCOMPARE(run.measuredCount(), 18);
        QCOMPARE(started.size(), run.cells.size());
        QCOMPARE(cellDone.size(), run.cells.size());
        QVERIFY(deltas.size() > run.cells.size());
        QVERIFY(run.finishedAt.isValid());

        for (const CompareCell &cell : run.cells) {
            const ResponseMetrics &m = cell.result.metrics;
            if (cell.warmup) {
                QCOMPARE(cell.run, 0);
                QVERIFY2(m.connectMs, "a warm-up opens the connection: its set-up is measured");
                continue;
            }
            // llama-server closes every streamed connection, so each request measures its set-up. vLLM
            // usually reuses the warm-up's connection, but Qt may open another one (up to six per host)
            // when one is still busy, so there only the consistency of flag and figure is asserted.
            if (run.nodes.at(cell.nodeIndex).backend != Backend::LlamaCpp)
                QVERIFY2(!cell.hasFlag(QStringLiteral("cold_connection")) || m.connectMs, qPrintable(describe(run)));
            else
                QVERIFY2(m.connectMs, qPrintable(describe(run)));
            QVERIFY(!cell.result.text.isEmpty());
            QVERIFY(m.ttftMs && m.ttrMs && *m.ttftMs <= *m.ttrMs);
            QVERIFY(m.ttfaMs);
            QVERIFY(cell.startedMs && cell.finishedMs && *cell.startedMs <= *cell.finishedMs);
            if (cell.thinking) {
                QVERIFY2(!cell.result.reasoning.isEmpty(), "thinking ON streams reasoning");
                QVERIFY(*m.ttfaMs >= *m.ttftMs); // the answer comes after the thinking (same read at worst)
                QVERIFY(m.thinkingMs);
            } else {
                QVERIFY2(cell.result.reasoning.isEmpty(), "thinking OFF has no reasoning");
                QVERIFY(!m.thinkingMs || *m.thinkingMs == 0);
            }
        }
        // Fingerprints: the model id comes from the streams, llama.cpp is recognised by its timings.
        QCOMPARE(run.nodes.at(0).modelId, QStringLiteral("sim-test-model"));
        QCOMPARE(run.nodes.at(1).backend, Backend::LlamaCpp);
        // Without cache busting llama.cpp serves repeated prompts from its cache.
        const CompareCell &second = run.cells.at(run.indexOf(1, false, 2));
        QVERIFY2(second.hasFlag(QStringLiteral("cache_hit")), qPrintable(describe(run)));

        // Deterministic answers: every node x mode is STABLE.
        const QList<CompareGroupSummary> summary = CompareSummary::compute(run);
        QCOMPARE(summary.size(), 6);
        for (const CompareGroupSummary &g : summary) {
            QCOMPARE(g.done, 3);
            QVERIFY2(g.stability.isStable(), qPrintable(g.stability.reason + g.stability.diff));
            const MetricSpread *ttr = g.metric(QStringLiteral("ttr_ms"));
            QVERIFY(ttr && ttr->n == 3 && *ttr->min <= *ttr->mean && *ttr->mean <= *ttr->max);
        }
        // The vLLM node keeps its connections open, so they are reused: fewer connections than its 7
        // requests (usually exactly one, the warm-up's; Qt may open a second one when one is busy).
        QVERIFY2(a->counters().connectionsAccepted >= 1 && a->counters().connectionsAccepted < 7,
                 qPrintable(QString::number(a->counters().connectionsAccepted)));
        QCOMPARE(c->counters().chatRequests, 7);
    }

    void sequentialNeverOverlaps()
    {
        QList<NodeConfig> configs;
        auto a = startNode(QStringLiteral("test"), QStringLiteral("A"), configs);
        auto b = startNode(QStringLiteral("test-llamacpp"), QStringLiteral("B"), configs);
        // Generations in flight across both servers, as the servers see them.
        int active = 0;
        int maxActive = 0;
        for (SimulatedNode *n : {a.get(), b.get()}) {
            connect(n, &SimulatedNode::chatStarted, this, [&] { maxActive = std::max(maxActive, ++active); });
            connect(n, &SimulatedNode::chatFinished, this, [&] { --active; });
        }
        CompareRunner runner;
        QVERIFY(runToEnd(runner, settings(2), targets(configs)));
        QVERIFY(runner.run().allMeasuredDone());
        QCOMPARE(runner.peakInFlight(), 1);
        QCOMPARE(maxActive, 1);
        QList<CompareCell> cells = runner.run().cells;
        std::sort(cells.begin(), cells.end(),
                  [](const CompareCell &x, const CompareCell &y) { return *x.startedMs < *y.startedMs; });
        for (int i = 1; i < cells.size(); ++i)
            QVERIFY2(*cells.at(i).startedMs >= *cells.at(i - 1).finishedMs,
                     "a request started before the previous ended");
        // Warm-ups first, then round-robin by run number.
        QVERIFY(cells.at(0).warmup && cells.at(1).warmup);
        QCOMPARE(cells.at(2).run, 1);
        QCOMPARE(cells.last().run, 2);
    }

    void parallelRunsNodesAtOnceButOnePerNode()
    {
        QList<NodeConfig> configs;
        auto a = startNode(QStringLiteral("test"), QStringLiteral("A"), configs);
        auto b = startNode(QStringLiteral("test"), QStringLiteral("B"), configs);
        CompareSettings s = settings(2);
        s.parallel = true;
        CompareRunner runner;
        QVERIFY(runToEnd(runner, s, targets(configs)));
        const CompareRun &run = runner.run();
        QVERIFY2(run.allMeasuredDone(), qPrintable(describe(run)));
        QVERIFY(runner.peakInFlight() >= 2);
        for (int node = 0; node < 2; ++node) {
            QList<CompareCell> mine;
            for (const CompareCell &c : run.cells)
                if (c.nodeIndex == node)
                    mine.append(c);
            std::sort(mine.begin(), mine.end(),
                      [](const CompareCell &x, const CompareCell &y) { return *x.startedMs < *y.startedMs; });
            for (int i = 1; i < mine.size(); ++i)
                QVERIFY(*mine.at(i).startedMs >= *mine.at(i - 1).finishedMs);
        }
    }

    void nondeterministicProfileIsUnstable()
    {
        SimProfile profile = *SimProfile::byName(QStringLiteral("test"));
        profile.nondeterministic = true;
        const CompareSettings base = settings(3);
        const QString prompt = unstablePrompt(profile, base.seed, 3);
        QVERIFY2(!prompt.isEmpty(), "no prompt makes the simulator vary");

        SimulatedNode flaky(profile);
        flaky.setTimeScale(TimeScale);
        QVERIFY(flaky.listen());
        QList<NodeConfig> configs;
        auto steady = startNode(QStringLiteral("test-llamacpp"), QStringLiteral("STEADY"), configs);
        NodeConfig f;
        f.id = QStringLiteral("flaky");
        f.name = QStringLiteral("FLAKY");
        f.url = flaky.baseUrl();
        configs.prepend(f);

        CompareSettings s = base;
        s.prompt = prompt;
        CompareRunner runner;
        QVERIFY(runToEnd(runner, s, targets(configs, {false})));
        const CompareRun &run = runner.run();
        QVERIFY2(run.allMeasuredDone(), qPrintable(describe(run)));
        const StabilityResult unstable = StabilityAnalyzer::analyze(run, 0, false);
        QCOMPARE(unstable.verdict, StabilityResult::Verdict::Unstable);
        QVERIFY(unstable.distinctAnswers >= 2);
        QVERIFY2(unstable.diff.contains(QStringLiteral(" vs run ")), qPrintable(unstable.diff));
        QVERIFY(unstable.diff.contains(QLatin1Char('+')) || unstable.diff.contains(QLatin1Char('-')));
        QCOMPARE(StabilityAnalyzer::analyze(run, 1, false).verdict, StabilityResult::Verdict::Stable);
    }

    void failuresStayInTheirCell()
    {
        QList<NodeConfig> configs;
        auto a = startNode(QStringLiteral("test"), QStringLiteral("A"), configs);
        auto b = startNode(QStringLiteral("test"), QStringLiteral("B"), configs);
        CompareRunner runner;
        // Node B's connection dies in the middle of its thinking ON run 2 (after 3 SSE events).
        connect(&runner, &CompareRunner::cellStarted, this, [&](int index) {
            const CompareCell &c = runner.cell(index);
            if (c.nodeIndex == 1 && c.thinking && c.run == 2)
                b->setFault(SimFault(SimFault::Kind::ResetMidStream, 3));
            else
                b->clearFaults();
        });
        QVERIFY(runToEnd(runner, settings(), targets(configs)));
        const CompareRun &run = runner.run();
        const CompareCell &broken = run.cells.at(run.indexOf(1, true, 2));
        QVERIFY2(broken.state() == RunState::Incomplete || broken.state() == RunState::Error,
                 qPrintable(describe(run)));
        QVERIFY(!broken.result.error.isEmpty());
        QCOMPARE(run.measuredDoneCount(), run.measuredCount() - 1);
        const StabilityResult s = StabilityAnalyzer::analyze(run, 1, true);
        QCOMPARE(s.verdict, StabilityResult::Verdict::Unknown); // 2 of 3 agree, the third never finished
    }

    // A warm-up that gets no answer gives up after its own short deadline (issue 10), not the run's.
    void silentWarmupGivesUpAfterItsOwnDeadline()
    {
        QList<NodeConfig> configs;
        auto a = startNode(QStringLiteral("test"), QStringLiteral("HUNG"), configs);
        a->setFault(SimFault(SimFault::Kind::Stall));
        CompareSettings s = settings(1);
        s.deadlineMs = 1500;
        s.warmupDeadlineMs = 400;
        QCOMPARE(s.warmupDeadline(), 400);
        CompareRunner runner;
        QVERIFY(runToEnd(runner, s, targets(configs, {false})));
        const CompareRun &run = runner.run();
        QVERIFY(run.cells.first().warmup);
        const ChatResult &warm = run.cells.first().result;
        QCOMPARE(warm.state, RunState::Timeout);
        QVERIFY2(warm.error.contains(QLatin1String("0.4 s")), qPrintable(warm.error));
        const ChatResult &measured = run.cells.at(run.indexOf(0, false, 1)).result;
        QCOMPARE(measured.state, RunState::Timeout);
        QVERIFY2(measured.error.contains(QLatin1String("1.5 s")), qPrintable(measured.error));

        // The warm-up's limit is part of the settings (stored, remembered) and never exceeds the deadline.
        const CompareSettings back = CompareSettings::fromJson(s.toJson());
        QCOMPARE(back.warmupDeadlineMs, 400);
        s.deadlineMs = 200;
        QCOMPARE(s.warmupDeadline(), 200);
        QCOMPARE(CompareSettings().warmupDeadlineMs, CompareSettings::DefaultWarmupDeadlineMs);
    }

    void killedNodeFailsOnlyItsCells()
    {
        QList<NodeConfig> configs;
        auto a = startNode(QStringLiteral("test"), QStringLiteral("A"), configs);
        auto b = startNode(QStringLiteral("test"), QStringLiteral("B"), configs);
        CompareRunner runner;
        bool killed = false;
        connect(&runner, &CompareRunner::cellDeltaAvailable, this, [&](int index) {
            const CompareCell &c = runner.cell(index);
            if (!killed && c.nodeIndex == 1 && c.run == 1 && c.thinking) {
                killed = true;
                b->close(); // the server goes away mid-stream and stays away
            }
        });
        QVERIFY(runToEnd(runner, settings(2), targets(configs)));
        QVERIFY(killed);
        const CompareRun &run = runner.run();
        for (const CompareCell &c : run.cells) {
            if (c.nodeIndex == 0)
                QVERIFY2(c.state() == RunState::Done, qPrintable(describe(run)));
            else if (!c.warmup)
                QVERIFY2(c.state() == RunState::Incomplete || c.state() == RunState::Error,
                         qPrintable(describe(run)));
        }
        const CompareCell &cut = run.cells.at(run.indexOf(1, true, 1));
        QCOMPARE(cut.state(), RunState::Incomplete);
        QVERIFY(!cut.result.reasoning.isEmpty() || !cut.result.text.isEmpty()); // partial text kept
    }

    // A llama.cpp node whose template opens <think> and which runs no reasoning parser: the reasoning
    // arrives as content up to a bare </think>. It is reasoning all the same (text, TTFA, ratio).
    void templateOpenedThinkingThroughTheSimulator()
    {
        QList<NodeConfig> configs;
        auto a = startNode(QStringLiteral("test-llamacpp-template-think"), QStringLiteral("QWQ"), configs);
        CompareSettings s = settings(1);
        s.warmup = false;
        CompareRunner runner;
        QVERIFY(runToEnd(runner, s, targets(configs, {true})));
        const CompareRun &run = runner.run();
        QVERIFY2(run.allMeasuredDone(), qPrintable(describe(run)));
        const CompareCell &c = run.cells.at(run.indexOf(0, true, 1));
        QVERIFY(!c.result.reasoning.isEmpty());
        QVERIFY(!c.result.text.isEmpty());
        QVERIFY(!c.result.text.contains(QLatin1String("</think>")));
        QVERIFY(c.hasFlag(QStringLiteral("template_opened_thinking")));
        const ResponseMetrics &m = c.result.metrics;
        QVERIFY(m.ttftMs && m.ttfaMs && *m.ttfaMs > *m.ttftMs);
        QVERIFY(m.thinkingRatio && *m.thinkingRatio > 0);
    }

    void deadlineEndsAStalledCell()
    {
        QList<NodeConfig> configs;
        auto a = startNode(QStringLiteral("test"), QStringLiteral("A"), configs);
        auto b = startNode(QStringLiteral("test"), QStringLiteral("STALL"), configs);
        b->setFault(SimFault(SimFault::Kind::Stall));
        CompareSettings s = settings(1);
        s.deadlineMs = 3000; // long enough for the healthy node even on a loaded sanitizer build
        s.warmup = false;
        CompareRunner runner;
        QVERIFY(runToEnd(runner, s, targets(configs, {false})));
        const CompareRun &run = runner.run();
        QCOMPARE(run.cells.at(run.indexOf(0, false, 1)).state(), RunState::Done);
        QCOMPARE(run.cells.at(run.indexOf(1, false, 1)).state(), RunState::Timeout);
        // No warm-up: the first request on each node opened its connection, and measured its set-up.
        QVERIFY(run.cells.at(run.indexOf(0, false, 1)).result.metrics.connectMs.has_value());
    }

    void cancelStopsEverything()
    {
        QList<NodeConfig> configs;
        // Real DGX speeds (65 tok/s): the first thinking run lasts seconds, so the cancel lands mid-stream.
        auto a = startNode(QStringLiteral("vllm-dgx-thinking"), QStringLiteral("A"), configs);
        a->setTimeScale(1.0);
        CompareRunner runner;
        QSignalSpy finished(&runner, &CompareRunner::finished);
        connect(&runner, &CompareRunner::cellDeltaAvailable, this, [&](int index) {
            if (!runner.cell(index).warmup && runner.run().cells.at(index).result.reasoning.size() > 5)
                runner.cancel();
        });
        QVERIFY(runner.start(settings(), targets(configs)));
        QVERIFY(finished.wait(WaitMs));
        QCOMPARE(finished.size(), 1);
        QVERIFY(runner.wasCancelled());
        QVERIFY(!runner.isRunning());
        const CompareRun &run = runner.run();
        int cancelled = 0;
        for (const CompareCell &c : run.cells) {
            QVERIFY2(c.isFinished(), qPrintable(describe(run)));
            if (c.state() == RunState::Cancelled)
                ++cancelled;
        }
        QCOMPARE(cancelled, run.measuredCount()); // the running one and every pending one
        const CompareCell &first = run.cells.at(run.indexOf(0, true, 1));
        QVERIFY(first.result.reasoning.size() > 5); // partial text kept
        QTRY_COMPARE(a->counters().chatActive, 0);  // the server saw the request go away
        QVERIFY(a->counters().chatAborted >= 1);
        QVERIFY(!runner.run().allMeasuredDone());
    }

    void historyAndExportsOfARealRunNeverHoldTheKey()
    {
        const QString key = QStringLiteral("sk-live-TOKSCOPE-test-4f8e2a91c3");
        QList<NodeConfig> configs;
        auto a = startNode(QStringLiteral("test"), QStringLiteral("A"), configs);
        auto b = startNode(QStringLiteral("test-llamacpp"), QStringLiteral("B"), configs);
        a->setApiKey(key);
        b->setApiKey(key);
        for (NodeConfig &c : configs)
            c.apiKey = key;
        CompareSettings s = settings(2);
        s.systemPrompt = QStringLiteral("Be brief.");
        s.cacheBust = true;
        CompareRunner runner;
        QVERIFY(runToEnd(runner, s, targets(configs)));
        const CompareRun run = runner.run();
        QVERIFY2(run.allMeasuredDone(), qPrintable(describe(run))); // the key was sent: no 401
        QCOMPARE(a->counters().unauthorized, 0);
        for (const CompareCell &c : run.cells)
            QVERIFY(!c.hasFlag(QStringLiteral("cache_hit")));

        QTemporaryDir dir;
        {
            HistoryDatabase db;
            QVERIFY(db.open(dir.filePath(QStringLiteral("history.sqlite"))));
            CompareHistoryStore store(db);
            QVERIFY(store.open());
            QVERIFY(store.save(run));
            const std::optional<CompareRun> loaded = store.load(run.id);
            QVERIFY(loaded);
            QVERIFY2(*loaded == run, "a real run survives the history unchanged");
            for (CompareExporter::Format f : {CompareExporter::Format::Json, CompareExporter::Format::Csv,
                                              CompareExporter::Format::Markdown})
                QVERIFY(CompareExporter::write(
                    *loaded, f, dir.filePath(QStringLiteral("run.") + CompareExporter::suffix(f))));
            // Read the files while the connection is open, so the WAL file is there too.
            int files = 0;
            QDirIterator it(dir.path(), QDir::Files);
            while (it.hasNext()) {
                QFile file(it.next());
                QVERIFY(file.open(QIODevice::ReadOnly));
                const QByteArray bytes = file.readAll();
                QVERIFY2(!bytes.contains(key.toUtf8()), qPrintable(file.fileName()));
                QVERIFY2(!bytes.contains("TOKSCOPE-test"), qPrintable(file.fileName()));
                ++files;
            }
            QVERIFY(files >= 4);
        }
        QVERIFY(!CompareResultJson::toBytes(run).contains(key.toUtf8()));
    }

    void refusesBadInput()
    {
        CompareRunner runner;
        QList<NodeConfig> configs;
        NodeConfig n;
        n.name = QStringLiteral("N");
        n.url = QUrl(QStringLiteral("http://127.0.0.1:1"));
        configs.append(n);
        CompareSettings empty = settings();
        empty.prompt = QStringLiteral("   ");
        QVERIFY(!runner.start(empty, targets(configs)));
        QVERIFY(!runner.errorString().isEmpty());
        QVERIFY(!runner.start(settings(), {}));
        QVERIFY(!runner.start(settings(), targets(configs, {})));
        NodeConfig bad = n;
        bad.url = QUrl(QStringLiteral("not a url"));
        QVERIFY(!runner.start(settings(), targets({bad})));
        CompareSettings zero = settings();
        zero.runs = 0;
        QVERIFY(!runner.start(zero, targets(configs)));
        QVERIFY(!runner.isRunning());
    }

    void unreachableNodeEndsInError()
    {
        // A port nobody listens on: every cell ends ERROR quickly, the run still finishes.
        QList<NodeConfig> configs;
        {
            auto gone = startNode(QStringLiteral("test"), QStringLiteral("GONE"), configs);
        }
        CompareRunner runner;
        QVERIFY(runToEnd(runner, settings(1), targets(configs)));
        for (const CompareCell &c : runner.run().cells) {
            QCOMPARE(c.state(), RunState::Error);
            QVERIFY(!c.result.error.isEmpty());
        }
    }

    void nodeInfoNeverKeepsUserInfo()
    {
        NodeConfig n;
        n.url = QUrl(QStringLiteral("http://alice:hunter2@dgx1.local:30000"));
        n.apiKey = QStringLiteral("secret");
        const CompareNodeInfo info = CompareNodeInfo::fromConfig(n);
        QCOMPARE(info.name, QStringLiteral("dgx1.local:30000"));
        QVERIFY(!info.url.toString().contains(QStringLiteral("hunter2")));
        QVERIFY(!info.url.toString().contains(QStringLiteral("alice")));
    }
};

QTEST_GUILESS_MAIN(TestCompareRunner)
#include "tst_comparerunner.moc"
