#include "models/net/chatrequest.h"

#include <QUuid>
#include <nlohmann/json.hpp>

namespace {
std::string utf8(const QString &s)
{
    const QByteArray bytes = s.toUtf8();
    return std::string(bytes.constData(), size_t(bytes.size()));
}
} // namespace

QByteArray ChatRequest::toJson() const
{
    // ordered_json: the body reads in a natural order in logs and recordings.
    nlohmann::ordered_json body = nlohmann::ordered_json::object();
    if (!model.isEmpty())
        body["model"] = utf8(model);

    const QString nonce =
        cacheBustNonce.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : cacheBustNonce;
    bool nonceUsed = false;
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (const ChatMessage &message : messages) {
        QString content = message.content;
        if (cacheBust && !nonceUsed) {
            // At the very start of the prompt (the first message, system or user): a different first
            // line defeats every prefix cache, vLLM's automatic one and llama.cpp's slot reuse alike.
            content = QStringLiteral("[nonce %1]\n").arg(nonce) + content;
            nonceUsed = true;
        }
        list.push_back({{"role", utf8(message.role)}, {"content", utf8(content)}});
    }
    body["messages"] = std::move(list);
    body["stream"] = stream;
    if (stream)
        body["stream_options"] = {{"include_usage", true}};
    body["max_tokens"] = maxTokens;
    if (temperature)
        body["temperature"] = *temperature;
    if (seed)
        body["seed"] = *seed;
    if (thinking) {
        // Every form the common templates read: Qwen3 / vLLM / llama.cpp `enable_thinking`, DeepSeek V3.1
        // and others `thinking`. A template ignores the keys it does not use.
        body["chat_template_kwargs"] = {{"enable_thinking", *thinking}, {"thinking", *thinking}};
    }
    if (cacheBust)
        body["cache_prompt"] = false; // llama.cpp: do not reuse the slot's KV cache
    const std::string dumped = body.dump();
    return QByteArray(dumped.data(), qsizetype(dumped.size()));
}

QUrl ChatRequest::endpointUrl() const
{
    QUrl url = node.url;
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    if (!path.endsWith(QLatin1String("/v1")))
        path += QLatin1String("/v1");
    url.setPath(path + QLatin1String("/chat/completions"));
    return url;
}
