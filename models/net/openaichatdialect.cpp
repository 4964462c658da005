#include "models/net/openaichatdialect.h"

#include "models/net/chatrequest.h"
#include "models/net/chunkdecoder.h"
#include "models/net/dialectjson.h"

bool OpenAiChatDialect::handles(Backend backend) const
{
    return backend == Backend::Unknown || backend == Backend::Vllm || backend == Backend::LlamaCpp ||
           backend == Backend::OpenAi;
}

HttpHeaders OpenAiChatDialect::authHeaders(const NodeConfig &node) const
{
    if (node.apiKey.isEmpty())
        return {};
    return {{QByteArrayLiteral("Authorization"), "Bearer " + node.apiKey.toUtf8()}};
}

QByteArray OpenAiChatDialect::requestBody(const ChatRequest &request) const
{
    nlohmann::ordered_json body = DialectJson::chatCompletionsStart(request);
    body["max_tokens"] = request.maxTokens;
    if (request.temperature)
        body["temperature"] = *request.temperature;
    if (request.seed)
        body["seed"] = *request.seed;
    if (request.thinking) {
        // Every form the common templates read: Qwen3 / vLLM / llama.cpp `enable_thinking`, DeepSeek V3.1
        // and others `thinking`. A template ignores the keys it does not use.
        body["chat_template_kwargs"] = {{"enable_thinking", *request.thinking}, {"thinking", *request.thinking}};
    }
    if (request.cacheBust)
        body["cache_prompt"] = false; // llama.cpp: do not reuse the slot's KV cache
    return DialectJson::bytes(body);
}

std::unique_ptr<StreamEventDecoder> OpenAiChatDialect::newDecoder() const
{
    return std::make_unique<ChunkDecoder>();
}

QStringList OpenAiChatDialect::thinkingToggleForms() const
{
    return {QStringLiteral("chat_template_kwargs.enable_thinking"), QStringLiteral("chat_template_kwargs.thinking")};
}
