#pragma once

#include "models/net/apidialect.h"

// OpenAI-compatible Chat Completions as self-hosted servers speak it (vLLM, llama.cpp, any other
// OpenAI-compatible server): POST /v1/chat/completions with an optional bearer key, `max_tokens`,
// `stream_options.include_usage`, thinking through `chat_template_kwargs`, decoded by ChunkDecoder.
class OpenAiChatDialect : public ApiDialect
{
public:
    QString key() const override { return QStringLiteral("openai-chat"); }
    bool handles(Backend backend) const override;
    QString chatPath() const override { return QStringLiteral("/v1/chat/completions"); }
    HttpHeaders authHeaders(const NodeConfig &node) const override;
    QByteArray requestBody(const ChatRequest &request) const override;
    QStringList thinkingToggleForms() const override;
    std::unique_ptr<StreamEventDecoder> newDecoder() const override;
};
