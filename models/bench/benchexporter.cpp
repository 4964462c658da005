#include "models/bench/benchexporter.h"

#include <QCoreApplication>
#include <QStringList>

#include <nlohmann/json.hpp>

using json = nlohmann::ordered_json;

namespace {

json opt(const std::optional<double> &v)
{
    return v ? json(*v) : json(nullptr);
}

std::string s(const QString &text)
{
    return text.toStdString();
}

QString num(const std::optional<double> &v, int decimals = 1)
{
    return v ? QString::number(*v, 'f', decimals) : QString();
}

QString csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) &&
        !text.contains(QLatin1Char('\n')))
        return text;
    QString q = text;
    q.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

QString mdCell(QString text)
{
    return text.replace(QLatin1Char('|'), QLatin1String("\\|")).replace(QLatin1Char('\n'), QLatin1Char(' '));
}

const TaskVerdict *verdictOf(const BenchReport &report, const BenchCell &c)
{
    for (const TaskVerdict &v : report.verdicts)
        if (v.suite == c.suite && v.task == c.task)
            return &v;
    return nullptr;
}

// Code tasks with a consensus: true / false; other tasks: null (nothing was compared).
json divergentJson(const TaskVerdict *v, const QString &node)
{
    return v && v->consensus ? json(v->consensus->isDivergent(node)) : json(nullptr);
}

json cellJson(const BenchCell &c, bool includeTexts, const TaskVerdict *verdict)
{
    json scores = json::array();
    json runs = json::array();
    for (const BenchRun &r : c.runs) {
        scores.push_back(opt(r.score));
        json checks = json::array();
        for (const CheckResult &k : r.checks)
            checks.push_back({{"name", s(k.name)},
                              {"type", s(checkTypeKey(k.type))},
                              {"weight", k.weight},
                              {"passed", k.passed()},
                              {"skipped", k.skipped()},
                              {"required", k.required},
                              {"detail", s(k.detail)},
                              {"read", s(k.read)}});
        json run{{"run", r.runIndex},
                 {"state", s(runStateKey(r.state))},
                 {"error", r.error.isEmpty() ? json(nullptr) : json(s(r.error))},
                 {"score", opt(r.score)},
                 {"skipped_checks", r.skippedChecks},
                 {"tct_ms", opt(r.tctMs())},
                 {"effective_tps", opt(r.effectiveTps())},
                 {"checks", checks}};
        if (includeTexts) {
            json answers = json::array(), reasoning = json::array();
            for (const BenchTurn &t : r.turns) {
                answers.push_back(s(t.answer));
                reasoning.push_back(s(t.reasoning));
            }
            run["answers"] = answers;
            run["reasoning"] = reasoning;
        }
        runs.push_back(run);
    }
    json checksPerRun = json::array();
    for (const json &r : runs)
        checksPerRun.push_back(r["checks"]);
    return {{"suite", s(c.suite)},
            {"task", s(c.task)},
            {"node", s(c.node)},
            {"task_version", s(c.taskVersion)},
            {"scores", scores},
            {"mean_score", opt(c.score.mean)},
            {"min_score", opt(c.score.min)},
            {"max_score", opt(c.score.max)},
            {"pass_threshold", c.passThreshold},
            {"passed", c.score.passed},
            {"stable", c.score.stable},
            {"state", s(runStateKey(c.score.state))},
            {"checks", checksPerRun},
            {"tct_ms", opt(c.ttrMs)},
            {"effective_tps", opt(c.effectiveTps)},
            {"structure", c.structure.analysed ? c.structure.toJson() : json(nullptr)},
            {"divergent_approach", divergentJson(verdict, c.node)},
            {"runs", runs}};
}

} // namespace

QByteArray BenchExporter::toJson(const BenchReport &report, bool includeTexts)
{
    json nodes = json::array();
    for (const NodeFingerprint &n : report.run.nodes)
        nodes.push_back({{"node", s(n.node)},
                         {"url", s(n.url)},
                         {"backend", s(backendKey(n.backend))},
                         {"server_version", s(n.serverVersion)},
                         {"model", s(n.modelId)},
                         {"context_length", n.contextLength ? json(*n.contextLength) : json(nullptr)},
                         {"fingerprint", s(n.digest())}});
    json results = json::array();
    for (const BenchCell &c : report.cells)
        results.push_back(cellJson(c, includeTexts, verdictOf(report, c)));
    json verdicts = json::array();
    for (const TaskVerdict &v : report.verdicts) {
        json passing = json::array();
        for (const QString &n : v.passingNodes)
            passing.push_back(s(n));
        verdicts.push_back({{"suite", s(v.suite)},
                            {"task", s(v.task)},
                            {"verdict", s(verdictKey(v.verdict))},
                            {"passing_nodes", passing},
                            {"node_count", v.nodes.size()},
                            {"consensus", v.consensus ? v.consensus->toJson() : json(nullptr)}});
    }
    json regressions = json::array();
    for (const Regression &r : report.regressions)
        regressions.push_back({{"suite", s(r.suite)},
                               {"task", s(r.task)},
                               {"node", s(r.node)},
                               {"kind", s(Regression::kindKey(r.kind))},
                               {"previous_run_id", r.previousRunId},
                               {"previous_mean", r.previousMean},
                               {"current_mean", r.currentMean},
                               {"allowed_drop", r.allowedDrop}});
    json suites = json::array();
    for (const QString &name : report.run.suites)
        suites.push_back(s(name));
    const json settings =
        json::parse(report.run.settingsJson.cbegin(), report.run.settingsJson.cend(), nullptr, false);
    json root{{"run_id", report.run.id},
              {"status", s(benchRunStatusKey(report.run.status))},
              {"started_at", s(report.run.startedAt.toUTC().toString(Qt::ISODateWithMs))},
              {"finished_at", report.run.finishedAt.isValid()
                                  ? json(s(report.run.finishedAt.toUTC().toString(Qt::ISODateWithMs)))
                                  : json(nullptr)},
              {"suites", suites},
              {"settings", settings.is_discarded() ? json(nullptr) : settings},
              {"nodes", nodes},
              {"results", results},
              {"verdicts", verdicts},
              {"regressions", regressions}};
    return QByteArray::fromStdString(root.dump(2)) + '\n';
}

QByteArray BenchExporter::toCsv(const BenchReport &report)
{
    QStringList lines{
        QStringLiteral("run_id,suite,task,node,state,scores,mean_score,min_score,max_score,pass_threshold,"
                       "passed,stable,tct_ms,effective_tps,verdict,failed_checks,divergent_approach")};
    for (const BenchCell &c : report.cells) {
        QStringList scores, failed;
        for (const BenchRun &r : c.runs) {
            scores << num(r.score);
            for (const CheckResult &k : r.checks)
                if (!k.passed() && !failed.contains(k.name))
                    failed << k.name;
        }
        const TaskVerdict *taskVerdict = verdictOf(report, c);
        const QString verdict = taskVerdict ? verdictKey(taskVerdict->verdict) : QString();
        const json divergent = divergentJson(taskVerdict, c.node);
        lines << QStringList{QString::number(report.run.id),
                             csvField(c.suite),
                             csvField(c.task),
                             csvField(c.node),
                             runStateKey(c.score.state),
                             scores.join(QLatin1Char(';')),
                             num(c.score.mean),
                             num(c.score.min),
                             num(c.score.max),
                             QString::number(c.passThreshold),
                             c.score.passed ? QStringLiteral("true") : QStringLiteral("false"),
                             c.score.stable ? QStringLiteral("true") : QStringLiteral("false"),
                             num(c.ttrMs, 0),
                             num(c.effectiveTps),
                             verdict,
                             csvField(failed.join(QLatin1Char(';'))),
                             divergent.is_null() ? QString() : QString::fromStdString(divergent.dump())}
                     .join(QLatin1Char(','));
    }
    return lines.join(QLatin1Char('\n')).toUtf8() + '\n';
}

QByteArray BenchExporter::toMarkdown(const BenchReport &report)
{
    QStringList out;
    out << QCoreApplication::translate("BenchExporter", "# Benchmark run %1").arg(report.run.id) << QString()
        << QCoreApplication::translate("BenchExporter", "Started %1, status %2, suites: %3")
               .arg(report.run.startedAt.toUTC().toString(Qt::ISODate), benchRunStatusKey(report.run.status),
                    report.run.suites.join(QStringLiteral(", ")))
        << QString();
    if (!report.run.nodes.isEmpty()) {
        out << QCoreApplication::translate("BenchExporter", "| Node | Backend | Model | Version | Context |")
            << QStringLiteral("|---|---|---|---|---|");
        for (const NodeFingerprint &n : report.run.nodes)
            out << QStringLiteral("| %1 | %2 | %3 | %4 | %5 |")
                       .arg(mdCell(n.node), backendDisplayName(n.backend), mdCell(n.modelId),
                            mdCell(n.serverVersion),
                            n.contextLength ? QString::number(*n.contextLength) : QStringLiteral("—"));
        out << QString();
    }
    out << QCoreApplication::translate(
               "BenchExporter",
               "| Suite | Task | Node | State | Scores | Mean | Pass | Stable | TTR ms | Eff. tok/s |")
        << QStringLiteral("|---|---|---|---|---|---:|---|---|---:|---:|");
    for (const BenchCell &c : report.cells) {
        QStringList scores;
        for (const BenchRun &r : c.runs)
            scores << (r.score ? QString::number(*r.score, 'f', 0) : QStringLiteral("—"));
        out << QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 | %9 | %10 |")
                   .arg(mdCell(c.suite), mdCell(c.task), mdCell(c.node), runStateKey(c.score.state),
                        scores.join(QStringLiteral(" / ")),
                        c.score.mean ? num(c.score.mean) : QStringLiteral("—"),
                        c.score.passed ? QCoreApplication::translate("BenchExporter", "yes")
                                       : QCoreApplication::translate("BenchExporter", "no"),
                        c.score.stable ? QCoreApplication::translate("BenchExporter", "stable")
                                       : QCoreApplication::translate("BenchExporter", "UNSTABLE"),
                        c.ttrMs ? num(c.ttrMs, 0) : QStringLiteral("—"),
                        c.effectiveTps ? num(c.effectiveTps) : QStringLiteral("—"));
    }
    out << QString()
        << QCoreApplication::translate("BenchExporter", "| Suite | Task | Verdict | Passing nodes |")
        << QStringLiteral("|---|---|---|---|");
    for (const TaskVerdict &v : report.verdicts)
        out << QStringLiteral("| %1 | %2 | %3 | %4 |")
                   .arg(mdCell(v.suite), mdCell(v.task), verdictKey(v.verdict),
                        v.passingNodes.isEmpty() ? QStringLiteral("—")
                                                 : mdCell(v.passingNodes.join(QStringLiteral(", "))));
    bool consensusHeader = false;
    for (const TaskVerdict &v : report.verdicts) {
        if (!v.consensus)
            continue;
        if (!consensusHeader)
            out << QString() << QCoreApplication::translate("BenchExporter", "## Structural consensus (code tasks)")
                << QString();
        consensusHeader = true;
        out << QStringLiteral("- %1 / %2: **%3**").arg(mdCell(v.suite), mdCell(v.task), v.consensus->describe());
        for (const QString &node : v.consensus->nodes)
            out << QStringLiteral("  - %1: %2").arg(mdCell(node), mdCell(v.consensus->structureOf(node).summary()));
        for (const CodeConsensus::Pair &p : v.consensus->pairs)
            out << QStringLiteral("  - %1 ~ %2: %3").arg(mdCell(p.a), mdCell(p.b)).arg(p.similarity, 0, 'f', 2);
    }
    if (!report.regressions.isEmpty()) {
        out << QString() << QCoreApplication::translate("BenchExporter", "## Regressions") << QString();
        for (const Regression &r : report.regressions)
            out << QStringLiteral("- ") + r.describe();
    }
    return out.join(QLatin1Char('\n')).toUtf8() + '\n';
}
