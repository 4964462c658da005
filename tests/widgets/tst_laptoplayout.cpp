// The whole window on a laptop: every page opened at 1280x720 (and 1920x1080) offscreen, with its
// main controls entirely inside the window and not clipped by any scroll area; the window's minimum
// size fits 1280x720. Also the keyboard: Ctrl+1..N switch pages, Ctrl+, opens the preferences,
// Ctrl+Return runs and Esc cancels on Compare and Benchmarks, Tab leaves the prompt editor.
#include "models/history/benchhistorystore.h"
#include "models/history/comparehistorystore.h"
#include "models/history/historydatabase.h"
#include "models/node/nodeconfigstore.h"
#include "models/monitor/nodemonitor.h"
#include "models/settings/appsettings.h"
#include "models/sim/simlab.h"
#include "widgets/bench/benchmarkspage.h"
#include "widgets/bench/benchmatrixview.h"
#include "widgets/bench/benchsetuppanel.h"
#include "widgets/compare/comparepage.h"
#include "widgets/compare/comparesetuppanel.h"
#include "widgets/dashboard/dashboardpage.h"
#include "widgets/dashboard/nodecardwidget.h"
#include "widgets/mainwindow.h"
#include "widgets/pagescrollarea.h"
#include "widgets/settings/settingsdialog.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

class TestLaptopLayout : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    SimLab m_lab;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<NodeConfigStore> m_store;
    std::unique_ptr<HistoryDatabase> m_db;
    std::unique_ptr<CompareHistoryStore> m_compareHistory;
    std::unique_ptr<BenchHistoryStore> m_benchHistory;
    std::unique_ptr<NodeMonitor> m_monitor;
    std::unique_ptr<MainWindow> m_window;

    // A control the user needs to see: a button, combo box or text field outside any inner scroll
    // area (content inside a list or a pane scroll may legitimately scroll away).
    static bool isMainControl(QWidget *w, QWidget *page)
    {
        if (!qobject_cast<QAbstractButton *>(w) && !qobject_cast<QComboBox *>(w))
            return false;
        if (!w->isVisibleTo(page) || w->width() == 0)
            return false;
        for (QWidget *p = w->parentWidget(); p && p != page; p = p->parentWidget())
            if (qobject_cast<QAbstractScrollArea *>(p))
                return false;
        return true;
    }

    void checkPages(const QSize &size)
    {
        m_window->resize(size);
        QTest::qWait(50);
        QVERIFY2(m_window->minimumSizeHint().width() <= 1280 && m_window->minimumSizeHint().height() <= 720,
                 qPrintable(QStringLiteral("minimum %1x%2").arg(m_window->minimumSizeHint().width()).arg(m_window->minimumSizeHint().height())));
        QCOMPARE(m_window->size(), size);
        for (int i = 0; i < m_window->pageCount(); ++i) {
            m_window->setCurrentPage(i);
            QWidget *page = m_window->page(i);
            QTest::qWait(80); // layouts settle
            const QString where = QStringLiteral("page %1 (%2) at %3x%4").arg(i).arg(page->objectName()).arg(size.width()).arg(size.height());
            // The page fits its area: no page-level scrolling at a laptop size.
            auto *area = qobject_cast<PageScrollArea *>(page->parentWidget() ? page->parentWidget()->parentWidget() : nullptr);
            QVERIFY2(area, qPrintable(where));
            QVERIFY2(!area->horizontalScrollBar()->isVisible(), qPrintable(where + QStringLiteral(": page scrolls sideways")));
            QVERIFY2(!area->verticalScrollBar()->isVisible(), qPrintable(where + QStringLiteral(": page scrolls down")));
            int checked = 0;
            const QRect windowRect = m_window->rect();
            for (QWidget *w : page->findChildren<QWidget *>()) {
                if (!isMainControl(w, page))
                    continue;
                const QRect inWindow(w->mapTo(m_window.get(), QPoint(0, 0)), w->size());
                const QString name = QStringLiteral("%1 '%2' %3").arg(QString::fromLatin1(w->metaObject()->className()),
                                                                     w->property("text").toString(), w->objectName());
                QVERIFY2(windowRect.contains(inWindow),
                         qPrintable(where + QStringLiteral(": %1 outside the window").arg(name)));
                QVERIFY2(w->visibleRegion().boundingRect() == w->rect(),
                         qPrintable(where + QStringLiteral(": %1 clipped").arg(name)));
                // Buttons show their whole text.
                if (auto *b = qobject_cast<QAbstractButton *>(w); b && !b->text().isEmpty() && b->icon().isNull())
                    QVERIFY2(b->width() >= b->fontMetrics().horizontalAdvance(QString(b->text()).remove(QLatin1Char('&'))),
                             qPrintable(where + QStringLiteral(": %1 text cut").arg(name)));
                ++checked;
            }
            QVERIFY2(checked > 0, qPrintable(where + QStringLiteral(": no controls found")));
        }
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_lab.start(0.05), qPrintable(m_lab.errorString()));
    }

    void init()
    {
        static int n = 0;
        ++n;
        m_settings = std::make_unique<AppSettings>(m_dir.filePath(QStringLiteral("settings-%1.ini").arg(n)));
        m_store = std::make_unique<NodeConfigStore>(m_dir.filePath(QStringLiteral("nodes-%1.json").arg(n)));
        QVERIFY(m_store->setNodes(m_lab.nodes()));
        m_db = std::make_unique<HistoryDatabase>();
        QVERIFY(m_db->open(m_dir.filePath(QStringLiteral("history-%1.sqlite").arg(n))));
        m_compareHistory = std::make_unique<CompareHistoryStore>(*m_db);
        QVERIFY(m_compareHistory->open());
        m_benchHistory = std::make_unique<BenchHistoryStore>(*m_db);
        QVERIFY(m_benchHistory->open());
        m_monitor = std::make_unique<NodeMonitor>();
        m_monitor->setNodes(m_store->nodes());
        AppContext c;
        c.monitor = m_monitor.get();
        c.settings = m_settings.get();
        c.nodeStore = m_store.get();
        c.database = m_db.get();
        c.compareHistory = m_compareHistory.get();
        c.benchHistory = m_benchHistory.get();
        m_window = std::make_unique<MainWindow>(c);
        m_window->addStandardPages();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QApplication::setActiveWindow(m_window.get());
    }

    void cleanup()
    {
        m_window.reset();
        m_monitor.reset();
        m_benchHistory.reset();
        m_compareHistory.reset();
        m_db.reset();
        m_store.reset();
        m_settings.reset();
    }

    void everyPageFitsALaptop()
    {
        QVERIFY(m_window->pageCount() >= 5);
        checkPages(QSize(1280, 720));
    }

    void everyPageFitsFullHd()
    {
        checkPages(QSize(1920, 1080));
    }

    void dashboardCardsReflow_data()
    {
        QTest::addColumn<int>("count");
        QTest::newRow("5 nodes") << 5;
        QTest::newRow("8 nodes") << 8;
        QTest::newRow("12 nodes") << 12;
    }

    void dashboardCardsReflow()
    {
        QFETCH(int, count);
        QList<NodeConfig> nodes;
        for (int i = 0; i < count; ++i) {
            NodeConfig n;
            n.id = QStringLiteral("n%1").arg(i);
            n.name = QStringLiteral("Node %1").arg(i + 1);
            n.url = QUrl(QStringLiteral("http://a-rather-long-hostname-%1.lab.example.internal:30000").arg(i));
            nodes << n;
        }
        m_window->resize(1280, 720);
        m_window->setCurrentPage(0);
        m_monitor->setNodes(nodes);
        QTest::qWait(100);
        DashboardPage *dashboard = m_window->dashboardPage();
        int right = 0;
        for (const NodeConfig &n : std::as_const(nodes)) {
            NodeCardWidget *card = dashboard->card(n.id);
            QVERIFY2(card, qPrintable(n.id));
            QVERIFY(card->isVisibleTo(dashboard));
            // Every card sits in the card area's width (none pushed off to the side) ...
            QWidget *host = card->parentWidget();
            QVERIFY2(card->geometry().right() <= host->width(), qPrintable(n.id));
            right = std::max(right, card->geometry().right());
            // ... and shows its whole address.
            QVERIFY(card->addressText().contains(QStringLiteral("a-rather-long-hostname-%1.lab.example.internal:30000").arg(n.id.mid(1))));
        }
        QVERIFY(right > 0);
    }

    // The benchmark matrix's node headers are readable at 1280x720, long names included: each header
    // text fits its section (wrapped onto a second line when needed), not cut to "Desktop 5090 (simulat".
    void benchMatrixHeadersNotCut()
    {
        BenchRunInfo info;
        info.startedAt = QDateTime::currentDateTimeUtc();
        info.suites = {QStringLiteral("factual-en")};
        info.settingsJson = R"({"runs":1})";
        const QStringList nodes = {QStringLiteral("DGX1 (simulated)"), QStringLiteral("DGX2 (simulated)"),
                                   QStringLiteral("Desktop 5090 (simulated)")};
        for (const QString &n : nodes) {
            NodeFingerprint fp;
            fp.node = n;
            info.nodes.append(fp);
        }
        const std::optional<qint64> id = m_benchHistory->createRun(info);
        QVERIFY(id);
        for (const QString &n : nodes) {
            BenchCell c;
            c.suite = QStringLiteral("factual-en");
            c.task = QStringLiteral("capital-australia");
            c.node = n;
            c.passThreshold = 70;
            BenchRun r;
            r.state = RunState::Done;
            r.score = 100;
            c.runs = {r};
            c.rescore();
            QVERIFY(m_benchHistory->saveCell(*id, c, std::nullopt));
        }
        m_benchHistory->setRunStatus(*id, BenchRunStatus::Finished, QDateTime::currentDateTimeUtc());
        m_window->resize(1280, 720);
        auto *bench = m_window->findChild<BenchmarksPage *>();
        QVERIFY(bench);
        for (int i = 0; i < m_window->pageCount(); ++i)
            if (m_window->page(i) == bench)
                m_window->setCurrentPage(i);
        QVERIFY(bench->showStoredRun(*id));
        QTest::qWait(100);
        QHeaderView *header = bench->matrixView()->horizontalHeader();
        QCOMPARE(header->count(), 4); // three nodes and the verdict
        for (int i = 0; i < header->count(); ++i) {
            const QString text = header->model()->headerData(i, Qt::Horizontal).toString();
            const int room = header->sectionSize(i) - 8; // the style's text margins
            const QRect needed = header->fontMetrics().boundingRect(QRect(0, 0, room, 1000),
                                                                   Qt::AlignCenter | Qt::TextWordWrap, text);
            QVERIFY2(needed.width() <= room && needed.height() <= header->height() - 4,
                     qPrintable(QStringLiteral("'%1' needs %2x%3 in %4x%5")
                                    .arg(text).arg(needed.width()).arg(needed.height()).arg(room).arg(header->height())));
        }
    }

    void ctrlNumberSwitchesPages()
    {
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QCOMPARE(m_window->pageActions().size(), m_window->pageCount());
        for (int i = m_window->pageCount() - 1; i >= 0; --i) {
            QTest::keyClick(m_window.get(), Qt::Key(Qt::Key_1 + i), Qt::ControlModifier);
            QCOMPARE(m_window->currentPage(), m_window->page(i));
        }
    }

    void ctrlCommaOpensPreferences()
    {
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        bool opened = false;
        QTimer::singleShot(0, this, [&opened] {
            // The dialog is modal: look for it, note it, close it.
            QTRY_VERIFY(QApplication::activeModalWidget());
            opened = qobject_cast<SettingsDialog *>(QApplication::activeModalWidget()) != nullptr;
            QApplication::activeModalWidget()->close();
        });
        QTest::keyClick(m_window.get(), Qt::Key_Comma, Qt::ControlModifier);
        QTRY_VERIFY(opened);
    }

    void compareRunsOnCtrlReturnAndCancelsOnEscape()
    {
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        auto *compare = m_window->findChild<ComparePage *>();
        QVERIFY(compare);
        m_window->setCurrentPage(int(m_window->pageActions().size()) > 1 ? 1 : 0);
        QCOMPARE(m_window->currentPage(), compare);
        compare->setupPanel()->setPrompt(QStringLiteral("Write a long story about KV caches."));
        compare->setupPanel()->setRuns(3);
        for (int row = 0; row < 3; ++row) {
            compare->setupPanel()->setCell(row, true, row == 0);
            compare->setupPanel()->setCell(row, false, false);
        }
        QPlainTextEdit *prompt = compare->setupPanel()->promptEdit();
        prompt->setFocus();
        QTRY_VERIFY(prompt->hasFocus());
        // Tab leaves the prompt editor instead of typing a tab.
        const QString before = prompt->toPlainText();
        QTest::keyClick(prompt, Qt::Key_Tab);
        QCOMPARE(prompt->toPlainText(), before);
        QVERIFY(!prompt->hasFocus());
        prompt->setFocus();
        QTest::keyClick(prompt, Qt::Key_Tab, Qt::ControlModifier); // Ctrl+Tab types one
        QVERIFY(prompt->toPlainText().contains(QLatin1Char('\t')));

        QTest::keyClick(prompt, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(compare->isRunning());
        QTest::keyClick(prompt, Qt::Key_Escape);
        QTRY_VERIFY_WITH_TIMEOUT(!compare->isRunning(), 30000);
        QVERIFY(compare->runButton()->isEnabled());
    }

    void benchmarksRunOnCtrlReturnAndCancelOnEscape()
    {
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        auto *bench = m_window->findChild<BenchmarksPage *>();
        QVERIFY(bench);
        m_window->setCurrentPage(int(m_window->pageActions().size()) > 2 ? 2 : 0);
        QCOMPARE(m_window->currentPage(), bench);
        bench->setupPanel()->setSelectedSuites({QStringLiteral("factual-en")});
        QStringList ids;
        for (const NodeConfig &node : m_store->nodes())
            ids << node.id;
        bench->setupPanel()->setSelectedNodeIds(ids);
        bench->setupPanel()->setRuns(3);
        bench->setFocus();
        QVERIFY(!bench->runner()->isRunning());
        QTest::keyClick(bench, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(bench->runner()->isRunning());
        QTest::keyClick(bench, Qt::Key_Escape);
        QTRY_VERIFY_WITH_TIMEOUT(!bench->runner()->isRunning(), 30000);
    }
};

QTEST_MAIN(TestLaptopLayout)
#include "tst_laptoplayout.moc"
