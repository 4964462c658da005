#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

// One dispatched server-sent event. Bytes stay raw (UTF-8 is decoded later, from complete events only,
// so a multi-byte character split across two TCP reads can never be torn).
struct SseEvent
{
    QByteArray name;      // `event:` field; empty = the default "message" type
    QByteArray data;      // every `data:` line of the event, joined with '\n'
    QByteArray lastId;    // last `id:` seen so far (sticky, as the SSE spec says)
    qint64 arrivalNs = 0; // monotonic time of the read that delivered the event's blank line

    bool isDone() const { return data == QByteArrayView("[DONE]"); }
    bool isError() const { return name == QByteArrayView("error"); }
    // Compares content only: arrival times depend on how the bytes were split.
    bool operator==(const SseEvent &other) const
    {
        return name == other.name && data == other.data && lastId == other.lastId;
    }
};

// Incremental text/event-stream parser (WHATWG rules). Feed whatever a socket read returned together
// with the monotonic time taken BEFORE parsing; complete events are appended to `out`. Lines may end in
// \n, \r\n or \r, also with the \r\n split across two reads. Every byte is scanned once and an
// unfinished line is carried over by appending, so a 20 MB line costs linear time.
class SseDecoder final
{
public:
    enum class End
    {
        Done,                // `data: [DONE]` was received
        ClosedBetweenEvents, // no [DONE], but the last event was complete (e.g. server killed, error event)
        CutMidEvent          // the connection closed inside an event: its bytes are lost
    };

    void feed(QByteArrayView bytes, qint64 arrivalNs, QList<SseEvent> &out);
    QList<SseEvent> feed(QByteArrayView bytes, qint64 arrivalNs);
    // Call when the connection closed. Per the SSE spec an unterminated event is not dispatched.
    End finish() const;
    void reset();

    bool doneSeen() const { return m_doneSeen; }
    qint64 eventCount() const { return m_eventCount; }
    qint64 commentCount() const { return m_commentCount; } // `:` lines (keep-alives)
    qint64 bytesFed() const { return m_bytesFed; }

private:
    void feedLines(const char *begin, const char *end, qint64 arrivalNs, QList<SseEvent> &out);
    void processLine(const char *line, qsizetype length, qint64 arrivalNs, QList<SseEvent> &out);
    void dispatch(qint64 arrivalNs, QList<SseEvent> &out);

    QByteArray m_partialLine; // bytes of a line whose terminator has not arrived yet
    QByteArray m_bomProbe;    // first bytes while checking for a UTF-8 byte-order mark
    QByteArray m_data;
    QByteArray m_name;
    QByteArray m_lastId;
    bool m_hasData = false;
    bool m_inEvent = false; // a field line arrived since the last blank line
    bool m_skipLf = false;  // last byte was \r: a following \n belongs to the same line ending
    bool m_bomChecked = false;
    bool m_doneSeen = false;
    qint64 m_eventCount = 0;
    qint64 m_commentCount = 0;
    qint64 m_bytesFed = 0;
};
