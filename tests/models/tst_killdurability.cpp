// kill -9 in the middle of `tokscope-cli bench`: the history must stay intact (integrity_check), hold only
// whole cells (each cell is one transaction), and `--resume` must finish the run without redoing them.
#include "models/history/benchhistorystore.h"
#include "models/history/historydatabase.h"
#include "tests/support/benchsimfixture.h"

#include <QSqlQuery>
#include <QTest>

class TstKillDurability : public QObject
{
    Q_OBJECT
private slots:
    void killedMidRunThenResumed();

private:
    static int count(const QString &dbPath, const QString &sql);
};

int TstKillDurability::count(const QString &dbPath, const QString &sql)
{
    HistoryDatabase db;
    if (!db.open(dbPath))
        return -1;
    QSqlQuery q(db.db());
    return (q.exec(sql) && q.next()) ? q.value(0).toInt() : -1;
}

void TstKillDurability::killedMidRunThenResumed()
{
    BenchSimFixture fx;
    fx.addNode(1, 0.5); // slow enough that a kill lands mid-run
    const int runs = 3;
    const int total = 5 * runs;
    const QStringList args = fx.benchArgs({0}, runs, {QStringLiteral("--json")});
    std::unique_ptr<QProcess> child = fx.startCli(args);
    QVERIFY(child->waitForStarted(10000));
    // Wait for the first stored cell, then SIGKILL while the next ones are being measured.
    QTest::qWaitFor(
        [&] {
            return QFile::exists(fx.dbPath()) &&
                   count(fx.dbPath(), QStringLiteral("SELECT COUNT(*) FROM bench_cells")) >= 1;
        },
        60000);
    QVERIFY(child->state() == QProcess::Running);
    child->kill(); // SIGKILL
    QVERIFY(child->waitForFinished(10000));
    QCOMPARE(child->exitStatus(), QProcess::CrashExit);

    qint64 runId = 0;
    int storedCells = 0;
    {
        HistoryDatabase db;
        QVERIFY(db.open(fx.dbPath()));
        QVERIFY(db.integrityOk());
        BenchHistoryStore store(db);
        QVERIFY(store.open());
        const QList<BenchRunInfo> all = store.runs();
        QCOMPARE(all.size(), 1);
        runId = all.first().id;
        QCOMPARE(all.first().status, BenchRunStatus::Running); // killed: nobody wrote "finished"
        storedCells = int(store.cells(runId, false).size());
        QVERIFY(storedCells >= 1);
        QVERIFY2(storedCells < 5, "the kill came too late to test anything");
        QCOMPARE(store.resultCount(), storedCells * runs); // whole cells only
    }
    const int startedBefore = count(fx.dbPath(), QStringLiteral("SELECT MIN(started_ms) FROM bench_results"));

    const auto resumed =
        fx.runCli({QStringLiteral("bench"), QStringLiteral("--resume"), QString::number(runId),
                   QStringLiteral("--json"), QStringLiteral("--db"), fx.dbPath()});
    QVERIFY2(resumed.exitCode == 0, resumed.err.constData());
    HistoryDatabase db;
    QVERIFY(db.open(fx.dbPath()));
    QVERIFY(db.integrityOk());
    BenchHistoryStore store(db);
    QVERIFY(store.open());
    QCOMPARE(store.runs().size(), 1); // the same run, continued
    QCOMPARE(store.resultCount(), total);
    QCOMPARE(store.verdicts(runId).size(), 5);
    QCOMPARE(store.run(runId)->status, BenchRunStatus::Finished);
    // The cells stored before the kill were kept, not measured again.
    QCOMPARE(count(fx.dbPath(), QStringLiteral("SELECT MIN(started_ms) FROM bench_results")), startedBefore);
    const QString progress = QString::fromUtf8(resumed.err);
    QVERIFY2(progress.contains(QStringLiteral("[%1/%1]").arg(total)), qPrintable(progress));
}

QTEST_GUILESS_MAIN(TstKillDurability)
#include "tst_killdurability.moc"
