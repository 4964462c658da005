// tokscope-cli suites verify: on the built-in text suites with the grading corpus, and on a user's own
// folder (a suite and a corpus written to a temporary directory), with misjudgements and bad input.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

using json = nlohmann::json;

namespace {

struct Result
{
    int exitCode = -1;
    QByteArray out, err;
};

Result runCli(const QStringList &args, const QString &home)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/xdg-data"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/xdg-config"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(TOKSCOPE_CLI_PATH), args);
    Result r;
    if (!p.waitForFinished(240000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

void write(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

const char *const kSuite = R"({
  "format": 1, "name": "my-capitals", "title": "Capitals",
  "defaults": {"pass_threshold": 100},
  "tasks": [{
    "id": "france", "turns": ["What is the capital of France?"],
    "checks": [{"type": "answer", "values": ["Paris"], "others": ["Lyon", "Marseille"], "topics": ["capital"]}],
    "examples": {"good": [["Paris."], ["The capital is **Paris**, not Lyon."]],
                 "bad": [["Lyon."], ["Either Paris or Lyon."]]}
  }]
})";

} // namespace

class TstCliSuites : public QObject
{
    Q_OBJECT
private slots:
    void builtInTextSuitesWithCorpus();
    void userFolder();
    void userFolderMisjudgement();
    void corpusForUnknownTask();
    void usageErrors();
};

void TstCliSuites::builtInTextSuitesWithCorpus()
{
    QTemporaryDir home;
    const QStringList args = {QStringLiteral("suites"),
                              QStringLiteral("verify"),
                              QStringLiteral("--json"),
                              QStringLiteral("--answers"),
                              QStringLiteral(TOKSCOPE_TEST_DATA_DIR "/answers"),
                              QStringLiteral("--suite"),
                              QStringLiteral("factual-en"),
                              QStringLiteral("--suite"),
                              QStringLiteral("factual-ko"),
                              QStringLiteral("--suite"),
                              QStringLiteral("math"),
                              QStringLiteral("--suite"),
                              QStringLiteral("agent")};
    const Result r = runCli(args, home.path());
    QVERIFY2(r.exitCode == 0, QByteArray(r.err + r.out.left(3000)).constData());
    const json j = json::parse(r.out.cbegin(), r.out.cend(), nullptr, false);
    QVERIFY(j.is_object());
    QCOMPARE(j["ok"].get<bool>(), true);
    QCOMPARE(j["tasks"].size(), size_t(27));
    QVERIFY(j["right"].get<int>() >= 27 * 6);
    QVERIFY(j["wrong"].get<int>() >= 27 * 4);
    QCOMPARE(j["right_accepted_pct"].get<double>(), 100.0);
    QCOMPARE(j["wrong_rejected_pct"].get<double>(), 100.0);
    QVERIFY(j["misjudged"].empty());
    QVERIFY(j["classes"].contains("mentions"));
    QVERIFY(j["classes"].contains("example"));
    for (const json &t : j["tasks"])
        QVERIFY(!t["version"].get<std::string>().empty());
}

void TstCliSuites::userFolder()
{
    QTemporaryDir home;
    const QString suites = home.filePath(QStringLiteral("suites"));
    const QString answers = home.filePath(QStringLiteral("answers"));
    write(suites + QStringLiteral("/capitals.json"), kSuite);
    write(answers + QStringLiteral("/capitals/france.json"), R"({"task": "france",
        "right": [{"answer": ["Many think it is Lyon, but the capital is Paris."], "class": "mentions"}],
        "wrong": [{"answer": ["Lyon is the capital of France."], "class": "plain", "why": "wrong city"}]})");
    const Result r = runCli({QStringLiteral("suites"), QStringLiteral("verify"),
                             QStringLiteral("--suite-dir"), suites, QStringLiteral("--answers"), answers},
                            home.path());
    QVERIFY2(r.exitCode == 0, QByteArray(r.err + r.out).constData());
    QVERIFY(r.out.contains("my-capitals/france"));
    QVERIFY(r.out.contains("3/3")); // 2 good examples + 1 right answer accepted
    QVERIFY(r.out.contains("100.0%"));
}

void TstCliSuites::userFolderMisjudgement()
{
    QTemporaryDir home;
    const QString suites = home.filePath(QStringLiteral("suites"));
    const QString answers = home.filePath(QStringLiteral("answers"));
    write(suites + QStringLiteral("/capitals.json"), kSuite);
    // "Nice" is not among the rivals the task knows: the check cannot tell, the tool must say so.
    write(answers + QStringLiteral("/capitals/france.json"), R"({"task": "france", "right": [],
        "wrong": [{"answer": ["Paris or Nice, I am not sure."], "class": "mentions", "why": "hedge"}]})");
    const Result text = runCli({QStringLiteral("suites"), QStringLiteral("verify"),
                                QStringLiteral("--suite-dir"), suites, QStringLiteral("--answers"), answers},
                               home.path());
    QCOMPARE(text.exitCode, 1);
    QVERIFY2(text.out.contains("MISJUDGED"), text.out.constData());
    QVERIFY(text.out.contains("wrong answer ACCEPTED"));
    QVERIFY(text.out.contains("answers Paris")); // the check's own message
    const Result js = runCli({QStringLiteral("suites"), QStringLiteral("verify"), QStringLiteral("--suite"),
                              suites + QStringLiteral("/capitals.json"), QStringLiteral("--answers"), answers,
                              QStringLiteral("--json")},
                             home.path());
    QCOMPARE(js.exitCode, 1);
    const json j = json::parse(js.out.cbegin(), js.out.cend(), nullptr, false);
    QCOMPARE(j["misjudged"].size(), size_t(1));
    QCOMPARE(j["misjudged"][0]["expected"].get<std::string>(), std::string("fail"));
    QCOMPARE(j["misjudged"][0]["checks"][0]["read"].get<std::string>(),
             std::string("Paris or Nice, I am not sure."));
    QCOMPARE(j["wrong_rejected_pct"].get<double>(), 66.7);
}

void TstCliSuites::corpusForUnknownTask()
{
    QTemporaryDir home;
    const QString suites = home.filePath(QStringLiteral("suites"));
    const QString answers = home.filePath(QStringLiteral("answers"));
    write(suites + QStringLiteral("/capitals.json"), kSuite);
    write(answers + QStringLiteral("/capitals/germany.json"),
          R"({"task": "germany", "right": [], "wrong": []})");
    const Result r = runCli({QStringLiteral("suites"), QStringLiteral("verify"),
                             QStringLiteral("--suite-dir"), suites, QStringLiteral("--answers"), answers},
                            home.path());
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("no task \"germany\""), r.err.constData());
}

void TstCliSuites::usageErrors()
{
    QTemporaryDir home;
    QCOMPARE(runCli({QStringLiteral("suites")}, home.path()).exitCode, 2);
    QCOMPARE(runCli({QStringLiteral("suites"), QStringLiteral("frobnicate")}, home.path()).exitCode, 2);
    const Result missing = runCli({QStringLiteral("suites"), QStringLiteral("verify"),
                                   QStringLiteral("--suite-dir"), home.filePath(QStringLiteral("nope"))},
                                  home.path());
    QCOMPARE(missing.exitCode, 2);
    QVERIFY(missing.err.contains("no such folder"));
    const Result noSuite = runCli({QStringLiteral("suites"), QStringLiteral("verify"),
                                   QStringLiteral("--suite"), QStringLiteral("no-such-suite")},
                                  home.path());
    QCOMPARE(noSuite.exitCode, 2);
    QVERIFY(noSuite.err.contains("no suite named"));
    // A suite that does not load is reported with its file and field.
    write(home.filePath(QStringLiteral("bad/broken.json")),
          R"({"format": 1, "name": "broken", "tasks": []})");
    const Result broken = runCli({QStringLiteral("suites"), QStringLiteral("verify"),
                                  QStringLiteral("--suite-dir"), home.filePath(QStringLiteral("bad"))},
                                 home.path());
    QCOMPARE(broken.exitCode, 2);
    QVERIFY(broken.err.contains("broken.json"));
}

QTEST_GUILESS_MAIN(TstCliSuites)
#include "tst_clisuites.moc"
