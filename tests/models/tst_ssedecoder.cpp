#include "models/net/ssedecoder.h"
#include "tests/support/testdata.h"

#include <QDir>
#include <QTest>

// Every event list must be identical however the bytes were split across reads.
class TestSseDecoder : public QObject
{
    Q_OBJECT
private:
    struct Decoded
    {
        QList<SseEvent> events;
        SseDecoder::End end = SseDecoder::End::ClosedBetweenEvents;
        qint64 comments = 0;
    };

    static Decoded decodeWhole(const QByteArray &bytes)
    {
        SseDecoder decoder;
        Decoded d;
        decoder.feed(bytes, 0, d.events);
        d.end = decoder.finish();
        d.comments = decoder.commentCount();
        return d;
    }

    // Feeds pieces of `size` bytes, stamping piece i with time i.
    static Decoded decodeInPieces(const QByteArray &bytes, qsizetype size)
    {
        SseDecoder decoder;
        Decoded d;
        qint64 piece = 0;
        for (qsizetype at = 0; at < bytes.size(); at += size)
            decoder.feed(QByteArrayView(bytes).sliced(at, std::min(size, bytes.size() - at)), piece++,
                         d.events);
        d.end = decoder.finish();
        d.comments = decoder.commentCount();
        return d;
    }

    // Checks every 2-way split against the whole-buffer result.
    static void checkEverySplit(const QByteArray &bytes, const Decoded &expected)
    {
        const QByteArrayView view(bytes);
        QList<SseEvent> events;
        for (qsizetype split = 0; split <= bytes.size(); ++split) {
            SseDecoder decoder;
            events.clear();
            decoder.feed(view.first(split), 1, events);
            decoder.feed(view.sliced(split), 2, events);
            if (events != expected.events || decoder.finish() != expected.end)
                QFAIL(qPrintable(QStringLiteral("different events when split at byte %1").arg(split)));
            for (const SseEvent &e : std::as_const(events))
                QVERIFY(e.arrivalNs == 1 || e.arrivalNs == 2);
        }
    }

    // The same check for long recordings, in linear time: for a split at k the decoder starts from the
    // state it had at the last event boundary b <= k (reached byte by byte), gets [b, k) in ONE call and
    // [k, window end) in one call, and must produce exactly the recorded events of that window. The
    // decoder has no notion of absolute offsets, so this exercises the same cut as a split of the file.
    static void checkEverySplitWindowed(const QByteArray &bytes, const Decoded &expected)
    {
        struct Boundary
        {
            qsizetype offset;
            qsizetype eventsBefore;
            SseDecoder state;
        };
        QList<Boundary> boundaries{{0, 0, SseDecoder()}};
        SseDecoder walker;
        QList<SseEvent> walked;
        for (qsizetype i = 0; i < bytes.size(); ++i) {
            const qsizetype before = walked.size();
            walker.feed(QByteArrayView(bytes).sliced(i, 1), 0, walked);
            if (walked.size() != before)
                boundaries.append({i + 1, walked.size(), walker});
        }
        QCOMPARE(walked, expected.events);
        const QByteArrayView view(bytes);
        qsizetype at = 0; // index of the last boundary <= split
        for (qsizetype split = 0; split <= bytes.size(); ++split) {
            while (at + 1 < boundaries.size() && boundaries[at + 1].offset <= split)
                ++at;
            const Boundary &start = boundaries[at];
            const bool last = at + 2 >= boundaries.size();
            const qsizetype windowEnd = last ? bytes.size() : boundaries[at + 2].offset;
            const qsizetype eventsAfter = last ? expected.events.size() : boundaries[at + 2].eventsBefore;
            SseDecoder decoder = start.state;
            QList<SseEvent> events;
            decoder.feed(view.sliced(start.offset, split - start.offset), 1, events);
            decoder.feed(view.sliced(split, windowEnd - split), 2, events);
            const QList<SseEvent> want =
                expected.events.mid(start.eventsBefore, eventsAfter - start.eventsBefore);
            if (events != want || (last && decoder.finish() != expected.end))
                QFAIL(qPrintable(QStringLiteral("different events when split at byte %1").arg(split)));
        }
    }

    static QList<QByteArray> dataOf(const QList<SseEvent> &events)
    {
        QList<QByteArray> out;
        for (const SseEvent &e : events)
            out.append(e.data);
        return out;
    }

private slots:
    void recordedFixtures_data()
    {
        QTest::addColumn<QString>("file");
        const QDir dir(TestData::path(QStringLiteral("fixtures/llamacpp")));
        const QStringList files = dir.entryList({QStringLiteral("*.sse")}, QDir::Files, QDir::Name);
        QVERIFY(files.size() >= 15);
        for (const QString &f : files)
            QTest::newRow(qPrintable(f)) << QStringLiteral("fixtures/llamacpp/") + f;
    }
    void recordedFixtures()
    {
        QFETCH(QString, file);
        const QByteArray bytes = TestData::read(file);
        QVERIFY(!bytes.isEmpty());
        const Decoded whole = decodeWhole(bytes);
        if (!file.contains(QLatin1String("context-exceeded")))
            QVERIFY(whole.events.size() > 3);

        const Decoded bytewise = decodeInPieces(bytes, 1);
        QCOMPARE(bytewise.events, whole.events);
        QCOMPARE(bytewise.end, whole.end);
        // With one byte per read, an event arrives with the byte that ends it: times strictly grow.
        for (qsizetype i = 1; i < bytewise.events.size(); ++i)
            QVERIFY(bytewise.events[i].arrivalNs > bytewise.events[i - 1].arrivalNs);
        QCOMPARE(decodeInPieces(bytes, 7).events, whole.events);
        if (bytes.size() <= 16 * 1024)
            checkEverySplit(bytes, whole);
        checkEverySplitWindowed(bytes, whole);
    }

    void recordedEndings_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("end");
        QTest::addColumn<int>("events");
        QTest::newRow("done") << "chat-stream.sse" << int(SseDecoder::End::Done) << 15;
        QTest::newRow("usage") << "chat-stream-include-usage.sse" << int(SseDecoder::End::Done) << 16;
        QTest::newRow("error event, no DONE")
            << "error-parse-failure-stream.sse" << int(SseDecoder::End::ClosedBetweenEvents) << 20;
        QTest::newRow("kill -9") << "kill-mid-stream-kill9.sse" << int(SseDecoder::End::ClosedBetweenEvents)
                                 << -1;
        QTest::newRow("sigterm") << "kill-mid-stream-sigterm.sse" << int(SseDecoder::End::ClosedBetweenEvents)
                                 << -1;
        QTest::newRow("plain JSON 400")
            << "error-context-exceeded-stream.sse" << int(SseDecoder::End::CutMidEvent) << 0;
    }
    void recordedEndings()
    {
        QFETCH(QString, file);
        QFETCH(int, end);
        QFETCH(int, events);
        const QByteArray bytes = TestData::read(QStringLiteral("fixtures/llamacpp/") + file);
        const Decoded d = decodeWhole(bytes);
        QCOMPARE(int(d.end), end);
        if (events >= 0)
            QCOMPARE(d.events.size(), events);
        if (events != 0)
            QVERIFY(d.events.first().data.startsWith("{\"choices\""));
        QCOMPARE(d.comments, 0);
    }

    void eventTimeIsTheReadThatCompletedIt()
    {
        SseDecoder decoder;
        QList<SseEvent> events;
        decoder.feed("data: a\n", 10, events);
        QVERIFY(events.isEmpty());
        decoder.feed("\ndata: b\n\ndata: c", 20, events);
        decoder.feed("\n\n", 30, events);
        QCOMPARE(events.size(), 3);
        QCOMPARE(events[0].arrivalNs, 20);
        QCOMPARE(events[1].arrivalNs, 20);
        QCOMPARE(events[2].arrivalNs, 30);
    }

    void synthetic_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QList<QByteArray>>("data");
        QTest::addColumn<QList<QByteArray>>("names");
        QTest::addColumn<int>("end");
        QTest::addColumn<int>("comments");
        using L = QList<QByteArray>;
        const int done = int(SseDecoder::End::Done);
        const int between = int(SseDecoder::End::ClosedBetweenEvents);
        const int cut = int(SseDecoder::End::CutMidEvent);
        QTest::newRow("LF") << QByteArray("data: a\n\ndata: b\n\ndata: [DONE]\n\n") << L{"a", "b", "[DONE]"}
                            << L{"", "", ""} << done << 0;
        QTest::newRow("CRLF") << QByteArray("data: a\r\n\r\ndata: b\r\n\r\ndata: [DONE]\r\n\r\n")
                              << L{"a", "b", "[DONE]"} << L{"", "", ""} << done << 0;
        QTest::newRow("CRLF multi-line")
            << QByteArray("event: e\r\ndata: a\r\ndata: b\r\n\r\n") << L{"a\nb"} << L{"e"} << between << 0;
        QTest::newRow("CR only multi-line")
            << QByteArray("data: a\rdata: b\r\r") << L{"a\nb"} << L{""} << between << 0;
        QTest::newRow("CR only") << QByteArray("data: a\r\rdata: b\r\r") << L{"a", "b"} << L{"", ""}
                                 << between << 0;
        QTest::newRow("mixed endings") << QByteArray("data: a\r\n\ndata: b\n\r\ndata: c\r\r\n")
                                       << L{"a", "b", "c"} << L{"", "", ""} << between << 0;
        QTest::newRow("comments and keepalives")
            << QByteArray(": keepalive\n\ndata: x\n: ping inside\n\n:\n\n") << L{"x"} << L{""} << between
            << 3;
        QTest::newRow("multi-line data") << QByteArray("data: line1\ndata: line2\ndata:\ndata:  indented\n\n")
                                         << L{"line1\nline2\n\n indented"} << L{""} << between << 0;
        QTest::newRow("no space after colon") << QByteArray("data:x\n\n") << L{"x"} << L{""} << between << 0;
        QTest::newRow("field without colon") << QByteArray("data\n\n") << L{""} << L{""} << between << 0;
        QTest::newRow("id retry unknown ignored")
            << QByteArray("id: 7\nretry: 100\nfoo: bar\ndata: d\n\n") << L{"d"} << L{""} << between << 0;
        QTest::newRow("event name without data is dropped")
            << QByteArray("event: ping\n\ndata: d\n\n") << L{"d"} << L{""} << between << 0;
        QTest::newRow("error event") << QByteArray(
                                            "event: error\ndata: {\"error\":{\"message\":\"boom\"}}\n\n")
                                     << L{"{\"error\":{\"message\":\"boom\"}}"} << L{"error"} << between << 0;
        QTest::newRow("Korean split everywhere")
            << QByteArray("data: {\"c\":\"안녕하세요 세계\"}\r\n\r\n")
            << L{QByteArray("{\"c\":\"안녕하세요 세계\"}")} << L{""} << between << 0;
        QTest::newRow("cut mid event") << QByteArray("data: a\n\ndata: part") << L{"a"} << L{""} << cut << 0;
        QTest::newRow("cut after data line")
            << QByteArray("data: a\n\ndata: b\n") << L{"a"} << L{""} << cut << 0;
        QTest::newRow("BOM") << QByteArray("\xEF\xBB\xBF"
                                           "data: a\n\n")
                             << L{"a"} << L{""} << between << 0;
        QTest::newRow("empty") << QByteArray() << L{} << L{} << between << 0;
    }
    void synthetic()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QList<QByteArray>, data);
        QFETCH(QList<QByteArray>, names);
        QFETCH(int, end);
        QFETCH(int, comments);
        const Decoded whole = decodeWhole(bytes);
        QCOMPARE(dataOf(whole.events), data);
        QList<QByteArray> gotNames;
        for (const SseEvent &e : whole.events)
            gotNames.append(e.name);
        QCOMPARE(gotNames, names);
        QCOMPARE(int(whole.end), end);
        QCOMPARE(whole.comments, comments);
        QCOMPARE(decodeInPieces(bytes, 1).events, whole.events);
        QCOMPARE(decodeInPieces(bytes, 1).comments, qint64(comments));
        checkEverySplit(bytes, whole);
        // Every three-way split of short inputs as well (covers \r | \n | next line).
        if (bytes.size() <= 64) {
            for (qsizetype a = 0; a <= bytes.size(); ++a) {
                for (qsizetype b = a; b <= bytes.size(); ++b) {
                    SseDecoder decoder;
                    QList<SseEvent> events;
                    decoder.feed(QByteArrayView(bytes).sliced(0, a), 0, events);
                    decoder.feed(QByteArrayView(bytes).sliced(a, b - a), 0, events);
                    decoder.feed(QByteArrayView(bytes).sliced(b), 0, events);
                    QCOMPARE(events, whole.events);
                    QCOMPARE(int(decoder.finish()), end);
                }
            }
        }
    }

    void koreanComesOutIntact()
    {
        const QString text = QStringLiteral("안녕하세요, 토큰 스코프");
        const QByteArray bytes = "data: " + text.toUtf8() + "\n\n";
        for (qsizetype split = 0; split <= bytes.size(); ++split) {
            SseDecoder decoder;
            QList<SseEvent> events;
            decoder.feed(QByteArrayView(bytes).first(split), 0, events);
            decoder.feed(QByteArrayView(bytes).sliced(split), 0, events);
            QCOMPARE(events.size(), 1);
            QCOMPARE(QString::fromUtf8(events.first().data), text);
        }
    }

    void twentyMegabyteLine()
    {
        const qsizetype size = 20 * 1024 * 1024;
        QByteArray bytes = "data: ";
        bytes.append(QByteArray(size, 'x'));
        bytes.append("\r\n\r\ndata: [DONE]\n\n");
        for (qsizetype piece : {qsizetype(1000), qsizetype(65536), bytes.size()}) {
            const Decoded d = decodeInPieces(bytes, piece);
            QCOMPARE(d.events.size(), 2);
            QCOMPARE(d.events.first().data.size(), size);
            QVERIFY(d.events.last().isDone());
            QCOMPARE(d.end, SseDecoder::End::Done);
        }
    }

    void resetStartsOver()
    {
        SseDecoder decoder;
        QList<SseEvent> events;
        decoder.feed("data: half", 0, events);
        decoder.reset();
        decoder.feed("data: whole\n\n", 0, events);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().data, QByteArray("whole"));
        QCOMPARE(decoder.eventCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSseDecoder)
#include "tst_ssedecoder.moc"
