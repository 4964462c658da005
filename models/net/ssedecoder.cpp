#include "models/net/ssedecoder.h"

#include <cstring>

namespace {
constexpr char kBom[] = "\xEF\xBB\xBF";
constexpr qsizetype kBomSize = 3;

// Finds the next \n or \r with memchr (vectorised). `nextCr` caches the next \r between calls of one
// feed, because most streams have none and a byte loop would test every byte twice.
const char *findLineEnd(const char *p, const char *end, const char *&nextCr)
{
    if (nextCr && nextCr < p)
        nextCr = static_cast<const char *>(std::memchr(p, '\r', size_t(end - p)));
    const char *limit = nextCr ? nextCr : end;
    const char *lf = static_cast<const char *>(std::memchr(p, '\n', size_t(limit - p)));
    return lf ? lf : limit;
}
} // namespace

QList<SseEvent> SseDecoder::feed(QByteArrayView bytes, qint64 arrivalNs)
{
    QList<SseEvent> out;
    feed(bytes, arrivalNs, out);
    return out;
}

void SseDecoder::feed(QByteArrayView bytes, qint64 arrivalNs, QList<SseEvent> &out)
{
    m_bytesFed += bytes.size();
    if (!m_bomChecked) {
        // A BOM may itself arrive split; hold up to three bytes until it is decided.
        m_bomProbe.append(bytes.data(), bytes.size());
        const qsizetype n = std::min(m_bomProbe.size(), kBomSize);
        if (std::memcmp(m_bomProbe.constData(), kBom, size_t(n)) == 0 && n < kBomSize)
            return;
        m_bomChecked = true;
        const QByteArray probe = std::exchange(m_bomProbe, QByteArray());
        const qsizetype skip =
            (n == kBomSize && std::memcmp(probe.constData(), kBom, kBomSize) == 0) ? kBomSize : 0;
        feedLines(probe.constData() + skip, probe.constData() + probe.size(), arrivalNs, out);
        return;
    }
    feedLines(bytes.data(), bytes.data() + bytes.size(), arrivalNs, out);
}

void SseDecoder::feedLines(const char *p, const char *end, qint64 arrivalNs, QList<SseEvent> &out)
{
    const char *nextCr =
        p != end ? static_cast<const char *>(std::memchr(p, '\r', size_t(end - p))) : nullptr;
    while (p != end) {
        if (m_skipLf) {
            m_skipLf = false;
            if (*p == '\n') {
                ++p;
                continue;
            }
        }
        const char *eol = findLineEnd(p, end, nextCr);
        if (eol == end) {
            m_partialLine.append(p, end - p);
            return;
        }
        if (m_partialLine.isEmpty()) {
            processLine(p, eol - p, arrivalNs, out);
        } else {
            m_partialLine.append(p, eol - p);
            processLine(m_partialLine.constData(), m_partialLine.size(), arrivalNs, out);
            m_partialLine.clear(); // frees it: a 20 MB line should not stay allocated
        }
        m_skipLf = (*eol == '\r');
        p = eol + 1;
    }
}

void SseDecoder::processLine(const char *line, qsizetype length, qint64 arrivalNs, QList<SseEvent> &out)
{
    if (length == 0) {
        dispatch(arrivalNs, out);
        return;
    }
    if (line[0] == ':') {
        ++m_commentCount;
        return;
    }
    m_inEvent = true;
    const char *colon = static_cast<const char *>(std::memchr(line, ':', size_t(length)));
    const QByteArrayView field(line, colon ? colon - line : length);
    const char *value = colon ? colon + 1 : line + length;
    if (colon && value < line + length && *value == ' ')
        ++value;
    const qsizetype valueLength = line + length - value;

    if (field == QByteArrayView("data")) {
        if (m_hasData)
            m_data.append('\n');
        m_data.append(value, valueLength);
        m_hasData = true;
    } else if (field == QByteArrayView("event")) {
        m_name = QByteArray(value, valueLength);
    } else if (field == QByteArrayView("id")) {
        if (!std::memchr(value, '\0', size_t(valueLength)))
            m_lastId = QByteArray(value, valueLength);
    }
    // `retry` and unknown fields are ignored, as the spec says.
}

void SseDecoder::dispatch(qint64 arrivalNs, QList<SseEvent> &out)
{
    m_inEvent = false;
    if (!m_hasData) {
        m_name.clear();
        return;
    }
    SseEvent event;
    event.name = std::exchange(m_name, QByteArray());
    event.data = std::exchange(m_data, QByteArray());
    event.lastId = m_lastId;
    event.arrivalNs = arrivalNs;
    m_hasData = false;
    if (event.isDone())
        m_doneSeen = true;
    ++m_eventCount;
    out.append(std::move(event));
}

SseDecoder::End SseDecoder::finish() const
{
    if (m_doneSeen)
        return End::Done;
    if (m_inEvent || !m_partialLine.isEmpty() || !m_bomProbe.isEmpty())
        return End::CutMidEvent;
    return End::ClosedBetweenEvents;
}

void SseDecoder::reset()
{
    *this = SseDecoder();
}
