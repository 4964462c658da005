// tokscope-cli compare: one prompt, several nodes, thinking ON/OFF, n runs each (CompareRunner), then
// a table or JSON, the run kept in history, optionally exported.
// Exit codes: 0 every measured cell DONE; 1 some measured cell ended otherwise (results are still
// printed and saved); 2 bad usage (options, prompt, unknown node); 3 every cell DONE but the history
// or the export could not be written.
#include "app/cli/clicommand.h"
#include "app/cli/clihelp.h"
#include "app/cli/cliinterrupt.h"
#include "app/cli/clinodes.h"
#include "app/cli/cliout.h"
#include "models/compare/compareexporter.h"
#include "models/compare/compareresultjson.h"
#include "models/compare/comparerunner.h"
#include "models/compare/comparesummary.h"
#include "models/compare/comparetables.h"
#include "models/history/comparehistorystore.h"
#include "models/history/historystores.h"
#include "models/net/nodeprobe.h"
#include "models/settings/pricetable.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QTextStream>
#include <QTimer>

namespace {

// Translation context of this command's messages.
struct CompareCommand
{
    Q_DECLARE_TR_FUNCTIONS(CompareCommand)
};

struct Options
{
    CompareSettings settings;
    QList<bool> thinkingModes;
    QStringList nodeArgs;
    QString configFile;
    QString dbPath;
    QString exportPath;
    QString label;
    PriceTable prices; // --prices FILE: per node id, prices per million tokens (empty = cost unknown)
    bool json = false;
    bool history = true;
};

std::optional<QList<bool>> parseThinking(const QString &value)
{
    QList<bool> modes;
    for (const QString &part : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString p = part.trimmed().toLower();
        if (p == QLatin1String("on") || p == QLatin1String("true"))
            modes.append(true);
        else if (p == QLatin1String("off") || p == QLatin1String("false"))
            modes.append(false);
        else if (p == QLatin1String("both"))
            modes << true << false;
        else
            return std::nullopt;
    }
    if (modes.isEmpty())
        return std::nullopt;
    return modes;
}

QString readPromptFile(const QString &path, QString *error)
{
    QFile f;
    const bool ok = path == QLatin1String("-") ? f.open(stdin, QIODevice::ReadOnly)
                                               : (f.setFileName(path), f.open(QIODevice::ReadOnly));
    if (!ok) {
        *error = CompareCommand::tr("cannot read the prompt file %1: %2").arg(path, f.errorString());
        return {};
    }
    return QString::fromUtf8(f.readAll());
}

// nullopt + *error on bad usage; *helpText set when --help was asked.
std::optional<Options> parseOptions(const QStringList &args, QString *error, QString *helpText)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        CompareCommand::tr("Sends one prompt to several nodes with thinking ON and/or OFF, n runs each, "
                           "and compares TTFT, prefill, thinking time, TTR and speeds."));
    p.addOptions({
        {QStringLiteral("node"),
         CompareCommand::tr("A configured node's name or id, or a base URL. Repeat for more nodes."),
         QStringLiteral("NAME_OR_URL")},
        {QStringLiteral("thinking"),
         CompareCommand::tr("Thinking modes to try: on, off or on,off (default on,off)."),
         QStringLiteral("MODES"), QStringLiteral("on,off")},
        {QStringLiteral("runs"), CompareCommand::tr("Measured runs per node and mode (default 3)."),
         QStringLiteral("N"), QStringLiteral("3")},
        {QStringLiteral("prompt-file"),
         CompareCommand::tr("Read the prompt from a file (- for standard input)."), QStringLiteral("FILE")},
        {QStringLiteral("prompt"), CompareCommand::tr("The prompt text."), QStringLiteral("TEXT")},
        {QStringLiteral("system"), CompareCommand::tr("A system prompt."), QStringLiteral("TEXT")},
        {QStringLiteral("model"),
         CompareCommand::tr("Model name to request (default: what the node serves)."),
         QStringLiteral("NAME")},
        {QStringLiteral("max-tokens"),
         CompareCommand::tr(
             "Max tokens per answer (default 32768 with thinking ON, 4096 with thinking OFF)."),
         QStringLiteral("N")},
        {QStringLiteral("temperature"), CompareCommand::tr("Sampling temperature (default: the server's)."),
         QStringLiteral("T")},
        {QStringLiteral("seed"), CompareCommand::tr("Sampling seed, the same for every run."),
         QStringLiteral("S")},
        {QStringLiteral("parallel"),
         CompareCommand::tr(
             "Run all nodes at once (one request per node) instead of one request at a time.")},
        {QStringLiteral("deadline"),
         CompareCommand::tr("Total deadline per request in seconds (default 600)."), QStringLiteral("S")},
        {QStringLiteral("warmup-timeout"),
         CompareCommand::tr("Give up a warm-up that gets no answer after S seconds (default 25)."),
         QStringLiteral("S")},
        {QStringLiteral("cache-bust"),
         CompareCommand::tr("Make every request unique so no prompt cache can serve it (the default).")},
        {QStringLiteral("keep-prompt-cache"),
         CompareCommand::tr("Send the prompt unchanged, to measure cached behaviour (prefill may come "
                            "from the server's prompt cache).")},
        {QStringLiteral("no-warmup"), CompareCommand::tr("Skip the uncounted warm-up request per node.")},
        {QStringLiteral("json"),
         CompareCommand::tr("Print JSON ({\"run\", \"cells\", \"summary\"}) instead of tables.")},
        {QStringLiteral("db"), CompareCommand::tr("History database file (default: the app's history)."),
         QStringLiteral("PATH")},
        {QStringLiteral("no-history"), CompareCommand::tr("Do not keep this run in the history.")},
        {QStringLiteral("export"), CompareCommand::tr("Also write the run to FILE (.json, .csv or .md)."),
         QStringLiteral("FILE")},
        {QStringLiteral("label"), CompareCommand::tr("A name for this run in the history."),
         QStringLiteral("TEXT")},
        {QStringLiteral("config"), CompareCommand::tr("Node list file (default: the app's saved nodes)."),
         QStringLiteral("FILE")},
        {QStringLiteral("prices"),
         CompareCommand::tr("Price table (JSON: {\"<node id>\": {\"input\": 3, \"output\": 15, "
                            "\"cache_read\": 0.3, \"cache_write\": 3.75}}, per million tokens) for the cost "
                            "of each request (default: none, cost unknown)."),
         QStringLiteral("FILE")},
    });
    const QCommandLineOption help = p.addHelpOption();
    if (!p.parse(QStringList{QStringLiteral("tokscope-cli compare")} + args)) {
        *error = p.errorText();
        return std::nullopt;
    }
    if (p.isSet(help)) {
        *helpText = CliHelp::commandHelp(p, QStringLiteral("compare"));
        return std::nullopt;
    }
    if (!p.positionalArguments().isEmpty()) {
        *error = CompareCommand::tr("unexpected argument '%1'").arg(p.positionalArguments().constFirst());
        return std::nullopt;
    }

    Options o;
    o.nodeArgs = p.values(QStringLiteral("node"));
    if (o.nodeArgs.isEmpty()) {
        *error = CompareCommand::tr("name at least one node with --node");
        return std::nullopt;
    }
    const auto modes = parseThinking(p.value(QStringLiteral("thinking")));
    if (!modes) {
        *error = CompareCommand::tr("--thinking takes on, off or on,off");
        return std::nullopt;
    }
    o.thinkingModes = *modes;
    CompareSettings &s = o.settings;
    const auto intOption = [&](const char *name, int min, int *target) {
        if (!p.isSet(QLatin1String(name)))
            return true;
        bool ok = false;
        const int v = p.value(QLatin1String(name)).toInt(&ok);
        if (!ok || v < min) {
            *error = CompareCommand::tr("--%1 needs a whole number of at least %2")
                         .arg(QLatin1String(name))
                         .arg(min);
            return false;
        }
        *target = v;
        return true;
    };
    if (!intOption("runs", 1, &s.runs))
        return std::nullopt;
    int maxTokens = 0;
    if (!intOption("max-tokens", 1, &maxTokens))
        return std::nullopt;
    if (maxTokens > 0)
        s.maxTokensThinking = s.maxTokensNoThinking = maxTokens;
    if (p.isSet(QStringLiteral("temperature"))) {
        bool ok = false;
        s.temperature = p.value(QStringLiteral("temperature")).toDouble(&ok);
        if (!ok) {
            *error = CompareCommand::tr("--temperature needs a number");
            return std::nullopt;
        }
    }
    if (p.isSet(QStringLiteral("seed"))) {
        bool ok = false;
        s.seed = p.value(QStringLiteral("seed")).toLongLong(&ok);
        if (!ok) {
            *error = CompareCommand::tr("--seed needs a whole number");
            return std::nullopt;
        }
    }
    if (p.isSet(QStringLiteral("deadline"))) {
        bool ok = false;
        const double seconds = p.value(QStringLiteral("deadline")).toDouble(&ok);
        if (!ok || seconds <= 0 || seconds > 24 * 3600) {
            *error = CompareCommand::tr("--deadline needs a number of seconds (up to one day)");
            return std::nullopt;
        }
        s.deadlineMs = std::max(1, int(seconds * 1000.0));
    }
    if (p.isSet(QStringLiteral("warmup-timeout"))) {
        bool ok = false;
        const double seconds = p.value(QStringLiteral("warmup-timeout")).toDouble(&ok);
        if (!ok || seconds <= 0 || seconds > 3600) {
            *error = CompareCommand::tr("--warmup-timeout needs a number of seconds (up to one hour)");
            return std::nullopt;
        }
        s.warmupDeadlineMs = std::max(1, int(seconds * 1000.0));
    }
    if (p.isSet(QStringLiteral("prompt")) == p.isSet(QStringLiteral("prompt-file"))) {
        *error = CompareCommand::tr("give the prompt with either --prompt or --prompt-file");
        return std::nullopt;
    }
    s.prompt = p.isSet(QStringLiteral("prompt"))
                   ? p.value(QStringLiteral("prompt"))
                   : readPromptFile(p.value(QStringLiteral("prompt-file")), error);
    if (!error->isEmpty())
        return std::nullopt;
    s.systemPrompt = p.value(QStringLiteral("system"));
    s.model = p.value(QStringLiteral("model"));
    s.parallel = p.isSet(QStringLiteral("parallel"));
    s.cacheBust = !p.isSet(QStringLiteral("keep-prompt-cache")); // on by default; --cache-bust kept
    s.warmup = !p.isSet(QStringLiteral("no-warmup"));
    if (const QString problem = s.validate(); !problem.isEmpty()) {
        *error = problem;
        return std::nullopt;
    }
    o.json = p.isSet(QStringLiteral("json"));
    o.history = !p.isSet(QStringLiteral("no-history"));
    o.dbPath = p.value(QStringLiteral("db"));
    o.configFile = p.value(QStringLiteral("config"));
    o.exportPath = p.value(QStringLiteral("export"));
    o.label = p.value(QStringLiteral("label"));
    if (p.isSet(QStringLiteral("prices"))) {
        QFile f(p.value(QStringLiteral("prices")));
        if (!f.open(QIODevice::ReadOnly)) {
            *error = CompareCommand::tr("cannot read the price table %1: %2").arg(f.fileName(), f.errorString());
            return std::nullopt;
        }
        QString problem;
        o.prices = PriceTable::fromJson(QString::fromUtf8(f.readAll()), &problem);
        if (!problem.isEmpty()) {
            *error = problem;
            return std::nullopt;
        }
    }
    if (!o.exportPath.isEmpty() && !CompareExporter::formatFromName(o.exportPath)) {
        *error = CompareCommand::tr("--export needs a file ending in .json, .csv or .md");
        return std::nullopt;
    }
    return o;
}

// One poll per node: fingerprint (backend, version, model, context) and a network manager per node.
QList<CompareTarget> probeNodes(const QList<NodeConfig> &nodes, const QList<bool> &modes, QObject *owner,
                                QHash<QString, NodeProbe *> &probes, QTextStream &err)
{
    QList<CompareTarget> targets;
    QEventLoop loop;
    int pending = 0;
    int deadlineMs = 0;
    for (const NodeConfig &node : nodes) {
        auto *probe = new NodeProbe(node, owner);
        probes.insert(node.id, probe);
        deadlineMs = std::max(deadlineMs, probe->totalDeadlineMs());
        QObject::connect(probe, &NodeProbe::sampleAvailable, &loop, [&pending, &loop] {
            if (--pending == 0)
                loop.quit();
        });
        if (probe->poll())
            ++pending;
    }
    if (pending > 0) {
        QTimer::singleShot(deadlineMs + 1000, &loop, &QEventLoop::quit);
        loop.exec();
    }
    for (const NodeConfig &node : nodes) {
        NodeProbe *probe = probes.value(node.id);
        probe->cancel();
        const NodeSample sample = probe->lastSample();
        CompareTarget t{node, modes, CompareNodeInfo::fromSample(node, sample)};
        const CompareNodeInfo &info = *t.info;
        err << CompareCommand::tr("%1: %2, %3, model %4%5")
                   .arg(info.name, nodeHealthKey(sample.health), backendKey(info.backend),
                        info.modelId.isEmpty() ? QStringLiteral("?") : info.modelId,
                        sample.reason.isEmpty() ? QString()
                                                : QStringLiteral(" (") + sample.reason + QLatin1Char(')'))
            << '\n';
        targets.append(t);
    }
    err.flush();
    return targets;
}

int runCompare(const QStringList &args)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QString error;
    QString helpText;
    const std::optional<Options> options = parseOptions(args, &error, &helpText);
    if (!options) {
        if (!helpText.isEmpty()) {
            out << helpText;
            return 0;
        }
        err << "tokscope-cli compare: " << error << '\n';
        return 2;
    }
    const std::optional<QList<NodeConfig>> nodes =
        CliNodes::resolve(options->nodeArgs, options->configFile, &error);
    if (!nodes) {
        err << "tokscope-cli compare: " << error << '\n';
        return 2;
    }

    QObject owner;
    QHash<QString, NodeProbe *> probes;
    const QList<CompareTarget> targets = probeNodes(*nodes, options->thinkingModes, &owner, probes, err);

    QList<CompareTarget> priced = targets;
    for (CompareTarget &t : priced)
        t.prices = options->prices.prices(t.node.id);
    CompareRunner runner;
    QEventLoop loop;
    QObject::connect(&runner, &CompareRunner::finished, &loop, &QEventLoop::quit);
    QObject::connect(&runner, &CompareRunner::cellFinished, &runner, [&](int index) {
        err << QStringLiteral("[%1/%2] ").arg(runner.finishedCount()).arg(runner.cellCount())
            << CompareTables::progressLine(runner.run(), runner.cell(index)) << '\n';
        err.flush();
    });
    CliInterrupt interrupt;
    QObject::connect(&interrupt, &CliInterrupt::interrupted, &runner, [&] {
        err << CompareCommand::tr("Interrupted: cancelling every request (Ctrl-C again to quit at once).")
            << '\n';
        err.flush();
        runner.cancel();
    });
    if (!runner.start(options->settings, priced)) {
        err << "tokscope-cli compare: " << runner.errorString() << '\n';
        return 2;
    }
    loop.exec();

    CompareRun run = runner.run();
    run.label = options->label;
    QStringList requestNotes; // e.g. max tokens clamped to the context: once per node and mode
    for (const CompareCell &c : run.cells) {
        const QString note = QStringLiteral("%1, thinking %2: %3")
                                 .arg(run.nodes.value(c.nodeIndex).name, thinkingKey(c.thinking), c.requestNote);
        if (!c.requestNote.isEmpty() && !requestNotes.contains(note))
            requestNotes << note;
    }
    for (const QString &note : std::as_const(requestNotes))
        err << note << '\n';
    const QList<CompareGroupSummary> summary = CompareSummary::compute(run);
    if (options->json) {
        CliOut::printJson(CompareResultJson::toJson(run, summary), out);
    } else {
        CliOut::TextTable cells(CompareTables::cellHeader());
        for (const QStringList &row : CompareTables::cellRows(run))
            cells.addRow(row);
        cells.print(out);
        out << '\n' << CompareCommand::tr("Summary: mean (min-max) over DONE runs") << '\n';
        CliOut::TextTable table(CompareTables::summaryHeader());
        for (const QStringList &row : CompareTables::summaryRows(run, summary))
            table.addRow(row);
        table.print(out);
        for (const CompareGroupSummary &g : summary) {
            if (g.stability.diff.isEmpty())
                continue;
            out << '\n'
                << CompareCommand::tr("Differences, %1 thinking %2:")
                       .arg(run.nodes.value(g.nodeIndex).name, thinkingKey(g.thinking))
                << '\n';
            for (const QString &line : g.stability.diff.split(QLatin1Char('\n')))
                out << "  " << line << '\n';
        }
        out.flush();
    }

    bool writeFailed = false;
    if (options->history) {
        HistoryStores history;
        if (!history.open(options->dbPath)) {
            err << "tokscope-cli compare: " << history.errorString() << '\n';
            writeFailed = true;
        } else if (!history.compare()->save(run)) {
            err << "tokscope-cli compare: " << history.compare()->errorString() << '\n';
            writeFailed = true;
        } else {
            err << CompareCommand::tr("Saved to history as %1 (%2)").arg(run.id, history.path()) << '\n';
        }
    }
    if (!options->exportPath.isEmpty()) {
        QString exportError;
        if (!CompareExporter::write(run, *CompareExporter::formatFromName(options->exportPath),
                                    options->exportPath, &exportError)) {
            err << "tokscope-cli compare: " << exportError << '\n';
            writeFailed = true;
        }
    }
    err.flush();
    if (!run.allMeasuredDone())
        return 1;
    return writeFailed ? 3 : 0;
}

} // namespace

static const bool registered = CliCommandRegistry::add(
    {QStringLiteral("compare"),
     QT_TRANSLATE_NOOP("CliCommand", "A/B compare nodes and thinking ON/OFF on one prompt (n runs)"), runCompare});
