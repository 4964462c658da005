#include "models/compare/stabilityanalyzer.h"
#include "models/compare/textdiff.h"

#include <QTest>

// StabilityAnalyzer verdicts over n runs and the TextDiff that explains an UNSTABLE one.
class TestStabilityAnalyzer : public QObject
{
    Q_OBJECT

    static CompareCell cell(int run, RunState state, const QString &text)
    {
        CompareCell c;
        c.nodeIndex = 0;
        c.run = run;
        c.result.state = state;
        c.result.text = text;
        return c;
    }

private slots:
    void normalizeFoldsWhitespaceAndCase()
    {
        QCOMPARE(StabilityAnalyzer::normalize(QStringLiteral("  The  answer\n\tis 42.  ")),
                 QStringLiteral("the answer is 42."));
        QCOMPARE(StabilityAnalyzer::normalize(QStringLiteral("서울은\n 한국의 수도")),
                 QStringLiteral("서울은 한국의 수도"));
        QVERIFY(StabilityAnalyzer::normalize(QStringLiteral("a b")) !=
                StabilityAnalyzer::normalize(QStringLiteral("ab")));
    }

    void verdicts_data()
    {
        QTest::addColumn<QList<int>>("states");
        QTest::addColumn<QStringList>("texts");
        QTest::addColumn<QString>("verdict");
        QTest::addColumn<int>("distinct");
        const int done = int(RunState::Done);
        QTest::newRow("same") << QList<int>{done, done, done} << QStringList{"Paris.", "Paris.", "Paris."}
                              << "STABLE" << 1;
        QTest::newRow("same after normalising")
            << QList<int>{done, done, done} << QStringList{"Paris.", " paris. ", "PARIS.\n"} << "STABLE" << 1;
        QTest::newRow("one differs") << QList<int>{done, done, done}
                                     << QStringList{"Paris.", "Paris.", "Lyon."} << "UNSTABLE" << 2;
        QTest::newRow("all differ") << QList<int>{done, done, done} << QStringList{"a", "b", "c"}
                                    << "UNSTABLE" << 3;
        QTest::newRow("single run") << QList<int>{done} << QStringList{"Paris."} << "UNKNOWN" << 1;
        QTest::newRow("one error, rest agree") << QList<int>{done, int(RunState::Error), done}
                                               << QStringList{"Paris.", "", "Paris."} << "UNKNOWN" << 1;
        QTest::newRow("runaway among answers") << QList<int>{done, int(RunState::Runaway), done}
                                               << QStringList{"Paris.", "", "Paris."} << "UNSTABLE" << 1;
        QTest::newRow("differ despite a timeout")
            << QList<int>{done, int(RunState::Timeout), done} << QStringList{"a", "", "b"} << "UNSTABLE" << 2;
        QTest::newRow("nothing answered") << QList<int>{int(RunState::Error), int(RunState::Error)}
                                          << QStringList{"", ""} << "UNKNOWN" << 0;
    }
    void verdicts()
    {
        QFETCH(QList<int>, states);
        QFETCH(QStringList, texts);
        QFETCH(QString, verdict);
        QFETCH(int, distinct);
        QList<CompareCell> cells;
        for (int i = 0; i < states.size(); ++i)
            cells.append(cell(i + 1, RunState(states.at(i)), texts.at(i)));
        const StabilityResult r = StabilityAnalyzer::analyze(cells);
        QCOMPARE(stabilityKey(r.verdict), verdict);
        QCOMPARE(r.distinctAnswers, distinct);
        QCOMPARE(r.runs, int(states.size()));
        QVERIFY(!r.reason.isEmpty());
        QCOMPARE(r.answerClass.size(), states.size());
        // A diff exists exactly when two answers differ.
        QCOMPARE(!r.diff.isEmpty(), distinct >= 2);
    }

    void warmupsAreIgnored()
    {
        CompareCell warm = cell(0, RunState::Done, QStringLiteral("Hello"));
        warm.warmup = true;
        const StabilityResult r =
            StabilityAnalyzer::analyze({warm, cell(1, RunState::Done, QStringLiteral("x")),
                                        cell(2, RunState::Done, QStringLiteral("x"))});
        QCOMPARE(r.verdict, StabilityResult::Verdict::Stable);
        QCOMPARE(r.runs, 2);
    }

    void unstableDiffNamesRunsAndChange()
    {
        const StabilityResult r =
            StabilityAnalyzer::analyze({cell(1, RunState::Done, QStringLiteral("The capital is Paris.")),
                                        cell(2, RunState::Done, QStringLiteral("The capital is Paris.")),
                                        cell(3, RunState::Done, QStringLiteral("The capital is Lyon."))});
        QCOMPARE(r.verdict, StabilityResult::Verdict::Unstable);
        QVERIFY2(r.diff.contains(QStringLiteral("run 1 vs run 3")), qPrintable(r.diff));
        QVERIFY2(r.diff.contains(QStringLiteral("[-Paris.-]")), qPrintable(r.diff));
        QVERIFY2(r.diff.contains(QStringLiteral("{+Lyon.+}")), qPrintable(r.diff));
        QCOMPARE(r.answerClass, (QList<int>{0, 0, 1}));
    }

    void lineDiffOps()
    {
        const QStringList a{"one", "two", "three", "four"};
        const QStringList b{"one", "2", "three", "four", "five"};
        const QList<TextDiff::Hunk> hunks = TextDiff::diff(a, b);
        const QList<TextDiff::Hunk> expected{{TextDiff::Op::Equal, {"one"}},
                                             {TextDiff::Op::Delete, {"two"}},
                                             {TextDiff::Op::Insert, {"2"}},
                                             {TextDiff::Op::Equal, {"three", "four"}},
                                             {TextDiff::Op::Insert, {"five"}}};
        QCOMPARE(hunks, expected);
        const QString rendered = TextDiff::renderLines(hunks);
        QVERIFY(rendered.contains(QStringLiteral("- two")));
        QVERIFY(rendered.contains(QStringLiteral("+ 2")));
        QVERIFY(rendered.contains(QStringLiteral("+ five")));
        QVERIFY(rendered.contains(QStringLiteral("  one")));
    }

    void diffOfEqualInputsHasNoChanges()
    {
        const QStringList a{"x", "y"};
        for (const TextDiff::Hunk &h : TextDiff::diff(a, a))
            QCOMPARE(h.op, TextDiff::Op::Equal);
        QVERIFY(TextDiff::diff(QStringList(), QStringList()).isEmpty());
    }

    void lcsIsMinimal()
    {
        // LCS of ABCBDAB / BDCABA has length 4: the diff keeps exactly 4 equal tokens.
        const QList<TextDiff::Hunk> hunks =
            TextDiff::diff(QString("A B C B D A B"), QString("B D C A B A"), TextDiff::Granularity::Words);
        int equal = 0;
        int deleted = 0;
        int inserted = 0;
        for (const TextDiff::Hunk &h : hunks)
            (h.op == TextDiff::Op::Equal    ? equal
             : h.op == TextDiff::Op::Delete ? deleted
                                            : inserted) += int(h.tokens.size());
        QCOMPARE(equal, 4);
        QCOMPARE(deleted, 3);
        QCOMPARE(inserted, 2);
    }

    void longEqualRunsAreElided()
    {
        QStringList a;
        for (int i = 0; i < 50; ++i)
            a.append(QStringLiteral("line %1").arg(i));
        QStringList b = a;
        b[25] = QStringLiteral("changed");
        const QString rendered = TextDiff::renderLines(TextDiff::diff(a, b));
        QVERIFY(rendered.contains(QStringLiteral("- line 25")));
        QVERIFY(rendered.contains(QStringLiteral("+ changed")));
        QVERIFY(rendered.contains(QStringLiteral("  line 24")));
        QVERIFY(!rendered.contains(QStringLiteral("line 10\n")));
        QVERIFY(rendered.count(QLatin1Char('\n')) < 12);
    }

    void hugeInputsStayBounded()
    {
        QStringList a;
        QStringList b;
        for (int i = 0; i < 6000; ++i) {
            a.append(QString::number(i));
            b.append(QString::number(i % 7 == 0 ? -i : i));
        }
        const QList<TextDiff::Hunk> hunks = TextDiff::diff(a, b, 1000);
        qsizetype total = 0;
        for (const TextDiff::Hunk &h : hunks)
            if (h.op != TextDiff::Op::Insert)
                total += h.tokens.size();
        QCOMPARE(total, a.size()); // every token of a is accounted for (equal or deleted)
    }
};

QTEST_GUILESS_MAIN(TestStabilityAnalyzer)
#include "tst_stabilityanalyzer.moc"
