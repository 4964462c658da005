#include "models/node/nodeconfigstore.h"
#include "models/monitor/nodemonitor.h"
#include "models/settings/appsettings.h"
#include "widgets/charts/throughputchartview.h"
#include "widgets/dashboard/dashboardpage.h"
#include "widgets/dashboard/demobanner.h"
#include "widgets/dashboard/nodecardwidget.h"
#include "models/sim/demotraffic.h"
#include "widgets/lab/labcontroller.h"
#include "widgets/mainwindow.h"

#include <QAction>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {
// A 127.0.0.1 port that nothing listens on: connections are refused at once.
quint16 closedPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 9; // discard port, normally closed
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

QList<NodeConfig> deadNodes()
{
    QList<NodeConfig> nodes;
    for (const char *name : {"Alpha", "Beta"}) {
        NodeConfig n;
        n.id = QString::fromLatin1(name).toLower();
        n.name = QString::fromLatin1(name);
        n.url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(closedPort()));
        n.pollIntervalMs = 300;
        n.requestTimeoutMs = 500;
        nodes.append(n);
    }
    return nodes;
}
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<NodeConfigStore> m_store;
    std::unique_ptr<NodeMonitor> m_monitor;
    std::unique_ptr<MainWindow> m_window;

    AppContext context() const
    {
        AppContext c;
        c.monitor = m_monitor.get();
        c.settings = m_settings.get();
        c.nodeStore = m_store.get();
        return c;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        static int n = 0;
        ++n;
        m_settings = std::make_unique<AppSettings>(m_dir.filePath(QStringLiteral("settings-%1.ini").arg(n)));
        m_store = std::make_unique<NodeConfigStore>(m_dir.filePath(QStringLiteral("nodes-%1.json").arg(n)));
        QVERIFY(m_store->setNodes(deadNodes()));
        m_monitor = std::make_unique<NodeMonitor>();
        m_window = std::make_unique<MainWindow>(context());
        // Fast lab for tests: 20x faster nodes and traffic, 300 ms polls.
        m_window->labController()->setOptions(0.05, 300);
        m_monitor->setNodes(m_store->nodes());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        m_monitor.reset();
        m_store.reset();
        m_settings.reset();
    }

    void shellHasPagesAndMenus()
    {
        QCOMPARE(m_window->pageCount(), 1);
        QCOMPARE(m_window->currentPage(), m_window->dashboardPage());
        auto *extra = new QLabel(QStringLiteral("compare"));
        extra->setObjectName(QStringLiteral("compare"));
        QCOMPARE(m_window->addPage(extra, QStringLiteral("Compare")), 1);
        QCOMPARE(m_window->pageList()->count(), 2);
        m_window->pageList()->setCurrentRow(1);
        QCOMPARE(m_window->currentPage(), extra);
        QCOMPARE(extra->window(), m_window.get());

        QStringList menus;
        for (QAction *a : m_window->menuBar()->actions())
            menus << a->text().remove(QLatin1Char('&'));
        QCOMPARE(menus, (QStringList{QStringLiteral("File"), QStringLiteral("Nodes"), QStringLiteral("Lab"),
                                     QStringLiteral("Go"), QStringLiteral("Settings"), QStringLiteral("Help")}));
        QVERIFY(m_window->startLabAction()->isEnabled());
        QVERIFY(!m_window->stopLabAction()->isEnabled());

        // The last page is remembered by objectName.
        m_window->saveState();
        QCOMPARE(m_settings->value(SettingKeys::LastPage), QStringLiteral("compare"));
        m_window->setCurrentPage(0);
        m_window->restoreState();
        QCOMPARE(m_window->currentPage(), extra);
    }

    void bannerWhenNothingAnswersThenLab()
    {
        DashboardPage *page = m_window->dashboardPage();
        QCOMPARE(page->cards().size(), 2);
        QVERIFY(!page->banner()->isVisible()); // nothing polled yet: no verdict
        m_monitor->start();
        QTRY_VERIFY_WITH_TIMEOUT(page->banner()->isVisible(), 15000);
        for (NodeCardWidget *card : page->cards())
            QCOMPARE(card->health(), NodeHealth::Down);

        QTest::mouseClick(page->banner()->startButton(), Qt::LeftButton);
        QVERIFY(m_window->labController()->isRunning());
        QVERIFY(!page->banner()->isVisible());
        QVERIFY(!m_window->startLabAction()->isEnabled());
        QVERIFY(m_window->stopLabAction()->isEnabled());
        QCOMPARE(page->cards().size(), 3);
        for (NodeCardWidget *card : page->cards())
            QVERIFY(card->isSimulatedShown());

        // Stopping the lab brings the configured nodes back.
        m_window->stopLabAction()->trigger();
        QVERIFY(!m_window->labController()->isRunning());
        QCOMPARE(page->cards().size(), 2);
        QCOMPARE(page->cards().first()->nameText(), QStringLiteral("Alpha"));
    }

    void simulatedLabFillsCardsAndCharts()
    {
        DashboardPage *page = m_window->dashboardPage();
        QVERIFY(m_window->startSimulatedLab());
        const QList<NodeConfig> nodes = m_monitor->nodes();
        QCOMPARE(nodes.size(), 3);
        QCOMPARE(page->cards().size(), 3);
        for (const NodeConfig &node : nodes) {
            QVERIFY(node.simulated);
            NodeCardWidget *card = page->card(node.id);
            QVERIFY(card);
            QCOMPARE(card->nameText(), node.name);
            QTRY_COMPARE_WITH_TIMEOUT(card->health(), NodeHealth::Up, 15000);
            QVERIFY(card->isSimulatedShown());
            // The model id the node serves, as it reports it (never empty once up).
            QTRY_VERIFY_WITH_TIMEOUT(card->modelText() == m_monitor->latest(node.id).model.id, 5000);
            QVERIFY(!m_monitor->latest(node.id).model.id.isEmpty());
        }
        ThroughputChartView *chart = page->chartView();
        for (const NodeConfig &node : nodes) {
            QTRY_VERIFY_WITH_TIMEOUT(chart->pointCount(node.id, ThroughputChartView::Kind::Prompt) > 0,
                                     20000);
            QTRY_VERIFY_WITH_TIMEOUT(chart->pointCount(node.id, ThroughputChartView::Kind::Generation) > 0,
                                     20000);
        }
        // The demo traffic makes the nodes generate: some card shows a non-zero generation rate.
        QTRY_VERIFY_WITH_TIMEOUT(m_window->labController()->traffic()->requestsFinished() > 0, 20000);
        const auto someoneGenerates = [&] {
            for (const NodeConfig &node : nodes) {
                if (m_monitor->latest(node.id).generationTps.value_or(0) > 0)
                    return true;
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(someoneGenerates(), 20000);
        QVERIFY(m_window->findChild<QLabel *>() != nullptr);
    }

    void chartWindowFollowsSettings()
    {
        DashboardPage *page = m_window->dashboardPage();
        auto *button = page->findChild<QPushButton *>(QStringLiteral("window_1h"));
        QVERIFY(button);
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(page->chartView()->windowMs(), 60 * 60 * 1000LL);
        QCOMPARE(m_settings->chartWindow(), ChartWindow::OneHour);
        m_settings->setChartWindow(ChartWindow::TwentyFourHours);
        QCOMPARE(page->chartView()->windowMs(), 24 * 60 * 60 * 1000LL);
        QVERIFY(page->findChild<QPushButton *>(QStringLiteral("window_24h"))->isChecked());
    }

    void storeEditsReachTheMonitor()
    {
        QList<NodeConfig> nodes = m_store->nodes();
        nodes.removeLast();
        nodes.first().name = QStringLiteral("Renamed");
        QVERIFY(m_store->setNodes(nodes));
        QCOMPARE(m_monitor->nodes().size(), 1);
        QCOMPARE(m_window->dashboardPage()->cards().size(), 1);
        QCOMPARE(m_window->dashboardPage()->cards().first()->nameText(), QStringLiteral("Renamed"));
        // While the lab runs, edits wait for it to stop.
        QVERIFY(m_window->startSimulatedLab());
        nodes.first().name = QStringLiteral("Later");
        QVERIFY(m_store->setNodes(nodes));
        QCOMPARE(m_monitor->nodes().size(), 3);
        m_window->stopSimulatedLab();
        QCOMPARE(m_monitor->nodes().size(), 1);
        QCOMPARE(m_monitor->nodes().first().name, QStringLiteral("Later"));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
