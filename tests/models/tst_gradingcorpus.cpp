// The grading corpus (tests/data/answers/<suite file stem>/<task id>.json): answers written the way chat
// models really answer, right ones and plausibly wrong ones, each graded through the real checks (and the
// sandbox for code checks) exactly as a benchmark run is graded. Any misjudgement fails, with the task,
// the class and what every check read. Rates per class are printed.

#include "models/bench/gradingcorpus.h"
#include "models/bench/sandbox.h"
#include "models/bench/suiteloader.h"
#include "models/bench/suiteverifier.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {

QString corpusDir()
{
    return QStringLiteral(TOKSCOPE_TEST_DATA_DIR "/answers");
}

QString pct(const std::optional<double> &v)
{
    return v ? QString::number(*v, 'f', 1) + QLatin1Char('%') : QStringLiteral("-");
}

bool hasCodeCheck(const Task &task)
{
    return std::any_of(task.checks.cbegin(), task.checks.cend(),
                       [](const Check &c) { return c.type == CheckType::Code; });
}

} // namespace

class TestGradingCorpus final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void filesAreWellFormed();
    void everyTextTaskHasACorpus();
    void noMisjudgement();
    void unknownTaskIsAnError();
    void badFilesAreReported();

private:
    SuiteLoadReport m_suites;
    CorpusLoadReport m_corpus;
};

void TestGradingCorpus::initTestCase()
{
    m_suites = SuiteLoader::loadDirectory(SuiteLoader::builtInDir());
    QVERIFY(m_suites.errors.isEmpty());
    m_corpus = GradingCorpus::loadDirectory(corpusDir());
    if (!Sandbox::availability().available)
        qWarning("sandbox unavailable, answers of code tasks are not judged: %s",
                 qPrintable(Sandbox::availability().reason));
}

void TestGradingCorpus::filesAreWellFormed()
{
    QVERIFY2(m_corpus.errors.isEmpty(), qPrintable(m_corpus.errors.join(QLatin1Char('\n'))));
    QVERIFY(!m_corpus.tasks.isEmpty());
    for (const CorpusTask &t : std::as_const(m_corpus.tasks)) {
        const auto right = std::count_if(t.answers.cbegin(), t.answers.cend(),
                                         [](const CorpusAnswer &a) { return a.right; });
        const auto wrong = t.answers.size() - right;
        QVERIFY2(right >= 6 && wrong >= 4,
                 qPrintable(QStringLiteral("%1: %2 right, %3 wrong (at least 6 and 4)")
                                .arg(t.path)
                                .arg(right)
                                .arg(wrong)));
    }
}

void TestGradingCorpus::everyTextTaskHasACorpus()
{
    QStringList missing;
    for (const Suite &s : std::as_const(m_suites.suites))
        for (const Task &t : s.tasks) {
            const QString path = corpusDir() + QLatin1Char('/') + SuiteVerifier::suiteStem(s) +
                                 QLatin1Char('/') + t.id + QStringLiteral(".json");
            if (QFile::exists(path))
                continue;
            if (hasCodeCheck(t))
                qInfo("no corpus yet for code task %s/%s", qPrintable(s.name), qPrintable(t.id));
            else
                missing << path;
        }
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char('\n'))));
}

void TestGradingCorpus::noMisjudgement()
{
    const VerifyReport report = SuiteVerifier::verify(m_suites.suites, &m_corpus, false);
    QVERIFY2(report.errors.isEmpty(), qPrintable(report.errors.join(QLatin1Char('\n'))));

    QStringList rates;
    const auto byClass = report.byClass();
    for (auto it = byClass.cbegin(); it != byClass.cend(); ++it)
        rates << QStringLiteral("  %1: right accepted %2 (%3/%4), wrong rejected %5 (%6/%7)%8")
                     .arg(it.key(), -14)
                     .arg(pct(it->rightAcceptedPct()))
                     .arg(it->rightAccepted)
                     .arg(it->right)
                     .arg(pct(it->wrongRejectedPct()))
                     .arg(it->wrongRejected)
                     .arg(it->wrong)
                     .arg(it->skipped ? QStringLiteral(", %1 not judged").arg(it->skipped) : QString());
    const VerifyRates all = report.total();
    rates << QStringLiteral("  %1: right accepted %2 (%3/%4), wrong rejected %5 (%6/%7)")
                 .arg(QStringLiteral("ALL"), -14)
                 .arg(pct(all.rightAcceptedPct()))
                 .arg(all.rightAccepted)
                 .arg(all.right)
                 .arg(pct(all.wrongRejectedPct()))
                 .arg(all.wrongRejected)
                 .arg(all.wrong);
    qInfo("grading corpus, %d answers:\n%s", int(report.cases.size()),
          qPrintable(rates.join(QLatin1Char('\n'))));

    QStringList problems;
    for (const VerifyCase &c : report.cases) {
        if (!c.misjudged())
            continue;
        problems << QStringLiteral(
                        "%1/%2 %3[%4] class %5: %6 (score %7, threshold %8)%9\n  answer: %10\n  %11")
                        .arg(c.suite, c.task,
                             c.expectedPass ? QStringLiteral("right") : QStringLiteral("wrong"))
                        .arg(c.index)
                        .arg(c.cls, c.expectedPass ? QStringLiteral("right answer REJECTED")
                                                   : QStringLiteral("wrong answer ACCEPTED"))
                        .arg(c.score.score.value_or(-1))
                        .arg(c.passThreshold)
                        .arg(c.note.isEmpty() ? QString() : QStringLiteral(" — ") + c.note)
                        .arg(c.answers.join(QStringLiteral(" ‖ "))
                                 .left(300)
                                 .replace(QLatin1Char('\n'), QLatin1Char(' ')))
                        .arg(c.describeChecks().replace(QLatin1Char('\n'), QStringLiteral("\n  ")));
    }
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 misjudged answer(s):\n").arg(problems.size()) +
                                            problems.join(QLatin1Char('\n'))));
}

void TestGradingCorpus::unknownTaskIsAnError()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("math")));
    QFile f(dir.filePath(QStringLiteral("math/no-such-task.json")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"task": "no-such-task", "right": [{"answer": ["1"], "class": "plain"}], "wrong": []})");
    f.close();
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("no-such-suite")));
    QFile g(dir.filePath(QStringLiteral("no-such-suite/x.json")));
    QVERIFY(g.open(QIODevice::WriteOnly));
    g.write(R"({"task": "x", "right": [], "wrong": []})");
    g.close();
    const CorpusLoadReport corpus = GradingCorpus::loadDirectory(dir.path());
    QVERIFY2(corpus.errors.isEmpty(), qPrintable(corpus.errors.join(QLatin1Char('\n'))));
    const VerifyReport report = SuiteVerifier::verify(m_suites.suites, &corpus, false);
    QCOMPARE(report.errors.size(), 2);
    QVERIFY(report.errors.join(QLatin1Char('\n')).contains(QLatin1String("no task \"no-such-task\"")));
    QVERIFY(report.errors.join(QLatin1Char('\n')).contains(QLatin1String("no-such-suite.json")));
}

void TestGradingCorpus::badFilesAreReported()
{
    QStringList errors;
    QVERIFY(!GradingCorpus::parse("[1]", QStringLiteral("a/t.json"), QStringLiteral("a"), &errors));
    QVERIFY(
        !GradingCorpus::parse(R"({"task": "t", "right": [{"answer": "x", "class": "plain"}], "wrong": []})",
                              QStringLiteral("a/t.json"), QStringLiteral("a"), &errors));
    QVERIFY(
        !GradingCorpus::parse(R"({"task": "t", "right": [{"answer": ["x"], "class": "odd"}], "wrong": []})",
                              QStringLiteral("a/t.json"), QStringLiteral("a"), &errors));
    QVERIFY(!GradingCorpus::parse(R"({"task": "u", "right": [], "wrong": []})", QStringLiteral("a/t.json"),
                                  QStringLiteral("a"), &errors));
    QCOMPARE(errors.size(), 4);
    QVERIFY(errors.at(2).contains(QLatin1String("\"odd\"")));
    QVERIFY(GradingCorpus::parse(R"({"task": "t", "right": [{"answer": ["x"], "class": "plain", "note": "n"}],
                                    "wrong": [{"answer": ["y"], "class": "numbers", "why": "w"}]})",
                                 QStringLiteral("a/t.json"), QStringLiteral("a"), &errors));
    QVERIFY(!GradingCorpus::loadDirectory(QStringLiteral("/nonexistent/answers")).errors.isEmpty());
}

QTEST_GUILESS_MAIN(TestGradingCorpus)
#include "tst_gradingcorpus.moc"
