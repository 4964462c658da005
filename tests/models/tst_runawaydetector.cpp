#include "models/measure/runawaydetector.h"
#include "tests/support/testdata.h"

#include <QTest>

class TestRunawayDetector : public QObject
{
    Q_OBJECT
private slots:
    void loops_data()
    {
        QTest::addColumn<QString>("unit");
        QTest::addColumn<int>("repeats");
        QTest::addColumn<bool>("loop");
        QTest::newRow("sentence x40") << "Wait, let me recheck the sum. " << 40 << true;
        QTest::newRow("paragraph x4")
            << QStringLiteral(
                   "Hmm, the user asked for a function that adds two numbers. I should consider edge "
                   "cases such as overflow, negative values and floating point inputs, then write it. ")
                   .repeated(2)
            << 4 << true;
        QTest::newRow("single char x2000") << "a" << 2000 << true;
        QTest::newRow("Korean phrase x60") << "다시 확인해 보겠습니다. " << 60 << true;
        QTest::newRow("sentence x3 is fine") << "Wait, let me recheck the sum. " << 3 << false;
        QTest::newRow("dash rule is fine") << "-" << 120 << false;
        QTest::newRow("short table rows are fine") << "| 0 | 0 |\n" << 20 << false;
    }
    void loops()
    {
        QFETCH(QString, unit);
        QFETCH(int, repeats);
        QFETCH(bool, loop);
        const QString text =
            QStringLiteral("Let me think about this problem carefully first. ") + unit.repeated(repeats);
        const auto found = RunawayDetector::findLoop(text, RunawayDetector::Options());
        QCOMPARE(found.has_value(), loop);
        if (loop) {
            QVERIFY(found->repeats >= 4);
            QVERIFY(unit.size() % found->period == 0 || found->period % unit.size() == 0);
        }
        // Streaming in small pieces finds the same thing (checks run every 64 characters, so a loop gets
        // up to one more check interval of the same text to show).
        const QString streamedText = loop ? text + unit.repeated(64 / unit.size() + 1) : text;
        RunawayDetector detector;
        std::optional<RunawayDetector::Loop> streamed;
        for (qsizetype at = 0; at < streamedText.size() && !streamed; at += 5)
            streamed = detector.feed(QStringView(streamedText).mid(at, 5));
        QCOMPARE(streamed.has_value(), loop);
    }

    void naturalTextIsNotALoop()
    {
        // Long real prose with tables (not prompt-500.txt: that prompt IS one paragraph repeated six times).
        const QString text = QString::fromUtf8(TestData::read(QStringLiteral("fixtures/llamacpp/README.md")));
        QVERIFY(text.size() > 10000);
        RunawayDetector detector;
        for (qsizetype at = 0; at < text.size(); at += 7) {
            const auto loop = detector.feed(QStringView(text).mid(at, 7));
            QVERIFY2(!loop, loop ? qPrintable(QStringLiteral("at %1: period %2 x%3 \"%4\"")
                                                  .arg(at)
                                                  .arg(loop->period)
                                                  .arg(loop->repeats)
                                                  .arg(loop->sample))
                                 : "");
        }
    }

    void repeatedPromptParagraphIsALoop()
    {
        const QString text =
            QString::fromUtf8(TestData::read(QStringLiteral("fixtures/llamacpp/prompt-500.txt")));
        // The prompt ends with an instruction after the copies: the loop is what comes before it.
        const auto loop = RunawayDetector::findLoop(text.left(text.lastIndexOf(QLatin1String(" Summarize"))),
                                                    RunawayDetector::Options());
        QVERIFY(loop.has_value());
        QVERIFY(loop->repeats >= 5);
    }

    void loopStartingLateIsFound()
    {
        RunawayDetector detector;
        const QString prose = QString::fromUtf8(TestData::read(QStringLiteral("fixtures/vllm/README.md")));
        QVERIFY(!detector.feed(prose).has_value());
        std::optional<RunawayDetector::Loop> loop;
        for (int i = 0; i < 100 && !loop; ++i)
            loop = detector.feed(QStringLiteral("I will now verify step %1 again. ").arg(7));
        QVERIFY(loop.has_value());
        QCOMPARE(loop->period, QStringLiteral("I will now verify step 7 again. ").size());
        QVERIFY(RunawayDetector::describe(*loop, QStringLiteral("reasoning"))
                    .contains(QLatin1String("reasoning")));
    }

    void lengthWithoutAnswer_data()
    {
        QTest::addColumn<QString>("finish");
        QTest::addColumn<QString>("answer");
        QTest::addColumn<bool>("runaway");
        QTest::newRow("length, empty") << "length"
                                       << "" << true;
        QTest::newRow("length, whitespace") << "length"
                                            << "\n\n " << true;
        QTest::newRow("length, answer") << "length"
                                        << "42" << false;
        QTest::newRow("stop, empty") << "stop"
                                     << "" << false;
    }
    void lengthWithoutAnswer()
    {
        QFETCH(QString, finish);
        QFETCH(QString, answer);
        QFETCH(bool, runaway);
        QCOMPARE(RunawayDetector::isLengthWithoutAnswer(finish, answer), runaway);
    }
};

QTEST_GUILESS_MAIN(TestRunawayDetector)
#include "tst_runawaydetector.moc"
