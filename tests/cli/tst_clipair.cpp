#include "models/history/historydatabase.h"
#include "models/history/pairhistorystore.h"
#include "models/history/rubberstamphistorystore.h"
#include "models/sim/simulatednode.h"
#include "tests/support/pairsimfixture.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <nlohmann/json.hpp>

using json = nlohmann::json;

// QCOMPARE cannot print a json; this names the expression and dumps its value.
#define QCOMPARE_JSON(actual, expected)                                                                       \
    QVERIFY2((actual) == (expected), (std::string(#actual) + " = " + (actual).dump()).c_str())

namespace {
json parse(const QByteArray &bytes)
{
    return json::parse(bytes.cbegin(), bytes.cend(), nullptr, false);
}
} // namespace

class TstCliPair : public QObject
{
    Q_OBJECT
private slots:
    void jsonHasStepsScoresTctAndSummary();
    void reviewerErrorIsReportedPerTask();
    void rubberStampPrintsBothRates();
    void rubberStampTakesACorpusFolder();
    void tableOutput();
    void usageErrors();

private:
    QStringList args(PairSimFixture &fx, const QString &builder, const QString &reviewer,
                     const QStringList &extra) const;
};

QStringList TstCliPair::args(PairSimFixture &fx, const QString &builder, const QString &reviewer,
                             const QStringList &extra) const
{
    QStringList a{QStringLiteral("pair"), QStringLiteral("--suite-dir"), fx.bench().suiteDir(),
                  QStringLiteral("--suite"), QStringLiteral("pair-suite"), QStringLiteral("--db"), fx.bench().dbPath()};
    if (!builder.isEmpty())
        a << QStringLiteral("--builder") << builder;
    if (!reviewer.isEmpty())
        a << QStringLiteral("--reviewer") << reviewer;
    return a + extra;
}

void TstCliPair::jsonHasStepsScoresTctAndSummary()
{
    PairSimFixture fx;
    fx.addNode(PairSimScript::Builder::BadThenGood, SimReviewer::Mode::Judge);
    fx.addNode(PairSimScript::Builder::Good, SimReviewer::Mode::Judge);
    const auto r = fx.bench().runCli(args(fx, fx.url(0) + QStringLiteral(":off"), fx.url(1) + QStringLiteral(":on"),
                                          {QStringLiteral("--runs"), QStringLiteral("2"), QStringLiteral("--json")}));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.err.contains("[2/2] add run 2: review"));
    const json j = parse(r.out);
    QVERIFY2(j.is_object(), r.out.left(400).constData());
    QCOMPARE_JSON(j["run"]["builder"]["thinking"], json(false));
    QCOMPARE_JSON(j["run"]["reviewer"]["thinking"], json(true));
    QCOMPARE_JSON(j["run"]["rounds"], json(2));
    QCOMPARE_JSON(j["run"]["reviewer_prompt_key"], json("empowered"));
    QVERIFY(j["run"]["id"].get<int>() > 0);
    QCOMPARE(j["tasks"].size(), size_t(2));
    for (const json &t : j["tasks"]) {
        QCOMPARE_JSON(t["task"], json("add"));
        QCOMPARE_JSON(t["state"], json("DONE"));
        QCOMPARE_JSON(t["outcome"], json("approved"));
        QCOMPARE_JSON(t["rounds"], json(2));
        QCOMPARE_JSON(t["score"], json(100.0));
        QCOMPARE_JSON(t["passed"], json(true));
        QCOMPARE_JSON(t["single_score"], json(0.0));
        QCOMPARE(t["steps"].size(), size_t(4));
        double ttr = 0;
        for (const json &s : t["steps"]) {
            for (const char *key : {"role", "node", "thinking", "state", "ttr_ms", "tokens", "verdict", "start_ms"})
                QVERIFY2(s.contains(key), key);
            QVERIFY(s["ttr_ms"].is_number());
            QVERIFY(s["tokens"].is_number_integer());
            QVERIFY(!s.contains("messages")); // texts only with --texts
            ttr += s["ttr_ms"].get<double>();
        }
        QCOMPARE_JSON(t["steps"][0]["role"], json("build"));
        QCOMPARE_JSON(t["steps"][0]["verdict"], json(nullptr));
        QCOMPARE_JSON(t["steps"][1]["verdict"], json("REJECT"));
        QCOMPARE_JSON(t["steps"][2]["role"], json("revise"));
        QCOMPARE_JSON(t["steps"][3]["verdict"], json("APPROVE"));
        QCOMPARE_JSON(t["steps"][1]["thinking"], json(true));
        double gaps = 0;
        for (const json &g : t["gaps_ms"])
            gaps += g.get<double>();
        QVERIFY(t["tct_ms"].is_number());
        QVERIFY(std::abs(t["tct_ms"].get<double>() - (ttr + gaps)) < 0.01); // TCT = sum of TTRs + gaps
    }
    QCOMPARE(j["summary"].size(), size_t(2));
    QCOMPARE_JSON(j["summary"][0]["mode"], json("single"));
    QCOMPARE_JSON(j["summary"][0]["pass_rate"], json(0.0));
    QCOMPARE_JSON(j["summary"][1]["mode"], json("pair"));
    QCOMPARE_JSON(j["summary"][1]["pass_rate"], json(100.0));
    QVERIFY(j["summary"][1]["mean_tct_ms"].is_number());

    // Stored in history.
    HistoryDatabase db;
    QVERIFY(db.open(fx.bench().dbPath()));
    PairHistoryStore store(db);
    QVERIFY(store.open());
    const auto stored = store.loadPairRun(j["run"]["id"].get<int>());
    QVERIFY(stored.has_value());
    QCOMPARE(stored->taskRuns.size(), 2);
    QCOMPARE(stored->taskRuns[0].steps.size(), 4);

    // --texts adds the exact messages.
    const auto texts = fx.bench().runCli(args(fx, fx.url(0), fx.url(1),
                                              {QStringLiteral("--runs"), QStringLiteral("1"), QStringLiteral("--json"),
                                               QStringLiteral("--texts")}));
    QVERIFY2(texts.exitCode == 0, texts.err.constData());
    const json step = parse(texts.out)["tasks"][0]["steps"][2];
    QCOMPARE(step["messages"].size(), size_t(3));
    QCOMPARE_JSON(step["messages"][1]["role"], json("assistant"));
}

void TstCliPair::reviewerErrorIsReportedPerTask()
{
    PairSimFixture fx;
    fx.addNode(PairSimScript::Builder::Good, SimReviewer::Mode::Approve);
    fx.addNode(PairSimScript::Builder::Good, SimReviewer::Mode::Approve)->setFault(SimFault(SimFault::Kind::HttpError, 500));
    const auto r = fx.bench().runCli(
        args(fx, fx.url(0), fx.url(1), {QStringLiteral("--runs"), QStringLiteral("1"), QStringLiteral("--json")}));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const json t = parse(r.out)["tasks"][0];
    QCOMPARE_JSON(t["state"], json("ERROR"));
    QCOMPARE(t["steps"].size(), size_t(2));
    QCOMPARE_JSON(t["steps"][1]["state"], json("ERROR"));
    QVERIFY(t["error"].is_string());
    QCOMPARE_JSON(t["passed"], json(false));
}

void TstCliPair::rubberStampPrintsBothRates()
{
    PairSimFixture fx;
    fx.addNode(PairSimScript::Builder::Good, SimReviewer::Mode::Judge);
    QFile prompt(fx.bench().tempPath(QStringLiteral("prompt.txt")));
    QVERIFY(prompt.open(QIODevice::WriteOnly));
    prompt.write("Look hard at this code.");
    prompt.close();
    const auto r = fx.bench().runCli(args(fx, QString(), fx.url(0) + QStringLiteral(":on"),
                                          {QStringLiteral("--rubber-stamp"), QStringLiteral("--runs"),
                                           QStringLiteral("2"), QStringLiteral("--reviewer-prompt"), prompt.fileName(),
                                           QStringLiteral("--json")}));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const json j = parse(r.out);
    QCOMPARE_JSON(j["bad_samples"], json(1));
    QCOMPARE_JSON(j["good_samples"], json(1));
    QCOMPARE(j["prompts"].size(), size_t(3)); // verify, empowered, the file
    QCOMPARE_JSON(j["prompts"][2]["prompt_key"], json("custom"));
    for (const json &p : j["prompts"]) {
        QCOMPARE_JSON(p["bad_reviews"], json(2));
        QCOMPARE_JSON(p["rubber_stamp_rate"]["mean"], json(0.0));
        QCOMPARE(p["rubber_stamp_rate"]["per_run"].size(), size_t(2));
        QCOMPARE_JSON(p["nitpick_rate"]["mean"], json(0.0));
    }
    const auto table = fx.bench().runCli(
        args(fx, QString(), fx.url(0), {QStringLiteral("--rubber-stamp"), QStringLiteral("--runs"), QStringLiteral("1")}));
    QVERIFY2(table.exitCode == 0, table.err.constData());
    QVERIFY(table.out.contains("rubber-stamp rate"));
    QVERIFY(table.out.contains("0/1"));
}

void TstCliPair::tableOutput()
{
    PairSimFixture fx;
    fx.addNode(PairSimScript::Builder::Good, SimReviewer::Mode::Approve);
    const auto r = fx.bench().runCli(args(fx, fx.url(0), fx.url(0), {QStringLiteral("--runs"), QStringLiteral("1")}));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.out.contains("build"));
    QVERIFY(r.out.contains("APPROVE"));
    QVERIFY(r.out.contains("pass rate"));
    QVERIFY(r.out.contains("100%"));
    const auto md = fx.bench().runCli(
        args(fx, fx.url(0), fx.url(0), {QStringLiteral("--runs"), QStringLiteral("1"), QStringLiteral("--markdown")}));
    QVERIFY2(md.exitCode == 0, md.err.constData());
    QVERIFY(md.out.contains("| mode | tasks | pass rate | mean score | mean time ms |"));
    const auto csv = fx.bench().runCli(
        args(fx, fx.url(0), fx.url(0), {QStringLiteral("--runs"), QStringLiteral("1"), QStringLiteral("--csv")}));
    QVERIFY2(csv.exitCode == 0, csv.err.constData());
    QCOMPARE(csv.out.count('\n'), 3); // header + build + review
    QVERIFY(csv.out.startsWith("suite,task,run,step,round,role"));
}

// --answers DIR: the corpus's wrong answers join the known-bad set and its right answers the known-good
// set. The simulated judge does not know these answers, so it approves both: the wrong one is a rubber stamp.
void TstCliPair::rubberStampTakesACorpusFolder()
{
    PairSimFixture fx;
    fx.addNode(PairSimScript::Builder::Good, SimReviewer::Mode::Judge);
    const QString answers = fx.bench().tempPath(QStringLiteral("answers"));
    QVERIFY(QDir().mkpath(answers + QStringLiteral("/pair-suite")));
    QFile corpus(answers + QStringLiteral("/pair-suite/add.json"));
    QVERIFY(corpus.open(QIODevice::WriteOnly));
    corpus.write(R"({"task": "add",
      "right": [{"answer": ["Here:\n```python\ndef add(a, b):\n    return b + a\n```"], "class": "plain", "note": "n"}],
      "wrong": [{"answer": ["```python\ndef add(a, b):\n    return a * b\n```"], "class": "plain", "why": "w"}]})");
    corpus.close();
    const auto r = fx.bench().runCli(args(fx, QString(), fx.url(0) + QStringLiteral(":on"),
                                          {QStringLiteral("--rubber-stamp"), QStringLiteral("--runs"), QStringLiteral("2"),
                                           QStringLiteral("--answers"), answers, QStringLiteral("--json")}));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const json j = parse(r.out);
    QCOMPARE_JSON(j["bad_samples"], json(2));
    QCOMPARE_JSON(j["good_samples"], json(2));
    QCOMPARE_JSON(j["corpus_samples"], json(2));
    QVERIFY(j["id"].is_number_integer()); // stored in the history named by --db
    {
        HistoryDatabase db;
        QVERIFY(db.open(fx.bench().dbPath()));
        RubberStampHistoryStore store(db);
        QVERIFY(store.open());
        const QList<RubberStampRun> tests = store.tests();
        QCOMPARE(tests.size(), 1);
        QCOMPARE(tests[0].id, qint64(j["id"].get<qint64>()));
        QCOMPARE(tests[0].corpusSamples, 2);
        QCOMPARE(size_t(tests[0].results.size()), size_t(j["prompts"].size()));
        QCOMPARE(tests[0].results[0].badApproved, 2);
    }
    for (const json &p : j["prompts"]) {
        QCOMPARE_JSON(p["bad_reviews"], json(4));
        QCOMPARE_JSON(p["bad_approved"], json(2)); // the corpus's wrong answer, each run
        QCOMPARE_JSON(p["rubber_stamp_rate"]["mean"], json(50.0));
        QCOMPARE_JSON(p["good_reviews"], json(4));
    }
    const auto missing = fx.bench().runCli(args(fx, QString(), fx.url(0),
                                                {QStringLiteral("--rubber-stamp"), QStringLiteral("--answers"),
                                                 fx.bench().tempPath(QStringLiteral("nowhere"))}));
    QCOMPARE(missing.exitCode, 2);
    QVERIFY(missing.err.contains("is not a folder"));
}

void TstCliPair::usageErrors()
{
    PairSimFixture fx;
    fx.addNode(PairSimScript::Builder::Good, SimReviewer::Mode::Approve);
    const QString url = fx.url(0);
    struct Case
    {
        QStringList args;
        const char *message;
    };
    const QList<Case> cases{
        {args(fx, url, QString(), {}), "--reviewer"},
        {args(fx, QString(), url, {}), "--builder"},
        {args(fx, url, url, {QStringLiteral("--runs"), QStringLiteral("0")}), "--runs"},
        {args(fx, url, url, {QStringLiteral("--rounds"), QStringLiteral("x")}), "--rounds"},
        {args(fx, url, url, {QStringLiteral("--task"), QStringLiteral("nope")}), "unknown task"},
        {args(fx, url, url, {QStringLiteral("--prompt"), QStringLiteral("nice")}), "--prompt"},
        {args(fx, url, url, {QStringLiteral("--json"), QStringLiteral("--csv")}), "choose one"},
        {args(fx, url, url, {QStringLiteral("--reviewer-prompt"), QStringLiteral("/no/such/file")}), "cannot read"},
        {args(fx, QStringLiteral("nosuchnode"), url, {}), "unknown node"},
        {{QStringLiteral("pair"), QStringLiteral("--builder"), url, QStringLiteral("--reviewer"), url,
          QStringLiteral("--suite"), QStringLiteral("no-such-suite")},
         "unknown suite"},
        {{QStringLiteral("pair"), QStringLiteral("--builder"), url, QStringLiteral("--reviewer"), url,
          QStringLiteral("--suite"), QStringLiteral("math")},
         "no single-turn code task"},
    };
    for (const Case &c : cases) {
        const auto r = fx.bench().runCli(c.args, 30000);
        QVERIFY2(r.exitCode == 2, qPrintable(c.args.join(QLatin1Char(' ')) + QStringLiteral(" -> ") +
                                             QString::number(r.exitCode) + QString::fromUtf8(r.err)));
        QVERIFY2(r.err.contains(c.message), r.err.constData());
    }
}

QTEST_GUILESS_MAIN(TstCliPair)
#include "tst_clipair.moc"
