#include "models/history/benchhistorystore.h"
#include "models/history/historystores.h"
#include "tests/support/benchsimfixture.h"

#include <QDir>
#include <QFileInfo>

#include <QFile>
#include <QTest>

#include <nlohmann/json.hpp>

using json = nlohmann::json;

namespace {
json parse(const QByteArray &bytes)
{
    return json::parse(bytes.cbegin(), bytes.cend(), nullptr, false);
}
} // namespace

class TstCliBench : public QObject
{
    Q_OBJECT
private slots:
    void jsonOutputHasTheDocumentedShape();
    void regressionFailsTheRunWhenAsked();
    void csvAndMarkdown();
    void badSuiteIsReportedOthersRun();
    void usageErrors();
    void historyCommands();
    void codeChecksAreSkippedWithoutSandbox();
    void suiteByPath();
    void historyNeverCreatesADatabase();
    void historyListSaysWhenItIsCut();
};

void TstCliBench::jsonOutputHasTheDocumentedShape()
{
    BenchSimFixture fx;
    fx.addNode(2);
    fx.addNode(0);
    const auto r = fx.runCli(fx.benchArgs({0, 1}, 2, {QStringLiteral("--json")}));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.err.contains("[20/20]")); // progress line on stderr
    const json j = parse(r.out);
    QVERIFY2(j.is_object(), r.out.left(500).constData());
    QVERIFY(j["run_id"].is_number_integer());
    QCOMPARE(j["results"].size(), size_t(10));
    for (const json &res : j["results"]) {
        for (const char *key : {"suite", "task", "node", "scores", "mean_score", "min_score", "max_score",
                                "passed", "stable", "state", "checks", "tct_ms", "effective_tps"})
            QVERIFY2(res.contains(key), key);
        QCOMPARE(res["scores"].size(), size_t(2));
        QCOMPARE(res["checks"].size(), size_t(2)); // one list per run
        for (const json &check : res["checks"][0])
            for (const char *key : {"name", "weight", "passed", "detail"})
                QVERIFY(check.contains(key));
        QCOMPARE(res["state"].get<std::string>(), std::string("DONE"));
    }
    QCOMPARE(j["verdicts"].size(), size_t(5));
    std::map<std::string, std::string> verdicts;
    for (const json &v : j["verdicts"]) {
        QVERIFY(v.contains("passing_nodes"));
        verdicts[v["task"].get<std::string>()] = v["verdict"].get<std::string>();
    }
    QCOMPARE(verdicts["easy"], std::string("UNANIMOUS"));
    QCOMPARE(verdicts["capital"], std::string("SPLIT"));
    QCOMPARE(verdicts["hard"], std::string("ALL_FAIL"));
}

void TstCliBench::regressionFailsTheRunWhenAsked()
{
    BenchSimFixture fx;
    fx.addNode(2);
    const QStringList args =
        fx.benchArgs({0}, 2, {QStringLiteral("--json"), QStringLiteral("--fail-on-regression")});
    const auto first = fx.runCli(args);
    QVERIFY2(first.exitCode == 0, first.err.constData());
    const auto same = fx.runCli(args);
    QVERIFY2(same.exitCode == 0, same.err.constData()); // same answers: no regression
    QVERIFY(parse(same.out)["regressions"].empty());
    fx.setQuality(0, 0); // a worse model behind the same URL
    const auto worse = fx.runCli(args);
    QCOMPARE(worse.exitCode, 1);
    QVERIFY(worse.err.contains("regression"));
    const json reg = parse(worse.out)["regressions"];
    QVERIFY(reg.size() >= 2);
    QCOMPARE(reg[0]["kind"].get<std::string>(), std::string("now_failing"));
    // Without the flag the same result exits 0.
    QStringList noFlag = args;
    noFlag.removeAll(QStringLiteral("--fail-on-regression"));
    QCOMPARE(fx.runCli(noFlag).exitCode, 0);
}

void TstCliBench::csvAndMarkdown()
{
    BenchSimFixture fx;
    fx.addNode(1);
    const QStringList base = fx.benchArgs({0}, 1);
    const auto csv = fx.runCli(base + QStringList{QStringLiteral("--csv")});
    QCOMPARE(csv.exitCode, 0);
    const QList<QByteArray> lines = csv.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 6);
    QVERIFY(lines.first().startsWith("run_id,suite,task,node,state,scores,mean_score"));
    const auto md = fx.runCli(base + QStringList{QStringLiteral("--markdown")});
    QCOMPARE(md.exitCode, 0);
    QVERIFY(md.out.contains("| Suite | Task | Node |"));
    QVERIFY(md.out.contains("UNANIMOUS"));
}

void TstCliBench::badSuiteIsReportedOthersRun()
{
    BenchSimFixture fx;
    fx.addNode(1);
    QFile bad(fx.suiteDir() + QStringLiteral("/broken.json"));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write(
        R"({"format": 1, "name": "broken", "tasks": [{"id": "t", "turns": ["q"], "checks": [{"type": "regex", "pattern": "(x"}]}]})");
    bad.close();
    const auto r = fx.runCli(fx.benchArgs({0}, 1, {QStringLiteral("--json")}));
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.contains("broken.json: task \"t\": checks[0].pattern"), r.err.constData());
    QCOMPARE(parse(r.out)["results"].size(), size_t(5));
    const auto list = fx.runCli(
        {QStringLiteral("bench"), QStringLiteral("--list"), QStringLiteral("--suite-dir"), fx.suiteDir()});
    QCOMPARE(list.exitCode, 0);
    QVERIFY(list.out.contains("sim-suite"));
    QVERIFY(list.out.contains("factual-en")); // built-ins too
}

void TstCliBench::usageErrors()
{
    BenchSimFixture fx;
    fx.addNode(1);
    QCOMPARE(fx.runCli({QStringLiteral("bench")}).exitCode, 2);
    const auto unknown =
        fx.runCli({QStringLiteral("bench"), QStringLiteral("--suite"), QStringLiteral("no-such-suite"),
                   QStringLiteral("--node"), fx.url(0), QStringLiteral("--db"), fx.dbPath()});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY(unknown.err.contains("no-such-suite"));
    QCOMPARE(fx.runCli({QStringLiteral("bench"), QStringLiteral("--suite"), QStringLiteral("math"),
                        QStringLiteral("--node"), fx.url(0), QStringLiteral("--runs"), QStringLiteral("0")})
                 .exitCode,
             2);
    QCOMPARE(fx.runCli({QStringLiteral("bench"), QStringLiteral("--resume"), QStringLiteral("999"),
                        QStringLiteral("--db"), fx.dbPath()})
                 .exitCode,
             2);
    QCOMPARE(fx.runCli({QStringLiteral("history"), QStringLiteral("show"), QStringLiteral("999"),
                        QStringLiteral("--db"), fx.dbPath()})
                 .exitCode,
             2);
}

void TstCliBench::historyCommands()
{
    BenchSimFixture fx;
    fx.addNode(2);
    const QStringList run = fx.benchArgs({0}, 1, {QStringLiteral("--json")});
    const qint64 a = parse(fx.runCli(run).out)["run_id"].get<qint64>();
    fx.setQuality(0, 1);
    const qint64 b = parse(fx.runCli(run).out)["run_id"].get<qint64>();
    QVERIFY(b > a);
    const auto list = fx.runCli({QStringLiteral("history"), QStringLiteral("list"), QStringLiteral("--json"),
                                 QStringLiteral("--db"), fx.dbPath()});
    QCOMPARE(list.exitCode, 0);
    const json runs = parse(list.out);
    QCOMPARE(runs.size(), size_t(2));
    QCOMPARE(runs[0]["run_id"].get<qint64>(), b); // newest first
    QCOMPARE(runs[1]["unanimous"].get<int>(), 4);
    const auto exported =
        fx.runCli({QStringLiteral("history"), QStringLiteral("export"), QString::number(a),
                   QStringLiteral("--json"), QStringLiteral("--texts"), QStringLiteral("--db"), fx.dbPath()});
    QCOMPARE(exported.exitCode, 0);
    const json rep = parse(exported.out);
    QCOMPARE(rep["run_id"].get<qint64>(), a);
    QCOMPARE(rep["results"].size(), size_t(5));
    QVERIFY(rep["results"][0]["runs"][0].contains("answers"));
    const auto cmp =
        fx.runCli({QStringLiteral("history"), QStringLiteral("compare"), QString::number(a),
                   QString::number(b), QStringLiteral("--json"), QStringLiteral("--db"), fx.dbPath()});
    QCOMPARE(cmp.exitCode, 0);
    const json deltas = parse(cmp.out)["tasks"];
    QCOMPARE(deltas.size(), size_t(5));
    bool rareDropped = false;
    for (const json &d : deltas)
        if (d["task"] == "rare")
            rareDropped = d["delta"].get<double>() == -100.0;
    QVERIFY(rareDropped);
    const auto show = fx.runCli({QStringLiteral("history"), QStringLiteral("show"), QString::number(b),
                                 QStringLiteral("--db"), fx.dbPath()});
    QCOMPARE(show.exitCode, 0);
    QVERIFY(show.out.contains("Regressions")); // rare went from pass to fail
}

// Without bubblewrap the generated code must not run at all: the check is SKIPPED with the reason and
// leaves the score (a run with only skipped checks has no score: null, not 0).
void TstCliBench::codeChecksAreSkippedWithoutSandbox()
{
    BenchSimFixture fx;
    fx.addNode(1);
    QFile suite(fx.tempPath(QStringLiteral("code-suite.json")));
    QVERIFY(suite.open(QIODevice::WriteOnly));
    suite.write(
        R"json({"format": 1, "name": "code-only", "tasks": [{"id": "add", "turns": ["Say the word banana."],
        "checks": [{"type": "code", "tests": "open('/tmp/ran', 'w').write('x')\nfrom solution import add\n"}]}]})json");
    suite.close();
    QProcessEnvironment env;
    env.insert(QStringLiteral("TOKSCOPE_BWRAP"), fx.tempPath(QStringLiteral("no-bwrap-here")));
    const auto r =
        fx.runCli({QStringLiteral("bench"), QStringLiteral("--suite-dir"), fx.tempPath(QString()),
                   QStringLiteral("--suite"), QStringLiteral("code-only"), QStringLiteral("--node"),
                   fx.url(0), QStringLiteral("--runs"), QStringLiteral("1"), QStringLiteral("--json"),
                   QStringLiteral("--db"), fx.dbPath()},
                  60000, env);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const json res = parse(r.out)["results"][0];
    const json check = res["checks"][0][0];
    QCOMPARE(check["skipped"].get<bool>(), true);
    QCOMPARE(check["passed"].get<bool>(), false);
    QVERIFY(check["detail"].get<std::string>().find("bwrap") != std::string::npos);
    QVERIFY(res["mean_score"].is_null());
    QCOMPARE(res["passed"].get<bool>(), false);
}

// Users keep suites next to their projects: --suite takes a file path as well as a name.
void TstCliBench::suiteByPath()
{
    BenchSimFixture fx;
    fx.addNode(2);
    const QString path = fx.tempPath(QStringLiteral("project/bench/my-suite.json"));
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QFile suite(path);
    QVERIFY(suite.open(QIODevice::WriteOnly));
    suite.write(BenchSimFixture::suiteJson());
    suite.close();
    const auto r =
        fx.runCli({QStringLiteral("bench"), QStringLiteral("--suite"), path, QStringLiteral("--node"),
                   fx.url(0), QStringLiteral("--runs"), QStringLiteral("1"), QStringLiteral("--db"),
                   fx.dbPath(), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const json j = parse(r.out);
    QCOMPARE(j["results"].size(), size_t(5));
    QCOMPARE(j["results"][0]["suite"].get<std::string>(), std::string("sim-suite"));
    // The run remembers the file, so --resume can read the suite again.
    HistoryStores history;
    QVERIFY(history.open(fx.dbPath(), HistoryDatabase::Mode::ReadOnly));
    const auto info = history.bench()->run(j["run_id"].get<qint64>());
    QVERIFY(info);
    QVERIFY2(info->settingsJson.contains(path.toUtf8()), info->settingsJson.constData());

    const auto missing =
        fx.runCli({QStringLiteral("bench"), QStringLiteral("--suite"),
                   fx.tempPath(QStringLiteral("project/bench/typo.json")), QStringLiteral("--node"),
                   fx.url(0), QStringLiteral("--db"), fx.dbPath()});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY2(missing.err.contains("typo.json"), missing.err.constData());
    QFile broken(fx.tempPath(QStringLiteral("broken.json")));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("{\"format\": 1, \"name\": \"x\"}");
    broken.close();
    const auto invalid =
        fx.runCli({QStringLiteral("bench"), QStringLiteral("--suite"), broken.fileName(),
                   QStringLiteral("--node"), fx.url(0), QStringLiteral("--db"), fx.dbPath()});
    QCOMPARE(invalid.exitCode, 2);
    QVERIFY2(invalid.err.contains("broken.json"), invalid.err.constData());
}

// A mistyped --db must not leave an empty database behind: history only reads.
void TstCliBench::historyNeverCreatesADatabase()
{
    BenchSimFixture fx;
    const QString typo = fx.tempPath(QStringLiteral("hsitory.sqlite"));
    for (const QString &action : {QStringLiteral("list"), QStringLiteral("show")}) {
        QStringList args{QStringLiteral("history"), action};
        if (action == QLatin1String("show"))
            args << QStringLiteral("1");
        const auto r = fx.runCli(args + QStringList{QStringLiteral("--db"), typo});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(typo.toUtf8()) && r.err.contains("does not exist"), r.err.constData());
        QVERIFY(r.out.isEmpty());
        QVERIFY(!QFileInfo::exists(typo));
    }
}

void TstCliBench::historyListSaysWhenItIsCut()
{
    BenchSimFixture fx;
    {
        HistoryStores history;
        QVERIFY(history.open(fx.dbPath()));
        for (int i = 0; i < 203; ++i) {
            BenchRunInfo info;
            info.suites = {QStringLiteral("math")};
            QVERIFY(history.bench()->createRun(info));
        }
    }
    const auto table =
        fx.runCli({QStringLiteral("history"), QStringLiteral("list"), QStringLiteral("--db"), fx.dbPath()});
    QCOMPARE(table.exitCode, 0);
    QVERIFY2(table.err.contains("newest 200 of 203"), table.err.constData());
    QCOMPARE(table.out.count('\n'), 201); // header + 200 rows
    const auto asJson = fx.runCli({QStringLiteral("history"), QStringLiteral("list"),
                                   QStringLiteral("--json"), QStringLiteral("--db"), fx.dbPath()});
    QCOMPARE(asJson.exitCode, 0);
    QCOMPARE(parse(asJson.out).size(), size_t(200)); // the note is on stderr: stdout stays JSON
    QVERIFY(asJson.err.contains("newest 200"));
}

QTEST_GUILESS_MAIN(TstCliBench)
#include "tst_clibench.moc"
