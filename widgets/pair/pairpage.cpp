#include "widgets/pair/pairpage.h"

#include "models/bench/gradingcorpus.h"
#include "models/bench/suiteloader.h"
#include "models/history/historydatabase.h"
#include "models/history/pairhistorystore.h"
#include "models/history/rubberstamphistorystore.h"
#include "models/monitor/nodemonitor.h"
#include "models/pair/pairexporter.h"
#include "models/pair/pairrunner.h"
#include "models/pair/pairsimscript.h"
#include "models/pair/reviewerprompts.h"
#include "models/pair/rubberstamprunner.h"
#include "widgets/charts/pairtimelineview.h"
#include "widgets/lab/labcontroller.h"
#include "widgets/pair/pairpalette.h"
#include "widgets/pair/pairresultspanel.h"
#include "widgets/pair/pairsetuppanel.h"
#include "widgets/recentfolder.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
QString seconds(std::optional<double> ms)
{
    return ms ? QCoreApplication::translate("PairPage", "%1 s").arg(*ms / 1000.0, 0, 'f', 2) : QStringLiteral("–");
}
QString thinkingText(std::optional<bool> t)
{
    if (!t)
        return QCoreApplication::translate("PairPage", "server default");
    return *t ? QCoreApplication::translate("PairPage", "thinking ON")
              : QCoreApplication::translate("PairPage", "thinking OFF");
}
} // namespace

PairPage::PairPage(const AppContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_runner(new PairRunner(this)),
      m_rubberStampRunner(new RubberStampRunner(this))
{
    setObjectName(QStringLiteral("pairPage"));
    if (context.database && context.database->isOpen()) {
        m_store = std::make_unique<PairHistoryStore>(*context.database);
        if (!m_store->open())
            m_store.reset();
        m_rubberStampStore = std::make_unique<RubberStampHistoryStore>(*context.database);
        if (!m_rubberStampStore->open())
            m_rubberStampStore.reset();
    }
    m_runner->setStore(m_store.get());
    buildUi();
    if (m_context.monitor)
        connect(m_context.monitor, &NodeMonitor::nodesChanged, this, &PairPage::refreshNodes);
    refreshNodes();
    m_setup->setSuites(SuiteLoader::loadAll().suites);
    m_setup->selectSuite(QStringLiteral("coding-single"));
    refreshStored();
    refreshStoredRubberStamps();

    connect(m_runner, &PairRunner::stepStarted, this, &PairPage::onStepStarted);
    connect(m_runner, &PairRunner::stepDelta, this,
            [this](int taskRun, int step, ChatStream::DeltaKind kind, const QString &text) {
                if (taskRun != m_liveTaskRun || step != m_liveStep)
                    return;
                // Thinking first, then the answer under a separator (once).
                if (kind == ChatStream::DeltaKind::Content && m_stepText->property("answerStarted") != true) {
                    if (!m_stepText->toPlainText().isEmpty())
                        m_stepText->appendPlainText(tr("\n── answer ──"));
                    m_stepText->setProperty("answerStarted", true);
                }
                m_stepText->moveCursor(QTextCursor::End);
                m_stepText->insertPlainText(text);
            });
    connect(m_runner, &PairRunner::stepFinished, this, &PairPage::onStepFinished);
    connect(m_runner, &PairRunner::taskRunFinished, this, &PairPage::onTaskRunFinished);
    connect(m_runner, &PairRunner::finished, this, &PairPage::onFinished);
    connect(m_rubberStampRunner, &RubberStampRunner::reviewFinished, this,
            [this](const RubberStampReview &, int done, int total) {
                setStatus(tr("Rubber-stamp test: %1 of %2 reviews").arg(done).arg(total));
                m_results->setRubberStamp(m_rubberStampRunner->results(), m_rubberStampRuns);
            });
    connect(m_rubberStampRunner, &RubberStampRunner::finished, this,
            [this](const QList<RubberStampPromptResult> &results) {
                m_results->setRubberStamp(results, m_rubberStampRuns);
                QString text = tr("Rubber-stamp test finished: %n review(s).", nullptr,
                                  int(m_rubberStampRunner->reviews().size()));
                if (m_rubberStampStore && !m_rubberStampRunner->reviews().isEmpty()) {
                    if (const std::optional<qint64> id = m_rubberStampStore->save(m_rubberStampRunner->summary()))
                        text += QLatin1Char(' ') + tr("Stored in history as test #%1.").arg(*id);
                    else
                        text += QLatin1Char(' ') + m_rubberStampStore->errorString();
                    refreshStoredRubberStamps();
                }
                setStatus(text);
                updateButtons();
                if (m_demoScroll) {
                    m_demoScroll = false;
                    scrollToResults();
                }
                emit rubberStampFinished();
            });
    updateButtons();
}

PairPage::~PairPage() = default;

void PairPage::buildUi()
{
    auto *setupBox = new QGroupBox(tr("Builder → reviewer pair"), this);
    m_setup = new PairSetupPanel(setupBox);
    m_runButton = new QPushButton(tr("Run pair"), setupBox);
    m_runButton->setObjectName(QStringLiteral("runPair"));
    m_runButton->setDefault(true);
    m_cancelButton = new QPushButton(tr("Cancel"), setupBox);
    m_rubberStampButton = new QPushButton(tr("Rubber-stamp test"), setupBox);
    m_rubberStampButton->setToolTip(
        tr("Shows the reviewer the tasks' known-bad and known-good code (their examples and the grading "
           "corpus's wrong and right answers) with each built-in prompt (and an edited one) and measures how "
           "often it approves bad code and rejects good code."));
    m_exportButton = new QPushButton(tr("Export"), setupBox);
    auto *exportMenu = new QMenu(m_exportButton);
    exportMenu->addAction(tr("JSON…"), this, [this] { exportRun(QStringLiteral("json")); });
    exportMenu->addAction(tr("CSV…"), this, [this] { exportRun(QStringLiteral("csv")); });
    exportMenu->addAction(tr("Markdown…"), this, [this] { exportRun(QStringLiteral("md")); });
    m_exportButton->setMenu(exportMenu);
    m_stored = new QComboBox(setupBox);
    m_stored->setObjectName(QStringLiteral("storedRuns"));
    m_stored->setMinimumContentsLength(28);
    m_openButton = new QPushButton(tr("Open"), setupBox);
    m_status = new QLabel(setupBox);
    m_status->setObjectName(QStringLiteral("pairStatus"));
    m_status->setWordWrap(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_runButton);
    buttons->addWidget(m_cancelButton);
    buttons->addWidget(m_rubberStampButton);
    buttons->addWidget(m_exportButton);
    buttons->addStretch(1);
    buttons->addWidget(new QLabel(tr("Stored runs"), setupBox));
    buttons->addWidget(m_stored);
    buttons->addWidget(m_openButton);
    auto *setupLayout = new QVBoxLayout(setupBox);
    setupLayout->addWidget(m_setup);
    setupLayout->addLayout(buttons);
    setupLayout->addWidget(m_status);

    m_steps = new QTreeWidget(this);
    m_steps->setObjectName(QStringLiteral("pairSteps"));
    m_steps->setHeaderLabels({tr("Step"), tr("Node"), tr("State"), tr("Verdict"), tr("TTR")});
    m_steps->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_steps->setMinimumHeight(150);
    m_stepHeader = new QLabel(tr("Steps stream here while a pair runs; select a step to see its exact "
                                 "messages, reasoning and answer."),
                              this);
    m_stepHeader->setWordWrap(true);
    m_stepText = new QPlainTextEdit(this);
    m_stepText->setObjectName(QStringLiteral("pairStepText"));
    m_stepText->setReadOnly(true);
    m_stepText->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    auto *textPane = new QWidget(this);
    auto *textLayout = new QVBoxLayout(textPane);
    textLayout->setContentsMargins(0, 0, 0, 0);
    textLayout->addWidget(m_stepHeader);
    textLayout->addWidget(m_stepText, 1);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_steps);
    split->addWidget(textPane);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setMinimumHeight(170);
    split->setMaximumHeight(230);

    m_timeline = new PairTimelineView(this);
    m_results = new PairResultsPanel(this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(setupBox);
    layout->addWidget(split);
    m_timelineTitle = new QLabel(QStringLiteral("<b>%1</b>").arg(tr("Timeline").toHtmlEscaped()), this);
    layout->addWidget(m_timelineTitle);
    layout->addWidget(m_timeline);
    layout->addWidget(m_results);
    layout->addStretch(1);

    connect(m_runButton, &QPushButton::clicked, this, &PairPage::startRun);
    connect(m_cancelButton, &QPushButton::clicked, this, &PairPage::cancel);
    connect(m_rubberStampButton, &QPushButton::clicked, this, &PairPage::startRubberStamp);
    connect(m_openButton, &QPushButton::clicked, this, [this] {
        if (m_stored->currentIndex() >= 0)
            openStored(m_stored->currentData().toLongLong());
    });
    connect(m_steps, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (!item || !item->parent())
            return;
        showStep(item->parent()->data(0, Qt::UserRole).toInt(), item->data(0, Qt::UserRole).toInt());
    });
}

void PairPage::setLabController(LabController *lab)
{
    m_lab = lab;
    if (!lab)
        return;
    connect(lab, &LabController::runningChanged, this, [this](bool running) {
        if (running)
            PairSimScript::installDemo(m_lab->lab());
        refreshNodes();
    });
    if (lab->isRunning())
        PairSimScript::installDemo(lab->lab());
}

void PairPage::refreshNodes()
{
    if (m_context.monitor)
        m_setup->setNodes(m_context.monitor->nodes());
}

void PairPage::refreshStored()
{
    m_stored->clear();
    if (!m_store)
        return;
    for (const PairRunEntry &e : m_store->pairRuns(50))
        m_stored->addItem(tr("#%1 %2 → %3 (%4)")
                              .arg(e.id)
                              .arg(e.builderNode, e.reviewerNode, ReviewerPrompts::displayName(e.reviewerPromptKey)),
                          e.id);
    m_openButton->setEnabled(m_stored->count() > 0);
}

void PairPage::refreshStoredRubberStamps()
{
    if (m_rubberStampStore)
        m_results->setStoredRubberStamps(m_rubberStampStore->tests(20));
}

void PairPage::updateButtons()
{
    const bool busy = m_runner->isRunning() || m_rubberStampRunner->isRunning();
    m_runButton->setEnabled(!busy);
    m_rubberStampButton->setEnabled(!busy);
    m_cancelButton->setEnabled(busy);
    m_exportButton->setEnabled(!busy && !m_run.taskRuns.isEmpty());
    m_setup->setEnabled(!busy);
}

void PairPage::setStatus(const QString &text)
{
    m_status->setText(text);
}

QString PairPage::statusText() const
{
    return m_status->text();
}

bool PairPage::startRun()
{
    QString why;
    const std::optional<PairSettings> settings = m_setup->settings(&why);
    if (!settings) {
        setStatus(why);
        return false;
    }
    m_steps->clear();
    m_timeline->clear();
    m_stepText->clear();
    if (!m_runner->start(*settings)) {
        setStatus(m_runner->errorString());
        return false;
    }
    m_run = m_runner->run();
    m_results->setRun(m_run);
    const bool simulated = settings->builder.node.simulated || settings->reviewer.node.simulated;
    setStatus(tr("Running %1 task run(s): %2 builds (%3), %4 reviews (%5).%6")
                  .arg(m_runner->totalTaskRuns())
                  .arg(settings->builder.node.name, thinkingText(settings->builder.thinking),
                       settings->reviewer.node.name, thinkingText(settings->reviewer.thinking),
                       simulated ? tr(" SIMULATED nodes.") : QString()));
    updateButtons();
    return true;
}

bool PairPage::startRubberStamp()
{
    QString why;
    const std::optional<PairSettings> settings = m_setup->settings(&why);
    if (!settings) {
        setStatus(why);
        return false;
    }
    QList<ReviewerPrompt> prompts = ReviewerPrompts::builtIn();
    if (settings->reviewerPromptKey == QLatin1String("custom"))
        prompts.append({QStringLiteral("custom"), settings->reviewerPrompt});
    // The grading corpus's right and wrong answers join the tasks' examples when a corpus is installed.
    const QString answers = GradingCorpus::defaultDirectory();
    m_rubberStampRunner->setCorpus(answers.isEmpty() ? QList<CorpusTask>() : GradingCorpus::loadDirectory(answers).tasks);
    if (!m_rubberStampRunner->start(*settings, prompts)) {
        setStatus(m_rubberStampRunner->errorString());
        return false;
    }
    m_rubberStampRuns = settings->runs;
    m_results->setRubberStamp({}, settings->runs);
    setStatus(tr("Rubber-stamp test on %1: %2 reviews.").arg(settings->reviewer.node.name).arg(m_rubberStampRunner->total()));
    updateButtons();
    return true;
}

void PairPage::cancel()
{
    m_demoPending = false;
    m_demoScroll = false;
    m_runner->cancel();
    m_rubberStampRunner->cancel();
    updateButtons();
}

void PairPage::runDemo()
{
    refreshNodes();
    const bool ok = m_setup->selectBuilder(QStringLiteral("sim-dgx1"), false) &&
                    m_setup->selectReviewer(QStringLiteral("sim-dgx2"), true) &&
                    m_setup->selectSuite(QStringLiteral("coding-single"));
    if (!ok) {
        setStatus(tr("The demo needs the simulated lab (Lab → Start simulated lab)."));
        return;
    }
    m_setup->setRuns(1);
    m_setup->setRounds(2);
    m_setup->selectPrompt(ReviewerPrompts::empowered().key);
    m_demoPending = startRun();
    m_demoScroll = m_demoPending;
}

void PairPage::scrollToResults()
{
    for (QWidget *w = parentWidget(); w; w = w->parentWidget())
        if (auto *area = qobject_cast<QScrollArea *>(w)) {
            area->verticalScrollBar()->setValue(m_timelineTitle->mapTo(area->widget(), QPoint(0, 0)).y() - 6);
            return;
        }
}

void PairPage::onStepStarted(int taskRunIndex, const PairStep &step)
{
    QTreeWidgetItem *top = m_steps->topLevelItem(taskRunIndex);
    if (!top) {
        const PairTaskRun &t = m_runner->run().taskRuns.at(taskRunIndex);
        top = new QTreeWidgetItem(m_steps, {tr("%1 · run %2").arg(t.task).arg(t.runIndex + 1)});
        top->setData(0, Qt::UserRole, taskRunIndex);
        top->setExpanded(true);
    }
    auto *item = new QTreeWidgetItem(top, {tr("%1. %2").arg(step.index + 1).arg(pairRoleDisplayName(step.role)),
                                           step.node, runStateDisplayName(step.state), QString(), QString()});
    item->setData(0, Qt::UserRole, step.index);
    m_steps->scrollToItem(item);
    m_liveTaskRun = taskRunIndex;
    m_liveStep = step.index;
    m_stepHeader->setText(tr("<b>%1</b> on %2 (%3) — streaming")
                              .arg(pairRoleDisplayName(step.role), step.node.toHtmlEscaped(), thinkingText(step.thinking)));
    m_stepText->clear();
    m_stepText->setProperty("answerStarted", false);
}

void PairPage::onStepFinished(int taskRunIndex, const PairStep &step)
{
    if (QTreeWidgetItem *top = m_steps->topLevelItem(taskRunIndex))
        if (QTreeWidgetItem *item = top->child(step.index)) {
            item->setText(2, runStateDisplayName(step.state));
            item->setText(3, reviewVerdictDisplayName(step.verdict));
            item->setForeground(3, PairPalette::verdict(step.verdict));
            item->setText(4, seconds(step.metrics.ttrMs));
            if (step.state != RunState::Done)
                item->setForeground(2, PairPalette::failed());
        }
    m_timeline->setTaskRun(taskRunIndex, m_runner->run().taskRuns.at(taskRunIndex));
}

void PairPage::onTaskRunFinished(int taskRunIndex, const PairTaskRun &taskRun)
{
    if (QTreeWidgetItem *top = m_steps->topLevelItem(taskRunIndex)) {
        top->setText(2, taskRun.outcomeDisplayName());
        top->setText(4, seconds(taskRun.tctMs()));
        top->setToolTip(4, tr("TCT: every step's TTR plus the gaps between steps"));
    }
    m_timeline->setTaskRun(taskRunIndex, taskRun);
    m_run = m_runner->run();
    m_results->setRun(m_run);
}

void PairPage::onFinished(const PairRun &run)
{
    m_run = run;
    m_results->setRun(run);
    m_timeline->setTaskRuns(run.taskRuns);
    refreshStored();
    QString text = run.status == PairRunStatus::Cancelled ? tr("Pair run cancelled; partial results kept.")
                                                          : tr("Pair run finished.");
    if (run.id > 0)
        text += QLatin1Char(' ') + tr("Stored as #%1.").arg(run.id);
    if (!m_runner->errorString().isEmpty())
        text += QLatin1Char(' ') + m_runner->errorString();
    setStatus(text);
    updateButtons();
    emit runFinished(run);
    if (m_demoPending && run.status == PairRunStatus::Finished) {
        m_demoPending = false;
        startRubberStamp();
    }
}

void PairPage::showStep(int taskRunIndex, int stepIndex)
{
    const PairRun &run = m_runner->isRunning() ? m_runner->run() : m_run;
    if (taskRunIndex < 0 || taskRunIndex >= run.taskRuns.size())
        return;
    const PairTaskRun &t = run.taskRuns[taskRunIndex];
    if (stepIndex < 0 || stepIndex >= t.steps.size())
        return;
    const PairStep &s = t.steps[stepIndex];
    if (s.state == RunState::Running)
        return; // it is streaming in the pane already
    m_liveStep = -1;
    m_stepHeader->setText(tr("<b>%1</b> on %2 (%3): %4, TTR %5")
                              .arg(pairRoleDisplayName(s.role), s.node.toHtmlEscaped(), thinkingText(s.thinking),
                                   runStateDisplayName(s.state), seconds(s.metrics.ttrMs)));
    QString text;
    for (const ChatMessage &m : s.messages)
        text += QStringLiteral("[%1]\n%2\n\n").arg(m.role, m.content);
    if (!s.reasoning.isEmpty())
        text += tr("── reasoning ──\n%1\n\n").arg(s.reasoning);
    text += tr("── answer ──\n%1\n").arg(s.text);
    if (!s.error.isEmpty())
        text += tr("\n── error ──\n%1\n").arg(s.error);
    if (s.role == PairRole::Review)
        text += tr("\n── verdict: %1 ──\n%2").arg(reviewVerdictDisplayName(s.verdict), s.issues.join(QLatin1Char('\n')));
    m_stepText->setPlainText(text);
}

bool PairPage::openStored(qint64 id)
{
    if (!m_store)
        return false;
    const std::optional<PairRun> run = m_store->loadPairRun(id);
    if (!run) {
        setStatus(m_store->errorString());
        return false;
    }
    showRun(*run);
    setStatus(tr("Showing stored pair run #%1 (%2 → %3).").arg(id).arg(run->builderNode, run->reviewerNode));
    return true;
}

void PairPage::showRun(const PairRun &run)
{
    m_run = run;
    m_steps->clear();
    for (int i = 0; i < run.taskRuns.size(); ++i) {
        const PairTaskRun &t = run.taskRuns[i];
        auto *top = new QTreeWidgetItem(m_steps, {tr("%1 · run %2").arg(t.task).arg(t.runIndex + 1), QString(),
                                                  t.outcomeDisplayName(), QString(), seconds(t.tctMs())});
        top->setData(0, Qt::UserRole, i);
        for (const PairStep &s : t.steps) {
            auto *item = new QTreeWidgetItem(
                top, {tr("%1. %2").arg(s.index + 1).arg(pairRoleDisplayName(s.role)), s.node,
                      runStateDisplayName(s.state), reviewVerdictDisplayName(s.verdict), seconds(s.metrics.ttrMs)});
            item->setData(0, Qt::UserRole, s.index);
            item->setForeground(3, PairPalette::verdict(s.verdict));
        }
        top->setExpanded(true);
    }
    m_timeline->setTaskRuns(run.taskRuns);
    m_results->setRun(run);
    updateButtons();
}

void PairPage::exportRun(const QString &format)
{
    if (m_run.taskRuns.isEmpty())
        return;
    const QString suggested = QStringLiteral("pair-run-%1.%2").arg(m_run.id).arg(format);
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export pair run"), RecentFolder::path(m_context.settings, suggested));
    if (path.isEmpty())
        return;
    RecentFolder::remember(m_context.settings, path);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        setStatus(tr("Cannot write %1: %2").arg(path, f.errorString()));
        return;
    }
    f.write(format == QLatin1String("json")  ? PairExporter::toJsonBytes(m_run, true)
            : format == QLatin1String("csv") ? PairExporter::toCsv(m_run)
                                              : PairExporter::toMarkdown(m_run));
    setStatus(tr("Exported to %1.").arg(path));
}
