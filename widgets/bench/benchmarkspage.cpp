#include "widgets/bench/benchmarkspage.h"

#include "models/bench/benchresumeplan.h"
#include "models/bench/suiteloader.h"
#include "models/history/benchhistorystore.h"
#include "models/itemmodels/benchmatrixmodel.h"
#include "models/measure/elapsedtext.h"
#include "models/monitor/nodemonitor.h"
#include "widgets/appstyle.h"
#include "widgets/bench/allfaildialog.h"
#include "widgets/bench/benchmatrixview.h"
#include "widgets/bench/benchsetuppanel.h"
#include "widgets/bench/celldetaildialog.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

BenchmarksPage::BenchmarksPage(const AppContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_runner(new BenchRunner(this)),
      m_model(new BenchMatrixModel(this)), m_elapsedTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("benchmarksPage"));
    m_runner->setStore(m_context.benchHistory);
    buildUi();
    m_elapsedTimer->setInterval(1000);
    connect(m_elapsedTimer, &QTimer::timeout, this, &BenchmarksPage::updateElapsed);
    connect(m_runner, &BenchRunner::progressChanged, this, &BenchmarksPage::onProgress);
    connect(m_runner, &BenchRunner::cellFinished, m_model, &BenchMatrixModel::setCell);
    connect(m_runner, &BenchRunner::verdictAvailable, m_model, &BenchMatrixModel::setVerdict);
    connect(m_runner, &BenchRunner::finished, this, &BenchmarksPage::onFinished);
    connect(m_runner, &BenchRunner::nodeFailed, this, [this](const QString &node, const QString &reason) {
        setStatus(tr("%1 stopped answering: %2. Its remaining cells are marked ERROR; the other nodes go on.")
                      .arg(node, reason),
                  true);
    });
    connect(m_model, &BenchMatrixModel::verdictDecided, this, &BenchmarksPage::updateSummary);
    connect(m_model, &QAbstractItemModel::modelReset, this, &BenchmarksPage::updateSummary);
    connect(m_view, &BenchMatrixView::cellActivated, this,
            [this](int row, int column) { openCellDetail(row, column); });
    connect(m_view, &BenchMatrixView::verdictActivated, this, [this](int row) { openTaskComparison(row); });
    if (m_context.monitor)
        connect(m_context.monitor, &NodeMonitor::nodesChanged, this, &BenchmarksPage::refreshNodes);
    reloadSuites();
    refreshNodes();
    if (m_context.benchHistory) {
        const QList<BenchRunInfo> latest = m_context.benchHistory->runs(1);
        if (!latest.isEmpty())
            showStoredRun(latest.first().id);
    }
    updateControls();
}

BenchmarksPage::~BenchmarksPage() = default;

void BenchmarksPage::buildUi()
{
    m_setup = new BenchSetupPanel(this);
    m_view = new BenchMatrixView(this);
    m_view->setObjectName(QStringLiteral("benchMatrix"));
    m_view->setModel(m_model);
    m_run = new QPushButton(tr("Run"), this);
    m_pause = new QPushButton(tr("Pause"), this);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_resume = new QPushButton(tr("Resume interrupted run"), this);
    m_run->setDefault(true);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setFormat(tr("%v / %m runs"));
    m_progressLabel = new QLabel(tr("Idle"), this);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->hide();
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_run);
    buttons->addWidget(m_pause);
    buttons->addWidget(m_cancel);
    buttons->addStretch(1);
    buttons->addWidget(m_resume);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addLayout(buttons);
    rightLayout->addWidget(m_progress);
    rightLayout->addWidget(m_progressLabel);
    rightLayout->addWidget(m_status);
    rightLayout->addWidget(m_summary);
    rightLayout->addWidget(m_view, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_setup);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({300, 900});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_run, &QPushButton::clicked, this, &BenchmarksPage::startRun);
    connect(m_pause, &QPushButton::clicked, this, [this] { setPaused(!m_runner->isPaused()); });
    connect(m_cancel, &QPushButton::clicked, this, &BenchmarksPage::cancelRun);
    connect(m_resume, &QPushButton::clicked, this, [this] {
        if (const auto id = resumableRunId())
            resumeRun(*id);
    });
    connect(m_setup, &BenchSetupPanel::selectionChanged, this, &BenchmarksPage::updateControls);

    // Keyboard: Ctrl+Return runs, Esc cancels (only while this page has the focus).
    for (const QKeySequence &key : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *run = new QShortcut(key, this, this, [this] {
            if (!m_runner->isRunning() && m_run->isEnabled())
                startRun();
        });
        run->setContext(Qt::WidgetWithChildrenShortcut);
    }
    auto *cancel = new QShortcut(QKeySequence(Qt::Key_Escape), this, this, [this] {
        if (m_runner->isRunning())
            cancelRun();
    });
    cancel->setContext(Qt::WidgetWithChildrenShortcut);
    m_run->setToolTip(tr("Run the selected suites on the selected nodes (Ctrl+Return)"));
    m_cancel->setToolTip(tr("Stop the run; finished cells are kept (Esc)"));
}

QString BenchmarksPage::statusName(BenchRunStatus status)
{
    switch (status) {
    case BenchRunStatus::Running: return tr("running");
    case BenchRunStatus::Paused: return tr("paused");
    case BenchRunStatus::Finished: return tr("finished");
    case BenchRunStatus::Cancelled: return tr("cancelled");
    case BenchRunStatus::Interrupted: return tr("interrupted");
    case BenchRunStatus::Failed: return tr("failed");
    }
    return benchRunStatusKey(status);
}

void BenchmarksPage::reloadSuites()
{
    const SuiteLoadReport report = SuiteLoader::loadAll();
    m_suites = report.suites;
    QStringList errors;
    for (const SuiteLoadError &e : report.errors)
        errors << e.toString();
    m_setup->setSuites(m_suites, errors);
}

void BenchmarksPage::refreshNodes()
{
    m_setup->setNodes(m_context.monitor ? m_context.monitor->nodes() : QList<NodeConfig>{});
    updateControls();
}

std::optional<BenchSettings> BenchmarksPage::settingsFromChoices(QString *error) const
{
    BenchSettings settings;
    const QStringList suiteNames = m_setup->selectedSuites();
    for (const Suite &s : m_suites)
        if (suiteNames.contains(s.name))
            settings.suites.append(s);
    const QStringList nodeIds = m_setup->selectedNodeIds();
    if (m_context.monitor)
        for (const NodeConfig &n : m_context.monitor->nodes())
            if (nodeIds.contains(n.id))
                settings.nodes.append(n);
    if (settings.suites.isEmpty() || settings.nodes.isEmpty()) {
        *error = tr("Pick at least one suite and one node.");
        return std::nullopt;
    }
    settings.runs = m_setup->runs();
    settings.thinkingOverride = m_setup->thinkingOverride();
    settings.cacheBust = m_setup->cacheBust();
    return settings;
}

void BenchmarksPage::planMatrix(const BenchSettings &settings)
{
    QList<BenchMatrixTask> rows;
    for (const Suite &s : settings.suites)
        for (const Task &t : s.tasks)
            rows.append({s.name, t.id, t.title.isEmpty() ? t.id : t.title, t.passThreshold});
    QStringList nodes;
    for (const NodeConfig &n : settings.nodes)
        nodes << BenchRunner::nodeKey(n);
    m_model->setPlan(rows, nodes, settings.runs);
}

bool BenchmarksPage::startRun()
{
    QString error;
    const std::optional<BenchSettings> settings = settingsFromChoices(&error);
    if (!settings) {
        setStatus(error, true);
        return false;
    }
    planMatrix(*settings);
    if (!m_runner->start(*settings)) {
        setStatus(tr("Could not start: %1").arg(m_runner->errorString()), true);
        updateControls();
        return false;
    }
    m_lastProgress.reset();
    m_resumed = false;
    m_clock.start();
    m_elapsedTimer->start();
    m_progress->setRange(
        0, qMax(1, settings->runs * int(settings->nodes.size()) * m_setup->selectedTaskCount()));
    m_progress->setValue(0);
    m_progressLabel->setText(tr("Probing the nodes…"));
    setStatus({});
    updateControls();
    return true;
}

std::optional<qint64> BenchmarksPage::resumableRunId() const
{
    if (!m_context.benchHistory || m_runner->isRunning())
        return std::nullopt;
    for (const BenchRunInfo &run : m_context.benchHistory->runs(20))
        if (run.status == BenchRunStatus::Interrupted || run.status == BenchRunStatus::Cancelled ||
            run.status == BenchRunStatus::Paused || run.status == BenchRunStatus::Running)
            return run.id;
    return std::nullopt;
}

bool BenchmarksPage::resumeRun(qint64 runId)
{
    const std::optional<BenchRunInfo> info =
        m_context.benchHistory ? m_context.benchHistory->run(runId) : std::nullopt;
    if (!info) {
        setStatus(tr("Run %1 is not in the history.").arg(runId), true);
        return false;
    }
    QString error;
    const std::optional<BenchSettings> planned = BenchResumePlan::fromStoredRun(
        *info, m_suites, m_context.monitor ? m_context.monitor->nodes() : QList<NodeConfig>{}, &error);
    if (!planned) {
        setStatus(error, true);
        return false;
    }
    const BenchSettings &settings = *planned;
    planMatrix(settings);
    if (!m_runner->resume(runId, settings)) {
        setStatus(tr("Could not resume: %1").arg(m_runner->errorString()), true);
        return false;
    }
    for (const BenchCell &c : m_runner->report().cells)
        m_model->setCell(c);
    for (const TaskVerdict &v : m_runner->report().verdicts)
        m_model->setVerdict(v);
    m_clock.start(); // this session's time: the gap while the run was interrupted is not counted
    m_resumed = true;
    m_elapsedTimer->start();
    m_resumeText = tr("Resuming run %1: %n stored cell(s) kept.", nullptr, int(m_runner->report().cells.size())).arg(runId);
    setStatus(m_resumeText);
    updateControls();
    return true;
}

bool BenchmarksPage::showStoredRun(qint64 runId)
{
    const std::optional<BenchReport> report =
        m_context.benchHistory ? m_context.benchHistory->report(runId) : std::nullopt;
    if (!report)
        return false;
    QList<BenchMatrixTask> rows;
    for (const QString &suiteName : report->run.suites)
        for (const Suite &s : m_suites)
            if (s.name == suiteName)
                for (const Task &t : s.tasks)
                    rows.append({s.name, t.id, t.title.isEmpty() ? t.id : t.title, t.passThreshold});
    m_model->setReport(*report, rows);
    m_progressLabel->setText(
        tr("Showing stored run %1 from %2 (%3)")
            .arg(runId)
            .arg(QLocale().toString(report->run.startedAt.toLocalTime(), QLocale::ShortFormat),
                 statusName(report->run.status)));
    return true;
}

void BenchmarksPage::setPaused(bool paused)
{
    m_runner->setPaused(paused);
    if (paused)
        m_progressLabel->setText(tr("Paused: requests in flight finish, no new ones start."));
    updateControls();
}

void BenchmarksPage::cancelRun()
{
    m_runner->cancel();
    updateControls();
}

void BenchmarksPage::onProgress(const BenchProgress &progress)
{
    m_lastProgress = progress;
    m_progress->setRange(0, qMax(1, progress.total));
    m_progress->setValue(progress.done);
    updateElapsed();
}

void BenchmarksPage::updateElapsed()
{
    if (!m_runner->isRunning())
        return;
    const QString elapsed = ElapsedText::clock(m_clock.isValid() ? m_clock.elapsed() : 0);
    if (!m_lastProgress) {
        m_progressLabel->setText(tr("Probing the nodes… (%1)").arg(elapsed));
        return;
    }
    const BenchProgress &p = *m_lastProgress;
    m_progressLabel->setText((m_resumed ? tr("%1 / %2 on %3 · run %4 of %5 · %6 of %7 runs done · %8 since resuming%9")
                                        : tr("%1 / %2 on %3 · run %4 of %5 · %6 of %7 runs done · elapsed %8%9"))
                                 .arg(p.suite, p.task, p.node)
                                 .arg(p.run + 1)
                                 .arg(m_model->runsPerCell())
                                 .arg(p.done)
                                 .arg(p.total)
                                 .arg(elapsed, m_runner->isPaused() ? tr(" · paused") : QString()));
}

void BenchmarksPage::onFinished(const BenchReport &report)
{
    m_elapsedTimer->stop();
    m_progressLabel->setText(tr("Run %1 %2 after %3.")
                                 .arg(report.run.id)
                                 .arg(statusName(report.run.status),
                                      ElapsedText::clock(m_clock.isValid() ? m_clock.elapsed() : 0)));
    // "Resuming run ..." is over once the run ends; an error replaces it.
    if (!m_runner->errorString().isEmpty())
        setStatus(m_runner->errorString(), true);
    else if (m_resumed && m_status->text() == m_resumeText)
        setStatus({});
    // Verdicts the runner announced are already in; a cancelled run leaves undecided rows undecided.
    updateSummary();
    updateControls();
    emit runFinished(report.run.id);
}

void BenchmarksPage::updateControls()
{
    const bool running = m_runner->isRunning();
    m_setup->setLocked(running);
    m_run->setEnabled(!running && !m_setup->selectedSuites().isEmpty() &&
                      !m_setup->selectedNodeIds().isEmpty());
    m_pause->setEnabled(running);
    m_pause->setText(m_runner->isPaused() ? tr("Resume") : tr("Pause"));
    m_cancel->setEnabled(running);
    m_resume->setEnabled(!running && resumableRunId().has_value());
    // No "0 / 1 runs" when nothing has run: the bar stays empty until a run starts.
    m_progress->setFormat(!running && m_progress->value() == 0 ? QString() : tr("%v / %m runs"));
}

void BenchmarksPage::updateSummary()
{
    const std::array<int, 4> c = m_model->verdictCounts();
    const int decided = c[0] + c[1] + c[2] + c[3];
    if (decided == 0) {
        m_summary->clear();
        return;
    }
    QString text =
        tr("Verdicts: <b>%1</b> UNANIMOUS · <b>%2</b> MAJORITY · <b>%3</b> SPLIT · <b>%4</b> ALL_FAIL")
            .arg(c[size_t(Verdict::Unanimous)])
            .arg(c[size_t(Verdict::Majority)])
            .arg(c[size_t(Verdict::Split)])
            .arg(c[size_t(Verdict::AllFail)]);
    if (c[size_t(Verdict::AllFail)] > 0)
        text +=
            QStringLiteral("<br/><span style=\"color:%1\">").arg(AppStyle::errorColor().name()) +
            tr("No node passes %n task(s): read the failing checks first (click the verdict), the harness "
               "may be wrong.",
               nullptr, c[size_t(Verdict::AllFail)]) +
            QStringLiteral("</span>");
    m_summary->setText(text);
}

void BenchmarksPage::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
    m_status->setStyleSheet(error ? QStringLiteral("QLabel { color: %1; }").arg(AppStyle::errorColor().name()) : QString());
}

QString BenchmarksPage::progressText() const
{
    return m_progressLabel->text();
}

QString BenchmarksPage::statusText() const
{
    return m_status->text();
}

QString BenchmarksPage::summaryText() const
{
    return m_summary->text();
}

std::optional<Task> BenchmarksPage::findTask(const QString &suite, const QString &task) const
{
    for (const Suite &s : m_suites)
        if (s.name == suite)
            if (const Task *t = s.task(task))
                return *t;
    return std::nullopt;
}

CellDetailDialog *BenchmarksPage::openCellDetail(int row, int nodeColumn)
{
    const BenchCell *cell = m_model->cell(row, nodeColumn);
    if (!cell)
        return nullptr;
    auto *dialog =
        new CellDetailDialog(*cell, findTask(cell->suite, cell->task), m_model->consensus(row), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

AllFailDialog *BenchmarksPage::openTaskComparison(int row)
{
    const QList<BenchCell> cells = m_model->rowCells(row);
    if (cells.isEmpty())
        return nullptr;
    const QModelIndex first = m_model->index(row, 0);
    auto *dialog = new AllFailDialog(cells,
                                     findTask(first.data(BenchMatrixModel::SuiteRole).toString(),
                                              first.data(BenchMatrixModel::TaskRole).toString()),
                                     m_model->verdict(row), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}
