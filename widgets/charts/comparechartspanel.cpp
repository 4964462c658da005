#include "widgets/charts/comparechartspanel.h"

#include "models/compare/comparesummary.h"
#include "widgets/nodepalette.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QPixmap>
#include <QStackedBarSeries>
#include <QValueAxis>

namespace {

struct GroupValues
{
    QString label;
    const CompareGroupSummary *summary = nullptr;
};

std::optional<double> meanOf(const CompareGroupSummary &g, const char *key)
{
    const MetricSpread *m = g.metric(QString::fromLatin1(key));
    return m ? m->mean : std::nullopt;
}

QChart *newChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    return chart;
}

// Grouped bars (one set per metric key) with a min-max whisker per bar. Bars of a QBarSeries sit
// around the category index: with k sets and bar width w, set j's centre is i - w/2 + (j + 0.5) * w/k.
QChart *groupedBars(const QString &title, const QList<GroupValues> &groups,
                    const QList<QPair<const char *, QString>> &sets, const QString &axisTitle, bool logScale)
{
    QChart *chart = newChart(title);
    auto *series = new QBarSeries;
    const qreal barWidth = 0.7;
    series->setBarWidth(barWidth);
    QStringList categories;
    for (const GroupValues &g : groups)
        categories << g.label;
    double maxValue = 0;
    const QList<QColor> colors{QColor(0x38, 0x7d, 0xd8), QColor(0xe0, 0x8a, 0x1e)};
    for (int j = 0; j < sets.size(); ++j) {
        auto *set = new QBarSet(sets[j].second);
        set->setColor(colors.value(j, Qt::gray));
        for (const GroupValues &g : groups) {
            const MetricSpread *m = g.summary->metric(QString::fromLatin1(sets[j].first));
            // An unknown bar is drawn empty (1 on the log axis = its floor).
            const double v = m && m->mean ? *m->mean : (logScale ? 1.0 : 0.0);
            *set << v;
            if (m && m->max)
                maxValue = std::max(maxValue, *m->max);
        }
        series->append(set);
    }
    chart->addSeries(series);
    auto *axisX = new QBarCategoryAxis;
    axisX->append(categories);
    QFont small = axisX->labelsFont();
    small.setPointSizeF(7);
    axisX->setLabelsFont(small);
    QAbstractAxis *axisY = nullptr;
    if (logScale) {
        // Prefill (thousands of tok/s) and decode (tens) only share an axis on a log scale.
        auto *log = new QLogValueAxis;
        log->setBase(10);
        log->setRange(1, maxValue > 1 ? maxValue * 2 : 10);
        log->setLabelFormat(QStringLiteral("%g"));
        log->setMinorTickCount(-1);
        axisY = log;
    } else {
        auto *lin = new QValueAxis;
        lin->setRange(0, maxValue > 0 ? maxValue * 1.1 : 1);
        lin->setLabelFormat(QStringLiteral("%.0f"));
        axisY = lin;
    }
    axisY->setTitleText(axisTitle);
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisX);
    series->attachAxis(axisY);

    // Whiskers: a vertical min-max line per bar on a hidden linear x axis spanning the categories.
    auto *whiskerX = new QValueAxis;
    whiskerX->setRange(-0.5, groups.size() - 0.5);
    whiskerX->setVisible(false);
    chart->addAxis(whiskerX, Qt::AlignTop);
    for (int j = 0; j < sets.size(); ++j) {
        for (int i = 0; i < groups.size(); ++i) {
            const MetricSpread *m = groups[i].summary->metric(QString::fromLatin1(sets[j].first));
            if (!m || !m->min || !m->max || m->n < 2)
                continue;
            const double x = i - barWidth / 2 + (j + 0.5) * barWidth / sets.size();
            auto *w = new QLineSeries;
            w->append(x, *m->min);
            w->append(x, *m->max);
            w->setPen(QPen(Qt::black, 2));
            chart->addSeries(w);
            w->attachAxis(whiskerX);
            w->attachAxis(axisY);
            chart->legend()->markers(w).value(0)->setVisible(false);
        }
    }
    return chart;
}

QChart *ttrStack(const QList<GroupValues> &groups)
{
    QChart *chart = newChart(QCoreApplication::translate(
        "CompareChartsPanel", "Where the time to complete response goes (mean ms)"));
    auto *series = new QStackedBarSeries;
    series->setBarWidth(0.6);
    auto *queue = new QBarSet(QCoreApplication::translate("CompareChartsPanel", "Queue / network"));
    auto *prefill = new QBarSet(QCoreApplication::translate("CompareChartsPanel", "Prefill"));
    auto *thinking = new QBarSet(QCoreApplication::translate("CompareChartsPanel", "Thinking"));
    auto *generation = new QBarSet(QCoreApplication::translate("CompareChartsPanel", "Generation"));
    queue->setColor(QColor(0x9c, 0xa3, 0xaf));
    prefill->setColor(QColor(0x38, 0x7d, 0xd8));
    thinking->setColor(QColor(0x8b, 0x5c, 0xf6));
    generation->setColor(QColor(0x16, 0xa3, 0x4a));
    QStringList categories;
    double maxTtr = 0;
    for (const GroupValues &g : groups) {
        categories << g.label;
        const double ttr = meanOf(*g.summary, "ttr_ms").value_or(0);
        const double ttft = meanOf(*g.summary, "ttft_ms").value_or(0);
        const double pre = meanOf(*g.summary, "prefill_ms").value_or(0);
        const double think = meanOf(*g.summary, "thinking_ms").value_or(0);
        const double gen = meanOf(*g.summary, "generation_ms").value_or(0);
        // Prefill is part of TTFT; what TTFT holds beyond prefill is queue + network + template.
        const double pre2 = std::min(pre, ttft);
        *queue << std::max(0.0, ttft - pre2);
        *prefill << pre2;
        *thinking << think;
        *generation << std::max(0.0, std::min(gen, ttr - ttft - think));
        maxTtr = std::max(maxTtr, ttr);
    }
    series->append({queue, prefill, thinking, generation});
    chart->addSeries(series);
    auto *axisX = new QBarCategoryAxis;
    axisX->append(categories);
    QFont small = axisX->labelsFont();
    small.setPointSizeF(7);
    axisX->setLabelsFont(small);
    auto *axisY = new QValueAxis;
    axisY->setTitleText(QCoreApplication::translate("CompareChartsPanel", "ms"));
    axisY->setRange(0, maxTtr > 0 ? maxTtr * 1.1 : 1);
    axisY->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisX);
    series->attachAxis(axisY);
    return chart;
}

} // namespace

CompareChartsPanel::CompareChartsPanel(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_speedView = makeView();
    m_ttrView = makeView();
    m_rawView = makeView();
    layout->addWidget(m_speedView);
    layout->addWidget(m_ttrView);
    layout->addWidget(m_rawView);
    clear();
}

QChartView *CompareChartsPanel::makeView()
{
    auto *view = new QChartView(this);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(320, 260);
    return view;
}

void CompareChartsPanel::clear()
{
    m_groups = 0;
    const QString empty = tr("Run a comparison to see its charts");
    for (QChartView *v : {m_speedView, m_ttrView, m_rawView}) {
        QChart *old = v->chart();
        v->setChart(newChart(empty));
        delete old;
    }
}

void CompareChartsPanel::setRun(const CompareRun &run)
{
    const QList<CompareGroupSummary> summaries = CompareSummary::compute(run);
    QList<GroupValues> groups;
    for (const CompareGroupSummary &s : summaries) {
        if (s.done == 0)
            continue;
        QString node = run.nodes.value(s.nodeIndex).name;
        node.remove(QStringLiteral(" (simulated)"), Qt::CaseInsensitive);
        groups.append({tr("%1 %2").arg(node, s.thinking ? tr("ON") : tr("OFF")), &s});
    }
    m_groups = int(groups.size());
    if (groups.isEmpty()) {
        clear();
        return;
    }
    auto replace = [](QChartView *view, QChart *chart) {
        QChart *old = view->chart();
        view->setChart(chart);
        delete old;
    };
    replace(m_speedView,
            groupedBars(tr("Prefill vs decode speed (mean, min-max)"), groups,
                        {{"prefill_tps", tr("Prefill tok/s")}, {"decode_tps", tr("Decode tok/s")}},
                        tr("tok/s (log scale)"), true));
    replace(m_ttrView, ttrStack(groups));
    replace(m_rawView, groupedBars(tr("Raw vs effective tok/s (mean, min-max)"), groups,
                                   {{"decode_tps", tr("Raw (decode) tok/s")}, {"effective_tps", tr("Effective tok/s")}},
                                   tr("tok/s"), false));
}

bool CompareChartsPanel::savePng(const QString &path) const
{
    return const_cast<CompareChartsPanel *>(this)->grab().save(path, "PNG");
}
