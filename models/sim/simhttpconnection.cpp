#include "models/sim/simhttpconnection.h"

#include <QElapsedTimer>
#include <QTcpSocket>
#include <QTimer>

namespace {
constexpr qsizetype kMaxHeaderBytes = 64 * 1024;
constexpr qsizetype kMaxBodyBytes = 64 * 1024 * 1024;
} // namespace

qint64 simClockNs()
{
    static const QElapsedTimer clock = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return clock.nsecsElapsed();
}

QByteArray SimHttpRequest::header(const QByteArray &lowerName) const
{
    for (const auto &h : headers)
        if (h.first == lowerName)
            return h.second;
    return {};
}

SimHttpConnection::SimHttpConnection(QTcpSocket *socket, QObject *parent)
    : QObject(parent), m_socket(socket), m_dripTimer(new QTimer(this))
{
    m_socket->setParent(this);
    m_dripTimer->setTimerType(Qt::PreciseTimer);
    connect(m_dripTimer, &QTimer::timeout, this, &SimHttpConnection::drain);
    connect(m_socket, &QTcpSocket::readyRead, this, &SimHttpConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &SimHttpConnection::onBytesWritten);
    connect(m_socket, &QTcpSocket::disconnected, this, &SimHttpConnection::onDisconnected);
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
        if (m_socket->state() == QAbstractSocket::UnconnectedState)
            onDisconnected();
    });
}

SimHttpConnection::~SimHttpConnection() = default;

bool SimHttpConnection::isOpen() const
{
    return !m_closedEmitted && m_socket->state() == QAbstractSocket::ConnectedState;
}

void SimHttpConnection::setDripIntervalMs(int ms)
{
    m_dripMs = qMax(0, ms);
}

void SimHttpConnection::onReadyRead()
{
    m_in += m_socket->readAll();
    if (m_in.size() > kMaxHeaderBytes + kMaxBodyBytes) {
        abortNow();
        return;
    }
    tryParse();
}

void SimHttpConnection::tryParse()
{
    if (m_busy || m_hung || !isOpen())
        return;
    const qsizetype headerEnd = m_in.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        if (m_in.size() > kMaxHeaderBytes)
            badRequest(431);
        return;
    }
    SimHttpRequest request;
    const QList<QByteArray> lines = m_in.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine[2].startsWith("HTTP/1.")) {
        badRequest(400);
        return;
    }
    request.method = requestLine[0];
    const QByteArray target = requestLine[1];
    const qsizetype q = target.indexOf('?');
    request.path = q < 0 ? target : target.left(q);
    request.query = q < 0 ? QByteArray() : target.mid(q + 1);
    request.version = requestLine[2];
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            badRequest(400);
            return;
        }
        request.headers.append({line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed()});
    }
    if (!request.header("transfer-encoding").isEmpty()) {
        badRequest(411); // chunked request bodies: no client of ours sends them
        return;
    }
    bool ok = true;
    const QByteArray lengthText = request.header("content-length");
    const qint64 length = lengthText.isEmpty() ? 0 : lengthText.toLongLong(&ok);
    if (!ok || length < 0 || length > kMaxBodyBytes) {
        badRequest(ok ? 413 : 400);
        return;
    }
    const qsizetype bodyStart = headerEnd + 4;
    if (m_in.size() - bodyStart < length) {
        if (!m_continueSent && request.header("expect").toLower() == "100-continue") {
            m_continueSent = true;
            m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
        }
        return;
    }
    request.body = m_in.mid(bodyStart, length);
    m_in.remove(0, bodyStart + length);
    m_continueSent = false;
    const QByteArray connection = request.header("connection").toLower();
    request.keepAlive =
        request.version == "HTTP/1.0" ? connection.contains("keep-alive") : !connection.contains("close");
    request.receivedNs = simClockNs();
    m_busy = true;
    emit requestReady(this, request);
}

void SimHttpConnection::badRequest(int status)
{
    const QByteArray body = "{\"error\":{\"code\":" + QByteArray::number(status) +
                            ",\"message\":\"Malformed HTTP request\",\"type\":\"invalid_request_error\"}}";
    m_busy = true;
    send("HTTP/1.1 " + QByteArray::number(status) +
             " Bad Request\r\nContent-Type: application/json\r\n"
             "X-Tokscope-Simulated: 1\r\nContent-Length: " +
             QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n",
         body, true);
}

void SimHttpConnection::enqueue(const QByteArray &bytes)
{
    if (!isOpen() || m_hung)
        return;
    if (m_dripMs <= 0 && m_out.isEmpty()) {
        m_socket->write(bytes);
        return;
    }
    m_out += bytes;
    if (!m_dripTimer->isActive())
        m_dripTimer->start(m_dripMs);
}

void SimHttpConnection::drain()
{
    if (!isOpen()) {
        m_dripTimer->stop();
        return;
    }
    if (!m_out.isEmpty()) {
        m_socket->write(m_out.left(1));
        m_out.remove(0, 1);
    }
    if (m_out.isEmpty()) {
        m_dripTimer->stop();
        applyAfter();
    }
}

void SimHttpConnection::send(const QByteArray &head, const QByteArray &body, bool closeAfter)
{
    enqueue(head + body);
    finishResponse(closeAfter ? After::Close : After::NextRequest);
}

void SimHttpConnection::beginStream(const QByteArray &head)
{
    enqueue(head);
}

void SimHttpConnection::writeChunk(const QByteArray &data)
{
    if (data.isEmpty())
        return;
    enqueue(QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n");
}

void SimHttpConnection::endStream(bool closeAfter)
{
    enqueue("0\r\n\r\n");
    finishResponse(closeAfter ? After::Close : After::NextRequest);
}

void SimHttpConnection::sendHeadAndHang(const QByteArray &head)
{
    enqueue(head);
    m_hung = true; // later writes are dropped; the client sees headers and then nothing
}

void SimHttpConnection::abortAfterFlush()
{
    finishResponse(After::Abort);
}

void SimHttpConnection::abortNow()
{
    m_dripTimer->stop();
    m_out.clear();
    m_socket->abort();
    onDisconnected();
}

void SimHttpConnection::finishResponse(After after)
{
    m_after = after;
    if (m_out.isEmpty())
        applyAfter();
}

void SimHttpConnection::onBytesWritten()
{
    if (m_after == After::Abort && m_out.isEmpty() && m_socket->bytesToWrite() == 0)
        applyAfter();
}

void SimHttpConnection::applyAfter()
{
    const After after = m_after;
    switch (after) {
    case After::Nothing:
        return;
    case After::NextRequest:
        m_after = After::Nothing;
        m_busy = false;
        QMetaObject::invokeMethod(this, &SimHttpConnection::tryParse, Qt::QueuedConnection);
        return;
    case After::Close:
        m_after = After::Nothing;
        m_socket->disconnectFromHost(); // graceful: queued bytes are written first
        return;
    case After::Abort:
        // Whole events first, then the connection just ends (no chunk terminator).
        m_socket->flush();
        if (m_socket->bytesToWrite() > 0)
            return; // onBytesWritten calls again
        m_after = After::Nothing;
        abortNow();
        return;
    }
}

void SimHttpConnection::onDisconnected()
{
    if (m_closedEmitted)
        return;
    m_closedEmitted = true;
    m_dripTimer->stop();
    emit closed(this);
    deleteLater();
}
