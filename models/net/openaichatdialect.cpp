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
    // ordered_json: the body reads in a natural order in logs and recordings.
    nlohmann::ordered_json body = nlohmann::ordered_json::object();
    if (!request.model.isEmpty())
        body["model"] = DialectJson::utf8(request.model);
    body["messages"] = DialectJson::messages(request, true, DialectJson::nonceLine(request));
    body["stream"] = request.stream;
    if (request.stream)
        body["stream_options"] = {{"include_usage", true}};
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
