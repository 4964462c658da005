#include "widgets/charts/pairtimelineview.h"

#include "widgets/pair/pairpalette.h"

#include <QHelpEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>
#include <cmath>

namespace {
constexpr int LaneHeight = 20;
constexpr int HeaderHeight = 20;
constexpr int BlockGap = 10;
constexpr int LegendHeight = 26;
constexpr int AxisHeight = 26;
constexpr int LabelWidth = 230;
constexpr int RightMargin = 120;
constexpr int BlockHeight = HeaderHeight + 2 * LaneHeight + BlockGap;

QString secondsText(double ms)
{
    return QStringLiteral("%1 s").arg(ms / 1000.0, 0, 'f', ms < 10000 ? 2 : 1);
}

double niceStep(double range, int ticks)
{
    const double raw = range / std::max(1, ticks);
    const double mag = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 5.0, 10.0})
        if (raw <= m * mag)
            return m * mag;
    return 10 * mag;
}
} // namespace

PairTimelineView::PairTimelineView(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("pairTimeline"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setMouseTracking(true);
}

PairTimelineView::~PairTimelineView() = default;

void PairTimelineView::setTaskRuns(const QList<PairTaskRun> &runs)
{
    m_runs = runs;
    updateGeometry();
    update();
}

void PairTimelineView::setTaskRun(int index, const PairTaskRun &run)
{
    if (index < 0)
        return;
    while (m_runs.size() <= index)
        m_runs.append(PairTaskRun{});
    m_runs[index] = run;
    updateGeometry();
    update();
}

void PairTimelineView::clear()
{
    m_runs.clear();
    updateGeometry();
    update();
}

double PairTimelineView::timeScaleMaxMs() const
{
    double maxMs = 0;
    for (const PairTaskRun &r : m_runs)
        for (const PairStep &s : r.steps)
            if (s.endMs)
                maxMs = std::max(maxMs, *s.endMs);
    return maxMs > 0 ? maxMs : 1000.0;
}

QSize PairTimelineView::sizeHint() const
{
    return {900, LegendHeight + AxisHeight + std::max<int>(1, int(m_runs.size())) * BlockHeight + 8};
}

QSize PairTimelineView::minimumSizeHint() const
{
    return {LabelWidth + RightMargin + 200, sizeHint().height()};
}

PairTimelineView::Geometry PairTimelineView::geometry() const
{
    return {double(LabelWidth), double(std::max(LabelWidth + 100, width() - RightMargin)), double(LegendHeight)};
}

double PairTimelineView::xFor(double ms, const Geometry &g) const
{
    return g.left + (g.right - g.left) * std::clamp(ms / timeScaleMaxMs(), 0.0, 1.0);
}

double PairTimelineView::blockTop(int taskRun, const Geometry &g) const
{
    return g.top + taskRun * BlockHeight;
}

QRectF PairTimelineView::stepRect(int taskRun, int step) const
{
    if (taskRun < 0 || taskRun >= m_runs.size() || step < 0 || step >= m_runs[taskRun].steps.size())
        return {};
    const PairStep &s = m_runs[taskRun].steps[step];
    if (!s.startMs || !s.endMs)
        return {};
    const Geometry g = geometry();
    const double lane = s.role == PairRole::Review ? 1 : 0;
    const double y = blockTop(taskRun, g) + HeaderHeight + lane * LaneHeight + 3;
    const double x0 = xFor(*s.startMs, g);
    const double x1 = std::max(x0 + 2.0, xFor(*s.endMs, g));
    return {x0, y, x1 - x0, LaneHeight - 6.0};
}

bool PairTimelineView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = tooltipAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

QString PairTimelineView::tooltipAt(const QPoint &pos) const
{
    for (int r = 0; r < m_runs.size(); ++r)
        for (int i = 0; i < m_runs[r].steps.size(); ++i)
            if (stepRect(r, i).adjusted(-2, -2, 2, 2).contains(pos)) {
                const PairStep &s = m_runs[r].steps[i];
                const auto ms = [](std::optional<double> v) {
                    return v ? QString::number(*v, 'f', 0) : QStringLiteral("-");
                };
                return tr("%1 on %2 (%3)\nTTR %4 ms: TTFT %5, thinking %6, generation %7\nTokens %8  %9")
                    .arg(pairRoleDisplayName(s.role), s.node, runStateDisplayName(s.state), ms(s.metrics.ttrMs),
                         ms(s.metrics.ttftMs), ms(s.metrics.thinkingMs), ms(s.metrics.generationMs),
                         s.metrics.completionTokens ? QString::number(*s.metrics.completionTokens)
                                                    : QStringLiteral("-"),
                         reviewVerdictDisplayName(s.verdict));
            }
    return {};
}

void PairTimelineView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), Qt::white);
    const Geometry g = geometry();
    const QFontMetrics fm(font());
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.85);
    QFont bold = font();
    bold.setBold(true);

    // Legend.
    double lx = g.left;
    const struct
    {
        PairPalette::Phase phase;
        QString label;
    } legend[] = {{PairPalette::Phase::Prefill, tr("prefill (TTFT)")},
                  {PairPalette::Phase::Thinking, tr("thinking")},
                  {PairPalette::Phase::Generation, tr("generation")}};
    p.setFont(small);
    for (const auto &l : legend) {
        p.fillRect(QRectF(lx, 8, 12, 10), PairPalette::phase(PairRole::Build, l.phase));
        p.fillRect(QRectF(lx + 12, 8, 12, 10), PairPalette::phase(PairRole::Review, l.phase));
        p.setPen(PairPalette::text());
        p.drawText(QPointF(lx + 28, 17), l.label);
        lx += 40 + QFontMetrics(small).horizontalAdvance(l.label);
    }
    p.setPen(QPen(PairPalette::gap(), 1, Qt::DashLine));
    p.drawLine(QPointF(lx, 13), QPointF(lx + 18, 13));
    p.setPen(PairPalette::text());
    p.drawText(QPointF(lx + 22, 17), tr("gap between steps"));
    lx += 40 + QFontMetrics(small).horizontalAdvance(tr("gap between steps"));
    p.setPen(QPen(PairPalette::tct(), 2));
    p.drawLine(QPointF(lx, 7), QPointF(lx, 19));
    p.setPen(PairPalette::text());
    p.drawText(QPointF(lx + 6, 17), tr("TCT = sum of TTRs + gaps"));

    if (m_runs.isEmpty()) {
        p.setFont(font());
        p.setPen(PairPalette::mutedText());
        p.drawText(QRectF(0, g.top, width(), BlockHeight), Qt::AlignCenter,
                   tr("No pair run yet: choose a builder, a reviewer and tasks, then press Run."));
        return;
    }

    // Time grid.
    const double maxMs = timeScaleMaxMs();
    const double step = niceStep(maxMs, std::max(2, int((g.right - g.left) / 90)));
    const double bottom = g.top + m_runs.size() * BlockHeight;
    p.setFont(small);
    for (double t = 0; t <= maxMs + 0.5; t += step) {
        const double x = xFor(t, g);
        p.setPen(PairPalette::grid());
        p.drawLine(QPointF(x, g.top), QPointF(x, bottom));
        p.setPen(PairPalette::mutedText());
        p.drawText(QRectF(x - 40, bottom + 2, 80, AxisHeight - 6), Qt::AlignHCenter | Qt::AlignTop,
                   secondsText(t));
    }

    for (int r = 0; r < m_runs.size(); ++r) {
        const PairTaskRun &run = m_runs[r];
        const double top = blockTop(r, g);
        // Header: task, run, outcome, grades.
        p.setFont(bold);
        p.setPen(PairPalette::text());
        QString header = tr("%1 · run %2").arg(run.task).arg(run.runIndex + 1);
        p.drawText(QPointF(8, top + 14), header);
        p.setFont(small);
        QString detail = run.state == RunState::Running ? tr("running…") : run.outcomeDisplayName();
        if (run.reviews() > 0)
            detail += tr(" · %n review round(s)", nullptr, run.reviews());
        if (run.score && run.singleScore)
            detail += tr(" · score single %1 → pair %2").arg(*run.singleScore, 0, 'f', 0).arg(*run.score, 0, 'f', 0);
        p.setPen(PairPalette::mutedText());
        p.drawText(QPointF(8 + QFontMetrics(bold).horizontalAdvance(header) + 12, top + 14), detail);

        // Lanes.
        QString builderNode, reviewerNode;
        bool builderSim = false, reviewerSim = false;
        for (const PairStep &s : run.steps) {
            if (s.role == PairRole::Review) {
                reviewerNode = s.node;
                reviewerSim = s.simulated;
            } else {
                builderNode = s.node;
                builderSim = s.simulated;
            }
        }
        for (int lane = 0; lane < 2; ++lane) {
            const QRectF laneRect(0, top + HeaderHeight + lane * LaneHeight, width(), LaneHeight);
            p.fillRect(laneRect, PairPalette::laneBackground(lane));
            const QString role = lane == 0 ? tr("Builder") : tr("Reviewer");
            const QString node = lane == 0 ? builderNode : reviewerNode;
            const bool sim = lane == 0 ? builderSim : reviewerSim;
            p.setPen(PairPalette::text());
            const QString label = fm.elidedText(role + QStringLiteral(" · ") + node, Qt::ElideRight,
                                                LabelWidth - 16 - (sim ? 20 : 0));
            p.drawText(QRectF(8, laneRect.top(), LabelWidth - 12, LaneHeight), Qt::AlignVCenter | Qt::AlignLeft,
                       label);
        }

        // Gaps: connectors from one step's end to the next step's start.
        for (int i = 1; i < run.steps.size(); ++i) {
            const QRectF a = stepRect(r, i - 1);
            const QRectF b = stepRect(r, i);
            if (a.isEmpty() || b.isEmpty())
                continue;
            p.setPen(QPen(PairPalette::gap(), 1, Qt::DashLine));
            p.drawLine(QPointF(a.right(), a.center().y()), QPointF(b.left(), b.center().y()));
        }

        // Step bars.
        double lastEnd = -1;
        for (int i = 0; i < run.steps.size(); ++i) {
            const PairStep &s = run.steps[i];
            const QRectF bar = stepRect(r, i);
            if (bar.isEmpty())
                continue;
            const double ttr = s.metrics.ttrMs.value_or(*s.endMs - *s.startMs);
            const double ttft = std::min(s.metrics.ttftMs.value_or(0.0), ttr);
            const double thinking = std::min(s.metrics.thinkingMs.value_or(0.0), ttr - ttft);
            const double scale = ttr > 0 ? bar.width() / ttr : 0;
            double x = bar.left();
            for (const auto &[phase, ms] : {std::pair{PairPalette::Phase::Prefill, ttft},
                                            std::pair{PairPalette::Phase::Thinking, thinking},
                                            std::pair{PairPalette::Phase::Generation, ttr - ttft - thinking}}) {
                const double w = ms * scale;
                if (w > 0)
                    p.fillRect(QRectF(x, bar.top(), w, bar.height()), PairPalette::phase(s.role, phase));
                x += w;
            }
            if (s.state != RunState::Done) {
                p.setPen(QPen(PairPalette::failed(), 2));
                p.drawRect(bar);
                p.setFont(small);
                p.drawText(QPointF(bar.right() + 4, bar.center().y() + 4), runStateKey(s.state));
            } else if (s.role == PairRole::Review) {
                p.setFont(small);
                const QString v = s.verdict == ReviewVerdict::Approve  ? QStringLiteral("✓ ") + reviewVerdictDisplayName(s.verdict)
                                  : s.verdict == ReviewVerdict::Reject ? QStringLiteral("✗ ") + reviewVerdictDisplayName(s.verdict)
                                                                       : QStringLiteral("? ") + reviewVerdictDisplayName(s.verdict);
                p.setPen(PairPalette::verdict(s.verdict));
                p.drawText(QPointF(bar.right() + 4, bar.center().y() + 4), v);
            }
            lastEnd = std::max(lastEnd, bar.right());
        }
        // TCT marker.
        if (const std::optional<double> tct = run.tctMs(); tct && lastEnd >= 0 && run.state != RunState::Running) {
            const double x = xFor(*tct, g);
            p.setPen(QPen(PairPalette::tct(), 2));
            p.drawLine(QPointF(x, top + HeaderHeight), QPointF(x, top + HeaderHeight + 2 * LaneHeight));
            p.setFont(bold);
            // In the builder's lane, so it never meets the last verdict (reviewer's lane).
            p.drawText(QPointF(std::max(x, g.right) + 8, top + HeaderHeight + LaneHeight / 2.0 + 5),
                       tr("TCT %1").arg(secondsText(*tct)));
        }
    }
}
