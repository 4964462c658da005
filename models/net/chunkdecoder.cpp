#include "models/net/chunkdecoder.h"

#include "models/net/chunkjsonscanner.h"

#include <QCoreApplication>

namespace {

ChunkItem errorItem(const ChunkFields &f)
{
    ChunkItem item;
    item.kind = ChunkItem::Kind::Error;
    item.text = f.errorMessage;
    item.errorType = f.errorType;
    item.errorCode = int(f.errorCode.value_or(0));
    if (item.text.isEmpty())
        item.text = QString::fromUtf8(f.errorRaw);
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

// Keeps the decoded name only when the raw bytes changed (they repeat in every chunk).
void remember(QByteArrayView raw, QByteArray &cachedRaw, QString &value)
{
    if (raw.isEmpty() || raw == cachedRaw)
        return;
    cachedRaw = raw.toByteArray();
    value = QString::fromUtf8(raw);
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
    ChunkFields f;
    QString problem;
    if (!ChunkJsonScanner::scan(raw, completion, f, &problem))
        return {malformedItem(raw, problem)};
    if (f.hasError) {
        out.append(errorItem(f));
        return out;
    }
    remember(f.model, m_modelRaw, m_model);
    remember(f.fingerprint, m_fingerprintRaw, m_fingerprint);

    if (f.hasProgress) {
        ChunkItem item;
        item.kind = ChunkItem::Kind::PromptProgress;
        item.progress = f.progress;
        out.append(std::move(item));
    }
    if (f.hasDelta) {
        const QString &reasoning = f.reasoningContent.isEmpty() ? f.reasoning : f.reasoningContent;
        m_lastCarriedTokens = !reasoning.isEmpty() || !f.content.isEmpty();
        appendText(out, ChunkItem::Kind::Reasoning, reasoning);
        if (!f.content.isEmpty()) {
            const QList<ThinkTagSplitter::Piece> pieces = m_splitter.feed(f.content);
            if (m_splitter.takeAnswerReclassified()) {
                ChunkItem moved;
                moved.kind = ChunkItem::Kind::AnswerWasReasoning;
                out.append(std::move(moved));
            }
            for (const ThinkTagSplitter::Piece &piece : pieces)
                appendText(out, piece.reasoning ? ChunkItem::Kind::Reasoning : ChunkItem::Kind::Content,
                           piece.text);
        }
        if (!m_lastCarriedTokens && f.hasRole) {
            ChunkItem role;
            role.kind = ChunkItem::Kind::Role;
            role.text = f.role;
            out.append(std::move(role));
        }
    }
    if (!f.finishReason.isEmpty()) {
        ChunkItem item;
        item.kind = ChunkItem::Kind::Finish;
        item.text = f.finishReason;
        out.append(std::move(item));
    }
    if (f.hasUsage) {
        ChunkItem item;
        item.kind = ChunkItem::Kind::Usage;
        item.usage = f.usage;
        out.append(std::move(item));
    }
    if (f.hasTimings) {
        ChunkItem item;
        item.kind = ChunkItem::Kind::Timings;
        item.timings = std::move(f.timings);
        out.append(std::move(item));
    }
    return out;
}
