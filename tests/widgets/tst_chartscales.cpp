#include "widgets/charts/timeticks.h"
#include "widgets/charts/valuescale.h"

#include <QDateTime>
#include <QTest>

#include <cmath>

class TestChartScales : public QObject
{
    Q_OBJECT
private slots:
    void steps_data()
    {
        QTest::addColumn<qint64>("span");
        QTest::addColumn<qint64>("step");
        QTest::newRow("5 min") << 5 * 60'000LL << 60'000LL;
        QTest::newRow("1 h") << 3'600'000LL << 10 * 60'000LL;
        QTest::newRow("24 h") << 24 * 3'600'000LL << 3 * 3'600'000LL;
        QTest::newRow("30 s") << 30'000LL << 5'000LL;
    }
    void steps()
    {
        QFETCH(qint64, span);
        QFETCH(qint64, step);
        QCOMPARE(TimeTicks::stepMs(span), step);
    }

    void roundLocalTimesInsideTheWindow_data()
    {
        QTest::addColumn<qint64>("span");
        QTest::newRow("5 min") << 5 * 60'000LL;
        QTest::newRow("1 h") << 3'600'000LL;
        QTest::newRow("24 h") << 24 * 3'600'000LL;
    }
    void roundLocalTimesInsideTheWindow()
    {
        QFETCH(qint64, span);
        const qint64 to = QDateTime(QDate(2025, 3, 14), QTime(15, 9, 26)).toMSecsSinceEpoch();
        const qint64 from = to - span;
        const QList<TimeTick> ticks = TimeTicks::compute(from, to);
        QVERIFY(ticks.size() >= 3);
        QVERIFY(ticks.size() <= 8);
        const qint64 step = TimeTicks::stepMs(span);
        QStringList labels;
        for (qsizetype i = 0; i < ticks.size(); ++i) {
            const TimeTick &t = ticks.at(i);
            QVERIFY(t.epochMs > from && t.epochMs <= to);
            if (i > 0)
                QCOMPARE(t.epochMs - ticks.at(i - 1).epochMs, step);
            const QDateTime local = QDateTime::fromMSecsSinceEpoch(t.epochMs);
            QCOMPARE(local.time().second(), 0);
            QCOMPARE((local.time().hour() * 60 + local.time().minute()) * 60'000LL % step, 0LL);
            QCOMPARE(t.label, local.toString(QStringLiteral("HH:mm")));
            labels << t.label;
        }
        labels.removeDuplicates();
        QCOMPARE(labels.size(), ticks.size());
    }

    void valueScale_data()
    {
        QTest::addColumn<double>("maximum");
        QTest::addColumn<double>("top");
        QTest::addColumn<int>("ticks");
        QTest::newRow("no data") << 0.0 << 10.0 << 6;
        QTest::newRow("nan") << std::nan("") << 10.0 << 6;
        QTest::newRow("prefill") << 2630.0 << 3000.0 << 4;
        QTest::newRow("generation") << 64.8 << 80.0 << 5;
        QTest::newRow("exact") << 2000.0 << 2000.0 << 5;
        QTest::newRow("small") << 0.7 << 0.8 << 5;
    }
    void valueScale()
    {
        QFETCH(double, maximum);
        QFETCH(double, top);
        QFETCH(int, ticks);
        const ValueScale scale = ValueScale::forMaximum(maximum);
        QCOMPARE(scale.top, top);
        QCOMPARE(scale.ticks, ticks);
    }

    void emptyForAnEmptyRange()
    {
        QVERIFY(TimeTicks::compute(1000, 1000).isEmpty());
        QVERIFY(TimeTicks::compute(2000, 1000).isEmpty());
    }
};

QTEST_MAIN(TestChartScales)
#include "tst_chartscales.moc"
