#pragma once

#include "models/node/backend.h"

#include <QString>
#include <QStringList>
#include <optional>

// How a simulated vLLM node reports thinking text. llama.cpp always uses `reasoning_content`.
enum class SimReasoningStyle
{
    ReasoningField,        // delta.reasoning / message.reasoning (current vLLM)
    ReasoningContentField, // delta.reasoning_content (vLLM before 2026-01, llama.cpp --reasoning-format
                           // deepseek)
    InlineThinkTags,       // "<think>...</think>" inside content (no reasoning parser on the server)
    TemplateOpenedThink,   // the chat template ends the prompt in "<think>\n" and no parser runs
                           // (QwQ, R1 distills, llama-server --reasoning-format none): reasoning is
                           // plain content up to a bare "</think>"; either dialect
};

// Everything that makes one simulated node look and time like a real one. Value type; the named
// profiles below reproduce the user's lab (numbers from the user's own write-ups).
struct SimProfile
{
    QString name;                    // profile key: vllm-dgx | vllm-dgx-thinking | llamacpp-5090 | test | ...
    Backend dialect = Backend::Vllm; // Vllm, LlamaCpp or Anthropic: which server's bytes to speak
    QString modelId;                 // served model name / llama.cpp alias
    QString modelPath;               // vLLM `root`, llama.cpp `model_path`
    QString serverVersion;           // vLLM /version, llama.cpp build_info / system_fingerprint
    qint64 contextLength = 32768;    // vLLM max_model_len; llama.cpp n_ctx per slot
    qint64 kvCacheTokens = 0;        // vLLM KV pool ("GPU KV cache size: N tokens"); 0 = 4 contexts
    qint64 trainContext = 262144;    // llama.cpp n_ctx_train
    int slotCount = 1;               // llama.cpp total_slots (requests beyond wait: requests_deferred)
    qint64 paramCount = 0;           // llama.cpp meta.n_params
    qint64 fileSizeBytes = 0;        // llama.cpp meta.size
    QString quantization;            // llama.cpp ftype ("Q4_K - Medium"), vLLM: informational only

    double prefillTokensPerSecond = 2000.0; // uncached prompt tokens per second
    double decodeTokensPerSecond = 65.0;    // generated tokens per second (average over chunks)
    double schedulingOverheadMs = 2.0;      // request parsed -> prefill starts (templating, queue)
    int maxTokensPerChunk = 1;              // > 1: MTP/speculative style chunks of 1..N tokens (seeded)
    int prefixCacheBlock = 0;               // 0 = no prompt cache; 1 = llama.cpp per-token; 16 = vLLM blocks

    bool thinkingDefault = false;      // thinking when the request does not say
    bool ignoreThinkingToggle = false; // server started with a fixed reasoning setting: request flag ignored
    SimReasoningStyle reasoningStyle = SimReasoningStyle::ReasoningField;
    bool reportReasoningTokens = false; // vLLM: usage.completion_tokens_details.reasoning_tokens
    bool reportCachedTokens = false;    // vLLM --enable-prompt-tokens-details (llama.cpp always does)
    bool nondeterministic = false;      // repeated identical requests sometimes answer differently (MTP)

    int defaultMaxTokens = 0; // 0 = context length minus prompt (what both servers do)

    // The named profiles, in display order.
    static QStringList names();
    static std::optional<SimProfile> byName(const QString &name);
    // One line per profile for `tokscope-cli sim --list-profiles`.
    QString summary() const;
    qint64 kvPoolTokens() const { return kvCacheTokens > 0 ? kvCacheTokens : contextLength * 4; }
};
