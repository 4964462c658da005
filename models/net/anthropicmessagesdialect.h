#pragma once

#include "models/net/apidialect.h"

// Anthropic Messages API: POST /v1/messages with `x-api-key`, `anthropic-version: 2023-06-01` and a JSON
// body {model, max_tokens, system, messages, stream}. Thinking ON = `thinking: {"type": "enabled",
// "budget_tokens": N}` with 1024 <= N < max_tokens (N = ChatRequest::thinkingBudgetTokens, or half of
// max tokens; when max tokens is too small for that, max_tokens becomes N + the requested max tokens so
// the answer keeps its room), OFF or unset = no `thinking` field (the API's default is off). Temperature
// is left out while thinking (the API accepts only the default then); seed does not exist there.
// Decoded by AnthropicEventDecoder. Health: the authenticated GET /v1/models.
class AnthropicMessagesDialect final : public ApiDialect
{
public:
    static constexpr int MinThinkingBudget = 1024;

    QString key() const override { return QStringLiteral("anthropic-messages"); }
    bool handles(Backend backend) const override { return backend == Backend::Anthropic; }
    QString chatPath() const override { return QStringLiteral("/v1/messages"); }
    QString healthPath() const override { return modelsPath(); }
    bool isCloud() const override { return true; }
    HttpHeaders authHeaders(const NodeConfig &node) const override;
    QByteArray requestBody(const ChatRequest &request) const override;
    QStringList thinkingToggleForms() const override;
    std::unique_ptr<StreamEventDecoder> newDecoder() const override;

    static QByteArray apiVersion() { return QByteArrayLiteral("2023-06-01"); }
    // {max_tokens, budget_tokens} sent for a request with thinking ON.
    static std::pair<int, int> thinkingLimits(int maxTokens, int budgetTokens);
};
