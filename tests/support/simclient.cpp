#include "tests/support/simclient.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkProxy>
#include <QTimer>

namespace {

SimHttpResult run(const QUrl &base, const QString &path, const QByteArray *body, int timeoutMs,
                  const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QNetworkAccessManager manager;
    manager.setProxy(QNetworkProxy::NoProxy);
    QUrl url = base;
    url.setPath(path);
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    for (const auto &h : headers)
        request.setRawHeader(h.first, h.second);
    SimHttpResult result;
    QElapsedTimer clock;
    clock.start();
    QNetworkReply *reply = nullptr;
    if (body) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        reply = manager.post(request, *body);
    } else {
        reply = manager.get(request);
    }
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::metaDataChanged, &loop, [&] {
        if (result.headersMs < 0)
            result.headersMs = clock.elapsed();
    });
    QObject::connect(reply, &QNetworkReply::readyRead, &loop, [&] {
        const QByteArray bytes = reply->readAll();
        result.reads.append({clock.elapsed(), bytes});
        result.body += bytes;
    });
    QObject::connect(reply, &QNetworkReply::finished, &loop, [&] {
        result.finished = true;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    if (!result.finished) {
        QObject::disconnect(reply, nullptr, &loop, nullptr); // abort() would report "finished"
        reply->abort();
    } else if (const QByteArray rest = reply->readAll(); !rest.isEmpty()) {
        result.reads.append({clock.elapsed(), rest});
        result.body += rest;
    }
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.error = reply->error();
    for (const auto &pair : reply->rawHeaderPairs())
        result.headers.insert(pair.first.toLower(), pair.second);
    delete reply;
    return result;
}

} // namespace

SimHttpResult SimClient::get(const QUrl &base, const QString &path, int timeoutMs,
                             const QList<QPair<QByteArray, QByteArray>> &headers)
{
    return run(base, path, nullptr, timeoutMs, headers);
}

SimHttpResult SimClient::post(const QUrl &base, const QString &path, const QByteArray &body, int timeoutMs,
                              const QList<QPair<QByteArray, QByteArray>> &headers)
{
    return run(base, path, &body, timeoutMs, headers);
}

QList<QByteArray> SimClient::sseData(const QByteArray &body)
{
    QList<QByteArray> out;
    for (const QByteArray &event : body.split('\n')) {
        if (event.startsWith("data: "))
            out << event.mid(6);
    }
    return out;
}

QList<QPair<qint64, QByteArray>> SimClient::timedSseData(const SimHttpResult &result)
{
    QList<QPair<qint64, QByteArray>> out;
    QByteArray buffer;
    for (const auto &read : result.reads) {
        buffer += read.second;
        qsizetype end;
        while ((end = buffer.indexOf("\n\n")) >= 0) {
            const QByteArray event = buffer.left(end);
            buffer.remove(0, end + 2);
            if (event.startsWith("data: "))
                out.append({read.first, event.mid(6)});
        }
    }
    return out;
}

QJsonObject SimClient::json(const QByteArray &bytes)
{
    return QJsonDocument::fromJson(bytes).object();
}

QByteArray SimClient::chatBody(const QString &user, bool stream, std::optional<bool> thinking,
                               std::optional<int> maxTokens, bool includeUsage)
{
    QJsonObject body;
    body.insert(QStringLiteral("messages"),
                QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                                       {QStringLiteral("content"), user}}});
    body.insert(QStringLiteral("stream"), stream);
    if (stream && includeUsage)
        body.insert(QStringLiteral("stream_options"), QJsonObject{{QStringLiteral("include_usage"), true}});
    if (thinking)
        body.insert(QStringLiteral("chat_template_kwargs"),
                    QJsonObject{{QStringLiteral("enable_thinking"), *thinking}});
    if (maxTokens)
        body.insert(QStringLiteral("max_tokens"), *maxTokens);
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QStringList SimClient::keys(const QJsonObject &object)
{
    QStringList k = object.keys();
    k.sort();
    return k;
}

QJsonObject SimClient::firstChoice(const QJsonObject &chunk)
{
    return chunk.value(QStringLiteral("choices")).toArray().first().toObject();
}

SimProfile SimClient::profile(const QString &name)
{
    const std::optional<SimProfile> p = SimProfile::byName(name);
    if (!p)
        qFatal("unknown simulator profile %s", qPrintable(name));
    return *p;
}

QNetworkReply *SimClient::startPost(QNetworkAccessManager &manager, const QUrl &base, const QString &path,
                                    const QByteArray &body)
{
    manager.setProxy(QNetworkProxy::NoProxy);
    QUrl url = base;
    url.setPath(path);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    return manager.post(request, body);
}

QString SimClient::errorField(const QByteArray &body, const QString &field)
{
    return json(body).value(QStringLiteral("error")).toObject().value(field).toString();
}

QString SimClient::messageContent(const QByteArray &body)
{
    return firstChoice(json(body))
        .value(QStringLiteral("message"))
        .toObject()
        .value(QStringLiteral("content"))
        .toString();
}
