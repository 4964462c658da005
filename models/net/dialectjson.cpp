#include "models/net/dialectjson.h"

#include "models/net/chatrequest.h"

#include <QUuid>

namespace DialectJson {

std::string utf8(const QString &s)
{
    const QByteArray bytes = s.toUtf8();
    return std::string(bytes.constData(), size_t(bytes.size()));
}

QByteArray bytes(const nlohmann::ordered_json &body)
{
    const std::string dumped = body.dump();
    return QByteArray(dumped.data(), qsizetype(dumped.size()));
}

QString nonceLine(const ChatRequest &request)
{
    if (!request.cacheBust)
        return QString();
    const QString nonce = request.cacheBustNonce.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces)
                                                           : request.cacheBustNonce;
    return QStringLiteral("[nonce %1]\n").arg(nonce);
}

nlohmann::ordered_json messages(const ChatRequest &request, bool includeSystem, const QString &nonce)
{
    bool nonceUsed = nonce.isEmpty();
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (const ChatMessage &message : request.messages) {
        if (!includeSystem && message.role == QLatin1String("system"))
            continue;
        QString content = message.content;
        if (!nonceUsed) {
            // At the very start of the prompt (the first message, system or user): a different first
            // line defeats every prefix cache, vLLM's automatic one and llama.cpp's slot reuse alike.
            content = nonce + content;
            nonceUsed = true;
        }
        list.push_back({{"role", utf8(message.role)}, {"content", utf8(content)}});
    }
    return list;
}

} // namespace DialectJson

nlohmann::ordered_json DialectJson::chatCompletionsStart(const ChatRequest &request)
{
    // ordered_json: the body reads in a natural order in logs and recordings.
    nlohmann::ordered_json body = nlohmann::ordered_json::object();
    if (!request.model.isEmpty())
        body["model"] = utf8(request.model);
    body["messages"] = messages(request, true, nonceLine(request));
    body["stream"] = request.stream;
    if (request.stream)
        body["stream_options"] = {{"include_usage", true}};
    return body;
}
