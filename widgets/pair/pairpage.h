#pragma once

#include "models/pair/pairrun.h"
#include "widgets/appcontext.h"

#include <QWidget>
#include <memory>

class LabController;
class PairHistoryStore;
class PairResultsPanel;
class PairRunner;
class PairSetupPanel;
class PairTimelineView;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;
class RubberStampHistoryStore;
class RubberStampRunner;

// The Pair page: a builder -> reviewer pair on coding tasks. Setup (PairSetupPanel), Run / Cancel,
// the rubber-stamp test, live streaming of each step with the steps list (select one to see its exact
// messages, reasoning and answer), the Gantt timeline, the single-vs-pair tables, stored runs (reopen,
// export JSON / CSV / Markdown). The engine (PairRunner, RubberStampRunner) is models/pair; runs are
// stored through PairHistoryStore in the app's history database.
class PairPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PairPage)

public:
    explicit PairPage(const AppContext &context, QWidget *parent = nullptr);
    ~PairPage() override;

    // When the simulated lab starts, its nodes get the SIMULATED pair script (builders answer the code
    // tasks, reviewers review).
    void setLabController(LabController *lab);
    // The demo: simulated DGX1 (thinking OFF) builds, simulated DGX2 (ON) reviews the coding-single suite
    // once with the "empowered" prompt, then the rubber-stamp test runs. Waits for the lab's nodes.
    void runDemo();

    bool startRun();
    bool startRubberStamp();
    void cancel();
    bool openStored(qint64 id);
    void showRun(const PairRun &run);

    PairSetupPanel *setupPanel() const { return m_setup; }
    PairTimelineView *timeline() const { return m_timeline; }
    PairResultsPanel *results() const { return m_results; }
    PairRunner *runner() const { return m_runner; }
    RubberStampRunner *rubberStampRunner() const { return m_rubberStampRunner; }
    QTreeWidget *stepTree() const { return m_steps; }
    QString statusText() const;
    const PairRun &currentRun() const { return m_run; }

signals:
    void runFinished(const PairRun &run);
    void rubberStampFinished();

private:
    void buildUi();
    void refreshNodes();
    void refreshStored();
    void refreshStoredRubberStamps();
    void updateButtons();
    void onStepStarted(int taskRunIndex, const PairStep &step);
    void onStepFinished(int taskRunIndex, const PairStep &step);
    void onTaskRunFinished(int taskRunIndex, const PairTaskRun &taskRun);
    void onFinished(const PairRun &run);
    void showStep(int taskRunIndex, int stepIndex);
    void exportRun(const QString &format);
    void setStatus(const QString &text);
    void scrollToResults();

    AppContext m_context;
    std::unique_ptr<PairHistoryStore> m_store;
    std::unique_ptr<RubberStampHistoryStore> m_rubberStampStore;
    LabController *m_lab = nullptr;
    PairRunner *m_runner = nullptr;
    RubberStampRunner *m_rubberStampRunner = nullptr;
    PairRun m_run;
    PairSetupPanel *m_setup = nullptr;
    QPushButton *m_runButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_rubberStampButton = nullptr;
    QPushButton *m_exportButton = nullptr;
    QComboBox *m_stored = nullptr;
    QPushButton *m_openButton = nullptr;
    QLabel *m_status = nullptr;
    QTreeWidget *m_steps = nullptr;
    QLabel *m_stepHeader = nullptr;
    QPlainTextEdit *m_stepText = nullptr;
    PairTimelineView *m_timeline = nullptr;
    QLabel *m_timelineTitle = nullptr;
    PairResultsPanel *m_results = nullptr;
    int m_liveTaskRun = -1;
    int m_liveStep = -1;
    int m_rubberStampRuns = 1;
    bool m_demoPending = false;
    bool m_demoScroll = false; // the demo ends showing the timeline and the tables
};
