#include "models/sim/simprofile.h"

#include <QCoreApplication>

namespace {

SimProfile vllmDgx()
{
    SimProfile p;
    p.name = QStringLiteral("vllm-dgx");
    p.dialect = Backend::Vllm;
    p.modelId = QStringLiteral("Qwen3.5-35B-A3B-FP8");
    p.modelPath = QStringLiteral("/simulated/models/Qwen/Qwen3.5-35B-A3B-FP8");
    p.serverVersion = QStringLiteral("0.19.1+simulated");
    p.contextLength = 262144; // the user's DGX Sparks: 262K context, FP8 KV cache
    // The 262K context is what the Spark's memory allows next to the weights: the KV pool holds about one
    // full context (vLLM needs at least max_model_len), so two requests of a few thousand tokens show.
    p.kvCacheTokens = 300000;
    p.trainContext = 262144;
    p.slotCount = 1;
    p.paramCount = 35'000'000'000;
    p.quantization = QStringLiteral("fp8");
    p.prefillTokensPerSecond = 2000.0; // "~2000 tok/s prefill"
    p.decodeTokensPerSecond = 65.0;    // "65 tok/s generation" with MTP depth 3
    p.schedulingOverheadMs = 4.0;
    p.maxTokensPerChunk = 4;   // MTP depth 3: 1 verified + up to 3 accepted drafts per step
    p.prefixCacheBlock = 16;   // vLLM prefix caching works on 16-token blocks
    p.thinkingDefault = false; // DGX1 runs as the builder with thinking off
    p.reasoningStyle = SimReasoningStyle::ReasoningField;
    p.nondeterministic = true; // MTP: one run in four differs
    return p;
}

SimProfile vllmDgxThinking()
{
    SimProfile p = vllmDgx();
    p.name = QStringLiteral("vllm-dgx-thinking");
    p.modelId = QStringLiteral("Qwen3.6-35B-A3B-FP8");
    p.modelPath = QStringLiteral("/simulated/models/Qwen/Qwen3.6-35B-A3B-FP8");
    p.thinkingDefault = true; // DGX2 reviews with thinking on
    return p;
}

SimProfile vllmDgxFixedThinking()
{
    SimProfile p = vllmDgxThinking();
    p.name = QStringLiteral("vllm-dgx-fixed-thinking");
    p.ignoreThinkingToggle = true; // started with a fixed reasoning setting: enable_thinking is ignored
    return p;
}

SimProfile vllmDgxLegacy()
{
    SimProfile p = vllmDgx();
    p.name = QStringLiteral("vllm-dgx-legacy");
    p.serverVersion = QStringLiteral("0.10.2+simulated");
    p.thinkingDefault = true;
    p.reasoningStyle = SimReasoningStyle::ReasoningContentField; // before vLLM renamed it to `reasoning`
    return p;
}

SimProfile vllmNoParser()
{
    SimProfile p = vllmDgx();
    p.name = QStringLiteral("vllm-dgx-no-parser");
    p.thinkingDefault = true;
    p.reasoningStyle = SimReasoningStyle::InlineThinkTags; // no --reasoning-parser: <think> in content
    return p;
}

SimProfile llamaCpp5090()
{
    SimProfile p;
    p.name = QStringLiteral("llamacpp-5090");
    p.dialect = Backend::LlamaCpp;
    p.modelId = QStringLiteral("Qwen3.6-35B-A3B-UD-Q4_K_XL");
    p.modelPath = QStringLiteral("/simulated/models/Qwen3.6-35B-A3B-UD-Q4_K_XL.gguf");
    p.serverVersion = QStringLiteral("b10470-simulated");
    p.contextLength = 32768; // the user's 5090: 32K context per slot
    p.trainContext = 262144;
    p.slotCount = 4;
    p.paramCount = 34'660'610'688;
    p.fileSizeBytes = 23'100'000'000; // 23.1 GB
    p.quantization = QStringLiteral("Q4_K - Medium");
    p.prefillTokensPerSecond = 12000.0; // "~12000 tok/s prefill"
    p.decodeTokensPerSecond = 204.0;    // "204 tok/s generation"
    p.schedulingOverheadMs = 2.0;
    p.maxTokensPerChunk = 1;   // one chunk per token
    p.prefixCacheBlock = 1;    // llama.cpp prompt cache reuses any common prefix
    p.thinkingDefault = false; // per-request dynamic control
    p.reasoningStyle = SimReasoningStyle::ReasoningContentField;
    p.reportCachedTokens = true;
    return p;
}

SimProfile testVllm()
{
    SimProfile p = vllmDgx();
    p.name = QStringLiteral("test");
    p.modelId = QStringLiteral("sim-test-model");
    p.modelPath = QStringLiteral("/simulated/models/sim-test-model");
    p.contextLength = 32768;
    p.prefillTokensPerSecond = 50000.0;
    p.decodeTokensPerSecond = 1000.0;
    p.schedulingOverheadMs = 1.0;
    p.maxTokensPerChunk = 1;
    p.nondeterministic = false;
    return p;
}

SimProfile testLlamaCpp()
{
    SimProfile p = llamaCpp5090();
    p.name = QStringLiteral("test-llamacpp");
    p.modelId = QStringLiteral("sim-test-model");
    p.modelPath = QStringLiteral("/simulated/models/sim-test-model.gguf");
    p.prefillTokensPerSecond = 50000.0;
    p.decodeTokensPerSecond = 1000.0;
    p.schedulingOverheadMs = 1.0;
    return p;
}

// llama-server --reasoning-format none with a template that opens <think> in the prompt (QwQ-style).
SimProfile testLlamaCppTemplateThink()
{
    SimProfile p = testLlamaCpp();
    p.name = QStringLiteral("test-llamacpp-template-think");
    p.thinkingDefault = true;
    p.reasoningStyle = SimReasoningStyle::TemplateOpenedThink;
    return p;
}

// A commercial API in the Anthropic Messages dialect (x-api-key, /v1/messages, extended thinking).
// Speeds are made up for the demo, not a claim about any real service.
SimProfile anthropicCloud()
{
    SimProfile p;
    p.name = QStringLiteral("anthropic-cloud");
    p.dialect = Backend::Anthropic;
    p.modelId = QStringLiteral("claude-simulated");
    p.serverVersion = QStringLiteral("2023-06-01");
    p.contextLength = 200000;
    p.trainContext = 200000;
    p.slotCount = 8;
    p.prefillTokensPerSecond = 8000.0;
    p.decodeTokensPerSecond = 80.0;
    p.schedulingOverheadMs = 40.0; // the internet path and the provider's queue
    p.maxTokensPerChunk = 3;
    p.prefixCacheBlock = 16;
    p.thinkingDefault = false; // the API thinks only when asked
    p.reasoningStyle = SimReasoningStyle::ReasoningField;
    p.reportCachedTokens = true;
    return p;
}

SimProfile testAnthropic()
{
    SimProfile p = anthropicCloud();
    p.name = QStringLiteral("test-anthropic");
    p.prefillTokensPerSecond = 50000.0;
    p.decodeTokensPerSecond = 1000.0;
    p.schedulingOverheadMs = 1.0;
    p.maxTokensPerChunk = 1;
    return p;
}

QList<SimProfile> allProfiles()
{
    return {vllmDgx(),       vllmDgxThinking(), llamaCpp5090(), vllmDgxFixedThinking(),
            vllmDgxLegacy(), vllmNoParser(),    testVllm(),     testLlamaCpp(),
            testLlamaCppTemplateThink(), anthropicCloud(), testAnthropic()};
}

} // namespace

QStringList SimProfile::names()
{
    QStringList out;
    for (const SimProfile &p : allProfiles())
        out << p.name;
    return out;
}

std::optional<SimProfile> SimProfile::byName(const QString &name)
{
    for (const SimProfile &p : allProfiles())
        if (p.name == name.trimmed())
            return p;
    return std::nullopt;
}

QString SimProfile::summary() const
{
    const QString thinking =
        ignoreThinkingToggle ? QCoreApplication::translate("SimProfile", "thinking fixed %1")
                                   .arg(thinkingDefault ? QStringLiteral("on") : QStringLiteral("off"))
        : thinkingDefault ? QCoreApplication::translate("SimProfile", "thinking on by default")
                          : QCoreApplication::translate("SimProfile", "thinking off by default");
    return QCoreApplication::translate("SimProfile",
                                       "%1: %2 %3, prefill %4 tok/s, decode %5 tok/s, up to %6 tokens/chunk, "
                                       "context %7, %8%9")
        .arg(name, backendDisplayName(dialect), modelId)
        .arg(prefillTokensPerSecond, 0, 'f', 0)
        .arg(decodeTokensPerSecond, 0, 'f', 0)
        .arg(maxTokensPerChunk)
        .arg(contextLength)
        .arg(thinking,
             nondeterministic ? QCoreApplication::translate("SimProfile", ", nondeterministic") : QString());
}
