#include "models/measure/metricdefinitions.h"

#include "models/measure/metricinfo.h"

#include <QCoreApplication>

namespace {

MetricDefinition toDefinition(const MetricInfo &m)
{
    return MetricDefinition{m.keyString(), m.displayName(), m.definitionText(), m.unitName()};
}

} // namespace

namespace MetricDefinitions {

QList<MetricDefinition> all()
{
    QList<MetricDefinition> out;
    for (const MetricInfo &m : MetricInfo::all())
        out.append(toDefinition(m));
    return out;
}

std::optional<MetricDefinition> find(const QString &key)
{
    const MetricInfo *m = MetricInfo::find(key);
    return m ? std::optional<MetricDefinition>(toDefinition(*m)) : std::nullopt;
}

std::optional<double> value(const ResponseMetrics &metrics, const QString &key)
{
    const MetricInfo *m = MetricInfo::find(key);
    return m ? m->value(metrics) : std::nullopt;
}

MetricSource source(const ResponseMetrics &metrics, const QString &key)
{
    const MetricInfo *m = MetricInfo::find(key);
    return m ? m->source(metrics) : MetricSource::None;
}

QString flagText(const QString &flag)
{
    using namespace MetricFlag;
    if (flag == CacheHit)
        return QCoreApplication::translate("MetricDefinitions",
                                           "Most of the prompt was served from the server's "
                                           "cache: prefill numbers do not measure prompt speed.");
    if (flag == ColdConnection)
        return QCoreApplication::translate("MetricDefinitions",
                                           "A new connection was opened for this request and "
                                           "its set-up is a noticeable share of TTFT (see Connect).");
    if (flag == ThinkingToggleIgnored)
        return QCoreApplication::translate("MetricDefinitions",
                                           "Thinking was switched off in the request, but the "
                                           "model still produced reasoning.");
    if (flag == ChunksNotTokens)
        return QCoreApplication::translate("MetricDefinitions",
                                           "The number of streamed chunks differs from the "
                                           "server's token count: chunks are not tokens.");
    if (flag == NoUsage)
        return QCoreApplication::translate("MetricDefinitions",
                                           "The server sent no usage object: token counts "
                                           "come from its timings, or are unknown.");
    if (flag == NoReasoningCount)
        return QCoreApplication::translate("MetricDefinitions",
                                           "The server does not count reasoning tokens: the "
                                           "reasoning/answer split is estimated.");
    if (flag == FinishLength)
        return QCoreApplication::translate("MetricDefinitions",
                                           "Generation stopped at max_tokens (finish_reason "
                                           "\"length\").");
    if (flag == EstimatedPrefill)
        return QCoreApplication::translate("MetricDefinitions",
                                           "No server prefill time: prefill is estimated as "
                                           "TTFT minus the headers time minus one inter-token "
                                           "interval, queueing included.");
    if (flag == NonStream)
        return QCoreApplication::translate("MetricDefinitions",
                                           "Not streamed: first-token times cannot be seen "
                                           "by the client; speeds come from the server.");
    if (flag == TemplateOpenedThinking)
        return QCoreApplication::translate("MetricDefinitions",
                                           "The chat template opened <think> in the prompt: the "
                                           "text up to the bare </think> is reasoning.");
    if (flag == ThinkingNotReturned)
        return QCoreApplication::translate("MetricDefinitions",
                                           "Thinking was requested, but no reasoning came back "
                                           "(template or parser without thinking).");
    if (flag == AnswerInReasoning)
        return QCoreApplication::translate("MetricDefinitions",
                                           "Thinking was off, but the parser put the answer in "
                                           "reasoning: it is shown and counted as the answer.");
    if (flag == AnswerRepetition)
        return QCoreApplication::translate("MetricDefinitions",
                                           "The answer repeats one passage many times (kept: "
                                           "it may have been asked for).");
    if (flag == BunchedArrivals)
        return QCoreApplication::translate("MetricDefinitions",
                                           "Many chunks arrived at the same instant (a buffering "
                                           "proxy?): ITL and decode speed are unreliable.");
    return QString();
}

} // namespace MetricDefinitions
