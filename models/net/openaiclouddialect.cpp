#include "models/net/openaiclouddialect.h"

#include "models/net/chatrequest.h"
#include "models/net/dialectjson.h"

QByteArray OpenAiCloudDialect::requestBody(const ChatRequest &request) const
{
    nlohmann::ordered_json body = DialectJson::chatCompletionsStart(request);
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

QStringList OpenAiCloudDialect::thinkingToggleForms() const
{
    return {QStringLiteral("reasoning_effort")};
}
