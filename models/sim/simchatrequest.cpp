#include "models/sim/simchatrequest.h"

#include "models/sim/simresponses.h"

#include <QCryptographicHash>
#include <nlohmann/json.hpp>

using json = nlohmann::json;

namespace {

QString q(const std::string &text)
{
    return QString::fromStdString(text);
}

// vLLM answers pydantic validation failures with the HTTP phrase as the type.
QByteArray vllmValidation(const QString &detail, const QString &param)
{
    return SimResponses::errorJson(Backend::Vllm, 400, QStringLiteral("1 validation error:\n  ") + detail,
                                   QStringLiteral("Bad Request"), param);
}

QString contentText(const json &content)
{
    if (content.is_string())
        return q(content.get<std::string>());
    QString out;
    if (content.is_array()) {
        for (const json &part : content)
            if (part.is_object() && part.value("type", std::string()) == "text" && part.contains("text") &&
                part["text"].is_string())
                out += q(part["text"].get<std::string>());
    }
    return out;
}

} // namespace

bool SimChatRequest::wantsStream(const QByteArray &body)
{
    const json j = json::parse(body.constBegin(), body.constEnd(), nullptr, false);
    return j.is_object() && j.contains("stream") && j["stream"].is_boolean() && j["stream"].get<bool>();
}

SimChatRequest SimChatRequest::parse(const QByteArray &body, const SimProfile &profile)
{
    SimChatRequest r;
    const bool llama = profile.dialect == Backend::LlamaCpp;
    json j;
    try {
        j = json::parse(body.constBegin(), body.constEnd());
    } catch (const json::exception &e) {
        r.errorStatus = llama ? 500 : 400;
        r.errorBody =
            llama
                ? SimResponses::errorJson(Backend::LlamaCpp, 500, q(e.what()), QStringLiteral("server_error"))
                : vllmValidation(QStringLiteral("{'type': 'json_invalid', 'loc': ('body', 0), 'msg': "
                                                "'JSON decode error', 'input': {}}"),
                                 QString());
        return r;
    }
    if (!j.is_object() || !j.contains("messages") || !j["messages"].is_array()) {
        r.errorStatus = 400;
        r.errorBody =
            llama ? SimResponses::errorJson(Backend::LlamaCpp, 400, QStringLiteral("'messages' is required"),
                                            QStringLiteral("invalid_request_error"))
                  : vllmValidation(QStringLiteral("{'type': 'missing', 'loc': ('body', 'messages'), "
                                                  "'msg': 'Field required', 'input': {}}"),
                                   QStringLiteral("messages"));
        return r;
    }
    for (const json &m : j["messages"]) {
        if (!m.is_object())
            continue;
        SimRequest::Message message;
        message.role =
            m.contains("role") && m["role"].is_string() ? q(m["role"].get<std::string>()) : QString();
        message.content = m.contains("content") ? contentText(m["content"]) : QString();
        r.messages << message;
    }
    if (j.contains("model") && j["model"].is_string())
        r.model = q(j["model"].get<std::string>());
    const bool anthropic = profile.dialect == Backend::Anthropic;
    if (anthropic) {
        // Messages API: the system prompt is a top-level field; thinking is {"type": "enabled", ...}.
        if (j.contains("system")) {
            SimRequest::Message system;
            system.role = QStringLiteral("system");
            system.content = contentText(j["system"]);
            r.messages.prepend(system);
        }
        const json &thinking = j.contains("thinking") ? j["thinking"] : json();
        r.enableThinking = thinking.is_object() && thinking.contains("type") &&
                           thinking["type"] == "enabled";
        r.includeUsage = true; // the Messages API always reports usage
    }
    if (!llama && !anthropic && !r.model.isEmpty() && r.model != profile.modelId) {
        // llama-server serves one model and ignores the name; vLLM checks it.
        r.errorStatus = 404;
        r.errorBody = SimResponses::errorJson(Backend::Vllm, 404,
                                              QStringLiteral("The model `%1` does not exist.").arg(r.model),
                                              QStringLiteral("NotFoundError"), QStringLiteral("model"));
        return r;
    }
    r.stream = j.contains("stream") && j["stream"].is_boolean() && j["stream"].get<bool>();
    if (!anthropic && j.contains("stream_options") && j["stream_options"].is_object()) {
        const json &options = j["stream_options"];
        r.includeUsage = options.contains("include_usage") && options["include_usage"].is_boolean() &&
                         options["include_usage"].get<bool>();
    }
    if (llama && j.contains("cache_prompt") && j["cache_prompt"].is_boolean())
        r.cachePrompt = j["cache_prompt"].get<bool>();
    for (const char *key : {"max_completion_tokens", "max_tokens", "n_predict"}) {
        if (j.contains(key) && j[key].is_number_integer()) {
            r.maxTokens = j[key].get<int>();
            break;
        }
    }
    if (r.maxTokens && *r.maxTokens < 0 && llama)
        r.maxTokens.reset(); // n_predict -1: until the context is full
    if (r.maxTokens && *r.maxTokens < 1) {
        r.errorStatus = 400;
        r.errorBody = llama ? SimResponses::errorJson(Backend::LlamaCpp, 400,
                                                      QStringLiteral("max_tokens must be at least 1"),
                                                      QStringLiteral("invalid_request_error"))
                            : SimResponses::errorJson(
                                  Backend::Vllm, 400,
                                  QStringLiteral("max_tokens must be at least 1, got %1.").arg(*r.maxTokens),
                                  QStringLiteral("BadRequestError"), QStringLiteral("max_tokens"));
        return r;
    }
    if (j.contains("seed") && j["seed"].is_number_integer())
        r.seed = j["seed"].get<qint64>();
    if (j.contains("temperature") && j["temperature"].is_number())
        r.temperature = j["temperature"].get<double>();
    if (j.contains("chat_template_kwargs") && j["chat_template_kwargs"].is_object()) {
        const json &kw = j["chat_template_kwargs"];
        if (kw.contains("enable_thinking") && kw["enable_thinking"].is_boolean())
            r.enableThinking = kw["enable_thinking"].get<bool>();
    }
    if (!llama && !anthropic && !r.enableThinking && j.contains("reasoning_effort") && j["reasoning_effort"].is_string())
        r.enableThinking = j["reasoning_effort"].get<std::string>() != "none";
    return r;
}

std::optional<QByteArray> SimChatRequest::contextError(const SimProfile &profile, int promptTokens,
                                                       std::optional<int> maxTokens)
{
    const qint64 ctx = profile.contextLength;
    if (profile.dialect == Backend::LlamaCpp) {
        if (promptTokens < ctx)
            return std::nullopt;
        const QString message =
            QStringLiteral("request (%1 tokens) exceeds the available context size (%2 tokens), "
                           "try increasing it")
                .arg(promptTokens)
                .arg(ctx);
        const nlohmann::ordered_json j{{"error",
                                        {{"code", 400},
                                         {"message", message.toStdString()},
                                         {"type", "exceed_context_size_error"},
                                         {"n_prompt_tokens", promptTokens},
                                         {"n_ctx", ctx}}}};
        return QByteArray::fromStdString(j.dump());
    }
    const int requested = maxTokens.value_or(0);
    if (promptTokens + requested <= ctx)
        return std::nullopt;
    return SimResponses::errorJson(
        Backend::Vllm, 400,
        QStringLiteral(
            "This model's maximum context length is %1 tokens. However, you requested %2 output tokens "
            "and your prompt contains %3 input tokens, for a total of %4 tokens. Please reduce the "
            "length of the input prompt or the number of requested output tokens.")
            .arg(ctx)
            .arg(requested)
            .arg(promptTokens)
            .arg(promptTokens + requested),
        QStringLiteral("BadRequestError"));
}

QByteArray SimChatRequest::fingerprint(bool thinking) const
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(QByteArray(QByteArray::number(thinking) + '|' + QByteArray::number(seed.value_or(-1)) + '|' +
                            QByteArray::number(temperature.value_or(-1.0)) + '|' +
                            QByteArray::number(maxTokens.value_or(-1))));
    for (const SimRequest::Message &m : messages)
        hash.addData(QByteArray(m.role.toUtf8() + '\x1f' + SimRequest::withoutNonce(m.content).toUtf8() + '\x1e'));
    return hash.result();
}
