#include "models/series/timeseries.h"
#include "widgets/charts/throughputchartview.h"

#include <QCategoryAxis>
#include <QChart>
#include <QDateTime>
#include <QLineSeries>
#include <QSignalSpy>
#include <QTest>
#include <QValueAxis>

#include <cmath>
#include <limits>

namespace {
constexpr qint64 kNow = 10'000'000; // a fixed monotonic "now" for the view's clock

// 1 Hz samples over the last `seconds`, value = f(i).
template <typename F> void fill(TimeSeries &series, int seconds, F value)
{
    for (int i = 0; i <= seconds; ++i)
        series.append(kNow - (seconds - i) * 1000LL, value(i));
}

QList<QLineSeries *> lineSeries(QChart *chart)
{
    QList<QLineSeries *> out;
    for (QAbstractSeries *s : chart->series())
        out.append(qobject_cast<QLineSeries *>(s));
    return out;
}
} // namespace

class TestThroughputChartView : public QObject
{
    Q_OBJECT
private slots:
    void drawsEveryNodeOnBothCharts()
    {
        TimeSeries p1, g1, p2, g2;
        fill(p1, 120, [](int i) { return 1000.0 + i; });
        fill(g1, 120, [](int) { return 60.0; });
        fill(p2, 120, [](int) { return 2000.0; });
        fill(g2, 120, [](int i) { return 30.0 + i % 5; });
        ThroughputChartView view;
        view.resize(900, 600);
        view.setMonotonicClock([] { return kNow; });
        view.setWindowMs(5 * 60 * 1000);
        view.setLines({{QStringLiteral("a"), QStringLiteral("A"), Qt::blue, &p1, &g1, 0},
                       {QStringLiteral("b"), QStringLiteral("B"), Qt::red, &p2, &g2, 0}});
        view.updateNow();
        for (const QString &id : {QStringLiteral("a"), QStringLiteral("b")}) {
            QVERIFY(view.pointCount(id, ThroughputChartView::Kind::Prompt) > 0);
            QVERIFY(view.pointCount(id, ThroughputChartView::Kind::Generation) > 0);
            QCOMPARE(view.runCount(id, ThroughputChartView::Kind::Prompt), 1);
        }
        QCOMPARE(view.pointCount(QStringLiteral("nope"), ThroughputChartView::Kind::Prompt), -1);
        // Prefill and generation rates live on separate axes sized to their own data.
        QVERIFY(view.valueAxis(ThroughputChartView::Kind::Prompt)->max() >= 2000.0);
        QVERIFY(view.valueAxis(ThroughputChartView::Kind::Prompt)->max() < 4000.0);
        QVERIFY(view.valueAxis(ThroughputChartView::Kind::Generation)->max() >= 60.0);
        QVERIFY(view.valueAxis(ThroughputChartView::Kind::Generation)->max() < 200.0);
        // The x axis is wall-clock time covering the window, ending now.
        // QCategoryAxis getters are not const in Qt 6.4.
        auto *x = const_cast<QCategoryAxis *>(view.timeAxis(ThroughputChartView::Kind::Prompt));
        QCOMPARE(qint64(x->max() - x->min()), 5 * 60 * 1000LL);
        QVERIFY(qAbs(qint64(x->max()) - QDateTime::currentMSecsSinceEpoch()) < 60'000);
        // Labelled at round local minutes inside the window.
        QCOMPARE(x->count(), 5);
        for (const QString &label : x->categoriesLabels()) {
            const qint64 t = qint64(x->endValue(label));
            QVERIFY(t > x->min() && t <= x->max());
            QCOMPARE(QDateTime::fromMSecsSinceEpoch(t).time().second(), 0);
            QCOMPARE(label, QDateTime::fromMSecsSinceEpoch(t).toString(QStringLiteral("HH:mm")));
        }
        // Both nodes' lines carry their colors.
        bool sawBlue = false, sawRed = false;
        for (QLineSeries *s : lineSeries(view.chart(ThroughputChartView::Kind::Generation))) {
            sawBlue |= s->pen().color() == QColor(Qt::blue) && s->count() > 0;
            sawRed |= s->pen().color() == QColor(Qt::red) && s->count() > 0;
        }
        QVERIFY(sawBlue && sawRed);
    }

    void gapsStayGapsNotZeros()
    {
        TimeSeries prompt, generation;
        const double nan = std::numeric_limits<double>::quiet_NaN();
        // 60 s of data, 30 s unknown (node down), 60 s of data again.
        fill(generation, 150, [nan](int i) { return i >= 60 && i < 90 ? nan : 50.0; });
        fill(prompt, 150, [](int) { return 500.0; });
        ThroughputChartView view;
        view.resize(900, 600);
        view.setMonotonicClock([] { return kNow; });
        view.setLines({{QStringLiteral("a"), QStringLiteral("A"), Qt::blue, &prompt, &generation, 0}});
        view.updateNow();
        QCOMPARE(view.runCount(QStringLiteral("a"), ThroughputChartView::Kind::Generation), 2);
        QCOMPARE(view.runCount(QStringLiteral("a"), ThroughputChartView::Kind::Prompt), 1);
        int nonEmpty = 0;
        for (QLineSeries *s : lineSeries(view.chart(ThroughputChartView::Kind::Generation))) {
            if (s->count() > 0)
                ++nonEmpty;
            for (const QPointF &p : s->points())
                QCOMPARE(p.y(), 50.0); // nothing drawn at 0 for the unknown stretch
        }
        QCOMPARE(nonEmpty, 2);

        // The gap closes when the data says so: series are reused, the extra one is emptied.
        TimeSeries steady;
        fill(steady, 150, [](int) { return 40.0; });
        view.setLines({{QStringLiteral("a"), QStringLiteral("A"), Qt::blue, &prompt, &steady, 0}});
        view.updateNow();
        QCOMPARE(view.runCount(QStringLiteral("a"), ThroughputChartView::Kind::Generation), 1);
    }

    void longStepIsAGap()
    {
        TimeSeries prompt, generation;
        for (qint64 t : {kNow - 100'000, kNow - 98'000, kNow - 96'000, kNow - 20'000, kNow - 18'000}) {
            prompt.append(t, 100.0);
            generation.append(t, 10.0);
        }
        ThroughputChartView view;
        view.setMonotonicClock([] { return kNow; });
        view.setLines({{QStringLiteral("a"), QStringLiteral("A"), Qt::blue, &prompt, &generation, 6000}});
        view.updateNow();
        QCOMPARE(view.runCount(QStringLiteral("a"), ThroughputChartView::Kind::Prompt), 2);
    }

    void manyGapsAreCapped()
    {
        TimeSeries prompt, generation;
        const double nan = std::numeric_limits<double>::quiet_NaN();
        fill(prompt, 280, [nan](int i) { return i % 3 == 2 ? nan : 100.0; }); // ~93 runs
        fill(generation, 280, [](int) { return 10.0; });
        ThroughputChartView view;
        view.resize(1200, 600);
        view.setMonotonicClock([] { return kNow; });
        view.setLines({{QStringLiteral("a"), QStringLiteral("A"), Qt::blue, &prompt, &generation, 0}});
        view.updateNow();
        const int runs = view.runCount(QStringLiteral("a"), ThroughputChartView::Kind::Prompt);
        QVERIFY2(runs > 1 && runs <= 64, qPrintable(QString::number(runs)));
        QVERIFY(view.chart(ThroughputChartView::Kind::Prompt)->series().size() <= 64);
    }

    void burstsAreCoalesced()
    {
        TimeSeries prompt, generation;
        fill(prompt, 10, [](int) { return 1.0; });
        fill(generation, 10, [](int) { return 1.0; });
        ThroughputChartView view;
        view.setMonotonicClock([] { return kNow; });
        view.setLines({{QStringLiteral("a"), QStringLiteral("A"), Qt::blue, &prompt, &generation, 0}});
        QSignalSpy updated(&view, &ThroughputChartView::updated);
        // Hidden: nothing is computed, only remembered.
        view.scheduleUpdate();
        QTest::qWait(3 * ThroughputChartView::CoalesceMs);
        QCOMPARE(updated.count(), 0);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        for (int i = 0; i < 50; ++i)
            view.scheduleUpdate();
        QVERIFY(updated.wait(5000));
        QTest::qWait(3 * ThroughputChartView::CoalesceMs);
        QCOMPARE(updated.count(), 1);
        QVERIFY(view.pointCount(QStringLiteral("a"), ThroughputChartView::Kind::Prompt) > 0);
    }

    void noDataMeansEmptyLines()
    {
        TimeSeries prompt, generation;
        ThroughputChartView view;
        view.setMonotonicClock([] { return kNow; });
        view.setLines({{QStringLiteral("a"), QStringLiteral("A"), Qt::blue, &prompt, &generation, 0},
                       {QStringLiteral("b"), QStringLiteral("B"), Qt::red, nullptr, nullptr, 0}});
        view.updateNow();
        QCOMPARE(view.pointCount(QStringLiteral("a"), ThroughputChartView::Kind::Prompt), 0);
        QCOMPARE(view.pointCount(QStringLiteral("b"), ThroughputChartView::Kind::Generation), 0);
        QCOMPARE(view.valueAxis(ThroughputChartView::Kind::Prompt)->min(), 0.0);
    }
};

QTEST_MAIN(TestThroughputChartView)
#include "tst_throughputchartview.moc"
