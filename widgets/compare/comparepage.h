#pragma once

#include "widgets/appcontext.h"

#include "models/bench/codeconsensus.h"
#include "models/compare/comparerun.h"

#include <QHash>
#include <QWidget>

#include <functional>
#include <optional>

class CompareChartsPanel;
class CompareGroupPane;
class CompareRunner;
class CompareSetupPanel;
class CompareTableModel;
class CompareTableView;
class QComboBox;
class QGridLayout;
class QLabel;
class QPushButton;
class QScrollArea;
class QTabWidget;

// The Compare page: one prompt to several nodes x thinking ON/OFF, n runs each. The comparison
// table (one column per node x mode, one row per metric) is the main side-by-side view; the
// "Answers" tab streams each node x mode into its own pane; the "Charts" tab draws speeds and the
// TTR split. Finished comparisons go to history and can be reopened and exported. The setup (prompt,
// system prompt, ticked cells, runs, limits) is remembered between starts.
// Keys: Ctrl+Return runs, Esc cancels.
class ComparePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComparePage)
public:
    explicit ComparePage(const AppContext &context, QWidget *parent = nullptr);
    ~ComparePage() override;

    enum Tab
    {
        TableTab,
        AnswersTab,
        ChartsTab
    };

    CompareSetupPanel *setupPanel() const { return m_setup; }
    CompareChartsPanel *chartsPanel() const { return m_charts; }
    CompareTableModel *tableModel() const { return m_tableModel; }
    CompareTableView *tableView() const { return m_table; }
    QTabWidget *tabs() const { return m_tabs; }
    QPushButton *runButton() const { return m_runButton; }
    QPushButton *cancelButton() const { return m_cancel; }
    QComboBox *historyBox() const { return m_history; }
    QList<CompareGroupPane *> panes() const;
    const CompareRun &currentRun() const { return m_run; }
    // The structural consensus line (answers with code only; empty otherwise) and its value.
    QString consensusText() const;
    const std::optional<CodeConsensus> &codeConsensus() const { return m_codeConsensus; }
    bool isRunning() const;
    QString statusText() const;

    // Asked before a comparison that includes nodes the dashboard shows as down; returns true to
    // run anyway. The default asks in a message box; tests replace it.
    void setConfirmDownNodes(std::function<bool(const QStringList &names)> confirm);

public slots:
    void runComparison();
    void cancelComparison();
    bool openRun(const QString &runId);
    bool exportRun(const QString &path);
    bool saveCharts(const QString &path); // .png or .svg

signals:
    void comparisonFinished();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refreshNodes();
    void refreshHistory();
    void restoreSetup();
    void saveSetup();
    void buildPanes(const CompareRun &run);
    void layoutPanes();
    CompareGroupPane *paneFor(int nodeIndex, bool thinking) const;
    int deadlineFor(const CompareCell &cell) const;
    void onCellStarted(int index);
    void onCellFinished(int index);
    void onFinished();
    void showRun(const CompareRun &run);
    void loadPromptFile();
    void exportInteractive();
    void saveChartsInteractive();
    void startConsensus(); // structural consensus of m_run's code answers, off the GUI thread
    void showConsensus(const std::optional<CodeConsensus> &consensus);
    void showConsensusDetails();

    AppContext m_context;
    CompareRunner *m_runner = nullptr;
    CompareSetupPanel *m_setup = nullptr;
    CompareChartsPanel *m_charts = nullptr;
    CompareTableModel *m_tableModel = nullptr;
    CompareTableView *m_table = nullptr;
    QTabWidget *m_tabs = nullptr;
    QScrollArea *m_paneScroll = nullptr;
    QWidget *m_paneHost = nullptr;
    QGridLayout *m_paneLayout = nullptr;
    QList<CompareGroupPane *> m_paneOrder;
    QHash<QPair<int, bool>, CompareGroupPane *> m_panes;
    int m_paneColumns = 0;
    QPushButton *m_runButton = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_saveCharts = nullptr;
    QPushButton *m_copyMarkdown = nullptr;
    QComboBox *m_history = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_consensus = nullptr; // structural consensus line (answers with code only)
    std::optional<CodeConsensus> m_codeConsensus;
    quint64 m_consensusGeneration = 0; // latest request wins
    std::function<bool(const QStringList &)> m_confirmDown;
    CompareRun m_run; // the comparison on screen (live copy while running, or reopened)
};
