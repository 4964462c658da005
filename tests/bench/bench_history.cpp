// Benchmark of the bench history store: fills a database with ~100,000 results the way BenchRunner
// writes them (one transaction per cell: a task's n runs on one node plus the cell row, and the verdict
// with the task's last node), then times the History view's queries.
#include "models/history/benchhistorystore.h"
#include "models/history/historydatabase.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

namespace {

constexpr int kRuns = 223; // benchmark runs in the history
constexpr int kTasks = 50; // tasks per run (one suite)
constexpr int kNodes = 3;
constexpr int kRepeats = 3; // n runs per cell -> 223 x 50 x 3 x 3 = 100,350 results

BenchCell makeCell(int run, int task, int node)
{
    BenchCell cell;
    cell.suite = QStringLiteral("suite-%1").arg(task % 5);
    cell.task = QStringLiteral("task-%1").arg(task);
    cell.node = QStringLiteral("Node%1").arg(node);
    cell.passThreshold = 70;
    for (int r = 0; r < kRepeats; ++r) {
        BenchRun br;
        br.runIndex = r;
        br.state = RunState::Done;
        const bool pass = ((run * 7 + task * 3 + node + r) % 5) != 0;
        br.score = pass ? 100.0 : 0.0;
        br.startedAt = QDateTime::currentDateTimeUtc();
        BenchTurn turn;
        turn.answer = QStringLiteral("The answer to task %1 is %2.").arg(task).arg(run);
        turn.reasoning = QStringLiteral("Some reasoning text that a thinking model would produce.");
        turn.ttrMs = 800 + (task * 13 + r) % 400;
        turn.answerTokens = 40;
        turn.completionTokens = 120;
        br.turns = {turn};
        CheckResult c;
        c.name = QStringLiteral("contains");
        c.outcome = pass ? CheckOutcome::Passed : CheckOutcome::Failed;
        c.detail = QStringLiteral("found: x");
        br.checks = {c};
        cell.runs.append(br);
    }
    cell.rescore();
    return cell;
}

template <typename F> double timeMs(F &&f, int repeats = 5)
{
    double best = 1e9;
    for (int i = 0; i < repeats; ++i) {
        QElapsedTimer t;
        t.start();
        f();
        best = std::min(best, t.nsecsElapsed() / 1e6);
    }
    return best;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTemporaryDir dir;
    HistoryDatabase db;
    if (!db.open(dir.filePath(QStringLiteral("bench.sqlite")))) {
        out << "bench_history: cannot open database\n";
        return 1;
    }
    BenchHistoryStore store(db);
    if (!store.open()) {
        out << "bench_history: " << store.errorString() << '\n';
        return 1;
    }
    QElapsedTimer fill;
    fill.start();
    qint64 transactions = 0;
    for (int run = 0; run < kRuns; ++run) {
        BenchRunInfo info;
        info.startedAt = QDateTime::currentDateTimeUtc().addSecs(run * 3600);
        info.suites = {QStringLiteral("suite-0")};
        info.settingsJson = R"({"runs":3})";
        for (int n = 0; n < kNodes; ++n) {
            NodeFingerprint f;
            f.node = QStringLiteral("Node%1").arg(n);
            f.modelId = run < kRuns / 2 ? QStringLiteral("model-a") : QStringLiteral("model-b");
            info.nodes.append(f);
        }
        const auto id = store.createRun(info);
        if (!id) {
            out << "bench_history: " << store.errorString() << '\n';
            return 1;
        }
        for (int task = 0; task < kTasks; ++task) {
            QStringList passing, nodes;
            for (int node = 0; node < kNodes; ++node) {
                const BenchCell cell = makeCell(run, task, node);
                nodes << cell.node;
                if (cell.score.passed)
                    passing << cell.node;
                std::optional<TaskVerdict> verdict;
                if (node == kNodes - 1)
                    verdict = TaskVerdict{cell.suite, cell.task, verdictFor(int(passing.size()), kNodes),
                                          passing, nodes};
                if (!store.saveCell(*id, cell, verdict)) {
                    out << "bench_history: " << store.errorString() << '\n';
                    return 1;
                }
                ++transactions;
            }
        }
        store.setRunStatus(*id, BenchRunStatus::Finished, QDateTime::currentDateTimeUtc());
    }
    const double fillS = fill.nsecsElapsed() / 1e9;
    const int results = store.resultCount();
    out << "bench_history results stored: " << results << " results in " << transactions << " transactions\n";
    out << "bench_history insert throughput: " << QString::number(results / fillS, 'f', 0) << " results/s ("
        << QString::number(transactions / fillS, 'f', 0)
        << " cell transactions/s, one per task x node; target >= 1000 results/s)\n";

    int rows = 0;
    const double verdictMs = timeMs([&] { rows = int(store.verdictHistory(500).size()); });
    out << "bench_history verdict-history query: " << QString::number(verdictMs, 'f', 2) << " ms for " << rows
        << " runs over " << results << " results (target <= 50 ms)\n";
    const double nodeMs =
        timeMs([&] { rows = int(store.nodeSuiteHistory(QStringLiteral("suite-0"), 500).size()); });
    out << "bench_history node-suite-history query: " << QString::number(nodeMs, 'f', 2) << " ms for " << rows
        << " points (target <= 50 ms)\n";
    const qint64 lastRun = store.runs(1).first().id;
    const double regMs = timeMs([&] { rows = int(store.regressions(lastRun).size()); });
    out << "bench_history regressions of one run: " << QString::number(regMs, 'f', 2) << " ms (" << rows
        << " regressions in " << kTasks * kNodes << " cells; target <= 50 ms)\n";
    const double cmpMs = timeMs([&] { rows = int(store.compareRuns(lastRun - 1, lastRun).size()); });
    out << "bench_history pairwise run comparison: " << QString::number(cmpMs, 'f', 2) << " ms for " << rows
        << " paired cells (target <= 50 ms)\n";
    const double loadMs = timeMs([&] { rows = int(store.cells(lastRun, true).size()); }, 3);
    out << "bench_history load one run with texts: " << QString::number(loadMs, 'f', 2) << " ms for " << rows
        << " cells (target <= 200 ms)\n";
    out << "bench_history integrity: " << (db.integrityOk() ? "ok" : "FAILED") << '\n';
    return verdictMs <= 50.0 ? 0 : 2;
}
