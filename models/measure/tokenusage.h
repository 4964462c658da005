#pragma once

#include <QtGlobal>
#include <optional>

// The server's `usage` object (OpenAI shape; AnthropicEventDecoder maps the Anthropic one onto it:
// promptTokens then counts every prompt token, cached and cache-written ones included). Reasoning tokens exist only in newer vLLM
// (`completion_tokens_details.reasoning_tokens`); llama.cpp never sends them.
struct TokenUsage
{
    std::optional<qint64> promptTokens;
    std::optional<qint64> completionTokens;
    std::optional<qint64> totalTokens;
    std::optional<qint64> reasoningTokens; // completion_tokens_details.reasoning_tokens
    std::optional<qint64> cachedTokens;    // prompt_tokens_details.cached_tokens (Anthropic: cache_read_input_tokens)
    std::optional<qint64> cacheWriteTokens; // Anthropic cache_creation_input_tokens (OpenAI: none)

    bool operator==(const TokenUsage &) const = default;
};
