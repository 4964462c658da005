#include "models/series/decimator.h"
#include "models/series/timeseries.h"

#include <QRandomGenerator>
#include <QTest>

#include <cmath>
#include <limits>
#include <vector>

namespace {

const double kGap = std::numeric_limits<double>::quiet_NaN();

struct Input
{
    std::vector<qint64> t;
    std::vector<double> v;
    void add(qint64 time, double value)
    {
        t.push_back(time);
        v.push_back(value);
    }
    DecimatedSeries decimate(qint64 from, qint64 to, int columns, qint64 maxStep = 0) const
    {
        return Decimator::decimate(t, v, from, to, columns, maxStep);
    }
};

QList<double> xs(const DecimatedSeries &d)
{
    QList<double> out;
    for (const QPointF &p : d.points)
        out.append(p.x());
    return out;
}

bool containsY(const DecimatedSeries &d, double y)
{
    return std::any_of(d.points.begin(), d.points.end(), [y](const QPointF &p) { return p.y() == y; });
}

void verifyWellFormed(const DecimatedSeries &d)
{
    QVERIFY(d.points.isEmpty() == d.segmentStarts.isEmpty());
    if (!d.segmentStarts.isEmpty())
        QCOMPARE(d.segmentStarts.first(), 0);
    for (qsizetype i = 1; i < d.segmentStarts.size(); ++i)
        QVERIFY(d.segmentStarts[i] > d.segmentStarts[i - 1]);
    for (qsizetype i = 1; i < d.points.size(); ++i)
        QVERIFY(d.points[i].x() >= d.points[i - 1].x());
    for (const QPointF &p : d.points)
        QVERIFY(std::isfinite(p.y()));
}

} // namespace

class TestDecimator : public QObject
{
    Q_OBJECT
private slots:
    void emptyAndInvalid_data()
    {
        QTest::addColumn<int>("points");
        QTest::addColumn<qint64>("from");
        QTest::addColumn<qint64>("to");
        QTest::addColumn<int>("columns");
        QTest::newRow("no input") << 0 << qint64(0) << qint64(100) << 10;
        QTest::newRow("no columns") << 50 << qint64(0) << qint64(100) << 0;
        QTest::newRow("reversed range") << 50 << qint64(100) << qint64(0) << 10;
        QTest::newRow("range before data") << 50 << qint64(-500) << qint64(-100) << 10;
        QTest::newRow("range after data") << 50 << qint64(1000) << qint64(2000) << 10;
    }
    void emptyAndInvalid()
    {
        QFETCH(int, points);
        QFETCH(qint64, from);
        QFETCH(qint64, to);
        QFETCH(int, columns);
        Input in;
        for (int i = 0; i < points; ++i)
            in.add(i, i);
        const DecimatedSeries d = in.decimate(from, to, columns);
        QVERIFY(d.points.isEmpty());
        QCOMPARE(d.segmentCount(), 0);
        QVERIFY(!d.minimum && !d.maximum);
    }

    void spikesSurvive_data()
    {
        QTest::addColumn<int>("spikeIndex");
        QTest::newRow("first") << 0;
        QTest::newRow("middle") << 50'001;
        QTest::newRow("on a bucket edge") << 1000;
        QTest::newRow("last") << 99'999;
    }
    void spikesSurvive()
    {
        QFETCH(int, spikeIndex);
        Input in;
        for (int i = 0; i < 100'000; ++i)
            in.add(i, 10.0 + (i % 7) * 0.01);
        in.v[size_t(spikeIndex)] = 1000.0;
        in.v[size_t((spikeIndex + 33'333) % 100'000)] = -50.0;
        const DecimatedSeries d = in.decimate(0, 99'999, 100);
        verifyWellFormed(d);
        QVERIFY(containsY(d, 1000.0));
        QVERIFY(containsY(d, -50.0));
        QVERIFY(d.points.size() <= 202); // + first and last of the run
        QVERIFY(d.points.size() >= 100);
        QCOMPARE(d.segmentCount(), 1);
        QCOMPARE(*d.maximum, 1000.0);
        QCOMPARE(*d.minimum, -50.0);
        // The spike keeps its real time.
        const auto it =
            std::find_if(d.points.begin(), d.points.end(), [](const QPointF &p) { return p.y() == 1000; });
        QCOMPARE(it->x(), double(spikeIndex));
    }

    void bucketEdges_data()
    {
        QTest::addColumn<qint64>("to");
        QTest::addColumn<int>("columns");
        QTest::addColumn<QList<double>>("expectedX");
        // value = time, so each bucket emits its first (min) and last (max) point.
        QTest::newRow("even") << qint64(100) << 10 << QList<double>{0,  9,  10, 19, 20, 29, 30, 39, 40, 49,
                                                                    50, 59, 60, 69, 70, 79, 80, 89, 90, 100};
        // w = 7/3: buckets {0,1,2} {3,4} {5,6,7}; `to` lands in the last bucket.
        QTest::newRow("uneven") << qint64(7) << 3 << QList<double>{0, 2, 3, 4, 5, 7};
        QTest::newRow("one column") << qint64(7) << 1 << QList<double>{0, 7};
        QTest::newRow("more columns than points") << qint64(3) << 100 << QList<double>{0, 1, 2, 3};
        QTest::newRow("zero-width range") << qint64(0) << 10 << QList<double>{0, 1};
    }
    void bucketEdges()
    {
        QFETCH(qint64, to);
        QFETCH(int, columns);
        QFETCH(QList<double>, expectedX);
        Input in;
        for (qint64 t = 0; t <= to; ++t)
            in.add(t, double(t));
        if (to == 0)
            in.add(1, 1); // one point after the range: included as the trailing edge
        const DecimatedSeries d = in.decimate(0, to, columns);
        verifyWellFormed(d);
        QCOMPARE(xs(d), expectedX);
    }

    void gapsSurvive()
    {
        Input in;
        for (qint64 t = 0; t < 10'000; ++t)
            in.add(t, (t >= 4000 && t < 4010) ? kGap : 1.0 + double(t % 3));
        const DecimatedSeries d = in.decimate(0, 9999, 50); // the gap is far narrower than a bucket
        verifyWellFormed(d);
        QCOMPARE(d.segmentCount(), 2);
        const QList<QPointF> left = d.segment(0);
        const QList<QPointF> right = d.segment(1);
        QCOMPARE(left.last().x(), 3999.0); // runs keep their real first and last samples
        QCOMPARE(right.first().x(), 4010.0);
        QCOMPARE(d.segments().size(), 2);
        QCOMPARE(d.segments()[1], right);
        QCOMPARE(left.size() + right.size(), d.points.size());
    }

    void longStepIsAGap()
    {
        Input in;
        for (qint64 t = 0; t < 60; ++t)
            in.add(t * 1000, 5);
        for (qint64 t = 3600; t < 3660; ++t) // the app slept for an hour
            in.add(t * 1000, 6);
        QCOMPARE(in.decimate(0, 3'700'000, 200).segmentCount(), 1);
        const DecimatedSeries d = in.decimate(0, 3'700'000, 200, 3000);
        QCOMPARE(d.segmentCount(), 2);
        QVERIFY(d.segment(0).last().x() <= 59'000);
        QCOMPARE(d.segment(1).first().x(), 3'600'000.0);
    }

    void singlePointsBetweenGaps()
    {
        Input in;
        in.add(0, kGap);
        in.add(10, 3);
        in.add(20, kGap);
        in.add(30, 4);
        in.add(40, kGap);
        const DecimatedSeries d = in.decimate(0, 40, 40);
        QCOMPARE(d.segmentCount(), 2);
        QCOMPARE(d.segment(0), QList<QPointF>{QPointF(10, 3)});
        QCOMPARE(d.segment(1), QList<QPointF>{QPointF(30, 4)});
        Input allGaps;
        allGaps.add(0, kGap);
        allGaps.add(1, kGap);
        const DecimatedSeries none = allGaps.decimate(0, 1, 10);
        QVERIFY(none.points.isEmpty());
        QVERIFY(!none.maximum);
    }

    void edgePointsReachTheChartBorders()
    {
        Input in;
        in.add(-10, 1);
        for (qint64 t = 0; t <= 100; t += 10)
            in.add(t, 2);
        in.add(110, 3);
        in.add(120, 9);
        const DecimatedSeries d = in.decimate(0, 100, 5);
        QCOMPARE(d.points.first(), QPointF(-10, 1));
        QCOMPARE(d.points.last(), QPointF(110, 3));
        QCOMPARE(*d.maximum, 2.0); // min/max only over the range
        QCOMPARE(*d.minimum, 2.0);
        // A gap right at the border: no line runs in from outside.
        in.v[0] = kGap;
        in.v[size_t(in.v.size() - 2)] = kGap;
        const DecimatedSeries cut = in.decimate(0, 100, 5);
        QCOMPARE(cut.points.first().x(), 0.0);
        QCOMPARE(cut.points.last().x(), 100.0);
        QCOMPARE(cut.segmentCount(), 1);
    }

    void zoomBetweenTwoSamples()
    {
        Input in;
        in.add(0, 1);
        in.add(1000, 2);
        const DecimatedSeries d = in.decimate(400, 600, 100);
        QCOMPARE(d.points, (QList<QPointF>{QPointF(0, 1), QPointF(1000, 2)}));
        QCOMPARE(d.segmentCount(), 1);
        QVERIFY(!d.maximum); // nothing inside the range itself
    }

    void perColumnExtremesMatchBruteForce()
    {
        QRandomGenerator rng(7);
        Input in;
        qint64 t = 0;
        for (int i = 0; i < 50'000; ++i) {
            t += rng.bounded(1, 50);
            in.add(t, rng.bounded(300) == 0 ? kGap : rng.bounded(100.0));
        }
        const qint64 from = in.t[1000];
        const qint64 to = in.t[45'000];
        const int columns = 333;
        const DecimatedSeries d = in.decimate(from, to, columns);
        verifyWellFormed(d);
        QVERIFY(d.points.size() <= 4 * columns + 2);
        std::vector<double> lo(columns, std::numeric_limits<double>::infinity());
        std::vector<double> hi(columns, -std::numeric_limits<double>::infinity());
        for (size_t i = 0; i < in.t.size(); ++i) {
            if (in.t[i] < from || in.t[i] > to || std::isnan(in.v[i]))
                continue;
            const int c = std::min(columns - 1, int((__int128(in.t[i] - from) * columns) / (to - from)));
            lo[size_t(c)] = std::min(lo[size_t(c)], in.v[i]);
            hi[size_t(c)] = std::max(hi[size_t(c)], in.v[i]);
        }
        for (int c = 0; c < columns; ++c) {
            if (!std::isfinite(lo[size_t(c)]))
                continue;
            QVERIFY2(containsY(d, lo[size_t(c)]), qPrintable(QString::number(c)));
            QVERIFY2(containsY(d, hi[size_t(c)]), qPrintable(QString::number(c)));
        }
        // Same answer through TimeSeries.
        TimeSeries series;
        for (size_t i = 0; i < in.t.size(); ++i)
            series.append(in.t[i], in.v[i]);
        const DecimatedSeries viaSeries = Decimator::decimate(series, from, to, columns);
        QCOMPARE(viaSeries.points, d.points);
        QCOMPARE(viaSeries.segmentStarts, d.segmentStarts);
    }
};

QTEST_GUILESS_MAIN(TestDecimator)
#include "tst_decimator.moc"
