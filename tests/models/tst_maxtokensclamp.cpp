// MaxTokensClamp: a request's max_tokens stays inside the node's context (prompt over-estimated), and a
// real comparison with thinking ON (32,768 max tokens) against a simulated vLLM node with a 32K context
// ends DONE with the clamp noted, where it used to end in HTTP 400 for every ON cell.
#include "models/compare/comparerunner.h"
#include "models/compare/maxtokensclamp.h"
#include "models/sim/simulatednode.h"

#include <QSignalSpy>
#include <QTest>

class TestMaxTokensClamp : public QObject
{
    Q_OBJECT

private slots:
    void estimateIsConservative()
    {
        const QString prompt = QStringLiteral("Explain what a KV cache is in two sentences.");
        const int estimate = MaxTokensClamp::estimatePromptTokens({{QStringLiteral("user"), prompt}});
        QVERIFY(estimate >= prompt.toUtf8().size() / 2); // more than a real tokenizer would count
        const QString korean = QStringLiteral("KV 캐시가 무엇인지 두 문장으로 설명하세요.");
        QVERIFY(MaxTokensClamp::estimatePromptTokens({{QStringLiteral("user"), korean}}) >= korean.size());
        QVERIFY(MaxTokensClamp::estimatePromptTokens(
                    {{QStringLiteral("system"), prompt}, {QStringLiteral("user"), prompt}}) > estimate);
    }

    void compute_data()
    {
        QTest::addColumn<int>("requested");
        QTest::addColumn<qint64>("context"); // 0 = unknown
        QTest::addColumn<int>("expected");
        QTest::addColumn<bool>("clamped");
        const int prompt =
            MaxTokensClamp::estimatePromptTokens({{QStringLiteral("user"), QStringLiteral("Hi")}});
        QTest::newRow("unknown context") << 32768 << qint64(0) << 32768 << false;
        QTest::newRow("fits") << 1024 << qint64(32768) << 1024 << false;
        QTest::newRow("thinking on, 32K") << 32768 << qint64(32768) << 32768 - prompt << true;
        QTest::newRow("exactly fits") << 32768 - prompt << qint64(32768) << 32768 - prompt << false;
        QTest::newRow("prompt fills the context")
            << 4096 << qint64(prompt) << MaxTokensClamp::MinAnswerTokens << true;
        QTest::newRow("tiny request stays") << 1 << qint64(prompt) << 1 << false;
    }
    void compute()
    {
        QFETCH(int, requested);
        QFETCH(qint64, context);
        QFETCH(int, expected);
        QFETCH(bool, clamped);
        const MaxTokensClamp::Result r =
            MaxTokensClamp::compute(requested, context ? std::optional<qint64>(context) : std::nullopt,
                                    {{QStringLiteral("user"), QStringLiteral("Hi")}});
        QCOMPARE(r.maxTokens, expected);
        QCOMPARE(r.clamped, clamped);
        QCOMPARE(r.note().isEmpty(), !clamped);
        if (clamped) {
            QVERIFY2(r.note().contains(QString::number(expected)), qPrintable(r.note()));
            QVERIFY2(r.note().contains(QString::number(context)), qPrintable(r.note()));
        }
    }

    void applyToRequest()
    {
        ChatRequest request;
        request.messages = {{QStringLiteral("user"), QStringLiteral("Hi")}};
        request.maxTokens = 32768;
        QVERIFY(MaxTokensClamp::applyTo(request, std::nullopt).isEmpty());
        QCOMPARE(request.maxTokens, 32768);
        const QString note = MaxTokensClamp::applyTo(request, 32768);
        QVERIFY(!note.isEmpty());
        QVERIFY(request.maxTokens < 32768);
    }

    // The failure the user met: every thinking ON cell answered HTTP 400 on a 32K node.
    void compareWithThinkingOnFitsA32kNode()
    {
        SimulatedNode node(*SimProfile::byName(QStringLiteral("test"))); // vLLM dialect, 32K context
        QCOMPARE(node.profile().contextLength, qint64(32768));
        node.setTimeScale(0.05);
        QVERIFY(node.listen());
        NodeConfig config;
        config.id = QStringLiteral("n32k");
        config.name = QStringLiteral("N32K");
        config.url = node.baseUrl();
        config.simulated = true;
        CompareNodeInfo info = CompareNodeInfo::fromConfig(config);
        info.contextLength = 32768; // what a probe of the node reports

        CompareSettings s;
        s.prompt = QStringLiteral("Explain what a KV cache is in two sentences.");
        s.runs = 1;
        s.seed = 7;
        s.deadlineMs = 60000;
        QCOMPARE(s.maxTokensThinking, 32768); // the default that did not fit

        CompareRunner runner;
        QSignalSpy finished(&runner, &CompareRunner::finished);
        QVERIFY2(runner.start(s, {{config, {true, false}, info}}), qPrintable(runner.errorString()));
        QVERIFY(finished.wait(120000));
        int onCells = 0;
        for (const CompareCell &c : runner.run().cells) {
            if (c.warmup)
                continue;
            QVERIFY2(c.state() == RunState::Done,
                     qPrintable(QStringLiteral("%1: %2").arg(runStateKey(c.state()), c.result.error)));
            if (c.thinking) {
                ++onCells;
                QVERIFY2(c.requestNote.contains(QStringLiteral("32768")), qPrintable(c.requestNote));
            } else {
                QVERIFY2(c.requestNote.isEmpty(), qPrintable(c.requestNote)); // 4,096 fits: untouched
            }
        }
        QCOMPARE(onCells, 1);
    }
};

QTEST_GUILESS_MAIN(TestMaxTokensClamp)
#include "tst_maxtokensclamp.moc"
