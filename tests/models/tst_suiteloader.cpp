#include "models/bench/checkrunner.h"
#include "models/bench/sandbox.h"
#include "models/bench/scorer.h"
#include "models/bench/suiteloader.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {

const char *const kGoodSuite = R"json({
  "format": 1, "name": "factual-en", "title": "Factual (English)", "category": "factual",
  "description": "test", "defaults": {"thinking": false, "max_tokens": 1024, "timeout_s": 120, "pass_threshold": 70},
  "_note": "comments are ignored",
  "tasks": [
    {"id": "capital-australia", "title": "Capital", "thinking": null, "max_tokens": 512, "timeout_s": 60,
     "pass_threshold": 100, "system": "Be brief.",
     "turns": ["What is the capital of Australia?", "And its population?"],
     "checks": [{"type": "contains", "values": ["Canberra"], "mode": "any", "weight": 1, "turn": 0},
                {"type": "contains", "values": ["Sydney"], "negate": true, "turn": 0},
                {"type": "numeric", "expected": 460000, "rel_tolerance": 0.2}],
     "examples": {"good": [["Canberra.", "About 460,000 people."]], "bad": [["Sydney.", "About 5 million."]]}},
    {"id": "thinking-on", "thinking": true, "turns": ["2+2?"], "checks": [{"type": "numeric", "expected": 4}],
     "examples": {"good": ["4", "**4**"], "bad": ["5"]}}
  ]
})json";

QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    QFile f(dir.filePath(name));
    f.open(QIODevice::WriteOnly);
    f.write(content);
    return f.fileName();
}

} // namespace

class TstSuiteLoader : public QObject
{
    Q_OBJECT
private slots:
    void parsesTheDocumentedFormat();
    void errors_data();
    void errors();
    void badSuiteDoesNotStopOthers();
    void duplicateSuiteNames();
    void builtInSuitesLoadAndTheirExamplesScoreRight();
    void answerUnitsAndRequired();
    void taskVersion();
};

void TstSuiteLoader::parsesTheDocumentedFormat()
{
    QList<SuiteLoadError> errors;
    const auto suite = SuiteLoader::parse(kGoodSuite, QStringLiteral("factual-en.json"), &errors);
    QVERIFY2(suite, errors.isEmpty() ? "" : qPrintable(errors.first().toString()));
    QCOMPARE(suite->name, QStringLiteral("factual-en"));
    QCOMPARE(suite->tasks.size(), 2);
    const Task &t = suite->tasks.at(0);
    QCOMPARE(t.maxTokens, 512);
    QCOMPARE(t.timeoutS, 60);
    QCOMPARE(t.passThreshold, 100.0);
    QCOMPARE(t.thinking, std::optional<bool>(false)); // null = suite default
    QCOMPARE(t.system, QStringLiteral("Be brief."));
    QCOMPARE(t.turns.size(), 2);
    QCOMPARE(t.checks.size(), 3);
    QCOMPARE(t.checks.at(0).name, QStringLiteral("contains"));
    QCOMPARE(t.checks.at(1).name, QStringLiteral("contains#2")); // unique default names
    QVERIFY(t.checks.at(1).negate);
    QCOMPARE(t.checks.at(2).turn, -1);
    QCOMPARE(t.examples.good.size(), 1);
    QCOMPARE(suite->tasks.at(1).thinking, std::optional<bool>(true));
    QCOMPARE(suite->tasks.at(1).maxTokens, 1024);         // suite default
    QCOMPARE(suite->tasks.at(1).examples.good.size(), 2); // single-turn string shorthand
    QCOMPARE(suite->task(QStringLiteral("thinking-on"))->id, QStringLiteral("thinking-on"));
}

void TstSuiteLoader::errors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("task");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");
    const QByteArray head =
        R"({"format": 1, "name": "s", "tasks": [{"id": "t1", "turns": ["q"], "checks": [)";
    const QByteArray tail = "]}]}";
    QTest::newRow("json syntax") << QByteArray(R"({"format": 1, "name": "s",)") << QString() << QString()
                                 << QStringLiteral("line 1");
    QTest::newRow("unknown check type")
        << head + R"({"type": "fuzzy", "values": ["x"]})" + tail << QStringLiteral("t1")
        << QStringLiteral("checks[0].type") << QStringLiteral("fuzzy");
    QTest::newRow("bad regex") << head + R"({"type": "regex", "pattern": "(unclosed"})" + tail
                               << QStringLiteral("t1") << QStringLiteral("checks[0].pattern")
                               << QStringLiteral("invalid regex");
    QTest::newRow("missing values") << head + R"({"type": "contains"})" + tail << QStringLiteral("t1")
                                    << QStringLiteral("checks[0].values") << QStringLiteral("missing");
    QTest::newRow("missing expected") << head + R"({"type": "numeric"})" + tail << QStringLiteral("t1")
                                      << QStringLiteral("checks[0].expected") << QStringLiteral("missing");
    QTest::newRow("turn out of range")
        << head + R"({"type": "contains", "values": ["x"], "turn": 3})" + tail << QStringLiteral("t1")
        << QStringLiteral("checks[0].turn") << QString();
    QTest::newRow("unknown field typo")
        << head + R"({"type": "contains", "valuse": ["x"], "values": ["y"]})" + tail << QStringLiteral("t1")
        << QStringLiteral("checks[0].valuse") << QStringLiteral("unknown");
    QTest::newRow("choice letter") << head + R"({"type": "choice", "expected": "E", "options": ["A","B"]})" +
                                          tail
                                   << QStringLiteral("t1") << QStringLiteral("checks[0].expected")
                                   << QString();
    QTest::newRow("length without bounds") << head + R"({"type": "length"})" + tail << QStringLiteral("t1")
                                           << QStringLiteral("checks[0]") << QString();
    QTest::newRow("code without tests") << head + R"({"type": "code"})" + tail << QStringLiteral("t1")
                                        << QStringLiteral("checks[0].tests") << QString();
    QTest::newRow("missing turns")
        << QByteArray(
               R"({"format": 1, "name": "s", "tasks": [{"id": "t1", "checks": [{"type":"exact","value":"x"}]}]})")
        << QStringLiteral("t1") << QStringLiteral("turns") << QStringLiteral("missing");
    QTest::newRow("missing tasks") << QByteArray(R"({"format": 1, "name": "s"})") << QString()
                                   << QStringLiteral("tasks") << QString();
    QTest::newRow("missing name") << QByteArray(R"({"format": 1, "tasks": []})") << QString()
                                  << QStringLiteral("name") << QString();
    QTest::newRow("wrong format")
        << QByteArray(
               R"({"format": 2, "name": "s", "tasks": [{"id": "t", "turns": ["q"], "checks": [{"type":"exact","value":"x"}]}]})")
        << QString() << QStringLiteral("format") << QString();
    QTest::newRow("example turn count")
        << head + R"({"type": "exact", "value": "x"}], "examples": {"good": [["a", "b"]]}}]})"
        << QStringLiteral("t1") << QStringLiteral("examples.good[0]") << QString();
    QTest::newRow("answer without values")
        << head + R"({"type": "answer", "others": ["x"]})" + tail << QStringLiteral("t1")
        << QStringLiteral("checks[0].values") << QStringLiteral("missing");
    QTest::newRow("others on contains")
        << head + R"({"type": "contains", "values": ["x"], "others": ["y"]})" + tail << QStringLiteral("t1")
        << QStringLiteral("checks[0].others") << QString();
    QTest::newRow("bad unit factor") << head + R"({"type": "numeric", "expected": 1, "units": {"m": -1}})" +
                                            tail
                                     << QStringLiteral("t1") << QStringLiteral("checks[0].units.m")
                                     << QString();
    QTest::newRow("required not bool")
        << head + R"({"type": "exact", "value": "x", "required": 1})" + tail << QStringLiteral("t1")
        << QStringLiteral("checks[0].required") << QString();
    QTest::newRow("duplicate task id")
        << QByteArray(R"({"format": 1, "name": "s", "tasks": [
        {"id": "t", "turns": ["q"], "checks": [{"type":"exact","value":"x"}]},
        {"id": "t", "turns": ["q"], "checks": [{"type":"exact","value":"x"}]}]})")
        << QStringLiteral("t") << QStringLiteral("id") << QStringLiteral("duplicate");
}

void TstSuiteLoader::errors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, task);
    QFETCH(QString, field);
    QFETCH(QString, message);
    QList<SuiteLoadError> errors;
    QVERIFY(!SuiteLoader::parse(json, QStringLiteral("/x/bad.json"), &errors));
    QVERIFY(!errors.isEmpty());
    const SuiteLoadError &e = errors.first();
    QCOMPARE(e.file, QStringLiteral("/x/bad.json"));
    QCOMPARE(e.task, task);
    QCOMPARE(e.field, field);
    QVERIFY2(e.message.contains(message), qPrintable(e.message));
    const QString text = e.toString();
    QVERIFY(text.startsWith(QStringLiteral("bad.json")));
    if (!task.isEmpty())
        QVERIFY(text.contains(QStringLiteral("task \"%1\"").arg(task)));
}

void TstSuiteLoader::badSuiteDoesNotStopOthers()
{
    QTemporaryDir dir;
    write(dir, QStringLiteral("a-good.json"), kGoodSuite);
    write(
        dir, QStringLiteral("b-bad.json"),
        R"({"format": 1, "name": "bad", "tasks": [{"id": "x", "turns": ["q"], "checks": [{"type": "nope"}]}]})");
    write(dir, QStringLiteral("c-broken.json"), "{ not json");
    write(dir, QStringLiteral("notes.txt"), "ignored");
    const SuiteLoadReport report = SuiteLoader::loadDirectory(dir.path());
    QCOMPARE(report.suites.size(), 1);
    QCOMPARE(report.suites.first().name, QStringLiteral("factual-en"));
    QCOMPARE(report.errors.size(), 2);
    QVERIFY(
        report.errors.at(0).toString().contains(QStringLiteral("b-bad.json: task \"x\": checks[0].type")));
    QVERIFY(report.errors.at(1).toString().contains(QStringLiteral("c-broken.json")));
    QVERIFY(SuiteLoader::loadDirectory(dir.filePath(QStringLiteral("missing"))).errors.isEmpty());
}

void TstSuiteLoader::duplicateSuiteNames()
{
    QTemporaryDir a, b;
    write(a, QStringLiteral("one.json"), kGoodSuite);
    write(b, QStringLiteral("two.json"), kGoodSuite);
    const SuiteLoadReport report = SuiteLoader::loadAll({a.path(), b.path()}, false);
    QCOMPARE(std::count_if(report.suites.cbegin(), report.suites.cend(),
                           [](const Suite &s) { return s.name == QLatin1String("factual-en"); }),
             1);
    QVERIFY(std::any_of(report.errors.cbegin(), report.errors.cend(), [](const SuiteLoadError &e) {
        return e.message.contains(QStringLiteral("already loaded"));
    }));
}

// Every built-in suite must load, and its known-good answers must pass and known-bad ones fail:
// that is what keeps the harness honest (a check that rejects a right answer is a harness bug).
void TstSuiteLoader::builtInSuitesLoadAndTheirExamplesScoreRight()
{
    const SuiteLoadReport report = SuiteLoader::loadDirectory(SuiteLoader::builtInDir());
    for (const SuiteLoadError &e : report.errors)
        qWarning("%s", qPrintable(e.toString()));
    QVERIFY(report.errors.isEmpty());
    if (report.suites.isEmpty())
        QSKIP("no built-in suites embedded yet");
    const bool sandbox = Sandbox::availability().available;
    int examples = 0;
    for (const Suite &suite : report.suites) {
        QVERIFY(suite.builtIn);
        for (const Task &task : suite.tasks) {
            const bool hasCode = std::any_of(task.checks.cbegin(), task.checks.cend(),
                                             [](const Check &c) { return c.type == CheckType::Code; });
            if (hasCode && !sandbox)
                continue;
            for (const QStringList &good : task.examples.good) {
                const QList<CheckResult> r = CheckRunner::run(task, good);
                const RunScore s = Scorer::scoreRun(r);
                QString why;
                for (const CheckResult &c : r)
                    if (!c.passed())
                        why += c.name + QStringLiteral(": ") + c.detail + QStringLiteral("; ");
                QVERIFY2(
                    s.score && *s.score >= task.passThreshold,
                    qPrintable(QStringLiteral("%1/%2 good example fails: %3").arg(suite.name, task.id, why)));
                ++examples;
            }
            for (const QStringList &bad : task.examples.bad) {
                const RunScore s = Scorer::scoreRun(CheckRunner::run(task, bad));
                QVERIFY2(!s.score || *s.score < task.passThreshold,
                         qPrintable(QStringLiteral("%1/%2 bad example passes: %3")
                                        .arg(suite.name, task.id, bad.join(QStringLiteral(" | ")))));
                ++examples;
            }
        }
    }
    qInfo("%d examples of %d built-in suites scored as expected", examples, int(report.suites.size()));
}

void TstSuiteLoader::answerUnitsAndRequired()
{
    QList<SuiteLoadError> errors;
    const auto s =
        SuiteLoader::parse(R"({"format": 1, "name": "s", "tasks": [{"id": "t", "turns": ["q"], "checks": [
        {"type": "answer", "values": ["Au"], "others": ["Ag"], "topics": ["symbol"], "normalize": false, "required": true},
        {"type": "numeric", "expected": 3, "units": {"km": 1, "m": 0.001, "mi": null}}]}]})",
                           QStringLiteral("s.json"), &errors);
    QVERIFY2(s, errors.isEmpty() ? "" : qPrintable(errors.first().toString()));
    const Check &a = s->tasks.first().checks.at(0);
    QCOMPARE(a.type, CheckType::Answer);
    QCOMPARE(a.others, QStringList{QStringLiteral("Ag")});
    QCOMPARE(a.topics, QStringList{QStringLiteral("symbol")});
    QVERIFY(a.required && !a.normalize);
    const Check &n = s->tasks.first().checks.at(1);
    QCOMPARE(n.units.size(), 3);
    QCOMPARE(n.units.at(2).second, 0.0); // null: a unit that is never the answer
}

void TstSuiteLoader::taskVersion()
{
    auto version = [](const QByteArray &task) {
        QList<SuiteLoadError> errors;
        const auto s = SuiteLoader::parse(R"({"format": 1, "name": "s", "tasks": [)" + task + "]}",
                                          QStringLiteral("s.json"), &errors);
        return s ? s->tasks.first().version : QStringLiteral("error");
    };
    const QString base =
        version(R"({"id": "t", "title": "A", "turns": ["q"], "checks": [{"type": "exact", "value": "x"}]})");
    QCOMPARE(base.size(), 10);
    // Title, examples and layout do not change how the task is graded.
    QCOMPARE(
        version(R"({"id": "t", "title": "B", "turns": ["q"], "checks": [ {"value": "x", "type": "exact"} ],
                        "examples": {"good": ["x"]}})"),
        base);
    // Checks, turns and the threshold do.
    QVERIFY(version(R"({"id": "t", "turns": ["q"], "checks": [{"type": "exact", "value": "y"}]})") != base);
    QVERIFY(version(R"({"id": "t", "turns": ["q?"], "checks": [{"type": "exact", "value": "x"}]})") != base);
    QVERIFY(
        version(
            R"({"id": "t", "turns": ["q"], "pass_threshold": 50, "checks": [{"type": "exact", "value": "x"}]})") !=
        base);
    // An explicit version pins it.
    QCOMPARE(
        version(R"({"id": "t", "version": 3, "turns": ["q"], "checks": [{"type": "exact", "value": "x"}]})"),
        QStringLiteral("3"));
    QCOMPARE(
        version(R"({"id": "t", "version": [], "turns": ["q"], "checks": [{"type": "exact", "value": "x"}]})"),
        QStringLiteral("error"));
}

QTEST_GUILESS_MAIN(TstSuiteLoader)
#include "tst_suiteloader.moc"
