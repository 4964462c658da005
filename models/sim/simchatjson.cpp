#include "models/sim/simchatjson.h"

#include <nlohmann/json.hpp>

using ordered_json = nlohmann::ordered_json;

namespace {

std::string s(const QString &text)
{
    return text.toStdString();
}

QByteArray dump(const ordered_json &j)
{
    // Invalid UTF-8 cannot come from QString; `replace` keeps dump() from throwing in any case.
    return QByteArray::fromStdString(j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

ordered_json timingsJson(const SimChatJson::Timings &t)
{
    ordered_json j;
    j["cache_n"] = t.cacheN;
    j["prompt_n"] = t.promptN;
    j["prompt_ms"] = t.promptMs;
    j["prompt_per_token_ms"] = t.promptN > 0 ? t.promptMs / t.promptN : 0.0;
    j["prompt_per_second"] = t.promptMs > 0 ? 1e3 / t.promptMs * t.promptN : 0.0;
    j["predicted_n"] = t.predictedN;
    j["predicted_ms"] = t.predictedMs;
    // llama-server divides by n - 1: the first token comes from the prompt pass.
    const int steps = qMax(0, t.predictedN - 1);
    j["predicted_per_token_ms"] = steps > 0 ? t.predictedMs / steps : t.predictedMs;
    j["predicted_per_second"] = t.predictedMs > 0 ? 1e3 / t.predictedMs * steps : 0.0;
    return j;
}

} // namespace

SimChatJson::SimChatJson(const SimProfile &profile, QString id, qint64 created)
    : m_profile(profile), m_id(std::move(id)), m_created(created)
{}

nlohmann::ordered_json SimChatJson::llamaChunk(nlohmann::ordered_json choices) const
{
    // llama-server's key order: choices first, object last.
    ordered_json j;
    j["choices"] = std::move(choices);
    j["created"] = m_created;
    j["id"] = s(m_id);
    j["model"] = s(m_profile.modelId);
    j["system_fingerprint"] = s(m_profile.serverVersion);
    j["object"] = "chat.completion.chunk";
    return j;
}

nlohmann::ordered_json SimChatJson::vllmChunk(nlohmann::ordered_json choices) const
{
    // vLLM's pydantic field order: id, object, created, model, choices.
    ordered_json j;
    j["id"] = s(m_id);
    j["object"] = "chat.completion.chunk";
    j["created"] = m_created;
    j["model"] = s(m_profile.modelId);
    j["choices"] = std::move(choices);
    return j;
}

QString SimChatJson::reasoningKey() const
{
    if (m_profile.dialect == Backend::LlamaCpp ||
        m_profile.reasoningStyle == SimReasoningStyle::ReasoningContentField)
        return QStringLiteral("reasoning_content");
    return QStringLiteral("reasoning");
}

QByteArray SimChatJson::roleChunk() const
{
    if (m_profile.dialect == Backend::LlamaCpp) {
        ordered_json j = llamaChunk(
            ordered_json::array({ordered_json{{"finish_reason", nullptr},
                                              {"index", 0},
                                              {"delta", {{"role", "assistant"}, {"content", nullptr}}}}}));
        return dump(j);
    }
    ordered_json j =
        vllmChunk(ordered_json::array({ordered_json{{"index", 0},
                                                    {"delta", {{"role", "assistant"}, {"content", ""}}},
                                                    {"logprobs", nullptr},
                                                    {"finish_reason", nullptr}}}));
    j["prompt_token_ids"] = nullptr;
    return dump(j);
}

QByteArray SimChatJson::deltaChunk(DeltaKind kind, const QString &text, const QString &finishReason) const
{
    const std::string key = kind == DeltaKind::Reasoning ? s(reasoningKey()) : std::string("content");
    ordered_json delta;
    delta[key] = s(text);
    if (m_profile.dialect == Backend::LlamaCpp) {
        ordered_json j = llamaChunk(
            ordered_json::array({ordered_json{{"finish_reason", nullptr}, {"index", 0}, {"delta", delta}}}));
        return dump(j);
    }
    ordered_json choice{{"index", 0}, {"delta", delta}, {"logprobs", nullptr}};
    if (finishReason.isEmpty()) {
        choice["finish_reason"] = nullptr;
    } else {
        choice["finish_reason"] = s(finishReason);
        choice["stop_reason"] = nullptr;
    }
    choice["token_ids"] = nullptr;
    ordered_json j = vllmChunk(ordered_json::array({choice}));
    return dump(j);
}

QByteArray SimChatJson::finishChunk(const QString &finishReason, const std::optional<Timings> &timings) const
{
    if (m_profile.dialect == Backend::LlamaCpp) {
        ordered_json j = llamaChunk(ordered_json::array({ordered_json{
            {"finish_reason", s(finishReason)}, {"index", 0}, {"delta", ordered_json::object()}}}));
        if (timings)
            j["timings"] = timingsJson(*timings);
        return dump(j);
    }
    return deltaChunk(DeltaKind::Content, QString(), finishReason);
}

QByteArray SimChatJson::usageChunk(const Usage &u, const std::optional<Timings> &timings) const
{
    ordered_json usage;
    if (m_profile.dialect == Backend::LlamaCpp) {
        usage["completion_tokens"] = u.completionTokens;
        usage["prompt_tokens"] = u.promptTokens;
        usage["total_tokens"] = u.promptTokens + u.completionTokens;
        usage["prompt_tokens_details"] = {{"cached_tokens", u.cachedTokens}};
        ordered_json j = llamaChunk(ordered_json::array());
        j["usage"] = usage;
        if (timings)
            j["timings"] = timingsJson(*timings);
        return dump(j);
    }
    usage["prompt_tokens"] = u.promptTokens;
    usage["total_tokens"] = u.promptTokens + u.completionTokens;
    usage["completion_tokens"] = u.completionTokens;
    if (m_profile.reportCachedTokens)
        usage["prompt_tokens_details"] = {{"cached_tokens", u.cachedTokens}};
    if (m_profile.reportReasoningTokens)
        usage["completion_tokens_details"] = {{"reasoning_tokens", u.reasoningTokens}};
    ordered_json j = vllmChunk(ordered_json::array());
    j["usage"] = usage;
    return dump(j);
}

QByteArray SimChatJson::errorEvent(int code, const QString &message, const QString &type) const
{
    ordered_json error;
    if (m_profile.dialect == Backend::LlamaCpp) {
        error = {{"code", code}, {"message", s(message)}, {"type", s(type)}};
    } else {
        error = {{"message", s(message)}, {"type", s(type)}, {"param", nullptr}, {"code", code}};
    }
    return dump(ordered_json{{"error", error}});
}

QByteArray SimChatJson::completion(const QString &content, const QString &reasoning,
                                   const QString &finishReason, const Usage &u, const Timings &timings) const
{
    if (m_profile.dialect == Backend::LlamaCpp) {
        ordered_json message{{"role", "assistant"}, {"content", s(content)}};
        if (!reasoning.isEmpty())
            message["reasoning_content"] = s(reasoning);
        ordered_json j;
        j["choices"] = ordered_json::array(
            {ordered_json{{"finish_reason", s(finishReason)}, {"index", 0}, {"message", message}}});
        j["created"] = m_created;
        j["model"] = s(m_profile.modelId);
        j["system_fingerprint"] = s(m_profile.serverVersion);
        j["object"] = "chat.completion";
        j["usage"] = {{"completion_tokens", u.completionTokens},
                      {"prompt_tokens", u.promptTokens},
                      {"total_tokens", u.promptTokens + u.completionTokens},
                      {"prompt_tokens_details", {{"cached_tokens", u.cachedTokens}}}};
        j["id"] = s(m_id);
        j["timings"] = timingsJson(timings);
        return dump(j);
    }
    ordered_json message;
    message["role"] = "assistant";
    message["content"] = s(content);
    message["refusal"] = nullptr;
    message["annotations"] = nullptr;
    message["audio"] = nullptr;
    message["function_call"] = nullptr;
    message["tool_calls"] = ordered_json::array();
    message[s(reasoningKey())] = reasoning.isEmpty() ? ordered_json() : ordered_json(s(reasoning));
    ordered_json usage;
    usage["prompt_tokens"] = u.promptTokens;
    usage["total_tokens"] = u.promptTokens + u.completionTokens;
    usage["completion_tokens"] = u.completionTokens;
    usage["prompt_tokens_details"] =
        m_profile.reportCachedTokens ? ordered_json{{"cached_tokens", u.cachedTokens}} : ordered_json();
    if (m_profile.reportReasoningTokens)
        usage["completion_tokens_details"] = {{"reasoning_tokens", u.reasoningTokens}};
    ordered_json j;
    j["id"] = s(m_id);
    j["object"] = "chat.completion";
    j["created"] = m_created;
    j["model"] = s(m_profile.modelId);
    j["choices"] = ordered_json::array({ordered_json{{"index", 0},
                                                     {"message", message},
                                                     {"logprobs", nullptr},
                                                     {"finish_reason", s(finishReason)},
                                                     {"stop_reason", nullptr},
                                                     {"token_ids", nullptr}}});
    j["service_tier"] = nullptr;
    j["system_fingerprint"] = nullptr;
    j["usage"] = usage;
    j["prompt_logprobs"] = nullptr;
    j["prompt_token_ids"] = nullptr;
    j["kv_transfer_params"] = nullptr;
    return dump(j);
}
