#include "models/net/anthropicmessagesdialect.h"

#include "models/net/anthropiceventdecoder.h"
#include "models/net/chatrequest.h"
#include "models/net/dialectjson.h"

#include <QStringList>
#include <algorithm>

HttpHeaders AnthropicMessagesDialect::authHeaders(const NodeConfig &node) const
{
    HttpHeaders headers;
    if (!node.apiKey.isEmpty())
        headers.append({QByteArrayLiteral("x-api-key"), node.apiKey.toUtf8()});
    headers.append({QByteArrayLiteral("anthropic-version"), apiVersion()});
    return headers;
}

std::pair<int, int> AnthropicMessagesDialect::thinkingLimits(int maxTokens, int budgetTokens)
{
    const int requested = std::max(1, maxTokens);
    const int budget = std::max(MinThinkingBudget, budgetTokens > 0 ? budgetTokens : requested / 2);
    if (budget < requested)
        return {requested, budget};
    return {budget + requested, budget};
}

QByteArray AnthropicMessagesDialect::requestBody(const ChatRequest &request) const
{
    nlohmann::ordered_json body = nlohmann::ordered_json::object();
    body["model"] = DialectJson::utf8(request.model);
    const bool thinking = request.thinking.value_or(false);
    const auto [maxTokens, budget] = thinkingLimits(request.maxTokens, request.thinkingBudgetTokens);
    body["max_tokens"] = thinking ? maxTokens : std::max(1, request.maxTokens);

    QStringList system;
    for (const ChatMessage &message : request.messages)
        if (message.role == QLatin1String("system"))
            system.append(message.content);
    const QString nonce = DialectJson::nonceLine(request);
    if (!system.isEmpty())
        body["system"] = DialectJson::utf8(nonce + system.join(QLatin1String("\n\n")));
    body["messages"] = DialectJson::messages(request, false, system.isEmpty() ? nonce : QString());
    body["stream"] = request.stream;
    if (thinking)
        body["thinking"] = {{"type", "enabled"}, {"budget_tokens", budget}};
    else if (request.temperature)
        body["temperature"] = *request.temperature;
    return DialectJson::bytes(body);
}

std::unique_ptr<StreamEventDecoder> AnthropicMessagesDialect::newDecoder() const
{
    return std::make_unique<AnthropicEventDecoder>();
}

QStringList AnthropicMessagesDialect::thinkingToggleForms() const
{
    return {QStringLiteral("thinking")};
}
