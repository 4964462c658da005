#pragma once

#include <QByteArray>
#include <QNetworkReply>
#include <QString>
#include <QUrl>

// Clear, translated messages for everything that can go wrong with a chat request. The server's own
// message is quoted when it sent one ({"error":{"message":...}}, {"message":...} or {"detail":...}).
namespace HttpErrorText {
QString connectionError(const QUrl &url, QNetworkReply::NetworkError error, const QString &qtText);
QString httpError(int status, const QByteArray &body);
QString streamError(const QString &serverMessage, const QString &type);
QString incompleteStream(bool cutMidEvent, int chunks, const QString &networkText);
// The message inside an error body, or the body text itself (shortened); empty for an empty body.
QString serverMessage(const QByteArray &body);
} // namespace HttpErrorText
