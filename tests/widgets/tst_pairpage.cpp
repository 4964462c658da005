// Drives the Pair page offscreen against the simulated lab with the SIMULATED pair script: the demo
// (DGX1 builds with thinking OFF, DGX2 reviews with thinking ON, coding-single, empowered prompt) runs,
// fills the steps list, the timeline and the single-vs-pair tables, runs the rubber-stamp test, is
// stored and reopens. TOKSCOPE_PAIR_SCREENSHOT=file.png saves a picture of the page at the end.
#include "models/history/historydatabase.h"
#include "models/monitor/nodemonitor.h"
#include "models/pair/pairrunner.h"
#include "models/pair/pairsimscript.h"
#include "models/history/rubberstamphistorystore.h"
#include "models/pair/rubberstamprunner.h"
#include "models/sim/simlab.h"
#include "widgets/charts/pairtimelineview.h"
#include "widgets/pair/pairpage.h"
#include "widgets/pair/pairresultspanel.h"

#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

class TstPairPage : public QObject
{
    Q_OBJECT
private slots:
    void demoRunShowsTimelineTablesAndReopens();
    void refusesToRunWithoutNodes();
};

void TstPairPage::demoRunShowsTimelineTablesAndReopens()
{
    QTemporaryDir dir;
    SimLab lab;
    const double scale = qEnvironmentVariableIsSet("TOKSCOPE_PAIR_TIME_SCALE")
                             ? qEnvironmentVariable("TOKSCOPE_PAIR_TIME_SCALE").toDouble()
                             : 0.02;
    QVERIFY2(lab.start(scale), qPrintable(lab.errorString()));
    PairSimScript::installDemo(&lab);
    NodeMonitor monitor;
    monitor.setNodes(lab.nodes());
    HistoryDatabase database;
    QVERIFY(database.open(dir.filePath(QStringLiteral("history.sqlite"))));
    AppContext context;
    context.monitor = &monitor;
    context.database = &database;

    PairPage page(context);
    page.resize(1400, 1500);
    page.show();
    QSignalSpy finished(&page, &PairPage::runFinished);
    QSignalSpy stamped(&page, &PairPage::rubberStampFinished);
    page.runDemo();
    QVERIFY2(page.runner()->isRunning(), qPrintable(page.statusText()));
    QVERIFY(page.statusText().contains(QStringLiteral("SIMULATED")));
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, 280000);

    const PairRun run = page.currentRun(); // a copy: showRun() below replaces the page's run
    QCOMPARE(run.status, PairRunStatus::Finished);
    QCOMPARE(run.taskRuns.size(), 5); // coding-single, one run each
    QVERIFY(run.id > 0);
    int revised = 0;
    for (const PairTaskRun &t : run.taskRuns) {
        QCOMPARE(t.state, RunState::Done);
        QString trace;
        for (const PairStep &s : t.steps)
            trace += pairRoleKey(s.role) + QLatin1Char(' ') + reviewVerdictKey(s.verdict) + QStringLiteral(": ") +
                     s.text.left(300) + QLatin1Char('\n');
        QVERIFY2(t.outcomeKey() == QStringLiteral("approved"), qPrintable(t.task + QLatin1Char('\n') + trace));
        QCOMPARE(t.steps.first().node, QStringLiteral("DGX1 (simulated)"));
        QCOMPARE(t.steps.at(1).node, QStringLiteral("DGX2 (simulated)"));
        if (t.steps.size() == 4)
            ++revised;
    }
    QVERIFY(revised >= 1); // the demo builder gets some tasks wrong first

    // Steps list: one entry per task run, one child per step; a selected step shows its messages.
    QCOMPARE(page.stepTree()->topLevelItemCount(), 5);
    QCOMPARE(page.stepTree()->topLevelItem(0)->childCount(), int(run.taskRuns[0].steps.size()));
    page.stepTree()->setCurrentItem(page.stepTree()->topLevelItem(0)->child(1));
    const QString shown = page.findChild<QPlainTextEdit *>(QStringLiteral("pairStepText"))->toPlainText();
    QVERIFY(shown.contains(QStringLiteral("[system]")));
    QVERIFY(shown.contains(QStringLiteral("VERDICT")));

    // Timeline: every step has a bar; the reviewer's lane is below the builder's; bars follow each other.
    PairTimelineView *timeline = page.timeline();
    QCOMPARE(timeline->taskRunCount(), 5);
    for (int r = 0; r < 5; ++r) {
        for (int s = 0; s < run.taskRuns[r].steps.size(); ++s)
            QVERIFY(!timeline->stepRect(r, s).isEmpty());
        const QRectF build = timeline->stepRect(r, 0);
        const QRectF review = timeline->stepRect(r, 1);
        QVERIFY(review.top() > build.top());
        QVERIFY(review.left() >= build.right() - 0.5);
    }

    // Single vs pair.
    QTableWidget *summary = page.results()->summaryTable();
    QCOMPARE(summary->rowCount(), 2);
    QVERIFY(summary->item(1, 0)->text().contains(QStringLiteral("Pair")));
    QCOMPARE(summary->item(1, 2)->text(), QStringLiteral("100 %"));
    QVERIFY(summary->item(0, 2)->text() != QStringLiteral("100 %"));
    QCOMPARE(page.results()->taskTable()->rowCount(), 5);

    // The demo goes on with the rubber-stamp test.
    QTRY_VERIFY_WITH_TIMEOUT(stamped.count() == 1, 280000);
    QTableWidget *rs = page.results()->rubberStampTable();
    QCOMPARE(rs->rowCount(), 2);
    const QList<RubberStampPromptResult> rates = page.rubberStampRunner()->results();
    QCOMPARE(rates.size(), 2);
    QVERIFY(*rates[0].rubberStamp.mean > *rates[1].rubberStamp.mean); // verify vs empowered
    // The known set holds the grading corpus's answers too, and the test is kept in history and listed.
    const RubberStampRun summary2 = page.rubberStampRunner()->summary();
    QVERIFY(summary2.corpusSamples > 0);
    QVERIFY(page.statusText().contains(QStringLiteral("Stored in history")));
    QTableWidget *stored = page.results()->storedRubberStampTable();
    QCOMPARE(stored->rowCount(), 2); // one test, two prompts
    QVERIFY(!summary2.reviewerNode.isEmpty());
    QVERIFY2(stored->item(0, 1)->text().contains(summary2.reviewerNode), qPrintable(stored->item(0, 1)->text()));
    RubberStampHistoryStore rubberStamps(database);
    QVERIFY(rubberStamps.open());
    QCOMPARE(rubberStamps.tests().size(), 1);
    QCOMPARE(rubberStamps.tests().constFirst().results.size(), 2);

    if (qEnvironmentVariableIsSet("TOKSCOPE_PAIR_SCREENSHOT"))
        page.grab().save(qEnvironmentVariable("TOKSCOPE_PAIR_SCREENSHOT"));

    // Stored and reopened.
    page.showRun(PairRun{});
    QCOMPARE(timeline->taskRunCount(), 0);
    QVERIFY(page.openStored(run.id));
    QCOMPARE(page.currentRun().taskRuns.size(), 5);
    QCOMPARE(timeline->taskRunCount(), 5);
    QCOMPARE(page.stepTree()->topLevelItemCount(), 5);
}

void TstPairPage::refusesToRunWithoutNodes()
{
    NodeMonitor monitor;
    AppContext context;
    context.monitor = &monitor;
    PairPage page(context);
    QVERIFY(!page.startRun());
    QVERIFY(!page.statusText().isEmpty());
    QVERIFY(!page.runner()->isRunning());
    page.runDemo(); // no lab: says so
    QVERIFY(page.statusText().contains(QStringLiteral("simulated lab")));
}

QTEST_MAIN(TstPairPage)
#include "tst_pairpage.moc"
