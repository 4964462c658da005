// tokscope-cli history: the benchmark runs kept in the history database.
//   history list                    newest runs with verdict counts
//   history show RUN_ID             one run as Markdown tables (or --json / --csv)
//   history export RUN_ID --json|--csv|--markdown [--texts]
//   history compare RUN_A RUN_B     per-task paired score deltas (or --json)
// Exit codes: 0 ok; 2 bad usage or unknown run; 3 the history database cannot be opened (or does not
// exist: history only reads, it never creates a database).
#include "app/cli/clicommand.h"
#include "app/cli/clihelp.h"
#include "models/bench/benchexporter.h"
#include "models/bench/benchreportorder.h"
#include "models/bench/suiteloader.h"
#include "models/history/benchhistorystore.h"
#include "models/history/historystores.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHash>
#include <QTextStream>

#include <nlohmann/json.hpp>

namespace {

// The translation context of this command's messages (lupdate needs a class, not a free tr()).
struct HistoryCommand
{
    Q_DECLARE_TR_FUNCTIONS(HistoryCommand)
};

int usage(QTextStream &err, const QString &message)
{
    err << "tokscope-cli history: " << message << '\n';
    return 2;
}

QString num(const std::optional<double> &v)
{
    return v ? QString::number(*v, 'f', 1) : QStringLiteral("—");
}

constexpr int kListLimit = 200;

int listRuns(BenchHistoryStore &store, bool json, QTextStream &out, QTextStream &err)
{
    const QList<BenchHistoryStore::VerdictCounts> counts = store.verdictHistory(1000);
    QHash<qint64, BenchHistoryStore::VerdictCounts> byRun;
    for (const auto &c : counts)
        byRun.insert(c.runId, c);
    const QList<BenchRunInfo> runs = store.runs(kListLimit + 1); // one more: tells whether there are more
    const bool truncated = runs.size() > kListLimit;
    nlohmann::ordered_json arr = nlohmann::ordered_json::array();
    if (!json)
        out << HistoryCommand::tr(
                   "run  started (UTC)         status       suites                      UNANIMOUS MAJORITY "
                   "SPLIT ALL_FAIL")
            << '\n';
    for (const BenchRunInfo &r : runs.mid(0, kListLimit)) {
        const auto c = byRun.value(r.id);
        if (json) {
            nlohmann::ordered_json nodes = nlohmann::ordered_json::array();
            for (const NodeFingerprint &n : r.nodes)
                nodes.push_back(n.node.toStdString());
            arr.push_back({{"run_id", r.id},
                           {"started_at", r.startedAt.toString(Qt::ISODateWithMs).toStdString()},
                           {"status", benchRunStatusKey(r.status).toStdString()},
                           {"suites", r.suites.join(QLatin1Char(',')).toStdString()},
                           {"nodes", nodes},
                           {"unanimous", c.unanimous},
                           {"majority", c.majority},
                           {"split", c.split},
                           {"all_fail", c.allFail}});
            continue;
        }
        out << QString::number(r.id).leftJustified(4) << ' '
            << r.startedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")).leftJustified(21) << ' '
            << benchRunStatusKey(r.status).leftJustified(12) << ' '
            << r.suites.join(QLatin1Char(',')).left(27).leftJustified(27) << ' '
            << QString::number(c.unanimous).rightJustified(9) << QString::number(c.majority).rightJustified(9)
            << QString::number(c.split).rightJustified(6) << QString::number(c.allFail).rightJustified(9)
            << '\n';
    }
    if (json)
        out << QString::fromStdString(arr.dump(2)) << '\n';
    if (truncated) // on stderr, so JSON on stdout stays parseable
        err << HistoryCommand::tr("Only the newest %1 of %2 runs are listed.")
                   .arg(kListLimit)
                   .arg(store.runCount())
            << '\n';
    else if (runs.isEmpty() && !json)
        err << HistoryCommand::tr("No benchmark runs yet.") << '\n';
    return 0;
}

int compareRuns(BenchHistoryStore &store, qint64 a, qint64 b, bool json, QTextStream &out)
{
    const QList<BenchHistoryStore::PairedDelta> deltas = store.compareRuns(a, b);
    if (json) {
        nlohmann::ordered_json arr = nlohmann::ordered_json::array();
        auto opt = [](const auto &v) {
            return v ? nlohmann::ordered_json(*v) : nlohmann::ordered_json(nullptr);
        };
        for (const auto &d : deltas)
            arr.push_back({{"suite", d.suite.toStdString()},
                           {"task", d.task.toStdString()},
                           {"node", d.node.toStdString()},
                           {"mean_a", opt(d.meanA)},
                           {"mean_b", opt(d.meanB)},
                           {"delta", opt(d.delta())},
                           {"passed_a", opt(d.passedA)},
                           {"passed_b", opt(d.passedB)}});
        out << QString::fromStdString(
                   nlohmann::ordered_json{{"run_a", a}, {"run_b", b}, {"tasks", arr}}.dump(2))
            << '\n';
        return 0;
    }
    out << HistoryCommand::tr("| Suite | Task | Node | Run %1 | Run %2 | Delta |").arg(a).arg(b) << '\n'
        << "|---|---|---|---:|---:|---:|\n";
    double sum = 0;
    int paired = 0;
    for (const auto &d : deltas) {
        const auto delta = d.delta();
        if (delta) {
            sum += *delta;
            ++paired;
        }
        out << QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 |")
                   .arg(d.suite, d.task, d.node, num(d.meanA), num(d.meanB),
                        delta ? QString::number(*delta, 'f', 1) : QStringLiteral("—"))
            << '\n';
    }
    out << '\n'
        << HistoryCommand::tr("%1 paired task(s), mean delta %2")
               .arg(paired)
               .arg(paired ? QString::number(sum / paired, 'f', 1) : QStringLiteral("—"))
        << '\n';
    return 0;
}

} // namespace

static int runHistory(const QStringList &args)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser p;
    p.setApplicationDescription(HistoryCommand::tr(
        "Benchmark runs kept in the history: list, show RUN_ID, export RUN_ID, compare RUN_A RUN_B."));
    p.addPositionalArgument(QStringLiteral("action"), HistoryCommand::tr("list | show | export | compare"));
    p.addOptions(
        {{QStringLiteral("db"), HistoryCommand::tr("History database file (default: the app's history)."),
          QStringLiteral("PATH")},
         {QStringLiteral("json"), HistoryCommand::tr("JSON output.")},
         {QStringLiteral("csv"), HistoryCommand::tr("CSV output (show / export).")},
         {QStringLiteral("markdown"), HistoryCommand::tr("Markdown output (show / export; the default).")},
         {QStringLiteral("texts"), HistoryCommand::tr("Include answers and reasoning in JSON exports.")}});
    const QCommandLineOption help = p.addHelpOption();
    if (!p.parse(QStringList{QStringLiteral("tokscope-cli history")} + args))
        return usage(err, p.errorText());
    if (p.isSet(help)) {
        out << CliHelp::commandHelp(p, QStringLiteral("history"));
        return 0;
    }
    QStringList pos = p.positionalArguments();
    const QString action = pos.isEmpty() ? QStringLiteral("list") : pos.takeFirst();
    auto runIdAt = [&](int i) -> std::optional<qint64> {
        bool ok = false;
        const qint64 id = pos.value(i).toLongLong(&ok);
        return ok && id > 0 ? std::optional<qint64>(id) : std::nullopt;
    };
    // Every action only reads: never create a database (a mistyped --db path) or change its schema.
    HistoryStores history;
    if (!history.open(p.value(QStringLiteral("db")), HistoryDatabase::Mode::ReadOnly)) {
        err << "tokscope-cli history: " << history.errorString() << '\n';
        return 3;
    }
    if (!history.bench()) {
        err << "tokscope-cli history: "
            << HistoryCommand::tr("%1 holds no benchmark runs").arg(history.path()) << '\n';
        return action == QLatin1String("list") ? 0 : 2;
    }
    BenchHistoryStore &store = *history.bench();
    const bool json = p.isSet(QStringLiteral("json"));
    if (action == QLatin1String("list"))
        return listRuns(store, json, out, err);
    if (action == QLatin1String("show") || action == QLatin1String("export")) {
        const auto id = runIdAt(0);
        if (!id)
            return usage(err, HistoryCommand::tr("%1 needs a RUN_ID").arg(action));
        std::optional<BenchReport> report = store.report(*id);
        if (!report)
            return usage(err, HistoryCommand::tr("no benchmark run %1").arg(*id));
        report = BenchReportOrder::sorted(*report, SuiteLoader::loadAll().suites); // suite/task order
        if (json)
            out << QString::fromUtf8(BenchExporter::toJson(*report, p.isSet(QStringLiteral("texts"))));
        else if (p.isSet(QStringLiteral("csv")))
            out << QString::fromUtf8(BenchExporter::toCsv(*report));
        else
            out << QString::fromUtf8(BenchExporter::toMarkdown(*report));
        return 0;
    }
    if (action == QLatin1String("compare")) {
        const auto a = runIdAt(0), b = runIdAt(1);
        if (!a || !b)
            return usage(err, HistoryCommand::tr("compare needs two run ids"));
        if (!store.run(*a) || !store.run(*b))
            return usage(err, HistoryCommand::tr("no benchmark run %1").arg(store.run(*a) ? *b : *a));
        return compareRuns(store, *a, *b, json, out);
    }
    return usage(err, HistoryCommand::tr("unknown action '%1' (list, show, export, compare)").arg(action));
}

static const bool registered = CliCommandRegistry::add(
    {QStringLiteral("history"),
     QT_TRANSLATE_NOOP("CliCommand", "Benchmark history: list, show, export, compare runs"), runHistory});
