#pragma once

#include "widgets/charts/throughputline.h"

#include <QList>
#include <QWidget>

#include <functional>
#include <memory>

class QChart;
class QChartView;
class QCategoryAxis;
class QHBoxLayout;
class QTimer;
class QValueAxis;
class SegmentedLineSeries;
struct DecimatedSeries;

// Live prompt and generation throughput of every node: two stacked charts (prefill rates are ~30x
// generation rates, so they cannot share an axis), one color per node, local-time axis over a
// selectable window. Redraws are coalesced: scheduleUpdate() arms a ~40 ms single-shot timer (<= 25 fps
// however fast samples arrive); the window's points are copied on the GUI thread, min/max-decimated
// to ~2 points per pixel column on a worker, then pushed into the series with replace().
class ThroughputChartView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThroughputChartView)

public:
    enum class Kind
    {
        Prompt,
        Generation
    };
    static constexpr int CoalesceMs = 40;

    explicit ThroughputChartView(QWidget *parent = nullptr);
    ~ThroughputChartView() override;

    void setLines(const QList<ThroughputLine> &lines);
    QList<ThroughputLine> lines() const { return m_lines; }
    void setWindowMs(qint64 windowMs);
    qint64 windowMs() const { return m_windowMs; }
    void setUseOpenGL(bool on);
    // The clock of the series' time stamps (default: steady clock ms, as NodeMonitor uses).
    void setMonotonicClock(std::function<qint64()> clock);

    // Arms the coalescing timer; while the view is hidden it only remembers that data changed.
    void scheduleUpdate();
    // Snapshot, decimate and replace synchronously (tests, benchmark).
    void updateNow();

    int pointCount(const QString &nodeId, Kind kind) const;
    int runCount(const QString &nodeId, Kind kind) const;
    QChart *chart(Kind kind) const;
    QValueAxis *valueAxis(Kind kind) const;
    // x values are epoch milliseconds (local-time labels at round times)
    QCategoryAxis *timeAxis(Kind kind) const;

signals:
    void updated();

protected:
    void showEvent(QShowEvent *event) override;

private:
    struct Pane;
    struct Job;
    struct Result;

    void startJob();
    Job snapshot() const;
    static Result run(const Job &job);
    void apply(const Result &result);
    void rebuildSeries();
    void alignPlotAreas();
    void rebuildLegend();
    int plotColumns() const;

    std::unique_ptr<Pane> m_prompt;
    std::unique_ptr<Pane> m_generation;
    QHBoxLayout *m_legend = nullptr;
    QTimer *m_coalesce = nullptr;
    QList<ThroughputLine> m_lines;
    qint64 m_windowMs = 5 * 60 * 1000;
    bool m_openGl = false;
    std::function<qint64()> m_clock;
    quint64 m_linesGeneration = 0; // results computed for older lines are dropped
    bool m_jobRunning = false;
    bool m_dirty = false;
};
