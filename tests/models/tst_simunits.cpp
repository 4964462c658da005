// The simulator's small parts: profiles, fault specs, tokenizer, Prometheus float format, prompt cache.
#include "models/sim/simfault.h"
#include "models/sim/simprofile.h"
#include "models/sim/simpromptcache.h"
#include "models/sim/simpromwriter.h"
#include "models/sim/simtokenizer.h"
#include "models/sim/simtokenplan.h"

#include <QTest>

class TestSimUnits : public QObject
{
    Q_OBJECT

private slots:
    void profilesOfTheLab()
    {
        const QStringList names = SimProfile::names();
        for (const char *required : {"vllm-dgx", "vllm-dgx-thinking", "llamacpp-5090", "test"})
            QVERIFY2(names.contains(QLatin1String(required)), required);
        const SimProfile dgx = *SimProfile::byName(QStringLiteral("vllm-dgx"));
        const SimProfile desk = *SimProfile::byName(QStringLiteral("llamacpp-5090"));
        QCOMPARE(dgx.dialect, Backend::Vllm);
        QCOMPARE(desk.dialect, Backend::LlamaCpp);
        QVERIFY(!dgx.thinkingDefault);
        QVERIFY(SimProfile::byName(QStringLiteral("vllm-dgx-thinking"))->thinkingDefault);
        QVERIFY(desk.prefillTokensPerSecond >
                5 * dgx.prefillTokensPerSecond); // the user's "6x faster prefill"
        QVERIFY(desk.decodeTokensPerSecond > 3 * dgx.decodeTokensPerSecond);
        QVERIFY(dgx.maxTokensPerChunk > 1 && desk.maxTokensPerChunk == 1);
        QVERIFY(dgx.nondeterministic && !desk.nondeterministic);
        QVERIFY(!SimProfile::byName(QStringLiteral("no-such-profile")));
        for (const QString &name : names)
            QVERIFY(SimProfile::byName(name)->summary().startsWith(name));
    }

    void faultSpecsRoundTrip()
    {
        for (SimFault::Kind kind : SimFault::allKinds()) {
            const SimFault f(kind);
            const std::optional<SimFault> parsed = SimFault::parse(f.spec());
            QVERIFY2(parsed.has_value(), qPrintable(f.spec()));
            QCOMPARE(parsed->kind, kind);
            QCOMPARE(parsed->effectiveArg(), f.effectiveArg());
            QVERIFY(!SimFault::describe(kind).isEmpty());
        }
        QCOMPARE(SimFault::parse(QStringLiteral("reset=7"))->effectiveArg(), 7);
        QCOMPARE(SimFault::parse(QStringLiteral("RESET"))->effectiveArg(), 3);
    }

    void badFaultSpecs_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::newRow("unknown") << QStringLiteral("explode");
        QTest::newRow("not a number") << QStringLiteral("reset=soon");
        QTest::newRow("zero") << QStringLiteral("drip=0");
        QTest::newRow("no arg allowed") << QStringLiteral("refuse=1");
        QTest::newRow("not an error status") << QStringLiteral("http-error=200");
    }
    void badFaultSpecs()
    {
        QFETCH(QString, spec);
        QString error;
        QVERIFY(!SimFault::parse(spec, &error));
        QVERIFY(!error.isEmpty());
    }

    void tokenizerSplitsLosslessly_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("english") << QStringLiteral("Hello, world! The quick brown fox jumps.");
        QTest::newRow("korean") << QStringLiteral("대한민국의 수도는 서울입니다.");
        QTest::newRow("emoji") << QStringLiteral("ok 👍🏽 done");
        QTest::newRow("code") << QStringLiteral("def f(x):\n    return x * 2\n");
        QTest::newRow("spaces") << QStringLiteral("a    b\t\tc  \n\n");
        QTest::newRow("empty") << QString();
    }
    void tokenizerSplitsLosslessly()
    {
        QFETCH(QString, text);
        const QStringList pieces = SimTokenizer::split(text);
        QCOMPARE(pieces.join(QString()), text);
        for (const QString &p : pieces) {
            QVERIFY(!p.isEmpty());
            QVERIFY(!p.back().isHighSurrogate()); // never cuts a code point
            QVERIFY(!p.front().isLowSurrogate());
        }
        QCOMPARE(SimTokenizer::count(text), int(pieces.size()));
    }

    void tokenizerDensity()
    {
        const QString english = QStringLiteral("measurement is the product and every number must be defined");
        const int n = SimTokenizer::count(english);
        QVERIFY(n >= english.size() / 6 && n <= english.size() / 3);
        QCOMPARE(SimTokenizer::count(QStringLiteral("서울입니다")), 3); // two Hangul syllables per token
    }

    void promptTokensDependOnThinking()
    {
        const QList<SimRequest::Message> messages{{QStringLiteral("user"), QStringLiteral("hi")}};
        const QList<quint32> on = SimTokenizer::promptTokens(messages, true);
        const QList<quint32> off = SimTokenizer::promptTokens(messages, false);
        QVERIFY(off.size() > on.size());
        QCOMPARE(off.mid(0, on.size()), on); // same prefix: a cache can reuse it
    }

    void pythonFloatFormat_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("integer") << 2166.0 << QByteArray("2166.0");
        QTest::newRow("zero") << 0.0 << QByteArray("0.0");
        QTest::newRow("fraction") << 0.1711 << QByteArray("0.1711");
        QTest::newRow("created") << 1795700827.1142151 << QByteArray("1.7957008271142151e+09");
        QTest::newRow("million") << 2.9384704e7 << QByteArray("2.9384704e+07");
        QTest::newRow("six digits") << 327680.0 << QByteArray("327680.0");
        QTest::newRow("small") << 1e-5 << QByteArray("1e-05");
        QTest::newRow("bucket") << 0.001 << QByteArray("0.001");
        QTest::newRow("inf") << std::numeric_limits<double>::infinity() << QByteArray("+Inf");
    }
    void pythonFloatFormat()
    {
        QFETCH(double, value);
        QFETCH(QByteArray, text);
        QCOMPARE(SimPromWriter::pyFloat(value), text);
    }

    void histogramIsCumulative()
    {
        SimPromWriter::Histogram h({1.0, 5.0});
        h.observe(0.5);
        h.observe(3.0, 2);
        h.observe(10.0);
        SimPromWriter w(SimPromWriter::Labels{{"engine", "0"}});
        w.histogram("x", "help", h, 1.0);
        const QByteArray t = w.text();
        QVERIFY(t.contains("x_bucket{engine=\"0\",le=\"1.0\"} 1.0\n"));
        QVERIFY(t.contains("x_bucket{engine=\"0\",le=\"5.0\"} 3.0\n"));
        QVERIFY(t.contains("x_bucket{engine=\"0\",le=\"+Inf\"} 4.0\n"));
        QVERIFY(t.contains("x_count{engine=\"0\"} 4.0\n"));
        QVERIFY(t.contains("x_sum{engine=\"0\"} 16.5\n"));
        QVERIFY(t.contains("# TYPE x_created gauge\n"));
    }

    void promptCacheBlocks()
    {
        const QList<quint32> a{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20};
        SimPromptCache perToken(1);
        SimPromptCache blocks(16);
        SimPromptCache off(0);
        QCOMPARE(perToken.lookup(a), 0);
        perToken.store(a);
        blocks.store(a);
        off.store(a);
        QCOMPARE(perToken.lookup(a), 19); // the last token is always evaluated again
        QCOMPARE(blocks.lookup(a), 16);
        QCOMPARE(off.lookup(a), 0);
        QList<quint32> b = a;
        b[5] = 99;
        QCOMPARE(perToken.lookup(b), 5);
        QCOMPARE(blocks.lookup(b), 0);
    }

    void tokenPlanChunksAndTruncation()
    {
        SimProfile mtp = *SimProfile::byName(QStringLiteral("vllm-dgx"));
        const SimAnswer answer{QStringLiteral("Let me think about this carefully."),
                               QStringLiteral("The answer is 42, of course.")};
        const SimTokenPlan full = SimTokenPlan::build(mtp, answer, true, 1000, 7);
        QCOMPARE(full.finishReason, QStringLiteral("stop"));
        QCOMPARE(full.completionTokens,
                 SimTokenizer::count(answer.reasoning) + SimTokenizer::count(answer.content));
        QCOMPARE(full.reasoning, answer.reasoning);
        QCOMPARE(full.content, answer.content);
        QCOMPARE(full.chunks.first().tokens, 1); // the prefill step yields one token
        int sum = 0;
        bool multi = false;
        for (const SimTokenPlan::Chunk &c : full.chunks) {
            QVERIFY(c.tokens >= 1 && c.tokens <= mtp.maxTokensPerChunk);
            multi |= c.tokens > 1;
            sum += c.tokens;
            QCOMPARE(c.lastToken, sum - 1);
        }
        QCOMPARE(sum, full.completionTokens);
        QVERIFY(multi);
        const SimTokenPlan cut = SimTokenPlan::build(mtp, answer, true, 4, 7);
        QCOMPARE(cut.finishReason, QStringLiteral("length"));
        QCOMPARE(cut.completionTokens, 4);
        QVERIFY(cut.content.isEmpty());
        const SimTokenPlan noThinking = SimTokenPlan::build(mtp, answer, false, 1000, 7);
        QVERIFY(noThinking.reasoning.isEmpty());
        QCOMPARE(noThinking.reasoningTokens, 0);
    }
};

QTEST_GUILESS_MAIN(TestSimUnits)
#include "tst_simunits.moc"
