#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QUrl>

class QTcpServer;
class QTcpSocket;

// A tiny HTTP/1.1 server on 127.0.0.1 that answers each path with fixed raw bytes, for the cases the
// simulator does not script: redirects, a Content-Length the body never reaches, delayed answers.
// Records every request head (for header checks and ordering). Test-only, single-threaded.
class CannedHttpServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CannedHttpServer)

public:
    struct Route
    {
        QByteArray bytes;   // the full response as written (status line, headers, body)
        int delayMs = 0;    // answer this much later
        bool close = false; // close the connection after writing (e.g. a body shorter than promised)
    };

    explicit CannedHttpServer(QObject *parent = nullptr);
    ~CannedHttpServer() override;

    bool listen();
    QUrl baseUrl() const;
    void setRoute(const QByteArray &path, const Route &route);

    static QByteArray response(int status, const QByteArray &contentType, const QByteArray &body,
                               const QList<QPair<QByteArray, QByteArray>> &headers = {});

    QList<QByteArray> requestHeads() const { return m_heads; }
    QList<QByteArray> requestPaths() const;
    // Answers whose time has come (written, or dropped because the client had closed).
    int answered() const { return m_answered; }

signals:
    void requestReceived(const QByteArray &path);

private:
    void onReadyRead(QTcpSocket *socket);

    QTcpServer *m_server = nullptr;
    QHash<QByteArray, Route> m_routes;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<QByteArray> m_heads;
    int m_answered = 0;
};
