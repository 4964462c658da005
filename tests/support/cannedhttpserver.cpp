#include "tests/support/cannedhttpserver.h"

#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

CannedHttpServer::CannedHttpServer(QObject *parent) : QObject(parent), m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
            connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                m_buffers.remove(socket);
                socket->deleteLater();
            });
        }
    });
}

CannedHttpServer::~CannedHttpServer() = default;

bool CannedHttpServer::listen()
{
    return m_server->listen(QHostAddress::LocalHost, 0);
}

QUrl CannedHttpServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server->serverPort()));
}

void CannedHttpServer::setRoute(const QByteArray &path, const Route &route)
{
    m_routes.insert(path, route);
}

QByteArray CannedHttpServer::response(int status, const QByteArray &contentType, const QByteArray &body,
                                      const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + " Canned\r\n";
    if (!contentType.isEmpty())
        out += "Content-Type: " + contentType + "\r\n";
    bool hasLength = false;
    for (const auto &[name, value] : headers) {
        out += name + ": " + value + "\r\n";
        hasLength = hasLength || name.compare("Content-Length", Qt::CaseInsensitive) == 0;
    }
    if (!hasLength)
        out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    return out + "\r\n" + body;
}

QList<QByteArray> CannedHttpServer::requestPaths() const
{
    QList<QByteArray> paths;
    for (const QByteArray &head : m_heads)
        paths.append(head.split(' ').value(1));
    return paths;
}

void CannedHttpServer::onReadyRead(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    qsizetype end;
    while ((end = buffer.indexOf("\r\n\r\n")) >= 0) {
        const QByteArray head = buffer.left(end);
        buffer.remove(0, end + 4);
        m_heads.append(head);
        const QByteArray path = head.split(' ').value(1);
        emit requestReceived(path);
        const Route route = m_routes.value(
            path,
            Route{response(404, "application/json", R"({"error":{"message":"not found","code":404}})")});
        QPointer<QTcpSocket> guard(socket);
        const auto answer = [this, guard, route] {
            ++m_answered; // counted even when the client already went away
            if (!guard)
                return;
            guard->write(route.bytes);
            if (route.close)
                guard->disconnectFromHost();
        };
        if (route.delayMs > 0)
            QTimer::singleShot(route.delayMs, this, answer);
        else
            answer();
    }
}
