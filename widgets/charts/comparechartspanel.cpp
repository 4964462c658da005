#include "widgets/charts/comparechartspanel.h"

#include "models/compare/comparesummary.h"
#include "models/measure/metricdefinitions.h"
#include "widgets/appstyle.h"
#include "widgets/charts/valuescale.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QCursor>
#include <QDateTime>
#include <QFileInfo>
#include <QGridLayout>
#include <QImage>
#include <QLegendMarker>
#include <QLocale>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QPainter>
#include <QStackedBarSeries>
#include <QSvgGenerator>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace {

constexpr int kChartMinWidth = 420;
constexpr int kChartMinHeight = 300;
const char *const kTipsProperty = "tokscopeTips"; // QStringList on each QBarSet: one tooltip per bar

struct GroupValues
{
    QString label; // full label (tooltips)
    CompareGroupSummary summary;
    const CompareRun *run = nullptr;
};

std::optional<double> meanOf(const CompareGroupSummary &g, const char *key)
{
    const MetricSpread *m = g.metric(QString::fromLatin1(key));
    return m ? m->mean : std::nullopt;
}

// Where the DONE runs' values of `key` came from, in words ("server timings / estimated").
QString sourceText(const GroupValues &g, const QString &key)
{
    QStringList names;
    for (int i : g.run->measuredCells(g.summary.nodeIndex, g.summary.thinking)) {
        const CompareCell &c = g.run->cells.at(i);
        if (c.state() != RunState::Done)
            continue;
        const QString name = metricSourceDisplayName(MetricDefinitions::source(c.result.metrics, key));
        if (!name.isEmpty() && !names.contains(name))
            names << name;
    }
    return names.join(QStringLiteral(" / "));
}

QString number(double v)
{
    return QString::number(v, 'f', std::abs(v) >= 100 ? 0 : 1);
}

QString barTip(const GroupValues &g, const QString &setName, const QString &key, const QString &unit)
{
    const MetricSpread *m = g.summary.metric(key);
    if (!m || !m->mean)
        return QStringLiteral("<b>%1</b><br>%2: %3").arg(g.label.toHtmlEscaped(), setName.toHtmlEscaped(), CompareChartsPanel::tr("unknown"));
    QString tip = QStringLiteral("<b>%1</b><br>%2: <b>%3 %4</b>")
                      .arg(g.label.toHtmlEscaped(), setName.toHtmlEscaped(), number(*m->mean), unit);
    if (m->n > 1 && m->min && m->max)
        tip += QStringLiteral("<br>") + CompareChartsPanel::tr("min %1, max %2 over %3 runs").arg(number(*m->min), number(*m->max)).arg(m->n);
    const QString source = sourceText(g, key);
    if (!source.isEmpty())
        tip += QStringLiteral("<br>") + CompareChartsPanel::tr("source: %1").arg(source.toHtmlEscaped());
    return tip;
}

void showTips(QAbstractBarSeries *series)
{
    QObject::connect(series, &QAbstractBarSeries::hovered, series, [](bool on, int index, QBarSet *set) {
        if (!on) {
            QToolTip::hideText();
            return;
        }
        QToolTip::showText(QCursor::pos(), set->property(kTipsProperty).toStringList().value(index));
    });
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

QBarCategoryAxis *categoryAxis(const QStringList &categories)
{
    auto *axisX = new QBarCategoryAxis;
    axisX->append(categories);
    QFont small = axisX->labelsFont();
    small.setPointSizeF(8);
    axisX->setLabelsFont(small);
    return axisX;
}

QValueAxis *roundAxis(double maximum, const QString &title)
{
    const ValueScale scale = ValueScale::forMaximum(maximum);
    auto *axis = new QValueAxis;
    axis->setRange(0, scale.top);
    axis->setTickCount(scale.ticks);
    axis->setLabelFormat(scale.top >= 10 ? QStringLiteral("%.0f") : QStringLiteral("%.1f"));
    axis->setTitleText(title);
    return axis;
}

// Grouped bars (one set per metric key) with a min-max whisker per bar. Bars of a QBarSeries sit
// around the category index: with k sets and bar width w, set j's centre is i - w/2 + (j + 0.5) * w/k.
QChart *groupedBars(const QString &title, const QList<GroupValues> &groups, const QStringList &categories,
                    const QList<QPair<const char *, QString>> &sets, const QString &axisTitle, const QString &unit,
                    bool logScale)
{
    QChart *chart = newChart(title);
    auto *series = new QBarSeries;
    const qreal barWidth = 0.7;
    series->setBarWidth(barWidth);
    double maxValue = 0;
    double minValue = 0;
    const QList<QColor> colors{QColor(0x38, 0x7d, 0xd8), QColor(0xe0, 0x8a, 0x1e)};
    for (int j = 0; j < sets.size(); ++j) {
        auto *set = new QBarSet(sets[j].second);
        set->setColor(colors.value(j, Qt::gray));
        QStringList tips;
        const QString key = QString::fromLatin1(sets[j].first);
        for (const GroupValues &g : groups) {
            const MetricSpread *m = g.summary.metric(key);
            // An unknown bar is drawn empty (1 on the log axis = its floor); its tooltip says unknown.
            *set << (m && m->mean ? *m->mean : (logScale ? 1.0 : 0.0));
            tips << barTip(g, sets[j].second, key, unit);
            if (m && m->max)
                maxValue = std::max(maxValue, *m->max);
            if (m && m->min && *m->min > 0)
                minValue = minValue > 0 ? std::min(minValue, *m->min) : *m->min;
        }
        set->setProperty(kTipsProperty, tips);
        series->append(set);
    }
    showTips(series);
    chart->addSeries(series);
    QBarCategoryAxis *axisX = categoryAxis(categories);
    QAbstractAxis *axisY = nullptr;
    if (logScale) {
        // Prefill (thousands of tok/s) and decode (tens) only share an axis on a log scale; it spans
        // whole decades so every tick is a round 1, 10, 100, 1000.
        auto *log = new QLogValueAxis;
        log->setBase(10);
        const double low = minValue > 0 ? std::pow(10.0, std::floor(std::log10(minValue))) : 1;
        const double high = maxValue > 0 ? std::pow(10.0, std::ceil(std::log10(maxValue * 1.05))) : 10;
        log->setRange(std::max(1.0, low), std::max(high, low * 10));
        log->setLabelFormat(QStringLiteral("%g"));
        log->setMinorTickCount(-1);
        log->setTitleText(axisTitle);
        axisY = log;
    } else {
        axisY = roundAxis(maxValue, axisTitle);
    }
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
            const MetricSpread *m = groups[i].summary.metric(QString::fromLatin1(sets[j].first));
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

QChart *ttrStack(const QList<GroupValues> &groups, const QStringList &categories)
{
    QChart *chart = newChart(CompareChartsPanel::tr("Where the time to complete response goes (mean)"));
    auto *series = new QStackedBarSeries;
    series->setBarWidth(0.6);
    auto *queue = new QBarSet(CompareChartsPanel::tr("Queue / network"));
    auto *prefill = new QBarSet(CompareChartsPanel::tr("Prefill"));
    auto *thinking = new QBarSet(CompareChartsPanel::tr("Thinking"));
    auto *generation = new QBarSet(CompareChartsPanel::tr("Generation"));
    queue->setColor(QColor(0x9c, 0xa3, 0xaf));
    prefill->setColor(QColor(0x38, 0x7d, 0xd8));
    thinking->setColor(QColor(0x8b, 0x5c, 0xf6));
    generation->setColor(QColor(0x16, 0xa3, 0x4a));
    QStringList tips[4];
    double maxTtr = 0;
    for (const GroupValues &g : groups) {
        const double ttr = meanOf(g.summary, "ttr_ms").value_or(0);
        const double ttft = meanOf(g.summary, "ttft_ms").value_or(0);
        const double pre = meanOf(g.summary, "prefill_ms").value_or(0);
        const double think = meanOf(g.summary, "thinking_ms").value_or(0);
        const double gen = meanOf(g.summary, "generation_ms").value_or(0);
        // Prefill is part of TTFT; what TTFT holds beyond prefill is queue + network + template.
        const double pre2 = std::min(pre, ttft);
        const double parts[4] = {std::max(0.0, ttft - pre2), pre2, think, std::max(0.0, std::min(gen, ttr - ttft - think))};
        QBarSet *sets[4] = {queue, prefill, thinking, generation};
        const QString sources[4] = {sourceText(g, QStringLiteral("ttft_ms")), sourceText(g, QStringLiteral("prefill_ms")),
                                    sourceText(g, QStringLiteral("thinking_ms")), sourceText(g, QStringLiteral("generation_ms"))};
        for (int k = 0; k < 4; ++k) {
            *sets[k] << parts[k];
            QString tip = QStringLiteral("<b>%1</b><br>%2: <b>%3 ms</b> ").arg(g.label.toHtmlEscaped(), sets[k]->label(), number(parts[k]));
            tip += CompareChartsPanel::tr("of TTR %1 ms").arg(number(ttr));
            if (!sources[k].isEmpty())
                tip += QStringLiteral("<br>") + CompareChartsPanel::tr("source: %1").arg(sources[k].toHtmlEscaped());
            tips[k] << tip;
        }
        maxTtr = std::max(maxTtr, ttr);
    }
    queue->setProperty(kTipsProperty, tips[0]);
    prefill->setProperty(kTipsProperty, tips[1]);
    thinking->setProperty(kTipsProperty, tips[2]);
    generation->setProperty(kTipsProperty, tips[3]);
    series->append({queue, prefill, thinking, generation});
    showTips(series);
    chart->addSeries(series);
    QBarCategoryAxis *axisX = categoryAxis(categories);
    QValueAxis *axisY = roundAxis(maxTtr, CompareChartsPanel::tr("time (ms)"));
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisX);
    series->attachAxis(axisY);
    return chart;
}

QBarCategoryAxis *categoryAxisOf(QChart *chart)
{
    for (QAbstractAxis *a : chart->axes(Qt::Horizontal))
        if (auto *c = qobject_cast<QBarCategoryAxis *>(a))
            return c;
    return nullptr;
}

} // namespace

CompareChartsPanel::CompareChartsPanel(QWidget *parent) : QWidget(parent)
{
    m_grid = new QGridLayout(this);
    m_grid->setContentsMargins(0, 4, 0, 0);
    m_speedView = makeView();
    m_ttrView = makeView();
    m_rawView = makeView();
    relayout();
    clear();
}

CompareChartsPanel::~CompareChartsPanel() = default;

QChartView *CompareChartsPanel::makeView()
{
    auto *view = new QChartView(this);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(kChartMinWidth, kChartMinHeight);
    return view;
}

QList<QChartView *> CompareChartsPanel::views() const
{
    if (m_compact)
        return {m_speedView, m_ttrView};
    return {m_speedView, m_ttrView, m_rawView};
}

void CompareChartsPanel::setCompact(bool compact)
{
    m_compact = compact;
    m_rawView->setVisible(!compact);
    for (QChartView *v : {m_speedView, m_ttrView})
        v->setMinimumSize(compact ? 320 : kChartMinWidth, compact ? 230 : kChartMinHeight);
    m_columns = 0;
    relayout();
    updateCategories();
}

void CompareChartsPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    relayout();
    updateCategories();
}

void CompareChartsPanel::relayout()
{
    // One column on a laptop's Compare tab, two or three when the window is wide.
    const int columns = m_compact ? 2 : std::clamp(width() / (kChartMinWidth + 220), 1, 3);
    if (columns == m_columns)
        return;
    m_columns = columns;
    const QList<QChartView *> all = views();
    for (QChartView *v : {m_speedView, m_ttrView, m_rawView})
        m_grid->removeWidget(v);
    for (int i = 0; i < all.size(); ++i)
        m_grid->addWidget(all[i], i / columns, i % columns);
    for (int c = 0; c < 3; ++c)
        m_grid->setColumnStretch(c, c < columns ? 1 : 0);
}

void CompareChartsPanel::clear()
{
    m_groups.clear();
    m_nodeNames.clear();
    const QString empty = tr("Run a comparison to see its charts");
    for (QChartView *v : views()) {
        QChart *old = v->chart();
        v->setChart(newChart(empty));
        delete old;
    }
}

void CompareChartsPanel::setRun(const CompareRun &run)
{
    const QList<CompareGroupSummary> summaries = CompareSummary::compute(run);
    QList<GroupValues> groups;
    m_groups.clear();
    m_nodeNames.clear();
    for (const CompareGroupSummary &s : summaries) {
        if (s.done == 0)
            continue;
        QString node = run.nodes.value(s.nodeIndex).name;
        node.remove(QStringLiteral(" (simulated)"), Qt::CaseInsensitive);
        if (!m_nodeNames.contains(node))
            m_nodeNames << node;
        m_groups.append({node, s.thinking, int(m_nodeNames.indexOf(node)) + 1});
        groups.append({tr("%1 · thinking %2").arg(node, s.thinking ? tr("ON") : tr("OFF")), s, &run});
    }
    if (groups.isEmpty()) {
        clear();
        return;
    }
    const QStringList placeholders(groups.size(), QString());
    auto replace = [](QChartView *view, QChart *chart) {
        QChart *old = view->chart();
        view->setChart(chart);
        delete old;
    };
    replace(m_speedView, groupedBars(tr("Prefill vs decode speed (mean, min-max)"), groups, placeholders,
                                     {{"prefill_tps", tr("Prefill")}, {"decode_tps", tr("Decode")}},
                                     tr("speed (tok/s, log scale)"), tr("tok/s"), true));
    replace(m_ttrView, ttrStack(groups, placeholders));
    replace(m_rawView, groupedBars(tr("Raw vs effective speed (mean, min-max)"), groups, placeholders,
                                   {{"decode_tps", tr("Raw (decode)")}, {"effective_tps", tr("Effective")}},
                                   tr("speed (tok/s)"), tr("tok/s"), false));
    m_codes = false;
    updateCategories();
}

QStringList CompareChartsPanel::categoryLabels() const
{
    QBarCategoryAxis *axis = categoryAxisOf(m_speedView->chart());
    return axis ? axis->categories() : QStringList();
}

void CompareChartsPanel::updateCategories()
{
    if (m_groups.isEmpty())
        return;
    // Full two-line labels when the widest line fits a category's share of the plot, else codes.
    QFont font = this->font();
    font.setPointSizeF(8);
    const QFontMetrics fm(font);
    int widest = 0;
    for (const Group &g : std::as_const(m_groups))
        widest = std::max({widest, fm.horizontalAdvance(g.node), fm.horizontalAdvance(tr("OFF"))});
    const int plotWidth = m_speedView->width() - 110; // y axis labels and title, margins
    const bool codes = plotWidth / std::max<qsizetype>(1, m_groups.size()) < widest + 12;
    QStringList labels;
    for (const Group &g : std::as_const(m_groups)) {
        const QString mode = g.thinking ? tr("ON") : tr("OFF");
        labels << (codes ? tr("N%1 %2").arg(g.nodeNumber).arg(mode) : QStringLiteral("%1<br>%2").arg(g.node.toHtmlEscaped(), mode));
    }
    QString legend;
    if (codes) {
        QStringList pairs;
        for (int i = 0; i < m_nodeNames.size(); ++i)
            pairs << tr("N%1 = %2").arg(i + 1).arg(m_nodeNames[i].toHtmlEscaped());
        legend = pairs.join(QStringLiteral(" \u00b7 "));
    }
    m_codes = codes;
    for (QChartView *v : views()) {
        QChart *chart = v->chart();
        QBarCategoryAxis *axis = categoryAxisOf(chart);
        if (!axis)
            continue;
        if (axis->categories() != labels) {
            axis->setCategories(labels);
        }
        QString title = chart->property("baseTitle").toString();
        if (title.isEmpty()) {
            title = chart->title();
            chart->setProperty("baseTitle", title);
        }
        chart->setTitle(legend.isEmpty() ? title : QStringLiteral("%1<br><small>%2</small>").arg(title, legend));
    }
}

void CompareChartsPanel::paintReport(QPainter &painter, const QSize &size, const CompareRun &run) const
{
    painter.fillRect(QRect(QPoint(0, 0), size), Qt::white);
    QFont titleFont = font();
    titleFont.setPointSizeF(13);
    titleFont.setBold(true);
    painter.setFont(titleFont);
    painter.setPen(Qt::black);
    QString prompt = run.settings.prompt.simplified();
    if (prompt.size() > 90)
        prompt = prompt.left(87) + QStringLiteral("...");
    const QString title = run.label.isEmpty() ? tr("Comparison: \"%1\"").arg(prompt) : run.label;
    painter.drawText(QRect(16, 8, size.width() - 32, 26), Qt::AlignLeft | Qt::AlignVCenter, title);
    QFont small = font();
    small.setPointSizeF(9.5);
    painter.setFont(small);
    const QDateTime when = run.startedAt.isValid() ? run.startedAt.toLocalTime() : QDateTime::currentDateTime();
    painter.drawText(QRect(16, 34, size.width() - 32, 20), Qt::AlignLeft | Qt::AlignVCenter,
                     tr("%1 · %n run(s) per node and mode", nullptr, run.settings.runs)
                         .arg(QLocale().toString(when, QLocale::LongFormat)));
    const bool simulated = std::any_of(run.nodes.begin(), run.nodes.end(), [](const CompareNodeInfo &n) { return n.simulated; });
    if (simulated) {
        QFont bold = small;
        bold.setBold(true);
        bold.setPointSizeF(12);
        painter.setFont(bold);
        painter.setPen(AppStyle::warningColor());
        painter.drawText(QRect(16, 8, size.width() - 32, 26), Qt::AlignRight | Qt::AlignVCenter,
                         tr("SIMULATED: not real hardware"));
    }
    const int top = 60;
    const int w = (size.width() - 16) / 3;
    int x = 8;
    for (QChartView *v : views()) {
        v->render(&painter, QRectF(x, top, w - 8, size.height() - top - 8), QRect(), Qt::KeepAspectRatio);
        x += w;
    }
}

bool CompareChartsPanel::save(const QString &path, const CompareRun &run, QString *error) const
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    const QSize size(1800, 620);
    if (suffix == QLatin1String("svg")) {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setTitle(tr("Tokscope comparison"));
        QPainter painter;
        if (!painter.begin(&svg)) {
            if (error)
                *error = tr("cannot write %1").arg(path);
            return false;
        }
        paintReport(painter, size, run);
        painter.end();
        return QFileInfo(path).size() > 0;
    }
    if (suffix != QLatin1String("png")) {
        if (error)
            *error = tr("save as .png or .svg");
        return false;
    }
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        paintReport(painter, size, run);
    }
    if (!image.save(path, "PNG")) {
        if (error)
            *error = tr("cannot write %1").arg(path);
        return false;
    }
    return true;
}
