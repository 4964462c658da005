#include "models/sim/simanthropicstream.h"

#include <algorithm>

using ordered_json = nlohmann::ordered_json;

namespace {
std::string s(const QString &text)
{
    return text.toStdString();
}

ordered_json usageJson(const SimChatJson::Usage &u, int outputTokens)
{
    // input_tokens counts only the uncached prompt tokens, as the API does.
    return {{"input_tokens", std::max(0, u.promptTokens - u.cachedTokens)},
            {"cache_creation_input_tokens", 0},
            {"cache_read_input_tokens", u.cachedTokens},
            {"output_tokens", outputTokens}};
}
} // namespace

SimAnthropicStream::SimAnthropicStream(QString model, QString id) : m_model(std::move(model)), m_id(std::move(id)) {}

QByteArray SimAnthropicStream::event(const char *type, const ordered_json &data)
{
    return QByteArray("event: ") + type + "\ndata: " + QByteArray::fromStdString(data.dump()) + "\n\n";
}

QString SimAnthropicStream::stopReason(const QString &finishReason)
{
    if (finishReason == QLatin1String("length"))
        return QStringLiteral("max_tokens");
    return QStringLiteral("end_turn");
}

QString SimAnthropicStream::errorType(int status)
{
    switch (status) {
    case 400: return QStringLiteral("invalid_request_error");
    case 401: return QStringLiteral("authentication_error");
    case 403: return QStringLiteral("permission_error");
    case 404: return QStringLiteral("not_found_error");
    case 413: return QStringLiteral("request_too_large");
    case 429: return QStringLiteral("rate_limit_error");
    case 529: return QStringLiteral("overloaded_error");
    default: break;
    }
    return QStringLiteral("api_error");
}

QByteArray SimAnthropicStream::errorJson(const QString &type, const QString &message)
{
    const ordered_json j{{"type", "error"}, {"error", {{"type", s(type)}, {"message", s(message)}}}};
    return QByteArray::fromStdString(j.dump());
}

QByteArray SimAnthropicStream::errorEvent(const QString &type, const QString &message)
{
    return QByteArray("event: error\ndata: ") + errorJson(type, message) + "\n\n";
}

QList<QByteArray> SimAnthropicStream::start(const SimChatJson::Usage &usage) const
{
    const ordered_json message{{"id", s(m_id)},
                               {"type", "message"},
                               {"role", "assistant"},
                               {"content", ordered_json::array()},
                               {"model", s(m_model)},
                               {"stop_reason", nullptr},
                               {"stop_sequence", nullptr},
                               {"usage", usageJson(usage, 1)}};
    return {event("message_start", {{"type", "message_start"}, {"message", message}}),
            event("ping", {{"type", "ping"}})};
}

QList<QByteArray> SimAnthropicStream::closeBlock()
{
    if (!m_open)
        return {};
    m_open = false;
    return {event("content_block_stop", {{"type", "content_block_stop"}, {"index", m_index}})};
}

QList<QByteArray> SimAnthropicStream::delta(SimChatJson::DeltaKind kind, const QString &text)
{
    QList<QByteArray> out;
    const bool thinking = kind == SimChatJson::DeltaKind::Reasoning;
    if (!m_open || m_kind != kind) {
        if (m_open && m_kind == SimChatJson::DeltaKind::Reasoning)
            out << event("content_block_delta", {{"type", "content_block_delta"},
                                                 {"index", m_index},
                                                 {"delta", {{"type", "signature_delta"},
                                                            {"signature", "c2ltdWxhdGVkLXNpZ25hdHVyZQ=="}}}});
        out << closeBlock();
        ++m_index;
        m_open = true;
        m_kind = kind;
        const ordered_json block = thinking ? ordered_json{{"type", "thinking"}, {"thinking", ""}}
                                            : ordered_json{{"type", "text"}, {"text", ""}};
        out << event("content_block_start",
                     {{"type", "content_block_start"}, {"index", m_index}, {"content_block", block}});
    }
    const ordered_json d = thinking ? ordered_json{{"type", "thinking_delta"}, {"thinking", s(text)}}
                                    : ordered_json{{"type", "text_delta"}, {"text", s(text)}};
    out << event("content_block_delta", {{"type", "content_block_delta"}, {"index", m_index}, {"delta", d}});
    return out;
}

QList<QByteArray> SimAnthropicStream::finish(const QString &finishReason, const SimChatJson::Usage &usage)
{
    QList<QByteArray> out = closeBlock();
    out << event("message_delta",
                 {{"type", "message_delta"},
                  {"delta", {{"stop_reason", s(stopReason(finishReason))}, {"stop_sequence", nullptr}}},
                  {"usage", {{"output_tokens", usage.completionTokens}}}})
        << event("message_stop", {{"type", "message_stop"}});
    return out;
}

QByteArray SimAnthropicStream::message(const QString &content, const QString &reasoning,
                                       const QString &finishReason, const SimChatJson::Usage &usage) const
{
    ordered_json blocks = ordered_json::array();
    if (!reasoning.isEmpty())
        blocks.push_back({{"type", "thinking"}, {"thinking", s(reasoning)}, {"signature", "c2lt"}});
    blocks.push_back({{"type", "text"}, {"text", s(content)}});
    const ordered_json j{{"id", s(m_id)},
                         {"type", "message"},
                         {"role", "assistant"},
                         {"content", blocks},
                         {"model", s(m_model)},
                         {"stop_reason", s(stopReason(finishReason))},
                         {"stop_sequence", nullptr},
                         {"usage", usageJson(usage, usage.completionTokens)}};
    return QByteArray::fromStdString(j.dump());
}
