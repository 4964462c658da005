#pragma once

#include "widgets/appcontext.h"

#include "models/compare/comparerun.h"

#include <QHash>
#include <QWidget>

class CompareChartsPanel;
class CompareGroupPane;
class CompareRunner;
class CompareSetupPanel;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QPushButton;

// The Compare page: one prompt to several nodes x thinking ON/OFF, n runs each, streamed side by
// side into one pane per node x mode, with every measured number, STABLE/UNSTABLE per pane and the
// comparison charts. Finished comparisons go to history and can be reopened and exported.
class ComparePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComparePage)
public:
    explicit ComparePage(const AppContext &context, QWidget *parent = nullptr);
    ~ComparePage() override;

    CompareSetupPanel *setupPanel() const { return m_setup; }
    CompareChartsPanel *chartsPanel() const { return m_charts; }
    QList<CompareGroupPane *> panes() const;
    const CompareRun &currentRun() const { return m_run; }
    bool isRunning() const;

public slots:
    void runComparison();
    void cancelComparison();
    bool openRun(const QString &runId);
    bool exportRun(const QString &path);

signals:
    void comparisonFinished();

private:
    void refreshNodes();
    void refreshHistory();
    void buildPanes(const CompareRun &run);
    CompareGroupPane *paneFor(int nodeIndex, bool thinking) const;
    void onCellStarted(int index);
    void onCellFinished(int index);
    void onFinished();
    void showRun(const CompareRun &run);
    void loadPromptFile();
    void exportInteractive();
    void saveChartsInteractive();

    AppContext m_context;
    CompareRunner *m_runner = nullptr;
    CompareSetupPanel *m_setup = nullptr;
    CompareChartsPanel *m_charts = nullptr;
    QWidget *m_paneHost = nullptr;
    QHBoxLayout *m_paneLayout = nullptr;
    QHash<QPair<int, bool>, CompareGroupPane *> m_panes;
    QPushButton *m_runButton = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_saveCharts = nullptr;
    QComboBox *m_history = nullptr;
    QLabel *m_status = nullptr;
    CompareRun m_run; // the comparison on screen (live copy while running, or reopened)
};
