#pragma once

#include "models/sim/simprofile.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrl>

// A blocking test client for SimulatedNode tests: one request on its own QNetworkAccessManager (no proxy),
// the event loop spun until it finishes or a timeout, every body read timestamped.
struct SimHttpResult
{
    int status = 0;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    bool finished = false;                  // false = the timeout hit first (reply aborted)
    qint64 headersMs = -1;                  // since the request was started
    QList<QPair<qint64, QByteArray>> reads; // (ms since start, bytes) per readyRead
};

namespace SimClient {
SimHttpResult get(const QUrl &base, const QString &path, int timeoutMs = 5000,
                  const QList<QPair<QByteArray, QByteArray>> &headers = {});
SimHttpResult post(const QUrl &base, const QString &path, const QByteArray &body, int timeoutMs = 10000,
                   const QList<QPair<QByteArray, QByteArray>> &headers = {});
// Starts a POST on `manager` (switched to no proxy) and returns at once; the caller owns the reply.
QNetworkReply *startPost(QNetworkAccessManager &manager, const QUrl &base, const QString &path,
                         const QByteArray &body);
// The `data:` payloads of an SSE body, in order ("[DONE]" included).
QList<QByteArray> sseData(const QByteArray &body);
// (ms, payload) for each SSE event, timed by the read that completed it.
QList<QPair<qint64, QByteArray>> timedSseData(const SimHttpResult &result);
QJsonObject json(const QByteArray &bytes);
QStringList keys(const QJsonObject &object); // sorted
QJsonObject firstChoice(const QJsonObject &chunk);
// error.<field> of an error body as a string ("" when absent).
QString errorField(const QByteArray &body, const QString &field);
// choices[0].message.content of a non-streaming completion.
QString messageContent(const QByteArray &body);
SimProfile profile(const QString &name); // a named SimProfile (fails the test run when unknown)
QByteArray chatBody(const QString &user, bool stream, std::optional<bool> thinking = std::nullopt,
                    std::optional<int> maxTokens = std::nullopt, bool includeUsage = true);
} // namespace SimClient
