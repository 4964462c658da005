// Simulated nodes answer the built-in benchmark tasks with the tasks' own known-good and known-bad
// examples (SimBenchAnswers), so the demo lab's verdicts are UNANIMOUS, MAJORITY, SPLIT and ALL_FAIL
// as a user would meet them, not ALL_FAIL everywhere. Deterministic per profile, task and run.
#include "models/bench/benchrunner.h"
#include "models/bench/suiteloader.h"
#include "models/bench/verdict.h"
#include "models/sim/simbenchanswers.h"
#include "models/sim/simlab.h"
#include "models/sim/simprofile.h"

#include <QSet>
#include <QSignalSpy>
#include <QTest>

class TestSimBenchAnswers : public QObject
{
    Q_OBJECT

    QList<Suite> m_suites;
    QList<SimProfile> m_lab; // DGX1, DGX2, Desktop 5090 as SimLab starts them

    static SimRequest requestFor(const Task &task, int run = 0, const QString &prefix = {})
    {
        SimRequest r;
        r.messages = {{QStringLiteral("user"), prefix + task.turns.constFirst()}};
        r.run = run;
        return r;
    }

    // Passing nodes of a task when no node is unstable on it (else nullopt).
    std::optional<int> stablePassCount(const Suite &suite, const Task &task) const
    {
        int passing = 0;
        for (const SimProfile &p : m_lab) {
            if (SimBenchAnswers::unstable(p, suite, task))
                return std::nullopt;
            passing += SimBenchAnswers::kindFor(p, suite, task, 0) == SimBenchAnswers::Kind::Right;
        }
        return passing;
    }

private slots:
    void initTestCase()
    {
        m_suites = SuiteLoader::loadDirectory(SuiteLoader::builtInDir()).suites;
        QVERIFY(m_suites.size() >= 9);
        for (const char *name : {"vllm-dgx", "vllm-dgx-thinking", "llamacpp-5090"})
            m_lab << *SimProfile::byName(QLatin1String(name));
    }

    void answersAreTheTasksOwnExamples()
    {
        int right = 0, wrong = 0;
        for (const Suite &suite : std::as_const(m_suites)) {
            for (const Task &task : suite.tasks) {
                for (const SimProfile &p : std::as_const(m_lab)) {
                    const SimAnswer a = SimBenchAnswers::answer(requestFor(task), p);
                    const bool isRight = a.content == task.examples.good.value(0).value(0);
                    const bool isWrong = a.content == task.examples.bad.value(0).value(0);
                    QVERIFY2(isRight || isWrong, qPrintable(suite.name + QLatin1Char('/') + task.id));
                    if (isRight && isWrong)
                        continue; // both examples start alike (multi-turn): the later turns differ
                    QCOMPARE(isRight,
                             SimBenchAnswers::kindFor(p, suite, task, 0) == SimBenchAnswers::Kind::Right);
                    (isRight ? right : wrong)++;
                }
            }
        }
        QVERIFY(right > 0 && wrong > 0);
    }

    void deterministicAndUnstableOnlyWhereTheProfileIs()
    {
        const SimProfile stable = *SimProfile::byName(QStringLiteral("llamacpp-5090"));
        QVERIFY(!stable.nondeterministic);
        int unstableTasks = 0, flips = 0;
        for (const Suite &suite : std::as_const(m_suites)) {
            for (const Task &task : suite.tasks) {
                QVERIFY(!SimBenchAnswers::unstable(stable, suite, task));
                for (const SimProfile &p : std::as_const(m_lab)) {
                    const auto first = SimBenchAnswers::kindFor(p, suite, task, 0);
                    QCOMPARE(SimBenchAnswers::kindFor(p, suite, task, 0), first); // same request, same answer
                    if (!SimBenchAnswers::unstable(p, suite, task)) {
                        for (quint64 run = 1; run < 6; ++run)
                            QCOMPARE(SimBenchAnswers::kindFor(p, suite, task, run), first);
                        continue;
                    }
                    ++unstableTasks;
                    for (quint64 run = 1; run < 6; ++run)
                        flips += SimBenchAnswers::kindFor(p, suite, task, run) != first;
                }
            }
        }
        QVERIFY(unstableTasks > 0);
        QVERIFY(flips > 0); // some runs of an unstable task come out different
    }

    void labShowsEveryVerdict()
    {
        QSet<int> seen;
        for (const Suite &suite : std::as_const(m_suites))
            for (const Task &task : suite.tasks)
                if (const auto passing = stablePassCount(suite, task))
                    seen.insert(int(verdictFor(*passing, int(m_lab.size()))));
        QCOMPARE(seen.size(), 4);
    }

    void cacheBustAndOtherPrompts()
    {
        const Suite &suite = m_suites.constFirst();
        const Task &task = suite.tasks.constFirst();
        const SimAnswer busted = SimBenchAnswers::answer(
            requestFor(task, 0, QStringLiteral("[nonce 1234]\n")), m_lab.constFirst());
        QVERIFY(busted.content == task.examples.good.value(0).value(0) ||
                busted.content == task.examples.bad.value(0).value(0));
        SimRequest other;
        other.messages = {{QStringLiteral("user"), QStringLiteral("Explain the KV cache in two sentences.")}};
        QCOMPARE(SimBenchAnswers::answer(other, m_lab.constFirst()).content,
                 defaultSimAnswer(other, m_lab.constFirst()).content);
    }

    void multiTurnContinuesTheFirstAnswer()
    {
        for (const Suite &suite : std::as_const(m_suites)) {
            for (const Task &task : suite.tasks) {
                if (task.turns.size() < 2)
                    continue;
                if (task.examples.good.value(0).value(0) == task.examples.bad.value(0).value(0))
                    continue;
                for (const auto &examples : {task.examples.good.value(0), task.examples.bad.value(0)}) {
                    SimRequest r;
                    r.messages = {{QStringLiteral("user"), task.turns.at(0)},
                                  {QStringLiteral("assistant"), examples.value(0)},
                                  {QStringLiteral("user"), task.turns.at(1)}};
                    QCOMPARE(SimBenchAnswers::answer(r, m_lab.constFirst()).content, examples.value(1));
                }
                return;
            }
        }
        QSKIP("no multi-turn built-in task");
    }

    // End to end: the demo lab answers a benchmark (suites without code checks, so no sandbox is
    // needed) and the verdicts are the predicted ones, all four kinds of them.
    void demoLabBenchmark()
    {
        SimLab lab;
        QVERIFY2(lab.start(0.02), qPrintable(lab.errorString()));
        BenchSettings settings;
        for (const Suite &s : std::as_const(m_suites))
            if (QStringList{QStringLiteral("agent"), QStringLiteral("factual-en"),
                            QStringLiteral("factual-ko"), QStringLiteral("math")}
                    .contains(s.name))
                settings.suites << s;
        settings.nodes = lab.nodes();
        settings.runs = 3;
        BenchRunner runner;
        QSignalSpy finished(&runner, &BenchRunner::finished);
        QVERIFY2(runner.start(settings), qPrintable(runner.errorString()));
        QVERIFY(finished.wait(600000));
        QSet<int> seen;
        int predicted = 0;
        for (const TaskVerdict &v : runner.report().verdicts) {
            seen.insert(int(v.verdict));
            for (const Suite &s : std::as_const(settings.suites)) {
                const Task *task = s.name == v.suite ? s.task(v.task) : nullptr;
                if (!task)
                    continue;
                if (const auto passing = stablePassCount(s, *task)) {
                    ++predicted;
                    QVERIFY2(v.verdict == verdictFor(*passing, 3),
                             qPrintable(QStringLiteral("%1/%2: %3, expected %4 passing")
                                            .arg(v.suite, v.task, verdictKey(v.verdict))
                                            .arg(*passing)));
                }
            }
        }
        QVERIFY(predicted > 0);
        QVERIFY2(seen.size() == 4, qPrintable(QStringLiteral("%1 kinds of verdict").arg(seen.size())));
    }
};

QTEST_GUILESS_MAIN(TestSimBenchAnswers)
#include "tst_simbenchanswers.moc"
