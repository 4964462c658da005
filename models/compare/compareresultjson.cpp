#include "models/compare/compareresultjson.h"

#include "models/compare/compareusage.h"

#include "models/compare/comparemetrics.h"
#include "models/compare/jsonconvert.h"
#include "models/measure/metricdefinitions.h"
#include "models/net/apidialect.h"
#include "models/net/apidialects.h"

#include <QCoreApplication>

using json = nlohmann::ordered_json;
namespace JC = JsonConvert;

static QString isoTime(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

static QDateTime parseTime(const QString &s)
{
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(s, Qt::ISODate);
    return t.isValid() ? t.toUTC() : QDateTime();
}

static json metricValue(const CompareMetric &m, std::optional<double> v)
{
    if (m.isCount() && v)
        return qint64(*v);
    return JC::roundedOrNull(v, m.exportDecimals());
}

static json sourceOrNull(MetricSource s)
{
    return JC::stringOrNull(metricSourceKey(s));
}

json CompareResultJson::nodeToJson(const CompareNodeInfo &n)
{
    json j;
    j["name"] = n.name.toStdString();
    j["url"] = n.url.toString(QUrl::RemoveUserInfo).toStdString();
    j["simulated"] = n.simulated;
    j["backend"] = backendKey(n.backend).toStdString();
    j["server_version"] = JC::stringOrNull(n.serverVersion);
    j["model"] = JC::stringOrNull(n.modelId);
    j["context_length"] = JC::orNull(n.contextLength);
    j["prices_per_million"] = {{"input", JC::orNull(n.prices.inputPerMillion)},
                               {"output", JC::orNull(n.prices.outputPerMillion)},
                               {"cache_read", JC::orNull(n.prices.cacheReadPerMillion)},
                               {"cache_write", JC::orNull(n.prices.cacheWritePerMillion)}};
    return j;
}

static json usageTotalsToJson(const UsageTotals &t)
{
    return {{"requests", t.requests},
            {"with_usage", t.withUsage},
            {"input_tokens", t.inputTokens},
            {"output_tokens", t.outputTokens},
            {"reasoning_tokens", t.reasoningTokens},
            {"cache_read_tokens", t.cacheReadTokens},
            {"cache_write_tokens", t.cacheWriteTokens},
            {"cost", JC::orNull(t.cost())}};
}

json CompareResultJson::runToJson(const CompareRun &run)
{
    json nodes = json::array();
    for (const CompareNodeInfo &n : run.nodes)
        nodes.push_back(nodeToJson(n));
    json j;
    j["id"] = run.id.toStdString();
    j["started_at"] = JC::stringOrNull(isoTime(run.startedAt));
    j["finished_at"] = JC::stringOrNull(isoTime(run.finishedAt));
    j["label"] = JC::stringOrNull(run.label);
    j["tool"] = "tokscope " TOKSCOPE_VERSION;
    j["settings"] = run.settings.toJson();
    j["nodes"] = std::move(nodes);
    return j;
}

// Which request fields carried the thinking toggle (the node's dialect) and whether the answer
// followed it: ON honoured = reasoning came back; OFF honoured = none came back; null = not a DONE answer.
static json thinkingToggleToJson(const CompareNodeInfo &node, const CompareCell &c)
{
    json sent = json::array();
    for (const QString &form : ApiDialects::forBackend(node.backend).thinkingToggleForms())
        sent.push_back(form.toStdString());
    json honoured = nullptr;
    const ChatResult &r = c.result;
    if (r.state == RunState::Done)
        honoured = c.thinking ? !r.flags.contains(MetricFlag::ThinkingNotReturned)
                              : !r.flags.contains(MetricFlag::ThinkingToggleIgnored) &&
                                    !r.flags.contains(MetricFlag::AnswerInReasoning);
    return {{"sent", std::move(sent)}, {"honoured", std::move(honoured)}};
}

json CompareResultJson::cellToJson(const CompareRun &run, const CompareCell &c)
{
    const ChatResult &r = c.result;
    const ResponseMetrics &m = r.metrics;
    const CompareNodeInfo node = run.nodes.value(c.nodeIndex);
    json j;
    j["node"] = node.name.toStdString();
    j["url"] = node.url.toString(QUrl::RemoveUserInfo).toStdString();
    j["thinking"] = c.thinking;
    j["thinking_toggle"] = thinkingToggleToJson(node, c);
    j["run"] = c.run;
    j["warmup"] = c.warmup;
    j["state"] = runStateKey(r.state).toStdString();
    j["error"] = JC::stringOrNull(r.error);
    j["text"] = r.text.toStdString();
    j["reasoning"] = r.reasoning.toStdString();
    j["finish_reason"] = JC::stringOrNull(r.finishReason);
    j["model"] = JC::stringOrNull(r.model);
    j["system_fingerprint"] = JC::stringOrNull(r.systemFingerprint);
    j["http_status"] = r.httpStatus > 0 ? json(r.httpStatus) : json(nullptr);
    for (const CompareMetric &metric : CompareMetric::all())
        j[metric.key] = metricValue(metric, metric.value(m));
    j["prefill_source"] = sourceOrNull(m.prefillSource);
    j["decode_source"] = sourceOrNull(m.decodeSource);
    j["reasoning_tokens_source"] = sourceOrNull(m.reasoningTokensSource);
    j["answer_tokens_source"] = sourceOrNull(m.answerTokensSource);
    j["effective_tps_source"] = sourceOrNull(m.effectiveTpsSource);
    j["thinking_ratio_source"] = sourceOrNull(m.thinkingRatioSource);
    j["flags"] = JC::stringList(r.flags);
    json server = nullptr;
    if (!r.serverTimingsJson.isEmpty()) {
        server =
            json::parse(r.serverTimingsJson.constBegin(), r.serverTimingsJson.constEnd(), nullptr, false);
        if (server.is_discarded())
            server = nullptr;
    }
    j["server"] = std::move(server);
    j["chunk_count"] = r.chunkCount;
    j["started_at"] = JC::stringOrNull(isoTime(c.startedAt));
    j["started_ms"] = JC::roundedOrNull(c.startedMs);
    j["finished_ms"] = JC::roundedOrNull(c.finishedMs);
    j["usage"] = usageToJson(r.usage);
    j["cost"] = JC::orNull(CompareUsage::cellCost(run, c));
    return j;
}

json CompareResultJson::summaryToJson(const CompareRun &run, const CompareGroupSummary &g)
{
    const CompareNodeInfo node = run.nodes.value(g.nodeIndex);
    json states = json::object();
    for (auto it = g.states.cbegin(); it != g.states.cend(); ++it)
        states[it.key().toStdString()] = it.value();
    json j;
    j["node"] = node.name.toStdString();
    j["url"] = node.url.toString(QUrl::RemoveUserInfo).toStdString();
    j["thinking"] = g.thinking;
    j["runs"] = g.runs;
    j["done"] = g.done;
    j["states"] = std::move(states);
    j["flags"] = JC::stringList(g.flags);
    const StabilityResult &s = g.stability;
    j["stable"] = s.verdict == StabilityResult::Verdict::Unknown ? json(nullptr) : json(s.isStable());
    j["stability"] = stabilityKey(s.verdict).toStdString();
    j["stability_reason"] = s.reason.toStdString();
    j["distinct_answers"] = s.answered > 0 ? json(s.distinctAnswers) : json(nullptr);
    if (s.verdict == StabilityResult::Verdict::Unstable)
        j["diff"] = JC::stringOrNull(s.diff);
    for (const MetricSpread &spread : g.metrics) {
        const CompareMetric *metric = CompareMetric::find(spread.key);
        const int decimals = metric ? metric->exportDecimals() : 3;
        j[spread.key.toStdString()] = {{"mean", JC::roundedOrNull(spread.mean, decimals)},
                                       {"min", JC::roundedOrNull(spread.min, decimals)},
                                       {"max", JC::roundedOrNull(spread.max, decimals)},
                                       {"n", spread.n}};
    }
    return j;
}

json CompareResultJson::toJson(const CompareRun &run, const QList<CompareGroupSummary> &summary)
{
    json cells = json::array();
    for (const CompareCell &c : run.cells)
        cells.push_back(cellToJson(run, c));
    json groups = json::array();
    for (const CompareGroupSummary &g : summary)
        groups.push_back(summaryToJson(run, g));
    json j;
    j["run"] = runToJson(run);
    j["cells"] = std::move(cells);
    j["summary"] = std::move(groups);
    json usage = json::array();
    for (int node = 0; node < run.nodes.size(); ++node) {
        json n = usageTotalsToJson(CompareUsage::forNode(run, node));
        n["node"] = run.nodes.at(node).name.toStdString();
        usage.push_back(std::move(n));
    }
    j["usage"] = {{"nodes", std::move(usage)}, {"total", usageTotalsToJson(CompareUsage::forRun(run))}};
    return j;
}

json CompareResultJson::toJson(const CompareRun &run)
{
    return toJson(run, CompareSummary::compute(run));
}

QByteArray CompareResultJson::toBytes(const CompareRun &run, int indent)
{
    // Invalid UTF-16 (a lone surrogate) must not throw: replace it.
    const std::string s = toJson(run).dump(indent, ' ', false, json::error_handler_t::replace);
    return QByteArray::fromStdString(s) + '\n';
}

static CompareCell cellFromJson(const json &j, const QList<CompareNodeInfo> &nodes)
{
    CompareCell c;
    const QString name = JC::string(j, "node");
    const QString url = JC::string(j, "url");
    for (int i = 0; i < nodes.size(); ++i)
        if (nodes.at(i).name == name && nodes.at(i).url.toString() == url)
            c.nodeIndex = i;
    c.thinking = JC::boolean(j, "thinking").value_or(false);
    c.run = int(JC::integer(j, "run").value_or(0));
    c.warmup = JC::boolean(j, "warmup").value_or(false);
    ChatResult &r = c.result;
    r.state = runStateFromKey(JC::string(j, "state"));
    r.error = JC::string(j, "error");
    r.text = JC::string(j, "text");
    r.reasoning = JC::string(j, "reasoning");
    r.finishReason = JC::string(j, "finish_reason");
    r.model = JC::string(j, "model");
    r.systemFingerprint = JC::string(j, "system_fingerprint");
    r.httpStatus = int(JC::integer(j, "http_status").value_or(0));
    for (const CompareMetric &metric : CompareMetric::all())
        metric.setValue(r.metrics, JC::number(j, metric.key));
    r.metrics.prefillSource = metricSourceFromKey(JC::string(j, "prefill_source"));
    r.metrics.decodeSource = metricSourceFromKey(JC::string(j, "decode_source"));
    r.metrics.reasoningTokensSource = metricSourceFromKey(JC::string(j, "reasoning_tokens_source"));
    r.metrics.answerTokensSource = metricSourceFromKey(JC::string(j, "answer_tokens_source"));
    r.metrics.effectiveTpsSource = metricSourceFromKey(JC::string(j, "effective_tps_source"));
    r.metrics.thinkingRatioSource = metricSourceFromKey(JC::string(j, "thinking_ratio_source"));
    r.flags = JC::strings(j, "flags");
    if (const auto it = j.find("server"); it != j.end() && it->is_object())
        r.serverTimingsJson = QByteArray::fromStdString(it->dump());
    r.chunkCount = int(JC::integer(j, "chunk_count").value_or(0));
    c.startedAt = parseTime(JC::string(j, "started_at"));
    c.startedMs = JC::number(j, "started_ms");
    c.finishedMs = JC::number(j, "finished_ms");
    r.usage = CompareResultJson::usageFromJson(j.value("usage", json::object()));
    return c;
}

json CompareResultJson::usageToJson(const TokenUsage &u)
{
    return {{"input_tokens", JC::orNull(u.promptTokens)},
            {"output_tokens", JC::orNull(u.completionTokens)},
            {"reasoning_tokens", JC::orNull(u.reasoningTokens)},
            {"cache_read_tokens", JC::orNull(u.cachedTokens)},
            {"cache_write_tokens", JC::orNull(u.cacheWriteTokens)},
            {"total_tokens", JC::orNull(u.totalTokens)}};
}

TokenUsage CompareResultJson::usageFromJson(const json &usage)
{
    TokenUsage u;
    if (!usage.is_object())
        return u;
    u.promptTokens = JC::integer(usage, "input_tokens");
    u.completionTokens = JC::integer(usage, "output_tokens");
    u.reasoningTokens = JC::integer(usage, "reasoning_tokens");
    u.cachedTokens = JC::integer(usage, "cache_read_tokens");
    u.cacheWriteTokens = JC::integer(usage, "cache_write_tokens");
    u.totalTokens = JC::integer(usage, "total_tokens");
    return u;
}

std::optional<CompareRun> CompareResultJson::fromJson(const json &j, QString *error)
{
    const auto fail = [error](const QString &why) -> std::optional<CompareRun> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (!j.is_object() || !j.contains("cells") || !j["cells"].is_array())
        return fail(CompareResultJson::tr("Not a Tokscope comparison: no \"cells\" list."));
    CompareRun run;
    const json meta = j.value("run", json::object());
    run.id = JC::string(meta, "id");
    run.startedAt = parseTime(JC::string(meta, "started_at"));
    run.finishedAt = parseTime(JC::string(meta, "finished_at"));
    run.label = JC::string(meta, "label");
    run.settings = CompareSettings::fromJson(meta.value("settings", json::object()));
    if (const auto it = meta.find("nodes"); it != meta.end() && it->is_array()) {
        for (const auto &n : *it) {
            CompareNodeInfo info;
            info.name = JC::string(n, "name");
            info.url = QUrl(JC::string(n, "url"));
            info.simulated = JC::boolean(n, "simulated").value_or(false);
            info.backend = backendFromKey(JC::string(n, "backend"));
            info.serverVersion = JC::string(n, "server_version");
            info.modelId = JC::string(n, "model");
            info.contextLength = JC::integer(n, "context_length");
            const json prices = n.value("prices_per_million", json::object());
            if (prices.is_object()) {
                info.prices.inputPerMillion = JC::number(prices, "input");
                info.prices.outputPerMillion = JC::number(prices, "output");
                info.prices.cacheReadPerMillion = JC::number(prices, "cache_read");
                info.prices.cacheWritePerMillion = JC::number(prices, "cache_write");
            }
            run.nodes.append(info);
        }
    }
    for (const auto &cellJson : j["cells"]) {
        if (!cellJson.is_object())
            return fail(CompareResultJson::tr("A cell is not an object."));
        CompareCell cell = cellFromJson(cellJson, run.nodes);
        if (cell.nodeIndex < 0) {
            // A document without "run.nodes" (hand-made or trimmed): learn nodes from the cells.
            CompareNodeInfo info;
            info.name = JC::string(cellJson, "node");
            info.url = QUrl(JC::string(cellJson, "url"));
            run.nodes.append(info);
            cell.nodeIndex = int(run.nodes.size()) - 1;
        }
        run.cells.append(cell);
    }
    return run;
}

std::optional<CompareRun> CompareResultJson::fromBytes(const QByteArray &bytes, QString *error)
{
    const json j = json::parse(bytes.constBegin(), bytes.constEnd(), nullptr, false);
    if (j.is_discarded()) {
        if (error)
            *error = CompareResultJson::tr("The file is not valid JSON.");
        return std::nullopt;
    }
    return fromJson(j, error);
}
