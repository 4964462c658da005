#pragma once

#include "models/net/openaichatdialect.h"

// OpenAI's own cloud API through Chat Completions: a bearer key (required), `max_completion_tokens`
// instead of `max_tokens`, thinking controlled by `reasoning_effort` (ON = ChatRequest::reasoningEffort,
// "medium" by default; OFF = "minimal", the least reasoning the GPT-5 family allows; unset = the model's
// default), no chat_template_kwargs / cache_prompt / seed. Usage with prompt_tokens_details.cached_tokens
// and completion_tokens_details.reasoning_tokens, decoded by the same ChunkDecoder. Health: the
// authenticated GET /v1/models.
class OpenAiCloudDialect final : public OpenAiChatDialect
{
public:
    QString key() const override { return QStringLiteral("openai-cloud"); }
    bool handles(Backend backend) const override { return backend == Backend::OpenAiCloud; }
    QString healthPath() const override { return modelsPath(); }
    bool isCloud() const override { return true; }
    QByteArray requestBody(const ChatRequest &request) const override;
    QStringList thinkingToggleForms() const override;

    static QString thinkingOffEffort() { return QStringLiteral("minimal"); }
};
