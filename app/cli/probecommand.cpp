// tokscope-cli probe: one poll of each node (or --watch S seconds of polls), as a table or JSON.
#include "app/cli/clicommand.h"
#include "app/cli/clinodes.h"
#include "app/cli/cliout.h"
#include "models/compare/jsonconvert.h"
#include "models/net/nodeprobe.h"
#include "models/monitor/nodemonitor.h"
#include "models/series/counterrate.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QHash>
#include <QLocale>
#include <QTimer>

#include <cmath>

namespace {

// Translation context of this command's messages.
struct ProbeCommand
{
    Q_DECLARE_TR_FUNCTIONS(ProbeCommand)
};

// Tokens counted over the valid intervals of a watch, divided by the time those intervals cover: a gap
// or a counter reset removes its interval instead of producing a zero or a spike.
class WindowRate final
{
public:
    void add(const NodeSample &s)
    {
        if (s.health != NodeHealth::Up && s.health != NodeHealth::Degraded) {
            m_rate.markGap();
            return;
        }
        const CounterRateUpdate u = m_rate.update(s.monotonicMs, s.metrics);
        if (u.status != CounterRateUpdate::Status::Rated)
            return;
        accumulate(u.promptTps, u.intervalMs, m_prompt);
        accumulate(u.generationTps, u.intervalMs, m_generation);
    }
    std::optional<double> promptTps() const { return m_prompt.rate(); }
    std::optional<double> generationTps() const { return m_generation.rate(); }
    std::optional<double> coveredSeconds() const
    {
        const qint64 ms = std::max(m_prompt.ms, m_generation.ms);
        return ms > 0 ? std::optional<double>(ms / 1000.0) : std::nullopt;
    }

private:
    struct Sum
    {
        double tokens = 0;
        qint64 ms = 0;
        std::optional<double> rate() const
        {
            return ms > 0 ? std::optional<double>(tokens * 1000.0 / ms) : std::nullopt;
        }
    };
    static void accumulate(const std::optional<double> &tps, qint64 intervalMs, Sum &sum)
    {
        if (!tps || intervalMs <= 0)
            return;
        sum.tokens += *tps * double(intervalMs) / 1000.0;
        sum.ms += intervalMs;
    }
    CounterRate m_rate;
    Sum m_prompt;
    Sum m_generation;
};

struct NodeResult
{
    NodeConfig config;
    NodeSample sample;
    std::optional<double> promptTps;
    std::optional<double> generationTps;
    std::optional<double> rateWindowS;
};

nlohmann::ordered_json counterJson(const std::optional<double> &v)
{
    if (!v || !std::isfinite(*v))
        return nullptr;
    if (std::floor(*v) == *v && std::abs(*v) < 9e15)
        return qint64(*v);
    return *v;
}

nlohmann::ordered_json toJson(const NodeResult &r)
{
    using namespace JsonConvert;
    const NodeSample &s = r.sample;
    nlohmann::ordered_json metrics;
    metrics["prompt_tokens_total"] = counterJson(s.metrics.promptTokensTotal);
    metrics["generation_tokens_total"] = counterJson(s.metrics.generationTokensTotal);
    metrics["prompt_tps"] = roundedOrNull(r.promptTps, 2);
    metrics["generation_tps"] = roundedOrNull(r.generationTps, 2);
    metrics["rate_window_s"] = roundedOrNull(r.rateWindowS, 3);
    metrics["kv_cache_usage"] = roundedOrNull(s.metrics.kvCacheUsage, 4);
    metrics["requests_running"] = counterJson(s.metrics.requestsRunning);
    metrics["requests_waiting"] = counterJson(s.metrics.requestsWaiting);

    nlohmann::ordered_json o;
    o["id"] = r.config.id.toStdString();
    o["name"] = r.config.name.toStdString();
    o["url"] = r.config.url.toString().toStdString();
    o["role"] = stringOrNull(r.config.role);
    o["backend"] = backendKey(s.backend).toStdString();
    o["status"] = nodeHealthKey(s.health).toStdString();
    o["reason"] = stringOrNull(s.reason);
    o["latency_ms"] = roundedOrNull(s.latencyMs, 1);
    // A cloud API's latency is the authenticated GET /v1/models round trip: the internet path included.
    o["latency_includes_network"] = isCloudBackend(s.backend) || isCloudBackend(r.config.backendHint);
    if (!s.model.modelIds.isEmpty()) {
        nlohmann::ordered_json ids = nlohmann::ordered_json::array();
        for (const QString &id : s.model.modelIds)
            ids.push_back(id.toStdString());
        o["models"] = std::move(ids);
    }
    o["model"] = stringOrNull(s.model.id);
    o["context"] = orNull(s.model.contextLength);
    o["server_version"] = stringOrNull(s.model.serverVersion);
    o["simulated"] = s.simulated || r.config.simulated;
    o["counter_reset"] = s.counterReset;
    o["metrics"] = metrics;
    return o;
}

QString orDash(const std::optional<double> &v, int decimals, const QString &suffix = {})
{
    if (!v || !std::isfinite(*v))
        return QStringLiteral("-");
    return QLocale().toString(*v, 'f', decimals) + suffix;
}

void printTable(const QList<NodeResult> &results, bool watched, QTextStream &out)
{
    CliOut::TextTable table(
        {ProbeCommand::tr("NAME"), ProbeCommand::tr("STATUS"), ProbeCommand::tr("BACKEND"),
         ProbeCommand::tr("MODEL"), ProbeCommand::tr("CONTEXT"), ProbeCommand::tr("LATENCY"),
         ProbeCommand::tr("PROMPT TOK/S"), ProbeCommand::tr("GEN TOK/S"), ProbeCommand::tr("KV CACHE"),
         ProbeCommand::tr("RUNNING"), ProbeCommand::tr("WAITING")});
    for (const NodeResult &r : results) {
        const NodeSample &s = r.sample;
        const bool simulated = s.simulated || r.config.simulated;
        const std::optional<double> kv =
            s.metrics.kvCacheUsage ? std::optional<double>(*s.metrics.kvCacheUsage * 100) : std::nullopt;
        table.addRow(
            {r.config.name + (simulated ? ProbeCommand::tr(" [simulated]") : QString()),
             nodeHealthDisplayName(s.health),
             s.backend == Backend::Unknown ? QStringLiteral("-") : backendDisplayName(s.backend),
             s.model.id.isEmpty() ? QStringLiteral("-") : s.model.id,
             s.model.contextLength ? QLocale().toString(*s.model.contextLength) : QStringLiteral("-"),
             orDash(s.latencyMs, 1,
                    isCloudBackend(r.config.backendHint) ? ProbeCommand::tr(" ms (incl. network)")
                                                         : ProbeCommand::tr(" ms")),
             orDash(r.promptTps, 1),
             orDash(r.generationTps, 1), orDash(kv, 1, QStringLiteral("%")),
             orDash(s.metrics.requestsRunning, 0), orDash(s.metrics.requestsWaiting, 0)});
        table.addNote(s.reason.isEmpty() ? r.config.url.toString()
                                         : QStringLiteral("%1 — %2").arg(r.config.url.toString(), s.reason));
    }
    table.print(out);
    if (!watched)
        out << ProbeCommand::tr("Rates need two scrapes: use --watch SECONDS to measure tok/s.") << '\n';
}

const char *helpText()
{
    return QT_TRANSLATE_NOOP(
        "ProbeCommand",
        "Usage: tokscope-cli probe [--node URL_OR_NAME]... [--json] [--watch S] [--config FILE]\n"
        "                          [--interval MS] [--timeout MS]\n\n"
        "Polls each node once (GET /health, /v1/models, /props or /version, /metrics) and prints its\n"
        "status, backend, model, context, latency and metrics.\n\n"
        "  --node URL_OR_NAME  a configured node's name or id, or a base URL (http://host:port);\n"
        "                      repeat for several nodes. Default: every configured node.\n"
        "  --config FILE       node list (JSON, as the app saves it). Default: the app's node list,\n"
        "                      or the default lab when there is none.\n"
        "  --json              print {\"nodes\": [...]}: snake_case keys, null where the node does not say.\n"
        "  --watch S           poll for S seconds and report tok/s measured over that time (from the\n"
        "                      /metrics counters; a restart or a missed poll is left out, never a spike).\n"
        "  --interval MS       poll interval while watching (default: each node's own, 2000).\n"
        "  --timeout MS        per-request timeout (default: each node's own, 1500).\n\n"
        "Exit status: 0 when every node answered (up, loading or degraded), 1 when at least one node is\n"
        "down, 2 on a usage or configuration error.\n");
}

int runProbe(const QStringList &args)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    const QCommandLineOption nodeOpt(QStringLiteral("node"), QString(), QStringLiteral("URL_OR_NAME"));
    const QCommandLineOption jsonOpt(QStringLiteral("json"));
    const QCommandLineOption watchOpt(QStringLiteral("watch"), QString(), QStringLiteral("S"));
    const QCommandLineOption configOpt(QStringLiteral("config"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption intervalOpt(QStringLiteral("interval"), QString(), QStringLiteral("MS"));
    const QCommandLineOption timeoutOpt(QStringLiteral("timeout"), QString(), QStringLiteral("MS"));
    const QCommandLineOption helpOpt(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    parser.addOptions({nodeOpt, jsonOpt, watchOpt, configOpt, intervalOpt, timeoutOpt, helpOpt});
    if (!parser.parse(QStringList{QStringLiteral("probe")} + args)) {
        err << "tokscope-cli probe: " << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(helpOpt)) {
        out << QCoreApplication::translate("ProbeCommand", helpText());
        return 0;
    }
    if (!parser.positionalArguments().isEmpty()) {
        err << "tokscope-cli probe: "
            << ProbeCommand::tr("unexpected argument '%1'").arg(parser.positionalArguments().first()) << '\n';
        return 2;
    }
    const auto positiveNumber = [&](const QCommandLineOption &opt, double max, double *value) {
        bool ok = false;
        *value = parser.value(opt).toDouble(&ok);
        if (ok && *value > 0 && *value <= max)
            return true;
        err << "tokscope-cli probe: "
            << ProbeCommand::tr("--%1 needs a number above 0 (at most %2), not '%3'")
                   .arg(opt.names().first())
                   .arg(max)
                   .arg(parser.value(opt))
            << '\n';
        return false;
    };
    double watchS = 0, intervalMs = 0, timeoutMs = 0;
    if ((parser.isSet(watchOpt) && !positiveNumber(watchOpt, 24 * 3600, &watchS)) ||
        (parser.isSet(intervalOpt) && !positiveNumber(intervalOpt, 3600 * 1000, &intervalMs)) ||
        (parser.isSet(timeoutOpt) && !positiveNumber(timeoutOpt, 600 * 1000, &timeoutMs)))
        return 2;

    QString error;
    std::optional<QList<NodeConfig>> nodes =
        CliNodes::resolve(parser.values(nodeOpt), parser.value(configOpt), &error);
    if (!nodes || nodes->isEmpty()) {
        err << "tokscope-cli probe: " << (nodes ? ProbeCommand::tr("no nodes configured") : error) << '\n';
        return 2;
    }
    for (NodeConfig &n : *nodes) {
        if (intervalMs > 0)
            n.pollIntervalMs = std::max(100, int(intervalMs));
        if (timeoutMs > 0)
            n.requestTimeoutMs = int(timeoutMs);
    }

    NodeMonitor monitor;
    monitor.setNodes(*nodes);
    const QList<NodeConfig> polled = monitor.nodes(); // duplicates removed
    QHash<QString, WindowRate> windows;
    QHash<QString, int> samples;
    QEventLoop loop;
    bool timeUp = watchS <= 0;
    const auto allAnswered = [&] {
        for (const NodeConfig &n : polled)
            if (samples.value(n.id) == 0)
                return false;
        return true;
    };
    QObject::connect(&monitor, &NodeMonitor::sampleAvailable, &loop, [&](const NodeSample &s) {
        windows[s.nodeId].add(s);
        ++samples[s.nodeId];
        if (timeUp && allAnswered())
            loop.quit();
    });
    QTimer watchTimer;
    watchTimer.setSingleShot(true);
    QObject::connect(&watchTimer, &QTimer::timeout, &loop, [&] {
        timeUp = true;
        if (allAnswered())
            loop.quit();
    });
    if (watchS > 0) {
        monitor.start();
        watchTimer.start(int(watchS * 1000));
    } else {
        monitor.pollNow();
    }
    if (!allAnswered() || !timeUp)
        loop.exec(); // every poll ends by its own deadline, so this returns
    monitor.stop();

    QList<NodeResult> results;
    bool anyDown = false;
    for (const NodeConfig &n : polled) {
        NodeResult r{n, monitor.latest(n.id), {}, {}, {}};
        if (watchS > 0) {
            r.promptTps = windows[n.id].promptTps();
            r.generationTps = windows[n.id].generationTps();
            r.rateWindowS = windows[n.id].coveredSeconds();
        }
        anyDown = anyDown || r.sample.health == NodeHealth::Down || r.sample.health == NodeHealth::Unknown;
        results.append(r);
    }
    if (parser.isSet(jsonOpt)) {
        nlohmann::ordered_json list = nlohmann::ordered_json::array();
        for (const NodeResult &r : std::as_const(results))
            list.push_back(toJson(r));
        CliOut::printJson({{"nodes", list}}, out);
    } else {
        printTable(results, watchS > 0, out);
    }
    return anyDown ? 1 : 0;
}

const bool registered = CliCommandRegistry::add(
    {QStringLiteral("probe"),
     QT_TRANSLATE_NOOP("CliCommand", "Poll nodes once (or --watch S): status, backend, model, latency, metrics"), runProbe});

} // namespace
