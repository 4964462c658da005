#include "models/net/chunkdecoder.h"

#include <QCoreApplication>
#include <nlohmann/json.hpp>

// ordered_json keeps the key order, so llama.cpp's `timings` can be re-dumped byte for byte.
using Json = nlohmann::ordered_json;

namespace {

std::optional<qint64> intField(const Json &object, const char *key)
{
    const auto it = object.find(key);
    if (it == object.end() || !it->is_number())
        return std::nullopt;
    if (it->is_number_float())
        return qint64(std::llround(it->get<double>()));
    return it->get<qint64>();
}

std::optional<double> doubleField(const Json &object, const char *key)
{
    const auto it = object.find(key);
    if (it == object.end() || !it->is_number())
        return std::nullopt;
    return it->get<double>();
}

QString stringField(const Json &object, const char *key)
{
    const auto it = object.find(key);
    if (it == object.end() || !it->is_string())
        return QString();
    const std::string &s = it->get_ref<const std::string &>();
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

const Json *objectField(const Json &object, const char *key)
{
    const auto it = object.find(key);
    return (it != object.end() && it->is_object()) ? &*it : nullptr;
}

TokenUsage parseUsage(const Json &u)
{
    TokenUsage usage;
    usage.promptTokens = intField(u, "prompt_tokens");
    usage.completionTokens = intField(u, "completion_tokens");
    usage.totalTokens = intField(u, "total_tokens");
    if (const Json *details = objectField(u, "completion_tokens_details"))
        usage.reasoningTokens = intField(*details, "reasoning_tokens");
    if (const Json *details = objectField(u, "prompt_tokens_details"))
        usage.cachedTokens = intField(*details, "cached_tokens");
    return usage;
}

ServerTimings parseTimings(const Json &t)
{
    ServerTimings timings;
    timings.cacheN = intField(t, "cache_n");
    timings.promptN = intField(t, "prompt_n");
    timings.promptMs = doubleField(t, "prompt_ms");
    timings.promptPerSecond = doubleField(t, "prompt_per_second");
    timings.predictedN = intField(t, "predicted_n");
    timings.predictedMs = doubleField(t, "predicted_ms");
    timings.predictedPerSecond = doubleField(t, "predicted_per_second");
    timings.draftN = intField(t, "draft_n");
    timings.draftAcceptedN = intField(t, "draft_n_accepted");
    const std::string dumped = t.dump();
    timings.json = QByteArray(dumped.data(), qsizetype(dumped.size()));
    return timings;
}

ChunkItem errorItem(const Json &error)
{
    ChunkItem item;
    item.kind = ChunkItem::Kind::Error;
    if (error.is_string()) {
        item.text = QString::fromStdString(error.get<std::string>());
        return item;
    }
    if (error.is_object()) {
        item.text = stringField(error, "message");
        item.errorType = stringField(error, "type");
        item.errorCode = int(intField(error, "code").value_or(0));
    }
    if (item.text.isEmpty())
        item.text = QString::fromStdString(error.dump());
    return item;
}

ChunkItem malformedItem(QByteArrayView raw, const QString &why)
{
    ChunkItem item;
    item.kind = ChunkItem::Kind::Error;
    item.errorType = QStringLiteral("malformed_json");
    item.text = QCoreApplication::translate("ChunkDecoder", "The server sent a chunk that is not valid JSON "
                                                            "(%1): %2")
                    .arg(why, QString::fromUtf8(raw.first(std::min<qsizetype>(120, raw.size()))));
    return item;
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

} // namespace

void ChunkDecoder::reset()
{
    *this = ChunkDecoder();
}

QList<ChunkItem> ChunkDecoder::decode(const SseEvent &event)
{
    m_lastCarriedTokens = false;
    if (event.isDone()) {
        ChunkItem done;
        done.kind = ChunkItem::Kind::Done;
        return {done};
    }
    QList<ChunkItem> items = decodeJson(event.data, false);
    if (event.isError()) {
        // `event: error` whose data is not an OpenAI error object: the data itself is the message.
        bool hasError = false;
        for (const ChunkItem &item : std::as_const(items))
            hasError = hasError || (item.kind == ChunkItem::Kind::Error &&
                                    item.errorType != QLatin1String("malformed_json"));
        if (!hasError) {
            ChunkItem item;
            item.kind = ChunkItem::Kind::Error;
            item.errorType = QStringLiteral("error_event");
            item.text = QString::fromUtf8(event.data);
            items = {item};
        }
    }
    return items;
}

QList<ChunkItem> ChunkDecoder::decodeCompletion(QByteArrayView body)
{
    m_lastCarriedTokens = false;
    QList<ChunkItem> items = decodeJson(body, true);
    items.append(finish());
    return items;
}

QList<ChunkItem> ChunkDecoder::finish()
{
    QList<ChunkItem> out;
    for (const ThinkTagSplitter::Piece &piece : m_splitter.finish())
        appendText(out, piece.reasoning ? ChunkItem::Kind::Reasoning : ChunkItem::Kind::Content, piece.text);
    return out;
}

QList<ChunkItem> ChunkDecoder::decodeJson(QByteArrayView raw, bool completion)
{
    QList<ChunkItem> out;
    const Json root = Json::parse(raw.begin(), raw.end(), nullptr, false);
    if (root.is_discarded())
        return {malformedItem(raw, QCoreApplication::translate("ChunkDecoder", "parse error"))};
    if (!root.is_object())
        return {malformedItem(raw, QCoreApplication::translate("ChunkDecoder", "not an object"))};

    if (const auto it = root.find("error"); it != root.end() && !it->is_null()) {
        out.append(errorItem(*it));
        return out;
    }
    if (const QString model = stringField(root, "model"); !model.isEmpty())
        m_model = model;
    if (const QString fp = stringField(root, "system_fingerprint"); !fp.isEmpty())
        m_fingerprint = fp;

    if (const Json *progress = objectField(root, "prompt_progress")) {
        ChunkItem item;
        item.kind = ChunkItem::Kind::PromptProgress;
        item.progress.total = intField(*progress, "total").value_or(0);
        item.progress.cache = intField(*progress, "cache").value_or(0);
        item.progress.processed = intField(*progress, "processed").value_or(0);
        item.progress.timeMs = doubleField(*progress, "time_ms").value_or(0);
        out.append(std::move(item));
    }

    if (const auto choices = root.find("choices"); choices != root.end() && choices->is_array()) {
        for (const Json &choice : *choices) {
            if (!choice.is_object() || intField(choice, "index").value_or(0) != 0)
                continue; // only the first choice (n=1) is measured
            const Json *delta = objectField(choice, completion ? "message" : "delta");
            if (delta) {
                QString reasoning = stringField(*delta, "reasoning_content");
                if (reasoning.isEmpty())
                    reasoning = stringField(*delta, "reasoning");
                const QString content = stringField(*delta, "content");
                m_lastCarriedTokens = !reasoning.isEmpty() || !content.isEmpty();
                appendText(out, ChunkItem::Kind::Reasoning, reasoning);
                if (!content.isEmpty()) {
                    for (const ThinkTagSplitter::Piece &piece : m_splitter.feed(content))
                        appendText(out,
                                   piece.reasoning ? ChunkItem::Kind::Reasoning : ChunkItem::Kind::Content,
                                   piece.text);
                }
                if (!m_lastCarriedTokens && delta->contains("role")) {
                    ChunkItem role;
                    role.kind = ChunkItem::Kind::Role;
                    role.text = stringField(*delta, "role");
                    out.append(std::move(role));
                }
            }
            if (const QString finish = stringField(choice, "finish_reason"); !finish.isEmpty()) {
                ChunkItem item;
                item.kind = ChunkItem::Kind::Finish;
                item.text = finish;
                out.append(std::move(item));
            }
            break;
        }
    }

    if (const Json *usage = objectField(root, "usage")) {
        ChunkItem item;
        item.kind = ChunkItem::Kind::Usage;
        item.usage = parseUsage(*usage);
        out.append(std::move(item));
    }
    if (const Json *timings = objectField(root, "timings")) {
        ChunkItem item;
        item.kind = ChunkItem::Kind::Timings;
        item.timings = parseTimings(*timings);
        out.append(std::move(item));
    }
    return out;
}
