// Costs of the compare engine outside the network: keeping a full comparison in history (3 nodes x
// thinking on/off x 3 runs, answers of ~4 KB and reasoning of ~16 KB per cell), listing and reopening
// it among 500 stored runs, the summary with stability verdicts, the exports, and the worst-case diff.
#include "models/compare/compareexporter.h"
#include "models/compare/comparesummary.h"
#include "models/compare/textdiff.h"
#include "models/history/comparehistorystore.h"
#include "models/history/historydatabase.h"
#include "tests/support/samplecomparerun.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

namespace {

constexpr int kStoredRuns = 500;

CompareRun bigRun(int serial)
{
    const CompareRun sample = SampleCompareRun::make();
    CompareRun run = sample;
    run.id = QStringLiteral("bench-%1").arg(serial);
    run.startedAt = sample.startedAt.addSecs(serial * 60);
    run.nodes.append(sample.nodes.constFirst());
    run.nodes.last().name = QStringLiteral("DGX2");
    run.cells.clear();
    const CompareCell &tmpl = sample.cells.at(2);
    const QString answer =
        QString(QStringLiteral("The KV cache keeps keys and values of past tokens. ")).repeated(80);
    const QString reasoning =
        QString(QStringLiteral("Let me think about attention and memory bandwidth. ")).repeated(320);
    for (int node = 0; node < 3; ++node)
        for (bool thinking : {true, false})
            for (int r = 1; r <= 3; ++r) {
                CompareCell c = tmpl;
                c.nodeIndex = node;
                c.thinking = thinking;
                c.run = r;
                c.result.text =
                    answer + (node == 1 && r == 3 ? QStringLiteral("Different ending.") : QString());
                c.result.reasoning = thinking ? reasoning : QString();
                run.cells.append(c);
            }
    return run;
}

template <typename F> double timeMs(F &&f, int repeats = 5)
{
    double best = 1e100;
    for (int i = 0; i < repeats; ++i) {
        QElapsedTimer t;
        t.start();
        f();
        best = std::min(best, double(t.nsecsElapsed()) / 1e6);
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
        out << "bench_compare: cannot open database\n";
        return 1;
    }
    CompareHistoryStore store(db);
    if (!store.open()) {
        out << "bench_compare: " << store.errorString() << '\n';
        return 1;
    }

    QElapsedTimer fill;
    fill.start();
    for (int i = 0; i < kStoredRuns; ++i) {
        if (!store.save(bigRun(i))) {
            out << "bench_compare: " << store.errorString() << '\n';
            return 1;
        }
    }
    const double perSave = double(fill.nsecsElapsed()) / 1e6 / kStoredRuns;
    out << "bench_compare history save: " << QString::number(perSave, 'f', 2)
        << " ms per comparison of 18 cells with texts (one transaction; target <= 50 ms)\n";

    int listed = 0;
    const double listMs = timeMs([&] { listed = int(store.list(100).size()); });
    out << "bench_compare history list: " << QString::number(listMs, 'f', 2) << " ms for " << listed << " of "
        << kStoredRuns << " runs (target <= 50 ms)\n";

    std::optional<CompareRun> loaded;
    const double loadMs = timeMs([&] { loaded = store.load(QStringLiteral("bench-250")); });
    out << "bench_compare history load: " << QString::number(loadMs, 'f', 2) << " ms for one run with "
        << (loaded ? loaded->cells.size() : 0) << " cells (target <= 50 ms)\n";
    if (!loaded)
        return 1;

    QList<CompareGroupSummary> summary;
    const double summaryMs = timeMs([&] { summary = CompareSummary::compute(*loaded); });
    out << "bench_compare summary + stability: " << QString::number(summaryMs, 'f', 2) << " ms for "
        << summary.size() << " node x mode groups (target <= 20 ms)\n";

    for (CompareExporter::Format f :
         {CompareExporter::Format::Json, CompareExporter::Format::Csv, CompareExporter::Format::Markdown}) {
        qsizetype bytes = 0;
        const double ms = timeMs([&] { bytes = CompareExporter::render(*loaded, f).size(); });
        out << "bench_compare export " << CompareExporter::suffix(f) << ": " << QString::number(ms, 'f', 2)
            << " ms for " << bytes / 1024 << " KiB (target <= 50 ms)\n";
    }

    QStringList a;
    QStringList b;
    for (int i = 0; i < TextDiff::DefaultMaxTokens; ++i) {
        a.append(QStringLiteral("line %1 of a long answer").arg(i));
        b.append(i % 10 == 0 ? QStringLiteral("changed line %1").arg(i) : a.last());
    }
    b.swapItemsAt(1, b.size() - 2); // no long common prefix/suffix to trim
    int hunks = 0;
    const double diffMs = timeMs([&] { hunks = int(TextDiff::diff(a, b).size()); }, 3);
    out << "bench_compare worst-case diff: " << QString::number(diffMs, 'f', 1) << " ms for "
        << TextDiff::DefaultMaxTokens << " x " << TextDiff::DefaultMaxTokens << " lines, " << hunks
        << " hunks (target <= 250 ms)\n";
    out << "bench_compare integrity: " << (db.integrityOk() ? "ok" : "FAILED") << '\n';
    return 0;
}
