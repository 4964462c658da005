#include "widgets/mainwindow.h"

#include "models/monitor/nodemonitor.h"
#include "models/node/nodeconfigstore.h"
#include "models/node/nodehealth.h"
#include "models/settings/appsettings.h"
#include "widgets/appstyle.h"
#include "widgets/bench/benchmarkspage.h"
#include "widgets/compare/comparepage.h"
#include "widgets/dashboard/dashboardpage.h"
#include "widgets/history/historypage.h"
#include "widgets/lab/labcontroller.h"
#include "widgets/nodes/nodeeditordialog.h"
#include "widgets/overview/overviewpage.h"
#include "widgets/pagescrollarea.h"
#include "widgets/settings/settingsdialog.h"

#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QStackedWidget>
#include <QStatusBar>

MainWindow::MainWindow(const AppContext &context, QWidget *parent) : QMainWindow(parent), m_context(context)
{
    Q_ASSERT(context.monitor);
    setWindowTitle(tr("Tokscope"));
    m_lab = new LabController(context.monitor, context.nodeStore, this);

    m_pages = new QListWidget(this);
    m_pages->setObjectName(QStringLiteral("pageList"));
    m_pages->setFrameShape(QFrame::NoFrame);
    m_pages->setIconSize(QSize(20, 20));
    m_pages->setFocusPolicy(Qt::NoFocus); // no focus frame inside the selected item
    m_pages->setStyleSheet(QStringLiteral(
        "#pageList { background: #eef1f5; border-right: 1px solid #d7dbe2; padding-top: 8px; }"
        "#pageList::item { padding: 9px 14px; border-radius: 6px; margin: 1px 6px; color: #1f2937; }"
        "#pageList::item:selected { background: #dbe4f3; color: #0f2a5f; font-weight: bold; }"
        "#pageList::item:hover:!selected { background: #e3e8ef; }"));
    m_stack = new QStackedWidget(this);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_pages);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);
    connect(m_pages, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);

    buildMenus(); // before the first page: addPage() fills the Go menu
    m_dashboard = new DashboardPage(context, m_lab, this);
    connect(m_dashboard, &DashboardPage::editNodesRequested, this, &MainWindow::editNodes);
    connect(m_dashboard, &DashboardPage::startLabRequested, this, &MainWindow::startSimulatedLab);
    addPage(m_dashboard, tr("Dashboard"), style()->standardIcon(QStyle::SP_ComputerIcon));

    m_labStatus = new QLabel(this);
    m_labStatus->setStyleSheet(QStringLiteral("color: %1; font-weight: bold; padding: 0 6px;").arg(AppStyle::simulatedColor().name()));
    m_nodeStatus = new QLabel(this);
    statusBar()->addWidget(m_nodeStatus, 1);
    statusBar()->addPermanentWidget(m_labStatus);

    connect(m_lab, &LabController::runningChanged, this, &MainWindow::updateLabState);
    connect(context.monitor, &NodeMonitor::sampleAvailable, this, &MainWindow::updateStatus);
    connect(context.monitor, &NodeMonitor::nodesChanged, this, &MainWindow::updateStatus);
    updateLabState();
    // A laptop screen (1280x720 or 1366x768) holds the whole window; on a big screen it opens larger.
    setMinimumSize(960, 600);
    QSize size(1400, 900);
    if (const QScreen *screen = this->screen())
        size = size.boundedTo(screen->availableGeometry().size() * 0.95);
    resize(size.expandedTo(minimumSize()));
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *nodes = menuBar()->addMenu(tr("&Nodes"));
    m_editNodes = nodes->addAction(tr("&Edit nodes\u2026"), this, &MainWindow::editNodes);
    m_editNodes->setEnabled(m_context.nodeStore != nullptr);
    nodes->addAction(tr("&Poll all now"), m_context.monitor, [this] { m_context.monitor->pollNow(); });

    QMenu *lab = menuBar()->addMenu(tr("&Lab"));
    m_startLab = lab->addAction(tr("&Start simulated lab"), this, [this] { startSimulatedLab(); });
    m_stopLab = lab->addAction(tr("S&top simulated lab"), this, &MainWindow::stopSimulatedLab);

    // Pages: Ctrl+1..9 (the actions are added by addPage, so a new page gets its key too).
    m_goMenu = menuBar()->addMenu(tr("&Go"));

    QMenu *settings = menuBar()->addMenu(tr("&Settings"));
    QAction *preferences = settings->addAction(tr("&Preferences\u2026"), this, &MainWindow::showPreferences);
    // Ctrl+, everywhere (QKeySequence::Preferences is empty on most Linux desktops).
    preferences->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Comma)});
    preferences->setMenuRole(QAction::PreferencesRole);
    preferences->setEnabled(m_context.settings != nullptr);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Tokscope"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::addStandardPages()
{
    auto *compare = new ComparePage(m_context);
    addPage(compare, tr("Compare"), style()->standardIcon(QStyle::SP_FileDialogContentsView));
    auto *bench = new BenchmarksPage(m_context);
    addPage(bench, tr("Benchmarks"), style()->standardIcon(QStyle::SP_DialogApplyButton));
    auto *history = new HistoryPage(m_context);
    history->followRuns(bench); // a finished benchmark run shows up in History at once
    addPage(history, tr("History"), style()->standardIcon(QStyle::SP_FileDialogDetailedView));
    auto *overview = new OverviewPage(m_context);
    addPage(overview, tr("Overview"), style()->standardIcon(QStyle::SP_FileDialogInfoView));
    // The Overview's charts link to the runs they come from.
    connect(overview, &OverviewPage::openComparisonRequested, this, [this, compare](const QString &id) {
        setCurrentPage(int(m_pageWidgets.indexOf(compare)));
        compare->openRun(id);
    });
    connect(overview, &OverviewPage::openBenchRunRequested, this, [this, bench](qint64 id) {
        setCurrentPage(int(m_pageWidgets.indexOf(bench)));
        bench->showStoredRun(id);
    });
}

int MainWindow::addPage(QWidget *page, const QString &title, const QIcon &icon)
{
    // Each page sits in a scroll area, so no page's minimum size can push the window past a small
    // screen (1366x768 laptops); pages still fill the area when there is room.
    m_stack->addWidget(new PageScrollArea(page, m_stack));
    m_pageWidgets.append(page);
    auto *item = new QListWidgetItem(icon, title, m_pages);
    item->setSizeHint(QSize(0, 40));
    // The sidebar is as wide as its longest title (Korean titles included) and no wider.
    QFont bold = m_pages->font();
    bold.setBold(true); // the selected item is bold
    int widest = 0;
    for (int i = 0; i < m_pages->count(); ++i)
        widest = qMax(widest, QFontMetrics(bold).horizontalAdvance(m_pages->item(i)->text()));
    m_pages->setFixedWidth(qMax(170, widest + m_pages->iconSize().width() + 64));
    if (m_pages->currentRow() < 0)
        m_pages->setCurrentRow(0);
    const int index = m_stack->count() - 1;
    if (m_goMenu) {
        QAction *go = m_goMenu->addAction(icon, title, this, [this, index] { setCurrentPage(index); });
        if (index < 9)
            go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index)));
        go->setShortcutContext(Qt::WindowShortcut);
        m_pageActions.append(go);
    }
    return index;
}

int MainWindow::pageCount() const
{
    return m_stack->count();
}

QWidget *MainWindow::page(int index) const
{
    return m_pageWidgets.value(index);
}

QWidget *MainWindow::currentPage() const
{
    return m_pageWidgets.value(m_stack->currentIndex());
}

void MainWindow::setCurrentPage(int index)
{
    if (index >= 0 && index < m_stack->count())
        m_pages->setCurrentRow(index);
}

void MainWindow::restoreState()
{
    if (!m_context.settings)
        return;
    const QByteArray geometry = m_context.settings->value(SettingKeys::WindowGeometry);
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    const QString last = m_context.settings->value(SettingKeys::LastPage);
    for (int i = 0; i < m_stack->count(); ++i) {
        if (m_pageWidgets.at(i)->objectName() == last)
            setCurrentPage(i);
    }
}

void MainWindow::saveState()
{
    if (!m_context.settings)
        return;
    m_context.settings->setValue(SettingKeys::WindowGeometry, saveGeometry());
    if (QWidget *page = currentPage(); page && !page->objectName().isEmpty())
        m_context.settings->setValue(SettingKeys::LastPage, page->objectName());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveState();
    QMainWindow::closeEvent(event);
}

bool MainWindow::startSimulatedLab()
{
    if (m_lab->start())
        return true;
    QMessageBox::warning(this, tr("Simulated lab"),
                         tr("The simulated lab could not start: %1").arg(m_lab->errorString()));
    return false;
}

void MainWindow::stopSimulatedLab()
{
    m_lab->stop();
}

void MainWindow::editNodes()
{
    if (!m_context.nodeStore)
        return;
    const int pollMs = m_context.settings ? m_context.settings->pollIntervalMs() : 2000;
    NodeEditorDialog dialog(m_context.nodeStore, pollMs, this);
    dialog.setLabRunning(m_lab->isRunning());
    if (dialog.exec() == QDialog::Accepted && m_lab->isRunning()) {
        // The user edited their real nodes: show them rather than the simulation (the dialog said so).
        m_lab->stop();
        statusBar()->showMessage(tr("Simulated lab stopped: showing your saved nodes."), 8000);
    }
}

void MainWindow::showPreferences()
{
    if (!m_context.settings)
        return;
    SettingsDialog dialog(m_context.settings, m_context.nodeStore, this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Tokscope"),
                       tr("<h3>Tokscope %1</h3>"
                          "<p>A dashboard and measurement bench for self-hosted LLM inference nodes "
                          "(vLLM, llama.cpp llama-server, OpenAI-compatible servers).</p>"
                          "<p>Every number says what it is and where it comes from: the client clock, "
                          "the server's timings, or /metrics.</p>")
                           .arg(QStringLiteral(TOKSCOPE_VERSION)));
}

void MainWindow::updateLabState()
{
    const bool running = m_lab->isRunning();
    m_startLab->setEnabled(!running);
    m_stopLab->setEnabled(running);
    m_labStatus->setText(running ? tr("SIMULATED LAB RUNNING (127.0.0.1)") : QString());
    m_labStatus->setVisible(running);
    updateStatus();
}

void MainWindow::updateStatus()
{
    const QList<NodeConfig> nodes = m_context.monitor->nodes();
    int up = 0;
    for (const NodeConfig &node : nodes) {
        if (m_context.monitor->latest(node.id).health == NodeHealth::Up)
            ++up;
    }
    m_nodeStatus->setText(tr("%1 of %n nodes up", nullptr, int(nodes.size())).arg(up));
}
