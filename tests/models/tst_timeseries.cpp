#include "models/series/timeseries.h"

#include <QRandomGenerator>
#include <QTest>

#include <cmath>
#include <limits>

class TestTimeSeries : public QObject
{
    Q_OBJECT
private slots:
    void windowTrimsFromTheFront()
    {
        TimeSeries s(10'000);
        for (qint64 t = 0; t <= 20'000; t += 1000)
            QVERIFY(s.append(t, double(t)));
        QCOMPARE(s.size(), 11); // 10,000 .. 20,000 inclusive
        QCOMPARE(*s.firstTime(), qint64(10'000));
        QCOMPARE(*s.lastTime(), qint64(20'000));
        QCOMPARE(s.timeAt(0), qint64(10'000));
        QCOMPARE(s.valueAt(10), 20'000.0);
        QCOMPARE(*s.minimum(), 10'000.0);
        QCOMPARE(*s.maximum(), 20'000.0);
    }

    void rejectsTimeGoingBackwards()
    {
        TimeSeries s;
        QVERIFY(s.append(1000, 1));
        QVERIFY(s.append(1000, 2)); // same time is allowed (two events in one ms)
        QVERIFY(!s.append(999, 3));
        QVERIFY(!s.appendGap(10));
        QCOMPARE(s.size(), 2);
        QCOMPARE(*s.lastValue(), 2.0);
    }

    void gapsAreNaNAndIgnoredByExtremes()
    {
        TimeSeries s;
        QVERIFY(!s.minimum() && !s.maximum() && !s.lastValue() && !s.firstTime());
        s.appendGap(0);
        QVERIFY(!s.minimum());
        s.append(1000, 5);
        s.appendGap(2000);
        s.append(3000, -2);
        s.append(4000, std::numeric_limits<double>::infinity());
        QCOMPARE(s.size(), 5);
        QVERIFY(std::isnan(s.valueAt(0)));
        QVERIFY(std::isnan(s.valueAt(2)));
        QCOMPARE(*s.minimum(), -2.0);
        QCOMPARE(*s.maximum(), 5.0);
        s.appendGap(5000);
        QVERIFY(std::isnan(*s.lastValue()));
    }

    void cachedExtremesMatchBruteForce_data()
    {
        QTest::addColumn<quint32>("seed");
        QTest::addColumn<qint64>("windowMs");
        QTest::newRow("short window") << quint32(1) << qint64(5'000);
        QTest::newRow("medium window") << quint32(2) << qint64(60'000);
        QTest::newRow("long window") << quint32(3) << qint64(600'000);
    }
    void cachedExtremesMatchBruteForce()
    {
        QFETCH(quint32, seed);
        QFETCH(qint64, windowMs);
        QRandomGenerator rng(seed);
        TimeSeries s(windowMs);
        qint64 t = 0;
        for (int i = 0; i < 20'000; ++i) {
            t += rng.bounded(1, 400);
            if (rng.bounded(20) == 0)
                s.appendGap(t);
            else
                s.append(t, rng.bounded(1000.0) - 500.0 + (i % 500 == 0 ? 10'000 : 0));
            if (i % 97 != 0)
                continue;
            std::optional<double> lo, hi;
            for (const double v : s.values()) {
                if (!std::isfinite(v))
                    continue;
                lo = lo ? std::min(*lo, v) : v;
                hi = hi ? std::max(*hi, v) : v;
            }
            QCOMPARE(s.minimum(), lo);
            QCOMPARE(s.maximum(), hi);
            QVERIFY(*s.firstTime() >= t - windowMs);
        }
    }

    void dayAtOneHertz()
    {
        TimeSeries s; // 24 h default window
        const qint64 start = 5'000'000;
        for (qint64 i = 0; i < 200'000; ++i)
            s.append(start + i * 1000, double(i % 1000));
        QCOMPARE(s.size(), 86'401);
        QCOMPARE(s.times().size(), size_t(86'401));
        QCOMPARE(s.times().front(), start + (200'000 - 86'401) * 1000);
        QCOMPARE(s.times().back(), start + 199'999 * 1000);
        for (size_t i = 1; i < s.times().size(); ++i)
            QCOMPARE(s.times()[i] - s.times()[i - 1], qint64(1000));
        QCOMPARE(*s.minimum(), 0.0);
        QCOMPARE(*s.maximum(), 999.0);
    }

    void shorterWindowTrimsImmediately()
    {
        TimeSeries s(100'000);
        for (qint64 t = 0; t <= 100'000; t += 10'000)
            s.append(t, double(t));
        QCOMPARE(s.size(), 11);
        s.setWindowMs(30'000);
        QCOMPARE(s.windowMs(), qint64(30'000));
        QCOMPARE(s.size(), 4);
        QCOMPARE(*s.minimum(), 70'000.0);
    }

    void lowerBoundAndClear()
    {
        TimeSeries s;
        for (qint64 t = 0; t < 10; ++t)
            s.append(t * 10, 1);
        QCOMPARE(s.lowerBound(-5), 0);
        QCOMPARE(s.lowerBound(0), 0);
        QCOMPARE(s.lowerBound(15), 2);
        QCOMPARE(s.lowerBound(20), 2);
        QCOMPARE(s.lowerBound(1000), 10);
        s.clear();
        QVERIFY(s.isEmpty());
        QVERIFY(!s.maximum());
        QVERIFY(s.append(0, 3)); // time may start over after clear()
        QCOMPARE(*s.maximum(), 3.0);
    }
};

QTEST_GUILESS_MAIN(TestTimeSeries)
#include "tst_timeseries.moc"
