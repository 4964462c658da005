#include "widgets/charts/scoretrendchart.h"

#include "widgets/appstyle.h"
#include "widgets/charts/chartembed.h"
#include "widgets/nodepalette.h"

#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

ScoreTrendChart::ScoreTrendChart(Metric metric, QWidget *parent)
    : QWidget(parent), m_metric(metric), m_chart(new QChart), m_axisX(new QCategoryAxis),
      m_axisY(new QValueAxis), m_regressions(new QScatterSeries)
{
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_axisX->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_axisY->setTitleText(metric == Metric::Score ? tr("score") : tr("TTR (s)"));
    m_axisY->setLabelFormat(metric == Metric::Score ? QStringLiteral("%.0f") : QStringLiteral("%.1f"));
    m_chart->addAxis(m_axisX, Qt::AlignBottom);
    m_chart->addAxis(m_axisY, Qt::AlignLeft);

    m_regressions->setName(tr("regression"));
    m_regressions->setMarkerShape(QScatterSeries::MarkerShapeTriangle);
    m_regressions->setMarkerSize(14);
    m_regressions->setColor(AppStyle::errorColor());
    m_regressions->setBorderColor(Qt::white);
    ChartEmbed::attach(m_chart, m_regressions, m_axisX, m_axisY);

    m_view = ChartEmbed::embed(this, m_chart);
}

ScoreTrendChart::~ScoreTrendChart() = default;

std::optional<double> ScoreTrendChart::valueOf(const BenchTrend::Point &p) const
{
    if (m_metric == Metric::Score)
        return p.score;
    return p.ttrMs ? std::optional<double>(*p.ttrMs / 1000.0) : std::nullopt;
}

void ScoreTrendChart::ensureNode(const QString &node, int index)
{
    const QColor color = NodePalette::color(index);
    if (!m_lines.contains(node)) {
        auto *line = new QLineSeries;
        line->setName(node);
        ChartEmbed::attach(m_chart, line, m_axisX, m_axisY);
        m_lines.insert(node, line);
        auto *dots = new QScatterSeries;
        dots->setMarkerSize(8);
        ChartEmbed::attach(m_chart, dots, m_axisX, m_axisY);
        m_dots.insert(node, dots);
        for (QLegendMarker *marker : m_chart->legend()->markers(dots))
            marker->setVisible(false);
        // Series draw in the order they were added: keep the regression triangles on top of the dots.
        m_chart->removeSeries(m_regressions);
        ChartEmbed::attach(m_chart, m_regressions, m_axisX, m_axisY);
    }
    QPen pen(color, 2);
    m_lines.value(node)->setPen(pen);
    m_dots.value(node)->setColor(color);
    m_dots.value(node)->setBorderColor(color);
}

void ScoreTrendChart::setTrend(const BenchTrend &trend, const QString &suiteTitle)
{
    m_chart->setTitle(m_metric == Metric::Score ? tr("Mean score per node — %1").arg(suiteTitle)
                                                : tr("Mean TTR per node — %1").arg(suiteTitle));
    double maxValue = 0;
    double minValue = 100;
    QList<QPointF> regressionPoints;
    for (int n = 0; n < trend.nodes.size(); ++n) {
        const QString &node = trend.nodes.at(n);
        ensureNode(node, n);
        QList<QPointF> points;
        const QList<BenchTrend::Point> &line = trend.points.value(node);
        for (int i = 0; i < line.size(); ++i) {
            const std::optional<double> v = valueOf(line.at(i));
            if (!v || !std::isfinite(*v))
                continue; // absent from that run: no point (never a made-up zero)
            points.append({double(i), *v});
            maxValue = qMax(maxValue, *v);
            minValue = qMin(minValue, *v);
            // Regressions are about scores: the TTR chart does not mark them.
            if (m_metric == Metric::Score && !line.at(i).regressions.isEmpty())
                regressionPoints.append({double(i), *v});
        }
        m_lines.value(node)->replace(points);
        m_dots.value(node)->replace(points);
    }
    // Nodes no longer in the trend keep their series, emptied and out of the legend.
    for (auto it = m_lines.begin(); it != m_lines.end(); ++it) {
        const bool present = trend.nodes.contains(it.key());
        if (!present) {
            it.value()->clear();
            m_dots.value(it.key())->clear();
        }
        for (QLegendMarker *marker : m_chart->legend()->markers(it.value()))
            marker->setVisible(present);
    }
    m_regressions->replace(regressionPoints);

    // Scores: up to 100, from a round ten below the lowest mean so close lines stay apart.
    // TTR: from zero (time has a natural origin), with nice tick values.
    double yMin = 0;
    double yMax = qMax(0.1, maxValue * 1.15);
    if (m_metric == Metric::Score) {
        yMax = 100.0;
        yMin = qMax(0.0, std::floor(minValue / 10.0) * 10.0 - 10.0);
    }
    if (m_metric == Metric::Score)
        yMin = std::floor(yMin / 20.0) * 20.0;
    m_axisY->setRange(yMin, yMax);
    if (m_metric == Metric::Ttr)
        m_axisY->applyNiceNumbers();
    applyTicks();
    yMax = m_axisY->max();

    // Vertical dashed lines at fingerprint changes.
    m_changesShown = 0;
    for (const BenchTrend::Change &c : trend.changes) {
        if (m_changesShown == m_changeLines.size()) {
            auto *line = new QLineSeries;
            QPen pen(AppStyle::mutedColor(), 1.5, Qt::DashLine);
            line->setPen(pen);
            ChartEmbed::attach(m_chart, line, m_axisX, m_axisY);
            m_changeLines.append(line);
        }
        QLineSeries *line = m_changeLines.at(m_changesShown);
        const double x = c.runIndex - 0.5;
        line->replace({QPointF(x, yMin), QPointF(x, yMax)});
        line->setName(tr("model / engine change"));
        ++m_changesShown;
    }
    for (int i = 0; i < m_changeLines.size(); ++i) {
        if (i >= m_changesShown)
            m_changeLines.at(i)->clear();
        // One legend entry for all change lines.
        for (QLegendMarker *marker : m_chart->legend()->markers(m_changeLines.at(i)))
            marker->setVisible(i == 0 && m_changesShown > 0);
    }
    for (QLegendMarker *marker : m_chart->legend()->markers(m_regressions))
        marker->setVisible(!regressionPoints.isEmpty());

    // X axis: one label per run (thinned when there are many), range centred on the runs.
    for (const QString &label : m_axisX->categoriesLabels())
        m_axisX->remove(label);
    const int n = int(trend.runs.size());
    const int step = qMax(1, n / 12);
    for (int i = 0; i < n; i += step)
        m_axisX->append(tr("#%1").arg(trend.runs.at(i).id), i);
    m_axisX->setRange(-0.5, qMax(0.5, n - 0.5));
}

QList<QPointF> ScoreTrendChart::linePoints(const QString &node) const
{
    const QLineSeries *line = m_lines.value(node);
    return line ? line->points() : QList<QPointF>{};
}

int ScoreTrendChart::regressionMarkerCount() const
{
    return int(m_regressions->count());
}

int ScoreTrendChart::changeLineCount() const
{
    return m_changesShown;
}

void ScoreTrendChart::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    applyTicks();
}

void ScoreTrendChart::applyTicks()
{
    // About one label per 28 px of plot (the plot is the chart minus title, legend and x axis).
    const int plotHeight = std::max(0, height() - 130);
    const int maxTicks = std::clamp(plotHeight / 28 + 1, 2, 6);
    const double range = m_axisY->max() - m_axisY->min();
    if (!(range > 0))
        return;
    if (m_metric == Metric::Score) {
        for (double step : {10.0, 20.0, 25.0, 50.0, 100.0}) {
            const int ticks = int(std::round(range / step)) + 1;
            if (ticks <= maxTicks && std::abs(std::fmod(range, step)) < 1e-9) {
                m_axisY->setTickCount(ticks);
                return;
            }
        }
        m_axisY->setTickCount(2);
    } else {
        m_axisY->setTickCount(std::min(m_axisY->tickCount(), maxTicks));
    }
}
