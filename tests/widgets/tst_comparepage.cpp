// Drives the Compare page offscreen against the simulated lab: a 3 node x 2 mode x 3 run comparison
// streams into six panes, ends with STABLE/UNSTABLE verdicts and charts, lands in history, reopens
// and exports.
#include "models/history/comparehistorystore.h"
#include "models/history/historydatabase.h"
#include "models/monitor/nodemonitor.h"
#include "models/sim/simlab.h"
#include "widgets/charts/comparechartspanel.h"
#include "widgets/compare/comparegrouppane.h"
#include "widgets/compare/comparepage.h"
#include "widgets/compare/comparesetuppanel.h"

#include <QFile>
#include <QLabel>
#include <QFileInfo>
#include <QTabWidget>
#include "models/itemmodels/comparetablemodel.h"
#include <QTemporaryDir>
#include <QTest>

class TestComparePage : public QObject
{
    Q_OBJECT
private slots:
    void fullGridRunsStoresAndReopens()
    {
        QTemporaryDir dir;
        SimLab lab;
        // Fast by default; TOKSCOPE_COMPARE_TIME_SCALE=1 runs the lab at real speed (for screenshots).
        const double scale = qEnvironmentVariableIsSet("TOKSCOPE_COMPARE_TIME_SCALE")
                                 ? qEnvironmentVariable("TOKSCOPE_COMPARE_TIME_SCALE").toDouble()
                                 : 0.02;
        QVERIFY2(lab.start(scale), qPrintable(lab.errorString()));
        NodeMonitor monitor;
        monitor.setNodes(lab.nodes());

        HistoryDatabase database;
        QVERIFY(database.open(dir.filePath(QStringLiteral("history.sqlite"))));
        CompareHistoryStore history(database);
        QVERIFY(history.open());

        AppContext context;
        context.monitor = &monitor;
        context.database = &database;
        context.compareHistory = &history;
        ComparePage page(context);
        page.resize(1500, 950);
        page.show();

        page.setupPanel()->setPrompt(QStringLiteral("Explain KV cache in two sentences."));
        page.setupPanel()->setRuns(3);
        page.setupPanel()->setMaxTokens(4096, 1024);
        for (int row = 0; row < 3; ++row) {
            page.setupPanel()->setCell(row, true, true);
            page.setupPanel()->setCell(row, false, true);
        }
        page.runComparison();
        QVERIFY(page.isRunning());
        QCOMPARE(page.panes().size(), 6);
        QTRY_VERIFY_WITH_TIMEOUT(!page.isRunning(), 280000);

        const CompareRun &run = page.currentRun();
        QCOMPARE(run.measuredCount(), 18);
        for (const CompareCell &c : run.cells)
            if (!c.warmup && c.state() != RunState::Done)
                qWarning("cell node %d thinking %d run %d: %s %s", c.nodeIndex, int(c.thinking), c.run,
                         qPrintable(runStateKey(c.state())), qPrintable(c.result.error));
        QCOMPARE(run.measuredDoneCount(), 18);
        for (CompareGroupPane *pane : page.panes()) {
            QVERIFY2(pane->stabilityText().contains(QLatin1String("stable"), Qt::CaseInsensitive),
                     qPrintable(pane->stabilityText()));
            QVERIFY(!pane->answerText().isEmpty());
        }
        QCOMPARE(page.chartsPanel()->groupCount(), 6);
        QCOMPARE(history.count(), 1);
        // Prose answers: no structural consensus line (only answers with code are compared).
        QVERIFY(page.consensusText().isEmpty());
        QVERIFY(!page.codeConsensus());
        // The side-by-side table is what a finished comparison opens on: one column per node x mode.
        QCOMPARE(page.tabs()->currentIndex(), int(ComparePage::TableTab));
        QCOMPARE(page.tableModel()->columnCount(), 6);
        QVERIFY(page.tableModel()->headerData(0, Qt::Horizontal).toString().contains(QLatin1String("SIMULATED")));
        // Charts save as PNG and SVG, titled, dated and marked SIMULATED.
        page.tabs()->setCurrentIndex(ComparePage::ChartsTab);
        QVERIFY(page.saveCharts(dir.filePath(QStringLiteral("charts.png"))));
        QVERIFY(QFileInfo(dir.filePath(QStringLiteral("charts.png"))).size() > 1000);
        QVERIFY(page.saveCharts(dir.filePath(QStringLiteral("charts.svg"))));
        QFile svg(dir.filePath(QStringLiteral("charts.svg")));
        QVERIFY(svg.open(QIODevice::ReadOnly));
        const QByteArray svgText = svg.readAll();
        QVERIFY(svgText.contains("<svg"));
        QVERIFY(svgText.contains("SIMULATED"));
        QVERIFY(!page.saveCharts(dir.filePath(QStringLiteral("charts.gif"))));
        // Every bar category names its node and mode, in full or as a code the title explains.
        const QStringList categories = page.chartsPanel()->categoryLabels();
        QCOMPARE(categories.size(), 6);
        for (const QString &c : categories)
            QVERIFY2(c.contains(QLatin1String("ON")) || c.contains(QLatin1String("OFF")), qPrintable(c));

        const QString md = dir.filePath(QStringLiteral("run.md"));
        QVERIFY(page.exportRun(md));
        QFile f(md);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().contains("TTFT"));

        const QString id = run.id;
        QVERIFY(page.openRun(id));
        QCOMPARE(page.currentRun().id, id);
        QCOMPARE(page.panes().size(), 6);

        page.tabs()->setCurrentIndex(ComparePage::AnswersTab);
        QTest::qWait(300); // panes added to a visible layout are shown on the next event loop pass
        for (CompareGroupPane *pane : page.panes())
            QVERIFY(pane->isVisible());
        if (qEnvironmentVariableIsSet("TOKSCOPE_SCREENSHOT_DIR"))
            page.grab().save(qEnvironmentVariable("TOKSCOPE_SCREENSHOT_DIR") +
                             QStringLiteral("/compare-demo.png"));
    }

    // A warm-up that gets no answer: the pane shows its short limit while waiting, then says it gave up
    // and after how long (issue 10).
    void silentWarmupSaysItGaveUp()
    {
        CompareGroupPane pane(QStringLiteral("DGX1"), false, true);
        CompareCell cell;
        cell.nodeIndex = 0;
        cell.warmup = true;
        cell.result.state = RunState::Running;
        pane.showCell(cell, 3, 25000);
        QVERIFY2(pane.findChild<QLabel *>(QStringLiteral("liveLine")), "the pane names its live line");
        QVERIFY2(pane.findChild<QLabel *>(QStringLiteral("liveLine"))->text().contains(QLatin1String("gives up after 25")),
                 qPrintable(pane.findChild<QLabel *>(QStringLiteral("liveLine"))->text()));
        cell.result.state = RunState::Timeout;
        cell.result.error = QStringLiteral("No complete answer within the total deadline of 25 s.");
        pane.showCell(cell, 3);
        QVERIFY2(pane.stateText().contains(QLatin1String("no answer in")), qPrintable(pane.stateText()));
        QVERIFY(pane.stateText().contains(QLatin1String("given up")));
        QVERIFY(pane.stateText().contains(QLatin1String(" s ")));
        QVERIFY(pane.stateText().contains(QLatin1String("measured runs still try")));
    }

    void nothingTickedSaysSo()
    {
        AppContext context;
        ComparePage page(context);
        page.setupPanel()->setPrompt(QStringLiteral("hi"));
        page.runComparison();
        QVERIFY(!page.isRunning());
        QVERIFY(page.panes().isEmpty());
    }
};

QTEST_MAIN(TestComparePage)
#include "tst_comparepage.moc"
