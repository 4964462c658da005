#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QUrl>
#include <functional>

class QTcpServer;
class QTcpSocket;

// A real HTTP/1.1 server on 127.0.0.1 (ephemeral port) that answers each request with a scripted
// response: any status line and headers, the body as raw byte pieces sent at scripted delays, optionally
// dripped one byte at a time, closed with or without terminating the body. Lets tests and benchmarks
// reproduce every way a node misbehaves with real sockets (the same code path as production).
class ScriptedHttpServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScriptedHttpServer)
public:
    enum class Framing
    {
        Chunked,       // Transfer-Encoding: chunked, one HTTP chunk per piece (llama-server does this)
        ContentLength, // Content-Length of all pieces together
        CloseDelimited // no length: the body ends when the connection closes
    };
    struct Piece
    {
        int delayMs = 0; // wait this long after the previous piece (or after the headers)
        QByteArray bytes;
        std::function<QByteArray()> make; // when set, called at send time instead of `bytes`
    };
    struct Response
    {
        int status = 200;
        QByteArray reason;                            // empty = the standard phrase
        QList<QPair<QByteArray, QByteArray>> headers; // extra headers, e.g. Content-Type
        Framing framing = Framing::Chunked;
        QList<Piece> pieces;
        int headDelayMs = 0;     // delay before the status line and headers
        int dripIntervalMs = -1; // >= 0: every body byte goes out alone, this many ms apart
        bool terminate = true;   // false: close without the final 0-chunk / before Content-Length is reached
        bool closeAtEnd = true;  // close the connection after the response (else keep-alive)
        bool hangAtEnd = false;  // after the last piece send nothing more and keep the connection open
        QByteArray rawHead;      // non-empty: sent verbatim instead of the generated status line + headers

        // text/event-stream response; `body` in one piece, or split into `pieces` at the given sizes.
        static Response sse(const QByteArray &body);
        // One piece per SSE event ("data: <json>\n\n"), `delayMs` apart.
        static Response sseEvents(const QList<QByteArray> &dataLines, int delayMs = 0, bool withDone = true);
        // A recorded stream replayed event by event: split after every blank line, `delayMs` apart.
        static Response sseRecording(const QByteArray &recorded, int delayMs);
        static Response json(int status, const QByteArray &body);
    };
    struct Request
    {
        QByteArray method;
        QByteArray path;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        QByteArray header(const QByteArray &name) const; // case-insensitive; empty when absent
    };

    explicit ScriptedHttpServer(QObject *parent = nullptr);
    ~ScriptedHttpServer() override;

    bool listen();
    quint16 port() const;
    QUrl url() const; // http://127.0.0.1:<port>

    void setResponse(const Response &response); // for every request not served from the queue
    void enqueue(const Response &response);     // served to the next request, in order
    QList<Request> requests() const { return m_requests; }
    int connectionCount() const { return m_connections; }
    void closeAllConnections();

    // A port on 127.0.0.1 where nothing listens (bound once, then released): "node down".
    static quint16 unusedPort();

signals:
    void requestReceived(const ScriptedHttpServer::Request &request);

private:
    class Connection;
    Response nextResponse();

    QTcpServer *m_server = nullptr;
    Response m_default;
    QList<Response> m_queue;
    QList<Request> m_requests;
    int m_connections = 0;
};
