#include "models/pair/pairexporter.h"

#include "models/bench/benchresult.h"
#include "models/compare/comparemetrics.h"
#include "models/compare/jsonconvert.h"
#include "models/pair/pairsummary.h"
#include "models/pair/pairtiming.h"

#include <QStringList>

using json = nlohmann::ordered_json;
namespace JC = JsonConvert;

namespace {

json thinkingJson(std::optional<bool> t)
{
    return t ? json(*t) : json(nullptr);
}

json checksJson(const QList<CheckResult> &checks)
{
    return json::parse(checkResultsToJson(checks).toStdString(), nullptr, false);
}

QString ms(std::optional<double> v)
{
    return v ? QString::number(*v, 'f', 0) : QStringLiteral("-");
}

QString score(std::optional<double> v)
{
    return v ? QString::number(*v, 'f', 1) : QStringLiteral("-");
}

QString csvField(QString s)
{
    if (s.contains(QLatin1Char(',')) || s.contains(QLatin1Char('"')) || s.contains(QLatin1Char('\n'))) {
        s.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        return QLatin1Char('"') + s + QLatin1Char('"');
    }
    return s;
}

} // namespace

json PairExporter::stepToJson(const PairStep &s, bool includeTexts)
{
    json j;
    j["index"] = s.index;
    j["round"] = s.round;
    j["role"] = pairRoleKey(s.role).toStdString();
    j["node"] = s.node.toStdString();
    j["simulated"] = s.simulated;
    j["thinking"] = thinkingJson(s.thinking);
    j["state"] = runStateKey(s.state).toStdString();
    j["error"] = JC::stringOrNull(s.error);
    j["start_ms"] = JC::roundedOrNull(s.startMs);
    j["end_ms"] = JC::roundedOrNull(s.endMs);
    j["ttr_ms"] = JC::roundedOrNull(s.metrics.ttrMs);
    j["ttft_ms"] = JC::roundedOrNull(s.metrics.ttftMs);
    j["prefill_ms"] = JC::roundedOrNull(s.metrics.prefillMs);
    j["thinking_ms"] = JC::roundedOrNull(s.metrics.thinkingMs);
    j["generation_ms"] = JC::roundedOrNull(s.metrics.generationMs);
    j["tokens"] = JC::orNull(s.metrics.completionTokens);
    j["prompt_tokens"] = JC::orNull(s.metrics.promptTokens);
    j["reasoning_tokens"] = JC::orNull(s.metrics.reasoningTokens);
    j["answer_tokens"] = JC::orNull(s.metrics.answerTokens);
    j["thinking_ratio"] = JC::roundedOrNull(s.metrics.thinkingRatio, 4);
    j["verdict"] = s.role == PairRole::Review ? JC::stringOrNull(reviewVerdictKey(s.verdict)) : json(nullptr);
    j["issues"] = JC::stringList(s.issues);
    j["flags"] = JC::stringList(s.flags);
    json metrics;
    for (const CompareMetric &m : CompareMetric::all())
        metrics[m.key] = JC::roundedOrNull(m.value(s.metrics), m.exportDecimals());
    j["metrics"] = metrics;
    if (includeTexts) {
        json messages = json::array();
        for (const ChatMessage &m : s.messages)
            messages.push_back({{"role", m.role.toStdString()}, {"content", m.content.toStdString()}});
        j["messages"] = messages;
        j["text"] = s.text.toStdString();
        j["reasoning"] = s.reasoning.toStdString();
    }
    return j;
}

json PairExporter::toJson(const PairRun &run, bool includeTexts)
{
    json out;
    json r;
    r["id"] = run.id;
    r["started_at"] = JC::stringOrNull(run.startedAt.toUTC().toString(Qt::ISODateWithMs));
    r["finished_at"] = JC::stringOrNull(run.finishedAt.isValid()
                                            ? run.finishedAt.toUTC().toString(Qt::ISODateWithMs)
                                            : QString());
    r["status"] = pairRunStatusKey(run.status).toStdString();
    r["builder"] = {{"node", run.builderNode.toStdString()},
                    {"thinking", thinkingJson(run.builderThinking)},
                    {"simulated", run.builderSimulated}};
    r["reviewer"] = {{"node", run.reviewerNode.toStdString()},
                     {"thinking", thinkingJson(run.reviewerThinking)},
                     {"simulated", run.reviewerSimulated}};
    r["suites"] = JC::stringList(run.suites);
    r["runs"] = run.runs;
    r["rounds"] = run.rounds;
    r["reviewer_prompt_key"] = run.reviewerPromptKey.toStdString();
    r["reviewer_prompt"] = run.reviewerPrompt.toStdString();
    out["run"] = r;

    json tasks = json::array();
    for (const PairTaskRun &t : run.taskRuns) {
        json j;
        j["suite"] = t.suite.toStdString();
        j["task"] = t.task.toStdString();
        j["run"] = t.runIndex;
        j["state"] = runStateKey(t.state).toStdString();
        j["error"] = JC::stringOrNull(t.error);
        j["outcome"] = t.outcomeKey().toStdString();
        j["rounds"] = t.reviews();
        j["final_verdict"] = JC::stringOrNull(reviewVerdictKey(t.finalVerdict()));
        j["score"] = JC::roundedOrNull(t.score, 2);
        j["passed"] = t.passed;
        j["single_score"] = JC::roundedOrNull(t.singleScore, 2);
        j["single_passed"] = t.singlePassed;
        j["single_ttr_ms"] = JC::roundedOrNull(t.singleTtrMs());
        j["tct_ms"] = JC::roundedOrNull(t.tctMs());
        j["sum_ttr_ms"] = JC::roundedOrNull(PairTiming::sumTtrMs(t.steps));
        json gaps = json::array();
        for (const std::optional<double> &g : PairTiming::gapsMs(t.steps))
            gaps.push_back(JC::roundedOrNull(g));
        j["gaps_ms"] = gaps;
        j["checks"] = checksJson(t.checks);
        j["single_checks"] = checksJson(t.singleChecks);
        json steps = json::array();
        for (const PairStep &s : t.steps)
            steps.push_back(stepToJson(s, includeTexts));
        j["steps"] = steps;
        tasks.push_back(j);
    }
    out["tasks"] = tasks;

    json perTask = json::array();
    for (const PairTaskSummary &s : PairSummary::perTask(run)) {
        json j;
        j["suite"] = s.suite.toStdString();
        j["task"] = s.task.toStdString();
        j["runs"] = s.runs;
        j["single_mean_score"] = JC::roundedOrNull(s.singleMeanScore, 2);
        j["pair_mean_score"] = JC::roundedOrNull(s.pairMeanScore, 2);
        j["single_passed"] = s.singlePassed;
        j["pair_passed"] = s.pairPassed;
        j["mean_rounds"] = s.meanReviews;
        j["approved_runs"] = s.approvedRuns;
        j["mean_single_ttr_ms"] = JC::roundedOrNull(s.meanSingleTtrMs);
        j["mean_tct_ms"] = JC::roundedOrNull(s.meanTctMs);
        perTask.push_back(j);
    }
    out["per_task"] = perTask;

    json summary = json::array();
    for (const PairSummaryRow &row : PairSummary::rows(run)) {
        json j;
        j["mode"] = row.mode.toStdString();
        j["tasks"] = row.tasks;
        j["passed_tasks"] = row.passedTasks;
        j["pass_rate"] = JC::roundedOrNull(row.passRate, 1);
        j["mean_score"] = JC::roundedOrNull(row.meanScore, 1);
        j[row.mode == QLatin1String("single") ? "mean_ttr_ms" : "mean_tct_ms"] = JC::roundedOrNull(row.meanTimeMs);
        summary.push_back(j);
    }
    out["summary"] = summary;
    return out;
}

QByteArray PairExporter::toJsonBytes(const PairRun &run, bool includeTexts)
{
    return QByteArray::fromStdString(toJson(run, includeTexts).dump(2)) + '\n';
}

QByteArray PairExporter::toCsv(const PairRun &run)
{
    QStringList lines{QStringLiteral("suite,task,run,step,round,role,node,thinking,state,verdict,start_ms,"
                                     "ttr_ms,prefill_ms,thinking_ms,generation_ms,tokens,task_score,"
                                     "single_score,tct_ms")};
    for (const PairTaskRun &t : run.taskRuns) {
        for (const PairStep &s : t.steps) {
            QStringList f{csvField(t.suite),
                          csvField(t.task),
                          QString::number(t.runIndex + 1),
                          QString::number(s.index + 1),
                          QString::number(s.round),
                          pairRoleKey(s.role),
                          csvField(s.node),
                          s.thinking ? (*s.thinking ? QStringLiteral("on") : QStringLiteral("off")) : QString(),
                          runStateKey(s.state),
                          reviewVerdictKey(s.verdict),
                          s.startMs ? QString::number(*s.startMs, 'f', 1) : QString(),
                          s.metrics.ttrMs ? QString::number(*s.metrics.ttrMs, 'f', 1) : QString(),
                          s.metrics.prefillMs ? QString::number(*s.metrics.prefillMs, 'f', 1) : QString(),
                          s.metrics.thinkingMs ? QString::number(*s.metrics.thinkingMs, 'f', 1) : QString(),
                          s.metrics.generationMs ? QString::number(*s.metrics.generationMs, 'f', 1) : QString(),
                          s.metrics.completionTokens ? QString::number(*s.metrics.completionTokens) : QString(),
                          t.score ? QString::number(*t.score, 'f', 2) : QString(),
                          t.singleScore ? QString::number(*t.singleScore, 'f', 2) : QString(),
                          t.tctMs() ? QString::number(*t.tctMs(), 'f', 1) : QString()};
            lines << f.join(QLatin1Char(','));
        }
    }
    return (lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8();
}

QByteArray PairExporter::toMarkdown(const PairRun &run)
{
    QString md;
    md += QStringLiteral("# Pair run %1: %2 -> %3\n\n").arg(run.id).arg(run.builderNode, run.reviewerNode);
    md += QStringLiteral("Reviewer prompt (%1): %2\n\n").arg(run.reviewerPromptKey, run.reviewerPrompt);
    md += QStringLiteral("| mode | tasks | pass rate | mean score | mean time ms |\n|---|---|---|---|---|\n");
    for (const PairSummaryRow &r : PairSummary::rows(run))
        md += QStringLiteral("| %1 | %2 | %3 | %4 | %5 |\n")
                  .arg(r.mode)
                  .arg(r.tasks)
                  .arg(r.passRate ? QString::number(*r.passRate, 'f', 0) + QLatin1Char('%') : QStringLiteral("-"))
                  .arg(score(r.meanScore), ms(r.meanTimeMs));
    md += QStringLiteral("\n| suite | task | runs | single score | pair score | mean rounds | single TTR ms | "
                         "TCT ms |\n|---|---|---|---|---|---|---|---|\n");
    for (const PairTaskSummary &s : PairSummary::perTask(run))
        md += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 |\n")
                  .arg(s.suite, s.task)
                  .arg(s.runs)
                  .arg(score(s.singleMeanScore), score(s.pairMeanScore))
                  .arg(s.meanReviews, 0, 'f', 1)
                  .arg(ms(s.meanSingleTtrMs), ms(s.meanTctMs));
    md += QStringLiteral("\n| task | run | step | role | node | state | verdict | TTR ms |\n"
                         "|---|---|---|---|---|---|---|---|\n");
    for (const PairTaskRun &t : run.taskRuns)
        for (const PairStep &s : t.steps)
            md += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 |\n")
                      .arg(t.task)
                      .arg(t.runIndex + 1)
                      .arg(s.index + 1)
                      .arg(pairRoleKey(s.role), s.node, runStateKey(s.state), reviewVerdictKey(s.verdict),
                           ms(s.metrics.ttrMs));
    return md.toUtf8();
}
