#include "widgets/compare/comparepage.h"

#include "models/sim/simlab.h"
#include "models/compare/compareconsensus.h"
#include "models/compare/compareexporter.h"
#include "models/compare/comparerunner.h"
#include "models/history/comparehistorystore.h"
#include "models/itemmodels/comparetablemodel.h"
#include "models/monitor/nodemonitor.h"
#include "models/settings/appsettings.h"
#include "widgets/appstyle.h"
#include "widgets/bench/consensushtml.h"
#include "widgets/charts/comparechartspanel.h"
#include "widgets/compare/comparegrouppane.h"
#include "widgets/compare/comparesetuppanel.h"
#include "widgets/compare/comparetableview.h"
#include "widgets/recentfolder.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFutureWatcher>
#include <QTextBrowser>
#include <QtConcurrent/QtConcurrentRun>
#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace {
constexpr int kPaneMinWidth = 320;
constexpr int kPaneMinHeight = 340;
} // namespace

ComparePage::ComparePage(const AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_runner(new CompareRunner(this))
{
    setObjectName(QStringLiteral("compare"));
    auto *outer = new QHBoxLayout(this);
    outer->setContentsMargins(8, 8, 8, 8);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    outer->addWidget(splitter);

    auto *setupScroll = new QScrollArea(splitter);
    setupScroll->setWidgetResizable(true);
    setupScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_setup = new CompareSetupPanel(setupScroll);
    setupScroll->setWidget(m_setup);
    // As wide as the setup needs (never clipped: there is no sideways scrolling), plus its scroll bar.
    const int setupWidth = m_setup->minimumSizeHint().width() + setupScroll->verticalScrollBar()->sizeHint().width() +
                           2 * setupScroll->frameWidth();
    setupScroll->setMinimumWidth(setupWidth);
    connect(m_setup, &CompareSetupPanel::loadPromptRequested, this, &ComparePage::loadPromptFile);

    auto *right = new QWidget(splitter);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    m_runButton = new QPushButton(tr("Run"), right);
    m_runButton->setDefault(true);
    m_runButton->setToolTip(tr("Run the comparison (Ctrl+Return)"));
    m_cancel = new QPushButton(tr("Cancel"), right);
    m_cancel->setEnabled(false);
    m_cancel->setToolTip(tr("Stop the running comparison (Esc)"));
    m_history = new QComboBox(right);
    m_history->setMinimumContentsLength(24);
    m_history->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_history->setToolTip(tr("Reopen an earlier comparison from history"));
    m_export = new QPushButton(tr("Export…"), right);
    m_export->setEnabled(false);
    m_saveCharts = new QPushButton(tr("Save charts…"), right);
    m_saveCharts->setEnabled(false);
    bar->addWidget(m_runButton);
    bar->addWidget(m_cancel);
    bar->addWidget(m_history, 1);
    bar->addWidget(m_export);
    bar->addWidget(m_saveCharts);
    rightLayout->addLayout(bar);
    m_status = new QLabel(tr("Pick nodes and modes, type a prompt, press Run."), right);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    rightLayout->addWidget(m_status);
    m_consensus = new QLabel(right);
    m_consensus->setObjectName(QStringLiteral("consensusLine"));
    m_consensus->setWordWrap(true);
    m_consensus->setTextFormat(Qt::RichText);
    m_consensus->setVisible(false);
    connect(m_consensus, &QLabel::linkActivated, this, &ComparePage::showConsensusDetails);
    rightLayout->addWidget(m_consensus);

    m_tabs = new QTabWidget(right);
    m_tabs->setDocumentMode(true);
    // Side by side: the table.
    auto *tablePage = new QWidget(m_tabs);
    auto *tableLayout = new QVBoxLayout(tablePage);
    tableLayout->setContentsMargins(0, 6, 0, 0);
    m_tableModel = new CompareTableModel(this);
    m_table = new CompareTableView(tablePage);
    m_table->setCompareModel(m_tableModel);
    auto *tableBar = new QHBoxLayout;
    auto *hint = new QLabel(tr("Mean over the DONE runs, min-max below, then the source. Best of each row in bold on "
                               "green. Click a row's name to order the columns by it."),
                            tablePage);
    hint->setWordWrap(true);
    hint->setStyleSheet(QStringLiteral("color:%1;").arg(AppStyle::mutedColor().name()));
    m_copyMarkdown = new QPushButton(tr("Copy as Markdown"), tablePage);
    m_copyMarkdown->setEnabled(false);
    connect(m_copyMarkdown, &QPushButton::clicked, m_table, &CompareTableView::copyMarkdown);
    tableBar->addWidget(hint, 1);
    tableBar->addWidget(m_copyMarkdown, 0, Qt::AlignTop);
    tableLayout->addLayout(tableBar);
    tableLayout->addWidget(m_table, 1);
    m_tabs->addTab(tablePage, tr("Side by side"));

    // Answers: one pane per node x mode, as many columns as fit.
    m_paneScroll = new QScrollArea(m_tabs);
    m_paneScroll->setWidgetResizable(true);
    m_paneScroll->setFrameShape(QFrame::NoFrame);
    m_paneHost = new QWidget(m_paneScroll);
    m_paneLayout = new QGridLayout(m_paneHost);
    m_paneLayout->setContentsMargins(0, 6, 0, 0);
    m_paneScroll->setWidget(m_paneHost);
    m_paneScroll->viewport()->installEventFilter(this);
    m_tabs->addTab(m_paneScroll, tr("Answers"));

    auto *chartScroll = new QScrollArea(m_tabs);
    chartScroll->setWidgetResizable(true);
    chartScroll->setFrameShape(QFrame::NoFrame);
    m_charts = new CompareChartsPanel(chartScroll);
    chartScroll->setWidget(m_charts);
    m_tabs->addTab(chartScroll, tr("Charts"));
    rightLayout->addWidget(m_tabs, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({setupWidth, 900});

    connect(m_runButton, &QPushButton::clicked, this, &ComparePage::runComparison);
    connect(m_cancel, &QPushButton::clicked, this, &ComparePage::cancelComparison);
    connect(m_export, &QPushButton::clicked, this, &ComparePage::exportInteractive);
    connect(m_saveCharts, &QPushButton::clicked, this, &ComparePage::saveChartsInteractive);
    connect(m_history, &QComboBox::activated, this, [this](int i) {
        const QString id = m_history->itemData(i).toString();
        if (!id.isEmpty())
            openRun(id);
    });

    for (const QKeySequence &key : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *run = new QShortcut(key, this, this, &ComparePage::runComparison);
        run->setContext(Qt::WidgetWithChildrenShortcut);
    }
    auto *cancel = new QShortcut(QKeySequence(Qt::Key_Escape), this, this, &ComparePage::cancelComparison);
    cancel->setContext(Qt::WidgetWithChildrenShortcut);

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
    restoreSetup();
    refreshNodes();
    refreshHistory();
    // Show the latest comparison, so the page opens on numbers rather than on nothing.
    if (m_context.compareHistory && m_history->count() > 1) {
        if (const std::optional<CompareRun> run = m_context.compareHistory->load(m_history->itemData(1).toString())) {
            const bool remembered = m_context.settings && !m_context.settings->value(SettingKeys::CompareLastSettings).isEmpty();
            const CompareSettings setup = m_setup->settings();
            showRun(*run);
            if (remembered)
                m_setup->applySettings(setup); // the remembered setup wins over the shown run's
            m_status->setText(tr("Showing the latest comparison, of %1.")
                                  .arg(QLocale().toString(run->startedAt.toLocalTime(), QLocale::ShortFormat)));
        }
    }
}

ComparePage::~ComparePage() = default;

bool ComparePage::isRunning() const
{
    return m_runner->isRunning();
}

QString ComparePage::statusText() const
{
    return m_status->text();
}

void ComparePage::setConfirmDownNodes(std::function<bool(const QStringList &)> confirm)
{
    m_confirmDown = std::move(confirm);
}

QList<CompareGroupPane *> ComparePage::panes() const
{
    return m_paneOrder;
}

void ComparePage::refreshNodes()
{
    if (m_context.monitor)
        m_setup->setNodes(m_context.monitor->nodes());
}

void ComparePage::restoreSetup()
{
    if (!m_context.settings)
        return;
    const QString json = m_context.settings->value(SettingKeys::CompareLastSettings);
    if (!json.isEmpty()) {
        const nlohmann::ordered_json parsed = nlohmann::ordered_json::parse(json.toStdString(), nullptr, false);
        if (!parsed.is_discarded() && parsed.is_object())
            m_setup->applySettings(CompareSettings::fromJson(parsed));
    }
    const QStringList cells = m_context.settings->value(SettingKeys::CompareCells);
    if (!cells.isEmpty())
        m_setup->setCheckedCells(cells);
}

void ComparePage::saveSetup()
{
    if (!m_context.settings)
        return;
    m_context.settings->setValue(SettingKeys::CompareLastSettings,
                                 QString::fromStdString(m_setup->settings().toJson().dump()));
    m_context.settings->setValue(SettingKeys::CompareCells, m_setup->checkedCells());
}

void ComparePage::refreshHistory()
{
    m_history->clear();
    m_history->addItem(tr("Earlier comparisons…"), QString());
    if (!m_context.compareHistory)
        return;
    const QList<CompareHistoryEntry> entries = m_context.compareHistory->list(50);
    for (const CompareHistoryEntry &e : entries) {
        QStringList names = e.nodeNames;
        for (QString &n : names)
            n = SimLab::withoutSimulatedSuffix(n);
        const QString what = e.label.isEmpty() ? e.promptPreview : e.label;
        const QString text = tr("%1 · %2 · %n cell(s) · %3", nullptr, e.cells)
                                 .arg(QLocale().toString(e.startedAt.toLocalTime(), QLocale::ShortFormat),
                                      names.join(QStringLiteral(", ")), what);
        m_history->addItem(text, e.id);
        m_history->setItemData(m_history->count() - 1,
                               tr("%1 of %2 measured requests DONE\nNodes: %3\nPrompt: %4")
                                   .arg(e.done)
                                   .arg(e.cells)
                                   .arg(names.join(QStringLiteral(", ")), e.promptPreview),
                               Qt::ToolTipRole);
    }
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
    if (m_context.settings) { // the user's prices, for the cost of cloud requests (empty = unknown)
        const PriceTable prices = m_context.settings->priceTable();
        for (CompareTarget &t : targets)
            t.prices = prices.prices(t.node.id);
    }
    QStringList down;
    if (m_context.monitor) {
        for (CompareTarget &t : targets) {
            const NodeSample s = m_context.monitor->latest(t.node.id);
            if (s.health != NodeHealth::Unknown)
                t.info = CompareNodeInfo::fromSample(t.node, s);
            if (s.health == NodeHealth::Down)
                down << (s.reason.isEmpty() ? t.node.name : tr("%1 (%2)").arg(t.node.name, s.reason));
        }
    }
    if (!down.isEmpty()) {
        const bool go = m_confirmDown ? m_confirmDown(down)
                                      : QMessageBox::question(this, tr("Nodes are down"),
                                                              tr("The dashboard shows these nodes as down:\n%1\n\n"
                                                                 "Their requests will probably fail. Run anyway?")
                                                                  .arg(down.join(QLatin1Char('\n'))))
                                            == QMessageBox::Yes;
        if (!go) {
            m_status->setText(tr("Not started: %n node(s) down.", nullptr, int(down.size())));
            return;
        }
    }
    saveSetup();
    if (!m_runner->start(settings, targets)) {
        m_status->setText(m_runner->errorString());
        return;
    }
    m_run = m_runner->run();
    buildPanes(m_run);
    m_tableModel->setRun(m_run);
    m_charts->clear();
    m_tabs->setCurrentIndex(AnswersTab); // watch the answers stream in
    m_runButton->setEnabled(false);
    m_cancel->setEnabled(true);
    m_export->setEnabled(false);
    m_saveCharts->setEnabled(false);
    m_copyMarkdown->setEnabled(false);
}

void ComparePage::cancelComparison()
{
    if (m_runner->isRunning())
        m_runner->cancel();
}

void ComparePage::buildPanes(const CompareRun &run)
{
    qDeleteAll(m_paneOrder);
    m_paneOrder.clear();
    m_panes.clear();
    for (const auto &[nodeIndex, thinking] : run.groups()) {
        const CompareNodeInfo info = run.nodes.value(nodeIndex);
        auto *pane = new CompareGroupPane(info.name, info.simulated, thinking, m_paneHost);
        pane->setNodeIndex(nodeIndex);
        pane->setMinimumHeight(kPaneMinHeight);
        m_panes.insert({nodeIndex, thinking}, pane);
        m_paneOrder.append(pane);
    }
    m_paneColumns = 0;
    layoutPanes();
}

void ComparePage::layoutPanes()
{
    // As many columns as fit the tab's width (at least one): no sideways scrolling.
    const int width = m_paneScroll->viewport()->width();
    const int columns = std::clamp(width / kPaneMinWidth, 1, std::max(1, int(m_paneOrder.size())));
    if (columns == m_paneColumns && m_paneLayout->count() == m_paneOrder.size())
        return;
    m_paneColumns = columns;
    for (CompareGroupPane *pane : std::as_const(m_paneOrder))
        m_paneLayout->removeWidget(pane);
    for (int i = 0; i < m_paneOrder.size(); ++i)
        m_paneLayout->addWidget(m_paneOrder[i], i / columns, i % columns);
    for (int c = 0; c < m_paneLayout->columnCount(); ++c)
        m_paneLayout->setColumnStretch(c, c < columns ? 1 : 0);
}

bool ComparePage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_paneScroll->viewport() && event->type() == QEvent::Resize)
        layoutPanes();
    return QWidget::eventFilter(watched, event);
}

CompareGroupPane *ComparePage::paneFor(int nodeIndex, bool thinking) const
{
    return m_panes.value({nodeIndex, thinking}, nullptr);
}

int ComparePage::deadlineFor(const CompareCell &cell) const
{
    const CompareSettings &s = m_runner->run().settings;
    return cell.warmup ? s.warmupDeadline() : s.deadlineMs;
}

void ComparePage::onCellStarted(int index)
{
    const CompareCell &c = m_runner->cell(index);
    // A warm-up is per node: show it in each of the node's panes.
    for (auto it = m_panes.cbegin(); it != m_panes.cend(); ++it) {
        if (it.key().first == c.nodeIndex && (c.warmup || it.key().second == c.thinking))
            it.value()->showCell(c, m_runner->run().settings.runs, deadlineFor(c));
    }
}

void ComparePage::onCellFinished(int index)
{
    const CompareRun &run = m_runner->run();
    const CompareCell &c = run.cells.at(index);
    if (c.warmup) {
        for (auto it = m_panes.cbegin(); it != m_panes.cend(); ++it)
            if (it.key().first == c.nodeIndex)
                it.value()->showCell(c, run.settings.runs);
        return;
    }
    CompareGroupPane *p = paneFor(c.nodeIndex, c.thinking);
    if (!p)
        return;
    p->showCell(c, run.settings.runs);
    const QList<int> measured = run.measuredCells(c.nodeIndex, c.thinking);
    const bool groupDone = std::all_of(measured.begin(), measured.end(),
                                       [&run](int i) { return run.cells.at(i).isFinished(); });
    if (groupDone)
        p->showSummary(run);
    m_tableModel->setRun(run);
}

void ComparePage::onFinished()
{
    m_run = m_runner->run();
    m_charts->setRun(m_run);
    m_tableModel->setRun(m_run);
    for (CompareGroupPane *p : std::as_const(m_paneOrder))
        p->showSummary(m_run);
    m_runButton->setEnabled(true);
    m_cancel->setEnabled(false);
    m_export->setEnabled(true);
    m_saveCharts->setEnabled(true);
    m_copyMarkdown->setEnabled(true);
    m_tabs->setCurrentIndex(TableTab);
    QString status = tr("%1 of %2 measured requests DONE").arg(m_run.measuredDoneCount()).arg(m_run.measuredCount());
    if (m_context.compareHistory) {
        if (m_context.compareHistory->save(m_run))
            status += QStringLiteral(" · ") + tr("saved to history");
        else
            status += QStringLiteral(" · ") + tr("could not save to history: %1").arg(m_context.compareHistory->errorString());
        refreshHistory();
    }
    m_status->setText(status);
    startConsensus();
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
    m_tableModel->setRun(run);
    m_charts->setRun(run);
    startConsensus();
    m_setup->applySettings(run.settings);
    m_export->setEnabled(true);
    m_saveCharts->setEnabled(true);
    m_copyMarkdown->setEnabled(true);
    m_tabs->setCurrentIndex(TableTab);
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

bool ComparePage::saveCharts(const QString &path)
{
    QString error;
    if (!m_charts->save(path, m_run, &error)) {
        m_status->setText(tr("Could not save the charts: %1").arg(error));
        return false;
    }
    m_status->setText(tr("Charts saved to %1").arg(path));
    return true;
}

void ComparePage::exportInteractive()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export comparison"),
                                                      RecentFolder::path(m_context.settings, QStringLiteral("comparison.md")),
                                                      tr("Markdown (*.md);;JSON (*.json);;CSV (*.csv)"));
    if (path.isEmpty())
        return;
    RecentFolder::remember(m_context.settings, path);
    exportRun(path);
}

void ComparePage::saveChartsInteractive()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save charts"),
                                                      RecentFolder::path(m_context.settings, QStringLiteral("comparison.png")),
                                                      tr("PNG image (*.png);;SVG image (*.svg)"));
    if (path.isEmpty())
        return;
    RecentFolder::remember(m_context.settings, path);
    m_tabs->setCurrentIndex(ChartsTab); // what is saved is what is shown, laid out at its size
    QCoreApplication::processEvents();
    saveCharts(path);
}

void ComparePage::loadPromptFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Load prompt"), RecentFolder::path(m_context.settings),
                                                      tr("Text (*.txt *.md);;All files (*)"));
    if (path.isEmpty())
        return;
    RecentFolder::remember(m_context.settings, path);
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        m_status->setText(tr("Could not read %1: %2").arg(path, f.errorString()));
        return;
    }
    m_setup->setPrompt(QString::fromUtf8(f.readAll()));
}

void ComparePage::startConsensus()
{
    showConsensus(std::nullopt);
    const quint64 generation = ++m_consensusGeneration;
    if (CompareConsensus::solutions(m_run).isEmpty())
        return; // no answer has code: nothing to compare, no sandbox started
    m_consensus->setText(tr("Structural consensus: analysing the code answers…"));
    m_consensus->setVisible(true);
    auto *watcher = new QFutureWatcher<std::optional<CodeConsensus>>(this);
    connect(watcher, &QFutureWatcher<std::optional<CodeConsensus>>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation == m_consensusGeneration)
            showConsensus(watcher->result());
    });
    const CompareRun run = m_run;
    watcher->setFuture(QtConcurrent::run([run] { return CompareConsensus::compute(run); }));
}

void ComparePage::showConsensus(const std::optional<CodeConsensus> &consensus)
{
    m_codeConsensus = consensus;
    for (CompareGroupPane *p : std::as_const(m_paneOrder)) {
        QString line;
        if (consensus) {
            const QString label = CompareConsensus::label(m_run, p->nodeIndex(), p->thinking());
            const CodeStructure s = consensus->structureOf(label);
            if (consensus->isDivergent(label))
                line = QStringLiteral("<span style='color:#6a1b9a'><b>%1</b></span> · %2")
                           .arg(tr("Divergent approach"), s.summary().toHtmlEscaped());
            else if (consensus->nodes.contains(label))
                line = tr("Structure: %1").arg(s.summary().toHtmlEscaped());
        }
        p->showStructure(line);
    }
    if (!consensus) {
        m_consensus->clear();
        m_consensus->setVisible(false);
        return;
    }
    m_consensus->setText(QStringLiteral("%1 · <a href=\"details\">%2</a>")
                             .arg(consensus->describe().toHtmlEscaped(), tr("structure and similarity…")));
    m_consensus->setVisible(true);
}

void ComparePage::showConsensusDetails()
{
    if (!m_codeConsensus)
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Structural consensus"));
    auto *layout = new QVBoxLayout(&dialog);
    auto *view = new QTextBrowser(&dialog);
    view->setHtml(ConsensusHtml::report(*m_codeConsensus));
    layout->addWidget(view);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog.resize(820, 520);
    dialog.exec();
}

QString ComparePage::consensusText() const
{
    return m_consensus->isHidden() ? QString() : m_consensus->text();
}
