// The grading corpus of the code suites (tests/data/answers/<suite>/<task>.json: right and wrong answers
// written like real model output) through the real checks and the sandbox, as the bench runner grades a
// run: every right answer must pass its task and every wrong one must fail it. Prints the rate per class.
// Interim test for the code tasks; tst_gradingcorpus (the whole corpus) supersedes it.

#include "models/bench/checkrunner.h"
#include "models/bench/sandbox.h"
#include "models/bench/scorer.h"
#include "models/bench/suiteloader.h"
#include "tests/support/testdata.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QMutex>
#include <QTest>
#include <QThreadPool>

#include <nlohmann/json.hpp>

namespace {

const QStringList kCodeSuites = {QStringLiteral("algorithms"), QStringLiteral("coding-single"),
                                 QStringLiteral("coding-multiturn"), QStringLiteral("debugging"),
                                 QStringLiteral("hard")};

struct Case
{
    QString suite;
    QString task;
    bool right = true;
    int index = 0;
    QString cls;
    QStringList answers;
};

nlohmann::json readJson(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return nlohmann::json::parse(f.readAll().toStdString(), nullptr, false);
}

// Names of the checks marked "required" in a suite file, per task (read from the JSON so this test
// grades the same way whatever the loader of the tree it is built in knows about the flag).
QMap<QString, QSet<QString>> requiredChecks(const QString &suiteFile)
{
    QMap<QString, QSet<QString>> out;
    const nlohmann::json suite = readJson(suiteFile);
    if (!suite.is_object())
        return out;
    for (const auto &task : suite.value("tasks", nlohmann::json::array())) {
        const QString id = QString::fromStdString(task.value("id", std::string()));
        for (const auto &check : task.value("checks", nlohmann::json::array()))
            if (check.value("required", false))
                out[id].insert(QString::fromStdString(check.value("name", std::string())));
    }
    return out;
}

} // namespace

class TstCodeCorpus final : public QObject
{
    Q_OBJECT

private slots:
    void corpus();
};

void TstCodeCorpus::corpus()
{
    if (!Sandbox::availability().available)
        QSKIP(qPrintable(QStringLiteral("code checks need the sandbox: ") + Sandbox::availability().reason));
    // The suite files of this tree (the same files the built-in resources embed).
    const SuiteLoadReport report =
        SuiteLoader::loadDirectory(QStringLiteral(TOKSCOPE_SOURCE_DIR "/resources/suites"));
    QVERIFY(report.errors.isEmpty());

    QList<Case> cases;
    QMap<QString, QMap<QString, QSet<QString>>> required;
    for (const QString &suite : kCodeSuites) {
        required[suite] = requiredChecks(QStringLiteral(TOKSCOPE_SOURCE_DIR "/resources/suites/") + suite +
                                         QStringLiteral(".json"));
        const QDir dir(TestData::path(QStringLiteral("answers/") + suite));
        QVERIFY2(dir.exists(), qPrintable(dir.path()));
        for (const QString &file : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
            const nlohmann::json doc = readJson(dir.filePath(file));
            QVERIFY2(doc.is_object(), qPrintable(file));
            for (const bool right : {true, false}) {
                int i = 0;
                for (const auto &entry : doc.value(right ? "right" : "wrong", nlohmann::json::array())) {
                    Case c{suite, QString::fromStdString(doc.value("task", std::string())),    right,
                           i++,   QString::fromStdString(entry.value("class", std::string())), {}};
                    for (const auto &turn : entry.value("answer", nlohmann::json::array()))
                        c.answers << QString::fromStdString(turn.get<std::string>());
                    cases << c;
                }
            }
        }
    }
    QVERIFY(cases.size() >= 280);

    // Grade on two threads (each check blocks on its sandbox), as the bench runner does off the GUI thread.
    QMutex mutex;
    QStringList misjudged;
    QMap<QString, QPair<int, int>> rates; // "right/plain" -> (correct, total)
    QThreadPool pool;
    pool.setMaxThreadCount(2);
    for (const Case &c : std::as_const(cases)) {
        pool.start([&, c] {
            const Suite *suite = report.suite(c.suite);
            const Task *task = suite ? suite->task(c.task) : nullptr;
            QString verdict;
            bool passed = false;
            if (!task) {
                verdict = QStringLiteral("unknown task");
            } else {
                const QList<CheckResult> checks = CheckRunner::run(*task, c.answers);
                const RunScore score = Scorer::scoreRun(checks);
                bool requiredFailed = false;
                QStringList lines;
                for (const CheckResult &r : checks) {
                    if (!r.passed() && required.value(c.suite).value(c.task).contains(r.name))
                        requiredFailed = true;
                    lines << QStringLiteral("    [%1] %2: %3")
                                 .arg(checkOutcomeKey(r.outcome), r.name, r.detail.left(300));
                }
                passed = score.score && *score.score >= task->passThreshold && !requiredFailed;
                verdict = QStringLiteral("score %1\n").arg(score.score.value_or(-1)) +
                          lines.join(QLatin1Char('\n'));
            }
            const bool correct = task && passed == c.right;
            const QString kind = c.right ? QStringLiteral("right") : QStringLiteral("wrong");
            QMutexLocker lock(&mutex);
            for (const QString &key :
                 QStringList{kind + QLatin1Char('/') + c.cls, kind + QStringLiteral("/ALL")}) {
                rates[key].first += correct ? 1 : 0;
                rates[key].second += 1;
            }
            if (!correct)
                misjudged << QStringLiteral("%1/%2 %3[%4] (%5): %6")
                                 .arg(c.suite, c.task, kind)
                                 .arg(c.index)
                                 .arg(c.cls, verdict);
        });
    }
    pool.waitForDone();
    for (auto it = rates.cbegin(); it != rates.cend(); ++it)
        qInfo("%-28s %3d/%3d = %5.1f %%", qPrintable(it.key()), it.value().first, it.value().second,
              100.0 * it.value().first / it.value().second);
    misjudged.sort();
    QVERIFY2(misjudged.isEmpty(), qPrintable(QStringLiteral("%1 misjudged:\n").arg(misjudged.size()) +
                                             misjudged.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TstCodeCorpus)
#include "tst_codecorpus.moc"
