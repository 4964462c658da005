#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>

class QTcpSocket;
class QTimer;

// One monotonic clock for every simulated node of the process (nanoseconds since first use).
qint64 simClockNs();

// One parsed HTTP/1.1 request. Header names are lower-cased.
struct SimHttpRequest
{
    QByteArray method;
    QByteArray path; // without the query string
    QByteArray query;
    QByteArray version; // HTTP/1.1
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    bool keepAlive = true;
    qint64 receivedNs = 0; // simClockNs() when the last byte of the request arrived

    QByteArray header(const QByteArray &lowerName) const;
};

// One accepted client connection of a SimulatedNode: parses requests (keep-alive, pipelined requests wait
// their turn, `Expect: 100-continue`) and writes responses, optionally dripping one byte per interval.
// Lives on the node's thread; deletes itself (deleteLater) when the socket is gone.
class SimHttpConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimHttpConnection)

public:
    explicit SimHttpConnection(QTcpSocket *socket, QObject *parent = nullptr);
    ~SimHttpConnection() override;

    bool isOpen() const;

    // 0 = write at once; > 0 = one byte per interval (the `drip` fault). Set before a response starts.
    void setDripIntervalMs(int ms);

    // A complete response (head already built by SimResponses). closeAfter: close once it is written.
    void send(const QByteArray &head, const QByteArray &body, bool closeAfter);
    // A chunked (Transfer-Encoding: chunked) response: head, then chunks, then the terminator.
    void beginStream(const QByteArray &head);
    void writeChunk(const QByteArray &data);
    void endStream(bool closeAfter);
    // Head only, then silence until the client gives up (the `stall` fault).
    void sendHeadAndHang(const QByteArray &head);
    // Everything queued so far is written, then the socket is torn down: no terminator, like a killed server.
    void abortAfterFlush();
    // Drops the connection at once (node closing, `refuse` fault).
    void abortNow();

signals:
    void requestReady(SimHttpConnection *connection, const SimHttpRequest &request);
    void closed(SimHttpConnection *connection);

private:
    enum class After
    {
        Nothing,
        NextRequest,
        Close,
        Abort
    };
    void onReadyRead();
    void tryParse();
    void badRequest(int status);
    void enqueue(const QByteArray &bytes);
    void finishResponse(After after);
    void drain();
    void onBytesWritten();
    void onDisconnected();
    void applyAfter();

    QTcpSocket *m_socket;
    QTimer *m_dripTimer;
    QByteArray m_in;
    QByteArray m_out; // waiting to be dripped
    int m_dripMs = 0;
    bool m_busy = false;         // a request is being answered
    bool m_continueSent = false; // 100 Continue already sent for the request being received
    bool m_hung = false;
    After m_after = After::Nothing;
    bool m_closedEmitted = false;
};
