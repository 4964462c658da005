#include "tests/support/scriptedhttpserver.h"

#include <QHostAddress>
#include <QNetworkProxy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace {
QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 307:
        return "Temporary Redirect";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 404:
        return "Not Found";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

bool hasHeader(const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &name)
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}
} // namespace

// One accepted socket: parses requests and plays the scripted response. Lives on the server's thread.
class ScriptedHttpServer::Connection final : public QObject
{
public:
    Connection(ScriptedHttpServer *server, QTcpSocket *socket)
        : QObject(server), m_server(server), m_socket(socket)
    {
        socket->setParent(this);
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1); // no Nagle: pieces leave when written
        connect(socket, &QTcpSocket::readyRead, this, &Connection::onReadyRead);
        connect(socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
    }
    void abort() { m_socket->abort(); }

private:
    void onReadyRead()
    {
        m_in.append(m_socket->readAll());
        if (!m_responding)
            parseRequest();
    }

    void parseRequest()
    {
        const qsizetype headEnd = m_in.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return;
        Request request;
        const QList<QByteArray> lines = m_in.left(headEnd).split('\n');
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        request.method = first.value(0);
        request.path = first.value(1);
        qsizetype contentLength = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines[i].trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = line.left(colon).trimmed();
            const QByteArray value = line.mid(colon + 1).trimmed();
            request.headers.append({name, value});
            if (name.compare("content-length", Qt::CaseInsensitive) == 0)
                contentLength = value.toLongLong();
        }
        if (m_in.size() < headEnd + 4 + contentLength)
            return; // body not complete yet
        request.body = m_in.mid(headEnd + 4, contentLength);
        m_in.remove(0, headEnd + 4 + contentLength);
        m_responding = true;
        m_server->m_requests.append(request);
        emit m_server->requestReceived(request);
        m_response = m_server->nextResponse();
        m_piece = 0;
        QTimer::singleShot(std::max(0, m_response.headDelayMs), this, &Connection::sendHead);
    }

    void sendHead()
    {
        QByteArray head = m_response.rawHead;
        if (head.isEmpty()) {
            const QByteArray reason =
                m_response.reason.isEmpty() ? reasonPhrase(m_response.status) : m_response.reason;
            head = "HTTP/1.1 " + QByteArray::number(m_response.status) + ' ' + reason + "\r\n";
            for (const auto &h : std::as_const(m_response.headers))
                head += h.first + ": " + h.second + "\r\n";
            if (m_response.framing == Framing::Chunked) {
                head += "Transfer-Encoding: chunked\r\n";
            } else if (m_response.framing == Framing::ContentLength) {
                qsizetype total = 0;
                for (const Piece &p : std::as_const(m_response.pieces))
                    total += p.bytes.size();
                head +=
                    "Content-Length: " + QByteArray::number(total + (m_response.terminate ? 0 : 1)) + "\r\n";
            }
            if ((m_response.closeAtEnd || m_response.framing == Framing::CloseDelimited) &&
                !hasHeader(m_response.headers, "Connection"))
                head += "Connection: close\r\n";
            head += "\r\n";
        }
        m_socket->write(head);
        m_socket->flush();
        scheduleNextPiece();
    }

    void scheduleNextPiece()
    {
        if (m_piece >= m_response.pieces.size()) {
            finishResponse();
            return;
        }
        QTimer::singleShot(std::max(0, m_response.pieces[m_piece].delayMs), this, &Connection::sendPiece);
    }

    void sendPiece()
    {
        const Piece &piece = m_response.pieces[m_piece++];
        const QByteArray bytes = piece.make ? piece.make() : piece.bytes;
        if (m_response.dripIntervalMs >= 0) {
            m_drip = bytes;
            dripNext();
            return;
        }
        writeBody(bytes);
        scheduleNextPiece();
    }

    void dripNext()
    {
        if (m_drip.isEmpty()) {
            scheduleNextPiece();
            return;
        }
        writeBody(m_drip.left(1));
        m_drip.remove(0, 1);
        QTimer::singleShot(m_response.dripIntervalMs, this, &Connection::dripNext);
    }

    void writeBody(const QByteArray &bytes)
    {
        if (bytes.isEmpty())
            return;
        if (m_response.framing == Framing::Chunked)
            m_socket->write(QByteArray::number(bytes.size(), 16) + "\r\n" + bytes + "\r\n");
        else
            m_socket->write(bytes);
        m_socket->flush();
    }

    void finishResponse()
    {
        if (m_response.hangAtEnd)
            return;
        if (!m_response.terminate || m_response.closeAtEnd || m_response.framing == Framing::CloseDelimited) {
            if (m_response.terminate && m_response.framing == Framing::Chunked)
                m_socket->write("0\r\n\r\n");
            m_socket->disconnectFromHost();
            return;
        }
        if (m_response.framing == Framing::Chunked)
            m_socket->write("0\r\n\r\n");
        m_socket->flush();
        m_responding = false;
        parseRequest(); // keep-alive: a pipelined request may already be waiting
    }

    ScriptedHttpServer *m_server;
    QTcpSocket *m_socket;
    QByteArray m_in;
    QByteArray m_drip;
    Response m_response;
    qsizetype m_piece = 0;
    bool m_responding = false;
};

ScriptedHttpServer::Response ScriptedHttpServer::Response::sse(const QByteArray &body)
{
    Response r;
    r.headers = {{"Content-Type", "text/event-stream"}};
    r.pieces = {Piece{0, body, {}}};
    return r;
}

ScriptedHttpServer::Response ScriptedHttpServer::Response::sseEvents(const QList<QByteArray> &dataLines,
                                                                     int delayMs, bool withDone)
{
    Response r;
    r.headers = {{"Content-Type", "text/event-stream"}};
    for (const QByteArray &line : dataLines)
        r.pieces.append(Piece{delayMs, "data: " + line + "\n\n", {}});
    if (withDone)
        r.pieces.append(Piece{delayMs, "data: [DONE]\n\n", {}});
    return r;
}

ScriptedHttpServer::Response ScriptedHttpServer::Response::sseRecording(const QByteArray &recorded,
                                                                        int delayMs)
{
    Response r;
    r.headers = {{"Content-Type", "text/event-stream"}};
    qsizetype from = 0;
    while (from < recorded.size()) {
        const qsizetype blank = recorded.indexOf("\n\n", from);
        const qsizetype to = blank < 0 ? recorded.size() : blank + 2;
        r.pieces.append(Piece{delayMs, recorded.mid(from, to - from), {}});
        from = to;
    }
    return r;
}

ScriptedHttpServer::Response ScriptedHttpServer::Response::json(int status, const QByteArray &body)
{
    Response r;
    r.status = status;
    r.framing = Framing::ContentLength;
    r.headers = {{"Content-Type", "application/json; charset=utf-8"}};
    r.pieces = {Piece{0, body, {}}};
    return r;
}

QByteArray ScriptedHttpServer::Request::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return QByteArray();
}

ScriptedHttpServer::ScriptedHttpServer(QObject *parent) : QObject(parent), m_server(new QTcpServer(this))
{
    m_server->setProxy(QNetworkProxy::NoProxy);
    connect(m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server->nextPendingConnection()) {
            ++m_connections;
            new Connection(this, socket);
        }
    });
}

ScriptedHttpServer::~ScriptedHttpServer() = default;

bool ScriptedHttpServer::listen()
{
    return m_server->listen(QHostAddress::LocalHost, 0);
}

quint16 ScriptedHttpServer::port() const
{
    return m_server->serverPort();
}

QUrl ScriptedHttpServer::url() const
{
    QUrl u;
    u.setScheme(QStringLiteral("http"));
    u.setHost(QStringLiteral("127.0.0.1"));
    u.setPort(port());
    return u;
}

void ScriptedHttpServer::setResponse(const Response &response)
{
    m_default = response;
}

void ScriptedHttpServer::enqueue(const Response &response)
{
    m_queue.append(response);
}

ScriptedHttpServer::Response ScriptedHttpServer::nextResponse()
{
    return m_queue.isEmpty() ? m_default : m_queue.takeFirst();
}

void ScriptedHttpServer::closeAllConnections()
{
    // Connection has no Q_OBJECT (a private nested class), so no findChildren<Connection *>.
    const QObjectList kids = children();
    for (QObject *child : kids) {
        if (auto *connection = dynamic_cast<Connection *>(child))
            connection->abort();
    }
}

quint16 ScriptedHttpServer::unusedPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}
