#pragma once

#include "widgets/appcontext.h"

#include "models/compare/comparerun.h"

#include <QStringList>
#include <QWidget>

class CompareChartsPanel;
class QHBoxLayout;
class QLabel;
class QPushButton;
class VerdictHistoryChart;

// The design card's one-screen view: for the selected nodes, side by side, prefill vs generation
// speed and the TTR split (prefill / thinking / generation) from the latest comparison, and the
// benchmark verdict history. Each chart says which run it comes from and links to it (the Compare
// or Benchmarks page opens that run). Reads history only; refreshes when shown.
class OverviewPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverviewPage)
public:
    explicit OverviewPage(const AppContext &context, QWidget *parent = nullptr);
    ~OverviewPage() override;

    // The node names shown (those of the latest comparison), and which are ticked.
    QStringList nodeNames() const { return m_nodeNames; }
    QStringList selectedNodes() const;
    void setNodeSelected(const QString &name, bool selected);
    CompareChartsPanel *chartsPanel() const { return m_charts; }
    VerdictHistoryChart *verdictChart() const { return m_verdicts; }
    QString comparisonId() const { return m_run.id; }
    qint64 benchRunId() const { return m_benchRunId; }

public slots:
    void refresh();

signals:
    void openComparisonRequested(const QString &runId);
    void openBenchRunRequested(qint64 runId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void rebuildNodeBoxes();
    void updateCharts();

    AppContext m_context;
    CompareRun m_run; // the latest comparison
    qint64 m_benchRunId = -1;
    QStringList m_nodeNames;
    QStringList m_unselected;
    QHBoxLayout *m_nodeRow = nullptr;
    QLabel *m_compareSource = nullptr;
    QPushButton *m_openCompare = nullptr;
    QLabel *m_benchSource = nullptr;
    QPushButton *m_openBench = nullptr;
    CompareChartsPanel *m_charts = nullptr;
    VerdictHistoryChart *m_verdicts = nullptr;
};
