#include "models/net/openaiclouddialect.h"

#include "models/net/chatrequest.h"
#include "models/net/dialectjson.h"

QByteArray OpenAiCloudDialect::requestBody(const ChatRequest &request) const
{
    nlohmann::ordered_json body = nlohmann::ordered_json::object();
    if (!request.model.isEmpty())
        body["model"] = DialectJson::utf8(request.model);
    body["messages"] = DialectJson::messages(request, true, DialectJson::nonceLine(request));
    body["stream"] = request.stream;
    if (request.stream)
        body["stream_options"] = {{"include_usage", true}};
    body["max_completion_tokens"] = request.maxTokens;
    if (request.thinking) {
        const QString effort = *request.thinking
                                   ? (request.reasoningEffort.isEmpty() ? QStringLiteral("medium")
                                                                        : request.reasoningEffort)
                                   : thinkingOffEffort();
        body["reasoning_effort"] = DialectJson::utf8(effort);
    }
    if (request.temperature)
        body["temperature"] = *request.temperature;
    return DialectJson::bytes(body);
}
