#pragma once

#include "models/bench/benchrunner.h"
#include "models/bench/suite.h"
#include "widgets/appcontext.h"

#include <QElapsedTimer>
#include <QWidget>
#include <optional>

class AllFailDialog;
class BenchMatrixModel;
class BenchMatrixView;
class BenchSetupPanel;
class CellDetailDialog;
class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;

// The Benchmarks page: pick suites and nodes (from the NodeMonitor), n runs (default 3), then Run,
// Pause/Resume, Cancel, or resume an interrupted stored run. Shows progress (task, node, run, elapsed) and
// the tasks x nodes result matrix with each task's cross-node verdict; a cell opens every run's prompt,
// answer, thinking, checks and timings, a verdict the side-by-side failing checks. Owns its BenchRunner;
// results go to the AppContext's BenchHistoryStore when there is one. GUI thread.
class BenchmarksPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BenchmarksPage)

public:
    explicit BenchmarksPage(const AppContext &context, QWidget *parent = nullptr);
    ~BenchmarksPage() override;

    BenchSetupPanel *setupPanel() const { return m_setup; }
    BenchMatrixModel *matrixModel() const { return m_model; }
    BenchMatrixView *matrixView() const { return m_view; }
    BenchRunner *runner() const { return m_runner; }
    QProgressBar *progressBar() const { return m_progress; }
    QString progressText() const;
    QString statusText() const;
    QString summaryText() const;
    QList<Suite> suites() const { return m_suites; }

    // Starts a run with the current choices. False (and the reason in statusText()) when it cannot.
    bool startRun();
    void setPaused(bool paused);
    void cancelRun();
    // Continues a stored run (its stored cells are kept). The nodes are looked up by name.
    bool resumeRun(qint64 runId);
    std::optional<qint64> resumableRunId() const;
    // Shows a stored run in the matrix (no network).
    bool showStoredRun(qint64 runId);

    // The dialogs (non-modal, deleted on close). nullptr when the row/cell has nothing to show.
    CellDetailDialog *openCellDetail(int row, int nodeColumn);
    AllFailDialog *openTaskComparison(int row);

public slots:
    void reloadSuites();
    void refreshNodes();

signals:
    void runFinished(qint64 runId);

private:
    void buildUi();
    std::optional<BenchSettings> settingsFromChoices(QString *error) const;
    void planMatrix(const BenchSettings &settings);
    void onProgress(const BenchProgress &progress);
    void onFinished(const BenchReport &report);
    void updateControls();
    void updateSummary();
    void updateElapsed();
    void setStatus(const QString &text, bool error = false);
    static QString statusName(BenchRunStatus status); // translated
    std::optional<Task> findTask(const QString &suite, const QString &task) const;

    AppContext m_context;
    BenchRunner *m_runner = nullptr;
    BenchSetupPanel *m_setup = nullptr;
    BenchMatrixModel *m_model = nullptr;
    BenchMatrixView *m_view = nullptr;
    bool m_resumed = false; // the elapsed clock counts from the resume
    QString m_resumeText;
    QPushButton *m_run = nullptr;
    QPushButton *m_pause = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_resume = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_progressLabel = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_summary = nullptr;
    QTimer *m_elapsedTimer = nullptr;
    QList<Suite> m_suites;
    std::optional<BenchProgress> m_lastProgress;
    QElapsedTimer m_clock; // since Run / Resume: the elapsed time ticks between progress events
};
