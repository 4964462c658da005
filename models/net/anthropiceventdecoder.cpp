#include "models/net/anthropiceventdecoder.h"

#include "models/net/chunkdecoder.h"

#include <QCoreApplication>
#include <nlohmann/json.hpp>

namespace {

using Json = nlohmann::json;

QString str(const Json &object, const char *key)
{
    if (!object.is_object())
        return QString();
    const auto it = object.find(key);
    if (it == object.end() || !it->is_string())
        return QString();
    return QString::fromStdString(it->get<std::string>());
}

std::optional<qint64> count(const Json &object, const char *key)
{
    if (!object.is_object())
        return std::nullopt;
    const auto it = object.find(key);
    if (it == object.end() || !it->is_number() || it->get<double>() < 0)
        return std::nullopt;
    return it->get<qint64>();
}

const Json &member(const Json &object, const char *key)
{
    static const Json null;
    if (!object.is_object())
        return null;
    const auto it = object.find(key);
    return it == object.end() ? null : *it;
}

void appendText(QList<ChunkItem> &out, ChunkItem::Kind kind, const QString &text)
{
    if (text.isEmpty())
        return;
    ChunkItem item;
    item.kind = kind;
    item.text = text;
    out.append(std::move(item));
}

ChunkItem errorItem(const Json &root, QByteArrayView raw)
{
    const Json &error = member(root, "error");
    ChunkItem item;
    item.kind = ChunkItem::Kind::Error;
    item.errorType = str(error, "type");
    item.text = str(error, "message");
    if (item.text.isEmpty())
        item.text = QString::fromUtf8(raw.first(std::min<qsizetype>(400, raw.size())));
    if (item.errorType.isEmpty())
        item.errorType = QStringLiteral("error_event");
    return item;
}

// Reads a usage object into `usage` (fields absent from it keep their value).
void readUsage(const Json &object, TokenUsage &usage, std::optional<qint64> &input)
{
    if (auto v = count(object, "input_tokens"))
        input = v;
    if (auto v = count(object, "cache_read_input_tokens"))
        usage.cachedTokens = v;
    if (auto v = count(object, "cache_creation_input_tokens"))
        usage.cacheWriteTokens = v;
    if (auto v = count(object, "output_tokens"))
        usage.completionTokens = v;
}

TokenUsage normalized(TokenUsage usage, std::optional<qint64> input)
{
    if (input)
        usage.promptTokens = *input + usage.cachedTokens.value_or(0) + usage.cacheWriteTokens.value_or(0);
    if (usage.promptTokens && usage.completionTokens)
        usage.totalTokens = *usage.promptTokens + *usage.completionTokens;
    return usage;
}

ChunkItem usageItem(const TokenUsage &usage)
{
    ChunkItem item;
    item.kind = ChunkItem::Kind::Usage;
    item.usage = usage;
    return item;
}

} // namespace

QString AnthropicEventDecoder::finishReason(const QString &stopReason)
{
    if (stopReason == QLatin1String("end_turn") || stopReason == QLatin1String("stop_sequence"))
        return QStringLiteral("stop");
    if (stopReason == QLatin1String("max_tokens"))
        return QStringLiteral("length");
    if (stopReason == QLatin1String("tool_use"))
        return QStringLiteral("tool_calls");
    return stopReason;
}

QList<ChunkItem> AnthropicEventDecoder::decode(const SseEvent &event)
{
    m_lastCarriedTokens = false;
    const Json root = Json::parse(event.data.begin(), event.data.end(), nullptr, false);
    if (root.is_discarded() || !root.is_object()) {
        if (event.isError()) {
            ChunkItem item;
            item.kind = ChunkItem::Kind::Error;
            item.errorType = QStringLiteral("error_event");
            item.text = QString::fromUtf8(event.data);
            return {item};
        }
        ChunkItem item;
        item.kind = ChunkItem::Kind::Error;
        item.errorType = QStringLiteral("malformed_json");
        item.text = QCoreApplication::translate("AnthropicEventDecoder",
                                                "The server sent an event that is not a JSON object: %1")
                        .arg(QString::fromUtf8(event.data.first(std::min<qsizetype>(120, event.data.size()))));
        return {item};
    }
    QString type = str(root, "type");
    if (type.isEmpty())
        type = QString::fromUtf8(event.name);
    QList<ChunkItem> out;
    if (type == QLatin1String("error") || event.isError()) {
        out.append(errorItem(root, event.data));
    } else if (type == QLatin1String("message_start")) {
        const Json &message = member(root, "message");
        const QString model = str(message, "model");
        if (!model.isEmpty())
            m_model = model;
        std::optional<qint64> input;
        readUsage(member(message, "usage"), m_usage, input);
        m_usage = normalized(m_usage, input);
        m_usage.completionTokens.reset(); // message_start's output_tokens is a placeholder
        m_usage.totalTokens.reset();
        ChunkItem role;
        role.kind = ChunkItem::Kind::Role;
        role.text = str(message, "role");
        out.append(role);
    } else if (type == QLatin1String("content_block_start")) {
        const Json &block = member(root, "content_block");
        const QString blockType = str(block, "type");
        if (blockType == QLatin1String("thinking"))
            appendText(out, ChunkItem::Kind::Reasoning, str(block, "thinking"));
        else if (blockType == QLatin1String("text"))
            appendText(out, ChunkItem::Kind::Content, str(block, "text"));
    } else if (type == QLatin1String("content_block_delta")) {
        const Json &delta = member(root, "delta");
        const QString deltaType = str(delta, "type");
        if (deltaType == QLatin1String("text_delta"))
            appendText(out, ChunkItem::Kind::Content, str(delta, "text"));
        else if (deltaType == QLatin1String("thinking_delta"))
            appendText(out, ChunkItem::Kind::Reasoning, str(delta, "thinking"));
    } else if (type == QLatin1String("message_delta")) {
        const QString stop = str(member(root, "delta"), "stop_reason");
        if (!stop.isEmpty()) {
            ChunkItem item;
            item.kind = ChunkItem::Kind::Finish;
            item.text = finishReason(stop);
            out.append(item);
        }
        const Json &usage = member(root, "usage");
        if (usage.is_object()) {
            std::optional<qint64> input;
            if (m_usage.promptTokens)
                input = *m_usage.promptTokens - m_usage.cachedTokens.value_or(0) -
                        m_usage.cacheWriteTokens.value_or(0);
            readUsage(usage, m_usage, input);
            m_usage = normalized(m_usage, input);
            out.append(usageItem(m_usage));
        }
    } else if (type == QLatin1String("message_stop")) {
        ChunkItem done;
        done.kind = ChunkItem::Kind::Done;
        out.append(done);
    }
    // ping, content_block_stop and event types added later: nothing to take.
    for (const ChunkItem &item : std::as_const(out))
        m_lastCarriedTokens = m_lastCarriedTokens || item.kind == ChunkItem::Kind::Content ||
                              item.kind == ChunkItem::Kind::Reasoning;
    return out;
}

QList<ChunkItem> AnthropicEventDecoder::decodeCompletion(QByteArrayView body)
{
    m_lastCarriedTokens = false;
    const Json root = Json::parse(body.begin(), body.end(), nullptr, false);
    if (root.is_discarded() || !root.is_object()) {
        ChunkItem item;
        item.kind = ChunkItem::Kind::Error;
        item.errorType = QStringLiteral("malformed_json");
        item.text = QCoreApplication::translate("AnthropicEventDecoder",
                                                "The server answered with something that is not a JSON "
                                                "object: %1")
                        .arg(QString::fromUtf8(body.first(std::min<qsizetype>(120, body.size()))));
        return {item};
    }
    if (str(root, "type") == QLatin1String("error"))
        return {errorItem(root, body)};
    QList<ChunkItem> out;
    const QString model = str(root, "model");
    if (!model.isEmpty())
        m_model = model;
    const Json &content = member(root, "content");
    if (content.is_array()) {
        for (const Json &block : content) {
            const QString blockType = str(block, "type");
            if (blockType == QLatin1String("thinking"))
                appendText(out, ChunkItem::Kind::Reasoning, str(block, "thinking"));
            else if (blockType == QLatin1String("text"))
                appendText(out, ChunkItem::Kind::Content, str(block, "text"));
        }
    }
    m_lastCarriedTokens = !out.isEmpty();
    const QString stop = str(root, "stop_reason");
    if (!stop.isEmpty()) {
        ChunkItem item;
        item.kind = ChunkItem::Kind::Finish;
        item.text = finishReason(stop);
        out.append(item);
    }
    const Json &usage = member(root, "usage");
    if (usage.is_object()) {
        std::optional<qint64> input;
        readUsage(usage, m_usage, input);
        m_usage = normalized(m_usage, input);
        out.append(usageItem(m_usage));
    }
    return out;
}
