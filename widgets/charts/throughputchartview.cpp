#include "widgets/charts/throughputchartview.h"

#include "models/series/decimator.h"
#include "models/series/timeseries.h"
#include "widgets/charts/segmentedlineseries.h"
#include "widgets/charts/timeticks.h"
#include "widgets/charts/valuescale.h"

#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QTimer>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <QtConcurrent/QtConcurrentRun>

#include <chrono>
#include <cmath>
#include <vector>

struct ThroughputChartView::Pane
{
    QChart *chart = nullptr;
    QChartView *view = nullptr;
    QCategoryAxis *x = nullptr; // epoch ms, labelled with round local times (TimeTicks)
    QValueAxis *y = nullptr;
    QList<TimeTick> ticks;
    qreal extraLeftMargin = 0; // aligns this plot's left edge with the other pane's
    std::vector<std::unique_ptr<SegmentedLineSeries>> lines; // one per m_lines entry
};

// Everything the worker needs, copied on the GUI thread (TimeSeries is not thread-safe).
struct ThroughputChartView::Job
{
    struct Input
    {
        std::vector<qint64> times;
        std::vector<double> values;
        qint64 maxStepMs = 0;
    };
    quint64 generation = 0;
    qint64 fromMs = 0; // monotonic
    qint64 toMs = 0;
    qint64 wallMinusMonotonicMs = 0;
    int columns = 0;
    std::vector<Input> inputs; // [2 * line + 0] prompt, [2 * line + 1] generation
};

struct ThroughputChartView::Result
{
    quint64 generation = 0;
    qint64 fromMs = 0;
    qint64 toMs = 0;
    qint64 wallMinusMonotonicMs = 0;
    int columns = 0;
    std::vector<DecimatedSeries> series;
};

namespace {
qint64 steadyNowMs()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

} // namespace

ThroughputChartView::ThroughputChartView(QWidget *parent)
    : QWidget(parent), m_prompt(std::make_unique<Pane>()), m_generation(std::make_unique<Pane>()),
      m_clock(steadyNowMs)
{
    const auto setUp = [this](Pane &pane, const QString &title) {
        pane.chart = new QChart;
        pane.chart->setAnimationOptions(QChart::NoAnimation);
        pane.chart->legend()->hide();
        pane.chart->setTitle(title);
        QFont titleFont = font();
        titleFont.setBold(true);
        pane.chart->setTitleFont(titleFont);
        pane.chart->setBackgroundRoundness(0);
        pane.chart->setMargins(QMargins(4, 2, 8, 2));
        pane.x = new QCategoryAxis;
        pane.x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
        // A valid range before the first show: an axis laid out with its default range never
        // shows labels afterwards (Qt 6.4).
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        pane.x->setRange(double(now - m_windowMs), double(now));
        pane.y = new QValueAxis;
        pane.y->setLabelFormat(QStringLiteral("%.0f"));
        pane.y->setTickCount(5);
        pane.y->setRange(0, 10);
        for (QAbstractAxis *axis :
             {static_cast<QAbstractAxis *>(pane.x), static_cast<QAbstractAxis *>(pane.y)}) {
            axis->setLabelsFont(font());
            axis->setGridLineColor(QColor(0xe5e7eb));
        }
        pane.chart->addAxis(pane.x, Qt::AlignBottom);
        pane.chart->addAxis(pane.y, Qt::AlignLeft);
        pane.view = new QChartView(pane.chart, this);
        pane.view->setRenderHint(QPainter::Antialiasing);
        pane.view->setMinimumHeight(120); // two panes and the legend still fit under a row of cards at 1280x720
    };
    setUp(*m_prompt, tr("Prompt processing (prefill), tokens/s"));
    setUp(*m_generation, tr("Generation, tokens/s"));
    // Both charts share the time axis: keep their plot areas' left edges aligned, whatever the
    // widths of their value labels ("3000" vs "60").
    for (Pane *pane : {m_prompt.get(), m_generation.get()})
        connect(pane->chart, &QChart::plotAreaChanged, this, &ThroughputChartView::alignPlotAreas);

    m_legend = new QHBoxLayout;
    m_legend->setSpacing(6);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(m_legend);
    layout->addWidget(m_prompt->view, 1);
    layout->addWidget(m_generation->view, 1);

    m_coalesce = new QTimer(this);
    m_coalesce->setSingleShot(true);
    m_coalesce->setInterval(CoalesceMs);
    connect(m_coalesce, &QTimer::timeout, this, &ThroughputChartView::startJob);
    setWindowMs(m_windowMs);
    rebuildLegend();
}

ThroughputChartView::~ThroughputChartView() = default;

void ThroughputChartView::setLines(const QList<ThroughputLine> &lines)
{
    m_lines = lines;
    ++m_linesGeneration;
    rebuildSeries();
    rebuildLegend();
    scheduleUpdate();
}

void ThroughputChartView::setWindowMs(qint64 windowMs)
{
    m_windowMs = qMax<qint64>(1000, windowMs);
    ++m_linesGeneration; // results decimated for the old window are stale
    scheduleUpdate();
}

void ThroughputChartView::setUseOpenGL(bool on)
{
    m_openGl = on;
    for (Pane *pane : {m_prompt.get(), m_generation.get()}) {
        for (auto &line : pane->lines)
            line->setUseOpenGL(on);
    }
}

void ThroughputChartView::setMonotonicClock(std::function<qint64()> clock)
{
    m_clock = clock ? std::move(clock) : std::function<qint64()>(steadyNowMs);
}

void ThroughputChartView::scheduleUpdate()
{
    // A hidden chart (another page is shown) does no work; showEvent() catches up.
    if (!isVisible()) {
        m_dirty = true;
        return;
    }
    // Never restarted while armed: the first sample of a burst bounds the latency, the rest ride along.
    if (!m_coalesce->isActive())
        m_coalesce->start();
}

void ThroughputChartView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        scheduleUpdate();
}

void ThroughputChartView::updateNow()
{
    m_coalesce->stop();
    apply(run(snapshot()));
}

void ThroughputChartView::startJob()
{
    if (m_jobRunning) {
        m_dirty = true;
        return;
    }
    m_jobRunning = true;
    m_dirty = false;
    auto *watcher = new QFutureWatcher<Result>(this);
    connect(watcher, &QFutureWatcher<Result>::finished, this, [this, watcher] {
        m_jobRunning = false;
        apply(watcher->result());
        watcher->deleteLater();
        if (m_dirty)
            scheduleUpdate();
    });
    watcher->setFuture(QtConcurrent::run(&ThroughputChartView::run, snapshot()));
}

ThroughputChartView::Job ThroughputChartView::snapshot() const
{
    Job job;
    job.generation = m_linesGeneration;
    job.toMs = m_clock();
    job.fromMs = job.toMs - m_windowMs;
    job.wallMinusMonotonicMs = QDateTime::currentMSecsSinceEpoch() - job.toMs;
    job.columns = plotColumns();
    const auto copyWindow = [&job](const TimeSeries *series, qint64 maxStepMs) {
        Job::Input input;
        input.maxStepMs = maxStepMs;
        if (series && !series->isEmpty()) {
            // One point before the window so the line reaches the left edge.
            const auto first = size_t(qMax<qsizetype>(0, series->lowerBound(job.fromMs) - 1));
            const auto times = series->times().subspan(first);
            const auto values = series->values().subspan(first);
            input.times.assign(times.begin(), times.end());
            input.values.assign(values.begin(), values.end());
        }
        return input;
    };
    job.inputs.reserve(size_t(m_lines.size()) * 2);
    for (const ThroughputLine &line : m_lines) {
        job.inputs.push_back(copyWindow(line.prompt, line.maxStepMs));
        job.inputs.push_back(copyWindow(line.generation, line.maxStepMs));
    }
    return job;
}

ThroughputChartView::Result ThroughputChartView::run(const Job &job)
{
    Result result;
    result.generation = job.generation;
    result.fromMs = job.fromMs;
    result.toMs = job.toMs;
    result.wallMinusMonotonicMs = job.wallMinusMonotonicMs;
    result.columns = job.columns;
    result.series.reserve(job.inputs.size());
    for (const Job::Input &input : job.inputs)
        result.series.push_back(Decimator::decimate(input.times, input.values, job.fromMs, job.toMs,
                                                    job.columns, input.maxStepMs));
    return result;
}

void ThroughputChartView::apply(const Result &result)
{
    if (result.generation != m_linesGeneration) {
        scheduleUpdate();
        return;
    }
    const double offset = double(result.wallMinusMonotonicMs);
    const double bucketMs = double(result.toMs - result.fromMs) / qMax(1, result.columns);
    const double from = double(result.fromMs + result.wallMinusMonotonicMs);
    const double to = double(result.toMs + result.wallMinusMonotonicMs);
    const QList<TimeTick> ticks = TimeTicks::compute(qint64(from), qint64(to));
    for (int kind = 0; kind < 2; ++kind) {
        Pane &pane = kind == 0 ? *m_prompt : *m_generation;
        double maximum = 0;
        for (size_t line = 0; line < pane.lines.size(); ++line) {
            if (const auto &m = result.series.at(line * 2 + size_t(kind)).maximum)
                maximum = qMax(maximum, *m);
        }
        const ValueScale scale = ValueScale::forMaximum(maximum * 1.05);
        // A short pane (a laptop screen) labels fewer, still round, ticks: crowded labels become "...".
        const int plotHeight = pane.view->height() - 80; // title and time labels
        const int maxTicks = std::clamp(plotHeight / 24 + 1, 2, 6);
        const int intervals = scale.ticks - 1;
        int tickCount = 2;
        for (int d = 1; d <= intervals; ++d) {
            if (intervals % d == 0 && intervals / d + 1 <= maxTicks) {
                tickCount = intervals / d + 1;
                break;
            }
        }
        if (pane.x->min() != from || pane.x->max() != to || pane.y->max() != scale.top ||
            pane.y->tickCount() != tickCount) {
            // Qt Charts re-strokes every non-empty series on each axis change; emptying them first
            // means each line is laid out once per update (by replace()) instead of three times.
            for (auto &line : pane.lines)
                line->clear();
            pane.x->setRange(from, to);
            pane.y->setRange(0, scale.top);
            pane.y->setTickCount(tickCount);
        }
        if (ticks != pane.ticks) {
            // Labels change only when a tick enters or leaves the window, not on every update.
            pane.ticks = ticks;
            for (const QString &label : pane.x->categoriesLabels())
                pane.x->remove(label);
            for (const TimeTick &tick : ticks)
                pane.x->append(tick.label, double(tick.epochMs));
        }
        for (size_t line = 0; line < pane.lines.size(); ++line) {
            const DecimatedSeries &data = result.series.at(line * 2 + size_t(kind));
            // A dense min/max line (more points than pixel columns) reads as a band anyway, and a
            // 1 px pen paints it about 8x faster than 2 px (24 h window: ~11 ms instead of ~90 ms).
            pane.lines[line]->setPenWidth(data.points.size() > result.columns ? 1.0 : 2.0);
            pane.lines[line]->setData(data, offset, qMax(bucketMs * 2, 1000.0));
        }
    }
    emit updated();
}

void ThroughputChartView::alignPlotAreas()
{
    const auto natural = [](const Pane &pane) {
        return pane.chart->plotArea().left() - pane.extraLeftMargin;
    };
    const qreal target = qMax(natural(*m_prompt), natural(*m_generation));
    for (Pane *pane : {m_prompt.get(), m_generation.get()}) {
        const qreal extra = std::round(target - natural(*pane));
        if (extra == pane->extraLeftMargin)
            continue;
        QMargins margins = pane->chart->margins();
        margins.setLeft(margins.left() + int(extra - pane->extraLeftMargin));
        pane->extraLeftMargin = extra;
        pane->chart->setMargins(margins);
    }
}

void ThroughputChartView::rebuildSeries()
{
    for (int kind = 0; kind < 2; ++kind) {
        Pane &pane = kind == 0 ? *m_prompt : *m_generation;
        pane.lines.clear();
        for (const ThroughputLine &line : std::as_const(m_lines)) {
            QPen pen(line.color, 2.0);
            pen.setCapStyle(Qt::RoundCap);
            pen.setJoinStyle(Qt::RoundJoin);
            pane.lines.push_back(std::make_unique<SegmentedLineSeries>(pane.chart, pane.x, pane.y, pen));
            pane.lines.back()->setUseOpenGL(m_openGl);
        }
    }
}

void ThroughputChartView::rebuildLegend()
{
    while (QLayoutItem *item = m_legend->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_legend->addSpacing(12);
    for (const ThroughputLine &line : std::as_const(m_lines)) {
        // A short thick bar in the line's color, then the node's name.
        auto *swatch = new QFrame(this);
        swatch->setFixedSize(22, 4);
        swatch->setStyleSheet(QStringLiteral("background: %1; border-radius: 2px;").arg(line.color.name()));
        auto *name = new QLabel(line.label, this);
        m_legend->addWidget(swatch, 0, Qt::AlignVCenter);
        m_legend->addWidget(name);
        m_legend->addSpacing(14);
    }
    m_legend->addStretch(1);
}

int ThroughputChartView::plotColumns() const
{
    const int plotWidth = qRound(m_prompt->chart->plotArea().width());
    // Before the first layout the plot area is empty: assume a typical width.
    return plotWidth > 50 ? plotWidth : qMax(600, width() - 80);
}

int ThroughputChartView::pointCount(const QString &nodeId, Kind kind) const
{
    const Pane &pane = kind == Kind::Prompt ? *m_prompt : *m_generation;
    for (qsizetype i = 0; i < m_lines.size(); ++i) {
        if (m_lines.at(i).nodeId == nodeId)
            return pane.lines.at(size_t(i))->pointCount();
    }
    return -1;
}

int ThroughputChartView::runCount(const QString &nodeId, Kind kind) const
{
    const Pane &pane = kind == Kind::Prompt ? *m_prompt : *m_generation;
    for (qsizetype i = 0; i < m_lines.size(); ++i) {
        if (m_lines.at(i).nodeId == nodeId)
            return pane.lines.at(size_t(i))->runCount();
    }
    return -1;
}

QChart *ThroughputChartView::chart(Kind kind) const
{
    return kind == Kind::Prompt ? m_prompt->chart : m_generation->chart;
}

QValueAxis *ThroughputChartView::valueAxis(Kind kind) const
{
    return kind == Kind::Prompt ? m_prompt->y : m_generation->y;
}

QCategoryAxis *ThroughputChartView::timeAxis(Kind kind) const
{
    return kind == Kind::Prompt ? m_prompt->x : m_generation->x;
}
