#pragma once

#include <optional>

// Normalized metrics of one scrape. std::nullopt = the node does not say (never a made-up zero).
struct NodeMetrics
{
    std::optional<double> promptTokensTotal;     // counter
    std::optional<double> generationTokensTotal; // counter
    std::optional<double> promptSecondsTotal;    // llama.cpp counter
    std::optional<double> generationSecondsTotal;
    std::optional<double> requestsSuccessTotal;  // counter
    std::optional<double> kvCacheUsage;          // 0..1
    std::optional<double> requestsRunning;       // gauge
    std::optional<double> requestsWaiting;       // gauge
    std::optional<double> specDraftTokensTotal;  // counters (speculative decoding)
    std::optional<double> specAcceptedTokensTotal;
    std::optional<double> specDraftsTotal;
    std::optional<double> prefixCacheQueriesTotal;
    std::optional<double> prefixCacheHitsTotal;
};
