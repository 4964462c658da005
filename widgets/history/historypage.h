#pragma once

#include "models/history/benchtrend.h"
#include "widgets/appcontext.h"

#include <QWidget>
#include <memory>

class BenchRunListModel;
class BenchmarksPage;
class PairHistoryStore;
class QComboBox;
class QLabel;
class QTableView;
class QTabWidget;
class QTreeWidget;
class RunComparePanel;
class ScoreTrendChart;
class VerdictHistoryChart;

// The History page: verdict counts per stored benchmark run (stacked), each node's mean score and
// TTR per run for one suite (or all) with regressions and model/engine changes marked, the run list
// with JSON / CSV / Markdown export (BenchExporter), a pairwise comparison of two runs, and a timeline
// of benchmark and pair runs together (double-click reopens one). Reads the AppContext's
// BenchHistoryStore and the pair history; refresh() reloads (on show, and after a run).
class HistoryPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryPage)

public:
    enum class ExportFormat
    {
        Json,
        Csv,
        Markdown
    };
    static constexpr int MaxChartRuns = 40; // runs shown on the charts (the newest)

    explicit HistoryPage(const AppContext &context, QWidget *parent = nullptr);
    ~HistoryPage() override;

    void setSuiteFilter(const QString &suite); // empty = all suites
    QString suiteFilter() const;

    // Writes one stored run. False with the reason in *error when the run is unknown or the file fails.
    bool exportRun(qint64 runId, ExportFormat format, const QString &path, QString *error = nullptr) const;
    static QByteArray exportBytes(const BenchReport &report, ExportFormat format);

    VerdictHistoryChart *verdictChart() const { return m_verdictChart; }
    ScoreTrendChart *scoreChart() const { return m_scoreChart; }
    ScoreTrendChart *ttrChart() const { return m_ttrChart; }
    BenchRunListModel *runModel() const { return m_runs; }
    RunComparePanel *comparePanel() const { return m_compare; }
    const BenchTrend &trend() const { return m_trend; }
    QString timelineText() const;
    // Benchmark and pair runs, newest first: one row per run (column 0 holds the kind and id).
    QTreeWidget *runTimeline() const { return m_runTimeline; }
    enum TimelineRole
    {
        TimelineKindRole = Qt::UserRole + 1, // "bench" or "pair"
        TimelineIdRole
    };

    // Reloads whenever `benchmarks` finishes a run, so a visible History page shows it at once.
    void followRuns(BenchmarksPage *benchmarks);

signals:
    void openPairRunRequested(qint64 id); // a pair run double-clicked on the timeline

public slots:
    void refresh();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void buildUi();
    void updateTrend();
    void fillRunTimeline();
    void openTimelineRow(int row);
    void exportSelected(ExportFormat format);
    std::optional<qint64> selectedRunId() const;

    AppContext m_context;
    QComboBox *m_suite = nullptr;
    QLabel *m_empty = nullptr;
    VerdictHistoryChart *m_verdictChart = nullptr;
    ScoreTrendChart *m_scoreChart = nullptr;
    ScoreTrendChart *m_ttrChart = nullptr;
    BenchRunListModel *m_runs = nullptr;
    QTableView *m_runTable = nullptr;
    RunComparePanel *m_compare = nullptr;
    QLabel *m_timeline = nullptr;
    QTreeWidget *m_runTimeline = nullptr;
    std::unique_ptr<PairHistoryStore> m_pairStore;
    QTabWidget *m_tabs = nullptr;
    BenchTrend m_trend;
    QList<BenchRunInfo> m_runInfos;
    QList<Regression> m_regressions;
};
