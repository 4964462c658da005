#include "models/net/metricsnormalizer.h"

#include <cmath>
#include <initializer_list>

namespace {

std::optional<double> finite(std::optional<double> v)
{
    if (v && std::isnan(*v))
        return std::nullopt;
    return v;
}

// The first name (newest spelling first) the node exposes, summed over its label sets.
std::optional<double> sumFirst(const PrometheusExposition &e, std::initializer_list<const char *> names)
{
    for (const char *name : names) {
        if (const std::optional<double> v = e.sum(name))
            return finite(v);
    }
    return std::nullopt;
}

std::optional<double> meanFirst(const PrometheusExposition &e, std::initializer_list<const char *> names)
{
    for (const char *name : names) {
        if (const std::optional<double> v = e.mean(name))
            return finite(v);
    }
    return std::nullopt;
}

NodeMetrics vllmMetrics(const PrometheusExposition &e)
{
    NodeMetrics m;
    m.promptTokensTotal = sumFirst(e, {"vllm:prompt_tokens_total"});
    m.generationTokensTotal = sumFirst(e, {"vllm:generation_tokens_total"});
    m.requestsSuccessTotal = sumFirst(e, {"vllm:request_success_total"}); // over finished_reason
    m.requestsRunning = sumFirst(e, {"vllm:num_requests_running"});
    m.requestsWaiting = sumFirst(e, {"vllm:num_requests_waiting"});
    // Both names are fractions 0..1 despite "perc"; one cache per engine, so average them.
    m.kvCacheUsage = meanFirst(e, {"vllm:kv_cache_usage_perc", "vllm:gpu_cache_usage_perc"});
    m.specDraftsTotal = sumFirst(e, {"vllm:spec_decode_num_drafts_total"});
    m.specDraftTokensTotal = sumFirst(e, {"vllm:spec_decode_num_draft_tokens_total"});
    m.specAcceptedTokensTotal = sumFirst(e, {"vllm:spec_decode_num_accepted_tokens_total"});
    m.prefixCacheQueriesTotal =
        sumFirst(e, {"vllm:prefix_cache_queries_total", "vllm:gpu_prefix_cache_queries_total"});
    m.prefixCacheHitsTotal =
        sumFirst(e, {"vllm:prefix_cache_hits_total", "vllm:gpu_prefix_cache_hits_total"});
    return m;
}

NodeMetrics llamaCppMetrics(const PrometheusExposition &e)
{
    // llama-server exposes no labels; only the *_total counters are safe to difference: the
    // prompt_tokens_seconds / predicted_tokens_seconds gauges reset on every scrape by anyone.
    NodeMetrics m;
    m.promptTokensTotal = sumFirst(e, {"llamacpp:prompt_tokens_total"});
    m.promptSecondsTotal = sumFirst(e, {"llamacpp:prompt_seconds_total"});
    m.generationTokensTotal = sumFirst(e, {"llamacpp:tokens_predicted_total"});
    m.generationSecondsTotal = sumFirst(e, {"llamacpp:tokens_predicted_seconds_total"});
    m.requestsRunning = sumFirst(e, {"llamacpp:requests_processing"});
    m.requestsWaiting = sumFirst(e, {"llamacpp:requests_deferred"});
    m.kvCacheUsage = sumFirst(e, {"llamacpp:kv_cache_usage_ratio"});
    m.specDraftsTotal = sumFirst(e, {"llamacpp:spec_decode_num_drafts_total"});
    m.specDraftTokensTotal = sumFirst(e, {"llamacpp:spec_decode_num_draft_tokens_total"});
    m.specAcceptedTokensTotal = sumFirst(e, {"llamacpp:spec_decode_num_accepted_tokens_total"});
    return m;
}

} // namespace

Backend MetricsNormalizer::detectBackend(const PrometheusExposition &exposition)
{
    if (exposition.hasNamePrefix("vllm:"))
        return Backend::Vllm;
    if (exposition.hasNamePrefix("llamacpp:"))
        return Backend::LlamaCpp;
    return Backend::Unknown;
}

NormalizedMetrics MetricsNormalizer::normalize(const PrometheusExposition &exposition)
{
    NormalizedMetrics out;
    out.backend = detectBackend(exposition);
    switch (out.backend) {
    case Backend::Vllm:
        out.metrics = vllmMetrics(exposition);
        out.modelNames = exposition.labelValues("model_name", "vllm:");
        if (!out.modelNames.isEmpty())
            out.modelName = out.modelNames.constFirst();
        break;
    case Backend::LlamaCpp:
        out.metrics = llamaCppMetrics(exposition);
        break;
    case Backend::Unknown:
    case Backend::OpenAi:
    case Backend::Anthropic:
    case Backend::OpenAiCloud:
        break;
    }
    return out;
}
