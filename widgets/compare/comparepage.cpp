#include "widgets/compare/comparepage.h"

#include "models/compare/compareexporter.h"
#include "models/compare/comparerunner.h"
#include "models/history/comparehistorystore.h"
#include "models/node/nodemonitor.h"
#include "widgets/charts/comparechartspanel.h"
#include "widgets/compare/comparegrouppane.h"
#include "widgets/compare/comparesetuppanel.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>

ComparePage::ComparePage(const AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_runner(new CompareRunner(this))
{
    auto *outer = new QHBoxLayout(this);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    outer->addWidget(splitter);

    auto *setupScroll = new QScrollArea(splitter);
    setupScroll->setWidgetResizable(true);
    m_setup = new CompareSetupPanel(setupScroll);
    setupScroll->setWidget(m_setup);
    setupScroll->setMinimumWidth(330);
    connect(m_setup, &CompareSetupPanel::loadPromptRequested, this, &ComparePage::loadPromptFile);

    auto *right = new QWidget(splitter);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    m_runButton = new QPushButton(tr("Run"), right);
    m_runButton->setDefault(true);
    m_cancel = new QPushButton(tr("Cancel"), right);
    m_cancel->setEnabled(false);
    m_status = new QLabel(tr("Pick nodes and modes, type a prompt, press Run."), right);
    m_history = new QComboBox(right);
    m_history->setMinimumWidth(220);
    m_history->setToolTip(tr("Reopen an earlier comparison from history"));
    m_export = new QPushButton(tr("Export…"), right);
    m_export->setEnabled(false);
    m_saveCharts = new QPushButton(tr("Save charts…"), right);
    m_saveCharts->setEnabled(false);
    bar->addWidget(m_runButton);
    bar->addWidget(m_cancel);
    bar->addWidget(m_status, 1);
    bar->addWidget(m_history);
    bar->addWidget(m_export);
    bar->addWidget(m_saveCharts);
    rightLayout->addLayout(bar);

    auto *vsplit = new QSplitter(Qt::Vertical, right);
    auto *paneScroll = new QScrollArea(vsplit);
    paneScroll->setWidgetResizable(true);
    m_paneHost = new QWidget(paneScroll);
    m_paneLayout = new QHBoxLayout(m_paneHost);
    m_paneLayout->addStretch(1);
    paneScroll->setWidget(m_paneHost);
    paneScroll->setMinimumHeight(420);
    m_charts = new CompareChartsPanel(vsplit);
    m_charts->setMinimumHeight(300);
    vsplit->setStretchFactor(0, 3);
    vsplit->setStretchFactor(1, 2);
    vsplit->setSizes({560, 340});
    rightLayout->addWidget(vsplit, 1);
    splitter->setStretchFactor(1, 1);

    connect(m_runButton, &QPushButton::clicked, this, &ComparePage::runComparison);
    connect(m_cancel, &QPushButton::clicked, this, &ComparePage::cancelComparison);
    connect(m_export, &QPushButton::clicked, this, &ComparePage::exportInteractive);
    connect(m_saveCharts, &QPushButton::clicked, this, &ComparePage::saveChartsInteractive);
    connect(m_history, &QComboBox::activated, this, [this](int i) {
        const QString id = m_history->itemData(i).toString();
        if (!id.isEmpty())
            openRun(id);
    });

    connect(m_runner, &CompareRunner::cellStarted, this, &ComparePage::onCellStarted);
    connect(m_runner, &CompareRunner::cellDeltaAvailable, this,
            [this](int index, ChatStream::DeltaKind kind, const QString &text) {
                const CompareCell &c = m_runner->cell(index);
                if (CompareGroupPane *p = paneFor(c.nodeIndex, c.thinking))
                    p->appendDelta(kind == ChatStream::DeltaKind::Reasoning, text);
            });
    connect(m_runner, &CompareRunner::cellFinished, this, &ComparePage::onCellFinished);
    connect(m_runner, &CompareRunner::progressChanged, this, [this](int done, int total) {
        m_status->setText(tr("Running: %1 of %2 requests finished").arg(done).arg(total));
    });
    connect(m_runner, &CompareRunner::finished, this, &ComparePage::onFinished);

    if (m_context.monitor)
        connect(m_context.monitor, &NodeMonitor::nodesChanged, this, &ComparePage::refreshNodes);
    refreshNodes();
    refreshHistory();
}

ComparePage::~ComparePage() = default;

bool ComparePage::isRunning() const
{
    return m_runner->isRunning();
}

QList<CompareGroupPane *> ComparePage::panes() const
{
    return m_paneHost->findChildren<CompareGroupPane *>();
}

void ComparePage::refreshNodes()
{
    if (m_context.monitor)
        m_setup->setNodes(m_context.monitor->nodes());
}

void ComparePage::refreshHistory()
{
    m_history->clear();
    m_history->addItem(tr("Earlier comparisons…"), QString());
    if (!m_context.compareHistory)
        return;
    const QList<CompareHistoryEntry> entries = m_context.compareHistory->list(50);
    for (const CompareHistoryEntry &e : entries)
        m_history->addItem(QStringLiteral("%1 · %2")
                               .arg(QLocale().toString(e.startedAt.toLocalTime(), QLocale::ShortFormat),
                                    e.label.isEmpty() ? e.promptPreview : e.label),
                           e.id);
}

void ComparePage::runComparison()
{
    if (m_runner->isRunning())
        return;
    const CompareSettings settings = m_setup->settings();
    QList<CompareTarget> targets = m_setup->targets();
    if (const QString problem = settings.validate(); !problem.isEmpty()) {
        m_status->setText(problem);
        return;
    }
    if (targets.isEmpty()) {
        m_status->setText(tr("Tick at least one node and thinking mode."));
        return;
    }
    if (m_context.monitor) {
        for (CompareTarget &t : targets) {
            const NodeSample s = m_context.monitor->latest(t.node.id);
            if (s.health != NodeHealth::Unknown)
                t.info = CompareNodeInfo::fromSample(t.node, s);
        }
    }
    if (!m_runner->start(settings, targets)) {
        m_status->setText(m_runner->errorString());
        return;
    }
    m_run = m_runner->run();
    buildPanes(m_run);
    m_charts->clear();
    m_runButton->setEnabled(false);
    m_cancel->setEnabled(true);
    m_export->setEnabled(false);
    m_saveCharts->setEnabled(false);
}

void ComparePage::cancelComparison()
{
    m_runner->cancel();
}

void ComparePage::buildPanes(const CompareRun &run)
{
    qDeleteAll(m_panes);
    m_panes.clear();
    int position = 0;
    for (const auto &[nodeIndex, thinking] : run.groups()) {
        const CompareNodeInfo info = run.nodes.value(nodeIndex);
        auto *pane = new CompareGroupPane(info.name, info.simulated, thinking, m_paneHost);
        pane->setNodeIndex(nodeIndex);
        m_paneLayout->insertWidget(position++, pane);
        m_panes.insert({nodeIndex, thinking}, pane);
    }
}

CompareGroupPane *ComparePage::paneFor(int nodeIndex, bool thinking) const
{
    return m_panes.value({nodeIndex, thinking}, nullptr);
}

void ComparePage::onCellStarted(int index)
{
    const CompareCell &c = m_runner->cell(index);
    if (CompareGroupPane *p = paneFor(c.nodeIndex, c.thinking))
        p->showCell(c, m_runner->run().settings.runs);
}

void ComparePage::onCellFinished(int index)
{
    const CompareRun &run = m_runner->run();
    const CompareCell &c = run.cells.at(index);
    CompareGroupPane *p = paneFor(c.nodeIndex, c.thinking);
    if (!p)
        return;
    p->showCell(c, run.settings.runs);
    const QList<int> measured = run.measuredCells(c.nodeIndex, c.thinking);
    const bool groupDone = std::all_of(measured.begin(), measured.end(),
                                       [&run](int i) { return run.cells.at(i).isFinished(); });
    if (groupDone && !c.warmup)
        p->showSummary(run);
}

void ComparePage::onFinished()
{
    m_run = m_runner->run();
    m_charts->setRun(m_run);
    for (CompareGroupPane *p : std::as_const(m_panes))
        p->showSummary(m_run);
    m_runButton->setEnabled(true);
    m_cancel->setEnabled(false);
    m_export->setEnabled(true);
    m_saveCharts->setEnabled(true);
    QString status = tr("%1 of %2 measured requests DONE").arg(m_run.measuredDoneCount()).arg(m_run.measuredCount());
    if (m_context.compareHistory) {
        if (m_context.compareHistory->save(m_run))
            status += QStringLiteral(" · ") + tr("saved to history");
        else
            status += QStringLiteral(" · ") + tr("could not save to history: %1").arg(m_context.compareHistory->errorString());
        refreshHistory();
    }
    m_status->setText(status);
    emit comparisonFinished();
}

void ComparePage::showRun(const CompareRun &run)
{
    m_run = run;
    buildPanes(run);
    for (auto it = m_panes.cbegin(); it != m_panes.cend(); ++it) {
        const QList<int> measured = run.measuredCells(it.key().first, it.key().second);
        if (!measured.isEmpty())
            it.value()->showCell(run.cells.at(measured.last()), run.settings.runs);
        it.value()->showSummary(run);
    }
    m_charts->setRun(run);
    m_setup->applySettings(run.settings);
    m_export->setEnabled(true);
    m_saveCharts->setEnabled(true);
}

bool ComparePage::openRun(const QString &runId)
{
    if (!m_context.compareHistory || m_runner->isRunning())
        return false;
    const std::optional<CompareRun> run = m_context.compareHistory->load(runId);
    if (!run) {
        m_status->setText(tr("Could not open that comparison: %1").arg(m_context.compareHistory->errorString()));
        return false;
    }
    showRun(*run);
    m_status->setText(tr("Showing the comparison of %1").arg(QLocale().toString(run->startedAt.toLocalTime(), QLocale::ShortFormat)));
    return true;
}

bool ComparePage::exportRun(const QString &path)
{
    const auto format = CompareExporter::formatFromName(path);
    if (!format) {
        m_status->setText(tr("Export as .json, .csv or .md"));
        return false;
    }
    QString error;
    if (!CompareExporter::write(m_run, *format, path, &error)) {
        m_status->setText(tr("Export failed: %1").arg(error));
        return false;
    }
    m_status->setText(tr("Exported to %1").arg(path));
    return true;
}

void ComparePage::exportInteractive()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export comparison"), QStringLiteral("comparison.md"),
                                                      tr("Markdown (*.md);;JSON (*.json);;CSV (*.csv)"));
    if (!path.isEmpty())
        exportRun(path);
}

void ComparePage::saveChartsInteractive()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save charts"), QStringLiteral("comparison.png"),
                                                      tr("PNG image (*.png)"));
    if (!path.isEmpty() && !m_charts->savePng(path))
        m_status->setText(tr("Could not write %1").arg(path));
}

void ComparePage::loadPromptFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Load prompt"), QString(), tr("Text (*.txt *.md);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        m_status->setText(tr("Could not read %1: %2").arg(path, f.errorString()));
        return;
    }
    m_setup->setPrompt(QString::fromUtf8(f.readAll()));
}
