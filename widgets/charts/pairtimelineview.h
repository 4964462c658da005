#pragma once

#include "models/pair/pairtaskrun.h"

#include <QList>
#include <QRectF>
#include <QWidget>

// The Gantt timeline of a pair run, drawn with QPainter: one block per task x run, one lane per node
// role (builder, reviewer), each step a bar split into prefill (TTFT: queue + prefill), thinking and
// generation, the measured gaps between steps as connectors, and the TCT marker at the end. All blocks
// share one time scale so runs compare at a glance. Failed steps are outlined red with their state.
class PairTimelineView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PairTimelineView)

public:
    explicit PairTimelineView(QWidget *parent = nullptr);
    ~PairTimelineView() override;

    void setTaskRuns(const QList<PairTaskRun> &runs);
    void setTaskRun(int index, const PairTaskRun &run); // adds or replaces (live updates)
    void clear();
    int taskRunCount() const { return int(m_runs.size()); }
    double timeScaleMaxMs() const;

    // Where a step's bar is drawn (empty when it has no times yet). For tests and tooltips.
    QRectF stepRect(int taskRun, int step) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct Geometry
    {
        double left = 0, right = 0, top = 0;
    };
    Geometry geometry() const;
    double xFor(double ms, const Geometry &g) const;
    double blockTop(int taskRun, const Geometry &g) const;
    QString tooltipAt(const QPoint &pos) const;

    QList<PairTaskRun> m_runs;
};
