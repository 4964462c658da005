#include "models/net/slotsreading.h"
#include "tests/support/testdata.h"

#include <QTest>

// The live generation rate of llama.cpp from recorded /slots bytes: slot 0 runs task 187 with 341 tokens
// decoded (slots-busy-B.json); afterwards both slots are idle and n_decoded is back to 0.
class TestSlotRate : public QObject
{
    Q_OBJECT
private:
    static QByteArray fixture(const char *name)
    {
        return TestData::read(QStringLiteral("fixtures/llamacpp/") + QLatin1String(name));
    }
    // The recorded busy reply with slot 0's n_decoded set to `decoded`.
    static QList<SlotState> busyAt(qint64 decoded)
    {
        QByteArray bytes = fixture("slots-busy-B.json");
        bytes.replace(QByteArray("\"n_decoded\":341"), QByteArray(QByteArray("\"n_decoded\":") + QByteArray::number(decoded)));
        return *SlotsReading::parse(bytes);
    }

private slots:
    void parsesRecordedReplies()
    {
        const auto busy = SlotsReading::parse(fixture("slots-busy-B.json"));
        QVERIFY(busy.has_value());
        QCOMPARE(busy->size(), 2);
        QCOMPARE(busy->at(0), (SlotState{0, 187, true, 341}));
        QCOMPARE(busy->at(1), (SlotState{1, 83, false, 0}));
        const auto idle = SlotsReading::parse(fixture("slots-idle.json")); // never used: no next_token
        QVERIFY(idle.has_value());
        QCOMPARE(idle->size(), 2);
        QVERIFY(!idle->at(0).processing);
        QVERIFY(!SlotsReading::parse("{\"error\":{\"code\":501,\"message\":\"This server does not support "
                                     "slots endpoint.\"}}")
                     .has_value());
        QVERIFY(!SlotsReading::parse("<html>").has_value());
    }

    // The counter (tokens_predicted_total) stays flat during the generation: the rate comes from the
    // slots, and the counter's jump at the end adds only the tail the slots had not shown.
    void liveRateWithoutEndSpike()
    {
        SlotRate rate;
        QVERIFY(!rate.update(0, busyAt(100), 1000.0).has_value()); // first poll: no rate yet
        const auto during = rate.update(1000, busyAt(341), 1000.0);
        QVERIFY(during.has_value());
        QCOMPARE(*during, 241.0); // 241 tokens in 1 s, counter unchanged
        // The task ended at 400 tokens: the counter grows by 400, the slots had shown 341 of them.
        const auto after = rate.update(2000, *SlotsReading::parse(fixture("slots-idle-B-after.json")), 1400.0);
        QVERIFY(after.has_value());
        QCOMPARE(*after, 59.0);
        QCOMPARE(*rate.update(3000, *SlotsReading::parse(fixture("slots-idle-B-after.json")), 1400.0), 0.0);
    }

    // A new task in the same slot counts from 0; a counter reset (restart) adds nothing negative.
    void newTaskAndRestart()
    {
        SlotRate rate;
        rate.update(0, busyAt(300), 50.0);
        QList<SlotState> next = busyAt(40);
        next[0].idTask = 188; // task 187 ended at (say) 320 tokens, 188 started
        const auto r = rate.update(500, next, 370.0);
        QVERIFY(r.has_value());
        QCOMPARE(*r, (40.0 + (320.0 - 300.0)) / 0.5);
        QVERIFY(!rate.update(1000, next, 0.0).has_value()); // the counter dropped: a restart, no rate
    }
};

QTEST_GUILESS_MAIN(TestSlotRate)
#include "tst_slotrate.moc"
