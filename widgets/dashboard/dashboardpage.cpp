#include "widgets/dashboard/dashboardpage.h"

#include "models/itemmodels/nodestatusmodel.h"
#include "models/monitor/nodemonitor.h"
#include "models/net/nodeprobe.h"
#include "models/node/nodehealth.h"
#include "models/settings/appsettings.h"
#include "widgets/appstyle.h"
#include "widgets/charts/throughputchartview.h"
#include "widgets/dashboard/demobanner.h"
#include "widgets/dashboard/nodecardwidget.h"
#include "widgets/lab/labcontroller.h"
#include "widgets/nodepalette.h"

#include <QButtonGroup>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

namespace {
constexpr int kCardMinWidth = 320; // three cards side by side in a 1280 px window
constexpr int kMaxVisibleCardRows = 2;
constexpr int kMinChartsHeight = 320;
} // namespace

DashboardPage::DashboardPage(const AppContext &context, LabController *lab, QWidget *parent)
    : QWidget(parent), m_context(context), m_lab(lab)
{
    Q_ASSERT(context.monitor);
    setObjectName(QStringLiteral("dashboard"));
    m_model = new NodeStatusModel(context.monitor, this);

    m_banner = new DemoBanner(this);
    m_banner->hide();
    connect(m_banner, &DemoBanner::editNodesRequested, this, &DashboardPage::editNodesRequested);
    connect(m_banner, &DemoBanner::startLabRequested, this, &DashboardPage::startLabRequested);

    m_cardHost = new QWidget;
    m_cardGrid = new QGridLayout(m_cardHost);
    m_cardGrid->setContentsMargins(0, 0, 0, 0);
    m_cardGrid->setSpacing(12);
    m_cardScroll = new QScrollArea(this);
    m_cardScroll->setWidget(m_cardHost);
    m_cardScroll->setWidgetResizable(true);
    m_cardScroll->setFrameShape(QFrame::NoFrame);
    m_cardScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Columns follow the viewport's width, which is only known once the scroll area is laid out.
    m_cardScroll->viewport()->installEventFilter(this);

    auto *chartTitle = new QLabel(tr("Throughput"), this);
    QFont titleFont = chartTitle->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    chartTitle->setFont(titleFont);
    auto *chartNote =
        new QLabel(tr("tokens per second from each node's /metrics counters; gaps = no data"), this);
    chartNote->setStyleSheet(QStringLiteral("color: %1;").arg(AppStyle::mutedColor().name()));
    auto *chartHeader = new QHBoxLayout;
    chartHeader->addWidget(chartTitle);
    chartHeader->addSpacing(8);
    chartHeader->addWidget(chartNote, 0, Qt::AlignBaseline);
    chartHeader->addStretch(1);
    chartHeader->addWidget(buildWindowSelector());

    m_chart = new ThroughputChartView(this);
    m_chart->setMonotonicClock(&NodeProbe::monotonicNowMs);
    if (m_context.settings)
        m_chart->setUseOpenGL(m_context.settings->openGlCharts());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 10, 16, 6);
    layout->setSpacing(10);
    layout->addWidget(m_banner);
    layout->addWidget(m_cardScroll);
    layout->addSpacing(4);
    layout->addLayout(chartHeader);
    layout->addWidget(m_chart, 1);

    NodeMonitor *monitor = context.monitor;
    connect(monitor, &NodeMonitor::nodesChanged, this, &DashboardPage::rebuildChartLines);
    connect(monitor, &NodeMonitor::sampleAvailable, m_chart, &ThroughputChartView::scheduleUpdate);
    connect(monitor, &NodeMonitor::sampleAvailable, this, &DashboardPage::updateBanner);
    connect(m_model, &QAbstractItemModel::modelReset, this, &DashboardPage::rebuildCards);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &DashboardPage::rebuildCards);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &DashboardPage::rebuildCards);
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                for (int row = topLeft.row(); row <= bottomRight.row(); ++row)
                    refreshRow(row);
            });
    if (m_lab)
        connect(m_lab, &LabController::runningChanged, this, &DashboardPage::updateBanner);
    if (m_context.settings) {
        connect(m_context.settings, &AppSettings::chartWindowChanged, this, &DashboardPage::setChartWindow);
        connect(m_context.settings, &AppSettings::changed, this, [this](const QString &key) {
            if (key == QLatin1String(SettingKeys::OpenGlCharts.name))
                m_chart->setUseOpenGL(m_context.settings->openGlCharts());
        });
    }

    // Ages ("last good poll 3 s ago") move without samples, and the time axis keeps scrolling.
    m_ticker = new QTimer(this);
    m_ticker->setInterval(1000);
    connect(m_ticker, &QTimer::timeout, this, [this] {
        refreshCards();
        m_chart->scheduleUpdate();
    });
    m_ticker->start();

    setChartWindow(m_context.settings ? m_context.settings->chartWindow() : ChartWindow::FiveMinutes);
    rebuildCards();
    rebuildChartLines();
}

DashboardPage::~DashboardPage() = default;

QWidget *DashboardPage::buildWindowSelector()
{
    auto *box = new QWidget(this);
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(0);
    m_windowButtons = new QButtonGroup(this);
    m_windowButtons->setExclusive(true);
    const std::pair<ChartWindow, QString> choices[] = {{ChartWindow::FiveMinutes, tr("5 min")},
                                                       {ChartWindow::OneHour, tr("1 h")},
                                                       {ChartWindow::TwentyFourHours, tr("24 h")}};
    for (const auto &[window, label] : choices) {
        auto *button = new QPushButton(label, box);
        button->setCheckable(true);
        button->setObjectName(QStringLiteral("window_") + chartWindowKey(window));
        button->setMinimumWidth(64);
        row->addWidget(button);
        m_windowButtons->addButton(button, int(window));
    }
    connect(m_windowButtons, &QButtonGroup::idClicked, this, [this](int id) {
        const ChartWindow window = ChartWindow(id);
        if (m_context.settings)
            m_context.settings->setChartWindow(window); // announces chartWindowChanged -> setChartWindow
        setChartWindow(window);
    });
    return box;
}

void DashboardPage::setChartWindow(ChartWindow window)
{
    if (QAbstractButton *button = m_windowButtons->button(int(window)))
        button->setChecked(true);
    m_chart->setWindowMs(chartWindowMs(window));
}

NodeCardWidget *DashboardPage::card(const QString &nodeId) const
{
    const int row = m_model->rowOf(nodeId);
    return row >= 0 && row < m_cards.size() ? m_cards.at(row) : nullptr;
}

void DashboardPage::rebuildCards()
{
    qDeleteAll(m_cards);
    m_cards.clear();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        auto *card = new NodeCardWidget(m_cardHost);
        card->setAccentColor(NodePalette::color(row));
        m_cards.append(card);
        card->refresh(m_model->index(row));
    }
    m_cardColumns = 0; // force a re-layout
    layoutCards();
    updateBanner();
}

void DashboardPage::layoutCards()
{
    const int available = qMax(kCardMinWidth, m_cardScroll->viewport()->width());
    const int columns =
        qBound(1, (available + m_cardGrid->spacing()) / (kCardMinWidth + m_cardGrid->spacing()),
               qMax(1, int(m_cards.size())));
    if (columns != m_cardColumns) {
        m_cardColumns = columns;
        for (NodeCardWidget *card : std::as_const(m_cards))
            m_cardGrid->removeWidget(card);
        for (int c = 0; c < m_cardGrid->columnCount(); ++c)
            m_cardGrid->setColumnStretch(c, 0);
        for (int i = 0; i < m_cards.size(); ++i)
            m_cardGrid->addWidget(m_cards.at(i), i / columns, i % columns, Qt::AlignTop);
        for (int c = 0; c < columns; ++c)
            m_cardGrid->setColumnStretch(c, 1);
    }
    // Up to two rows of cards are visible at once; more scroll, and the charts keep the rest.
    int cardHeight = 0;
    for (NodeCardWidget *card : std::as_const(m_cards))
        cardHeight = qMax(cardHeight, card->sizeHint().height());
    const int rows = m_cards.isEmpty() ? 0 : int((m_cards.size() + columns - 1) / columns);
    int visibleRows = qMin(rows, kMaxVisibleCardRows);
    // The charts keep at least kMinChartsHeight; with less room, one row of cards scrolls.
    if (visibleRows > 1 && height() - visibleRows * cardHeight < kMinChartsHeight)
        visibleRows = 1;
    m_cardScroll->setFixedHeight(visibleRows * cardHeight + qMax(0, visibleRows - 1) * m_cardGrid->spacing() +
                                 2);
    m_cardScroll->setVisible(rows > 0);
}

void DashboardPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    layoutCards();
}

bool DashboardPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_cardScroll->viewport() && event->type() == QEvent::Resize)
        layoutCards();
    return QWidget::eventFilter(watched, event);
}

void DashboardPage::refreshRow(int row)
{
    if (row >= 0 && row < m_cards.size())
        m_cards.at(row)->refresh(m_model->index(row));
}

void DashboardPage::refreshCards()
{
    for (int row = 0; row < m_cards.size(); ++row)
        refreshRow(row);
}

void DashboardPage::rebuildChartLines()
{
    NodeMonitor *monitor = m_context.monitor;
    QList<ThroughputLine> lines;
    const QList<NodeConfig> nodes = monitor->nodes();
    for (int i = 0; i < nodes.size(); ++i) {
        const NodeConfig &node = nodes.at(i);
        ThroughputLine line;
        line.nodeId = node.id;
        line.label = node.name;
        line.color = NodePalette::color(i);
        line.prompt = monitor->series(node.id, NodeMonitor::Series::PromptTps);
        line.generation = monitor->series(node.id, NodeMonitor::Series::GenerationTps);
        // Several missed polls in a row (e.g. the machine slept) show as a hole, not a straight line.
        line.maxStepMs = 3LL * node.pollIntervalMs + node.requestTimeoutMs;
        lines.append(line);
    }
    m_chart->setLines(lines);
}

void DashboardPage::updateBanner()
{
    bool show = false;
    if (!m_lab || !m_lab->isRunning()) {
        const int rows = m_model->rowCount();
        bool allDown = rows > 0;
        for (int row = 0; row < rows && allDown; ++row) {
            // Unknown (not polled yet) is not "down": wait for the first answer before suggesting the lab.
            allDown =
                NodeHealth(m_model->index(row).data(NodeStatusModel::HealthRole).toInt()) == NodeHealth::Down;
        }
        m_banner->setNoNodes(rows == 0);
        show = rows == 0 || allDown;
    }
    m_banner->setVisible(show);
}
