// tokscope-cli bench: runs benchmark suites on nodes, n runs per task, scores every run with the suite's
// checks, gives each task a cross-node verdict, keeps the run in history and reports regressions.
// Exit codes: 0 finished; 1 regressions found with --fail-on-regression; 2 bad usage (options, unknown
// suite or node, nothing to resume); 3 the engine or the history failed; 130 interrupted (Ctrl-C; the
// stored part can be continued with --resume RUN_ID).
#include "app/cli/clicommand.h"
#include "app/cli/clihelp.h"
#include "app/cli/cliinterrupt.h"
#include "app/cli/clinodes.h"
#include "models/bench/benchexporter.h"
#include "models/bench/benchresumeplan.h"
#include "models/bench/benchrunner.h"
#include "models/bench/suiteloader.h"
#include "models/bench/benchreportorder.h"
#include "models/measure/elapsedtext.h"
#include "models/bench/suiteselector.h"
#include "models/history/benchhistorystore.h"
#include "models/history/historystores.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QTextStream>

#include <nlohmann/json.hpp>
#include <unistd.h>

namespace {

// The translation context of this command's messages (lupdate needs a class, not a free tr()).
struct BenchCommand
{
    Q_DECLARE_TR_FUNCTIONS(BenchCommand)
};

enum class Format
{
    Table,
    Json,
    Csv,
    Markdown
};

struct Options
{
    QStringList suiteNames;
    QStringList suiteDirs;
    QStringList suiteFiles; // from a resumed run: suite files given by path
    QStringList nodeArgs;
    QString configFile;
    QString dbPath;
    std::optional<qint64> resumeRunId;
    int runs = 3;
    std::optional<bool> thinking;
    bool cacheBust = false;
    bool failOnRegression = false;
    bool includeTexts = false;
    bool list = false;
    Format format = Format::Markdown;
};

int usage(QTextStream &err, const QString &message)
{
    err << "tokscope-cli bench: " << message << '\n';
    return 2;
}

std::optional<Options> parse(const QStringList &args, QTextStream &out, QTextStream &err, int *exitCode)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        BenchCommand::tr("Runs benchmark suites on nodes (n runs per task), scores every answer with the "
                         "suite's checks and gives each task a verdict across nodes."));
    p.addOptions({
        {QStringLiteral("suite"),
         BenchCommand::tr("Suite name or path to a suite file (repeat for more; \"all\" for every "
                          "loaded suite)."),
         QStringLiteral("NAME_OR_FILE")},
        {QStringLiteral("suite-dir"), BenchCommand::tr("Also load suites from DIR (repeatable)."),
         QStringLiteral("DIR")},
        {QStringLiteral("node"),
         BenchCommand::tr("A configured node's name or id, or a base URL. Repeat for more nodes."),
         QStringLiteral("NAME_OR_URL")},
        {QStringLiteral("runs"), BenchCommand::tr("Runs per task and node (default 3)."), QStringLiteral("N"),
         QStringLiteral("3")},
        {QStringLiteral("thinking"),
         BenchCommand::tr("Force thinking on or off for every task (default: each task's setting)."),
         QStringLiteral("on|off")},
        {QStringLiteral("cache-bust"),
         BenchCommand::tr("Make every request unique so no prompt cache can serve it.")},
        {QStringLiteral("json"), BenchCommand::tr("Print the result as JSON.")},
        {QStringLiteral("csv"), BenchCommand::tr("Print one CSV row per suite x task x node.")},
        {QStringLiteral("markdown"), BenchCommand::tr("Print Markdown tables (the default).")},
        {QStringLiteral("texts"), BenchCommand::tr("Include answers and reasoning in the JSON output.")},
        {QStringLiteral("fail-on-regression"),
         BenchCommand::tr("Exit with 1 when a task regressed versus the previous run.")},
        {QStringLiteral("db"), BenchCommand::tr("History database file (default: the app's history)."),
         QStringLiteral("PATH")},
        {QStringLiteral("resume"),
         BenchCommand::tr("Continue a stopped run: its stored results are kept and skipped."),
         QStringLiteral("RUN_ID")},
        {QStringLiteral("config"), BenchCommand::tr("Node list file (default: the app's saved nodes)."),
         QStringLiteral("FILE")},
        {QStringLiteral("list"), BenchCommand::tr("List the loadable suites and exit.")},
    });
    const QCommandLineOption help = p.addHelpOption();
    *exitCode = 2;
    if (!p.parse(QStringList{QStringLiteral("tokscope-cli bench")} + args)) {
        usage(err, p.errorText());
        return std::nullopt;
    }
    if (p.isSet(help)) {
        out << CliHelp::commandHelp(p, QStringLiteral("bench"));
        *exitCode = 0;
        return std::nullopt;
    }
    if (!p.positionalArguments().isEmpty()) {
        usage(err, BenchCommand::tr("unexpected argument '%1'").arg(p.positionalArguments().constFirst()));
        return std::nullopt;
    }
    Options o;
    o.suiteNames = p.values(QStringLiteral("suite"));
    for (const QString &dir : p.values(QStringLiteral("suite-dir")))
        o.suiteDirs << QDir(dir).absolutePath(); // stored with the run for --resume
    o.nodeArgs = p.values(QStringLiteral("node"));
    o.configFile = p.value(QStringLiteral("config"));
    o.dbPath = p.value(QStringLiteral("db"));
    o.cacheBust = p.isSet(QStringLiteral("cache-bust"));
    o.failOnRegression = p.isSet(QStringLiteral("fail-on-regression"));
    o.includeTexts = p.isSet(QStringLiteral("texts"));
    o.list = p.isSet(QStringLiteral("list"));
    bool ok = false;
    o.runs = p.value(QStringLiteral("runs")).toInt(&ok);
    if (!ok || o.runs < 1 || o.runs > 100) {
        usage(err, BenchCommand::tr("--runs needs a whole number from 1 to 100"));
        return std::nullopt;
    }
    if (p.isSet(QStringLiteral("thinking"))) {
        const QString t = p.value(QStringLiteral("thinking")).toLower();
        if (t != QLatin1String("on") && t != QLatin1String("off")) {
            usage(err, BenchCommand::tr("--thinking takes on or off"));
            return std::nullopt;
        }
        o.thinking = t == QLatin1String("on");
    }
    if (p.isSet(QStringLiteral("resume"))) {
        const qint64 id = p.value(QStringLiteral("resume")).toLongLong(&ok);
        if (!ok || id <= 0) {
            usage(err, BenchCommand::tr("--resume needs a run id"));
            return std::nullopt;
        }
        o.resumeRunId = id;
    }
    const int formats = int(p.isSet(QStringLiteral("json"))) + int(p.isSet(QStringLiteral("csv"))) +
                        int(p.isSet(QStringLiteral("markdown")));
    if (formats > 1) {
        usage(err, BenchCommand::tr("choose one of --json, --csv and --markdown"));
        return std::nullopt;
    }
    o.format = p.isSet(QStringLiteral("json"))  ? Format::Json
               : p.isSet(QStringLiteral("csv")) ? Format::Csv
                                                : Format::Markdown;
    if (!o.list && !o.resumeRunId && (o.suiteNames.isEmpty() || o.nodeArgs.isEmpty())) {
        usage(err, BenchCommand::tr("name at least one --suite and one --node (or --resume RUN_ID)"));
        return std::nullopt;
    }
    return o;
}

} // namespace

static int runBench(const QStringList &args)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    int exitCode = 2;
    std::optional<Options> parsed = parse(args, out, err, &exitCode);
    if (!parsed)
        return exitCode;
    Options &o = *parsed;

    if (o.list) {
        const SuiteLoadReport loaded = SuiteLoader::loadAll(o.suiteDirs);
        for (const SuiteLoadError &e : loaded.errors)
            err << BenchCommand::tr("warning: suite not loaded: %1").arg(e.toString()) << '\n';
        for (const Suite &s : loaded.suites)
            out << s.name.leftJustified(22) << ' ' << QString::number(s.tasks.size()).rightJustified(3) << ' '
                << BenchCommand::tr("tasks") << "  " << s.title
                << (s.builtIn ? QString() : QStringLiteral("  [%1]").arg(s.sourcePath)) << '\n';
        return 0;
    }

    HistoryStores history;
    if (!history.open(o.dbPath)) {
        err << "tokscope-cli bench: " << history.errorString() << '\n';
        return 3;
    }
    BenchHistoryStore &store = *history.bench();

    BenchSettings settings;
    settings.runs = o.runs;
    settings.thinkingOverride = o.thinking;
    settings.cacheBust = o.cacheBust;
    if (o.resumeRunId) {
        const std::optional<BenchRunInfo> info = store.run(*o.resumeRunId);
        if (!info)
            return usage(
                err,
                BenchCommand::tr("no stored benchmark run %1 in %2").arg(*o.resumeRunId).arg(history.path()));
        // Suites and nodes of the stored run (its settings); --suite and --node, when given, win.
        const std::optional<BenchSettings> stored = BenchSettings::fromJson(info->settingsJson);
        if (!stored) {
            err << BenchCommand::tr("tokscope-cli bench: run %1 has no readable settings").arg(info->id) << '\n';
            return 2;
        }
        if (o.suiteNames.isEmpty())
            o.suiteNames = info->suites;
        settings.runs = stored->runs;
        settings.thinkingOverride = stored->thinkingOverride;
        settings.cacheBust = stored->cacheBust;
        settings.stableSpread = stored->stableSpread;
        for (const QString &dir : stored->suiteDirs)
            if (!o.suiteDirs.contains(dir))
                o.suiteDirs << dir;
        o.suiteFiles << stored->suiteFiles;
        if (o.nodeArgs.isEmpty()) {
            // A configured node (same rule as the GUI) brings its API key; else the stored URL alone.
            QString ignored;
            const QList<NodeConfig> configured = CliNodes::configured(o.configFile, &ignored).value_or(QList<NodeConfig>{});
            for (const NodeConfig &n : stored->nodes) {
                NodeConfig c = n;
                if (const NodeConfig *match = BenchResumePlan::findNode(configured, n.name)) {
                    c = *match;
                    c.name = n.name;
                }
                settings.nodes.append(c);
            }
        }
    }
    const SuiteLoadReport loaded = SuiteLoader::loadAll(o.suiteDirs);
    for (const SuiteLoadError &e : loaded.errors)
        err << BenchCommand::tr("warning: suite not loaded: %1").arg(e.toString()) << '\n';
    settings.suiteDirs = o.suiteDirs;
    // A resumed run's suites that came from files are read from those files again.
    for (const QString &file : std::as_const(o.suiteFiles)) {
        if (const std::optional<Suite> suite = SuiteLoader::loadFile(file, nullptr)) {
            const qsizetype at = o.suiteNames.indexOf(suite->name);
            if (at >= 0)
                o.suiteNames[at] = file;
        }
    }
    QString selectError;
    const std::optional<SuiteSelector::Selection> selection =
        SuiteSelector::select(o.suiteNames, loaded, &selectError);
    if (!selection)
        return usage(err, selectError);
    settings.suites = selection->suites;
    settings.suiteFiles = selection->files;
    if (!o.nodeArgs.isEmpty()) {
        QString error;
        const auto nodes = CliNodes::resolve(o.nodeArgs, o.configFile, &error);
        if (!nodes)
            return usage(err, error);
        settings.nodes = *nodes;
    }
    if (settings.nodes.isEmpty() || settings.suites.isEmpty())
        return usage(err, BenchCommand::tr("nothing to run"));

    BenchRunner runner;
    runner.setStore(&store);
    const bool tty = ::isatty(STDERR_FILENO);
    QObject::connect(&runner, &BenchRunner::started, &runner, [&](qint64 id) {
        err << BenchCommand::tr("bench run %1: %2 suite(s), %3 node(s), %4 run(s) each")
                   .arg(id)
                   .arg(settings.suites.size())
                   .arg(settings.nodes.size())
                   .arg(settings.runs)
            << '\n';
        err.flush();
    });
    QObject::connect(&runner, &BenchRunner::progressChanged, &runner, [&](const BenchProgress &p) {
        if (!tty && !p.runFinished) // a log gets one line per finished run
            return;
        const QString line = QStringLiteral("[%1/%2] %3/%4 on %5 run %6/%7  %8")
                                 .arg(p.done)
                                 .arg(p.total)
                                 .arg(p.suite, p.task, p.node)
                                 .arg(p.run + 1)
                                 .arg(settings.runs)
                                 .arg(ElapsedText::clock(p.elapsedMs));
        if (tty)
            err << '\r' << line.leftJustified(100);
        else
            err << line << '\n';
        err.flush();
    });
    QObject::connect(
        &runner, &BenchRunner::nodeFailed, &runner, [&](const QString &node, const QString &reason) {
            err << (tty ? QStringLiteral("\n") : QString())
                << BenchCommand::tr("node %1 failed: %2 (its remaining tasks are ERROR)").arg(node, reason)
                << '\n';
        });
    QEventLoop loop;
    QObject::connect(&runner, &BenchRunner::finished, &loop, &QEventLoop::quit);
    bool interrupted = false;
    CliInterrupt interrupt;
    QObject::connect(&interrupt, &CliInterrupt::interrupted, &runner, [&] {
        interrupted = true;
        runner.cancel();
    });
    const bool ok = o.resumeRunId ? runner.resume(*o.resumeRunId, settings) : runner.start(settings);
    if (!ok) {
        err << BenchCommand::tr("tokscope-cli bench: %1").arg(runner.errorString()) << '\n';
        return 3;
    }
    loop.exec();
    if (tty)
        err << '\n';
    // Rows in suite/task order, not in the order the cells finished.
    const BenchReport report = BenchReportOrder::sorted(runner.report(), settings.suites);
    switch (o.format) {
    case Format::Json:
        out << QString::fromUtf8(BenchExporter::toJson(report, o.includeTexts));
        break;
    case Format::Csv:
        out << QString::fromUtf8(BenchExporter::toCsv(report));
        break;
    case Format::Markdown:
    case Format::Table:
        out << QString::fromUtf8(BenchExporter::toMarkdown(report));
        break;
    }
    out.flush();
    for (const Regression &r : report.regressions)
        err << BenchCommand::tr("regression: %1").arg(r.describe()) << '\n';
    if (interrupted) {
        err << BenchCommand::tr("interrupted: continue with --resume %1").arg(report.run.id) << '\n';
        return 130;
    }
    if (report.run.status == BenchRunStatus::Failed || !runner.errorString().isEmpty()) {
        err << BenchCommand::tr("tokscope-cli bench: %1").arg(runner.errorString()) << '\n';
        return 3;
    }
    return (o.failOnRegression && !report.regressions.isEmpty()) ? 1 : 0;
}

static const bool registered = CliCommandRegistry::add(
    {QStringLiteral("bench"),
     QT_TRANSLATE_NOOP("CliCommand", "Run benchmark suites on nodes, score answers, verdicts"), runBench});
