#pragma once

#include "models/measure/tokenusage.h"

#include <optional>

// What one node's API charges, per million tokens of each kind, as the user entered it (no defaults:
// Tokscope never invents a price). The currency is whatever the user entered the prices in.
struct TokenPrices
{
    std::optional<double> inputPerMillion;      // uncached prompt tokens
    std::optional<double> outputPerMillion;     // completion tokens, reasoning included
    std::optional<double> cacheReadPerMillion;  // prompt tokens served from the provider's cache
    std::optional<double> cacheWritePerMillion; // prompt tokens written to the cache (Anthropic)

    bool isEmpty() const
    {
        return !inputPerMillion && !outputPerMillion && !cacheReadPerMillion && !cacheWritePerMillion;
    }
    // The cost of one request's usage; nullopt (unknown) when the usage is missing or a price it needs
    // is not set. Uncached input = prompt - cache read - cache write (TokenUsage counts all three in
    // promptTokens), charged at the input price; the cache kinds at theirs; every completion token
    // (thinking included) at the output price.
    std::optional<double> costOf(const TokenUsage &usage) const;

    bool operator==(const TokenPrices &) const = default;
};
