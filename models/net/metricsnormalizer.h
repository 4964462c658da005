#pragma once

#include "models/net/prometheusexposition.h"
#include "models/node/backend.h"
#include "models/node/nodemetrics.h"

#include <QString>
#include <QStringList>

// The backend-neutral reading of one /metrics scrape.
struct NormalizedMetrics
{
    Backend backend = Backend::Unknown; // from the metric prefix: `vllm:` or `llamacpp:`; Unknown otherwise
    NodeMetrics metrics;                // std::nullopt for every metric the node does not expose
    QString modelName;                  // vLLM `model_name` label (first seen); empty for llama.cpp
    QStringList modelNames;             // every distinct `model_name` (several with LoRA / several models)
};

// Maps the metric names of vLLM (old and new names) and llama-server onto NodeMetrics.
//
// vLLM: counters and running/waiting gauges are summed over label sets (`engine`, `model_name`,
// `finished_reason`); the KV cache fraction is averaged over engines. `kv_cache_usage_perc` (new) and
// `gpu_cache_usage_perc` (old) are both fractions 0..1; `prefix_cache_*` (new) and `gpu_prefix_cache_*`
// (old) likewise. llama.cpp: only the `*_total` counters feed token counts and busy seconds, never the
// reset-on-scrape gauges `prompt_tokens_seconds` / `predicted_tokens_seconds`. A NaN value reads as
// std::nullopt. No prompt/generation busy seconds exist for vLLM: those stay std::nullopt.
class MetricsNormalizer final
{
public:
    static NormalizedMetrics normalize(const PrometheusExposition &exposition);
    static Backend detectBackend(const PrometheusExposition &exposition);
};
