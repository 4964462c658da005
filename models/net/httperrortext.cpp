#include "models/net/httperrortext.h"

#include <QCoreApplication>
#include <nlohmann/json.hpp>

namespace {
QString jsonString(const nlohmann::json &object, const char *key)
{
    const auto it = object.find(key);
    if (it == object.end())
        return QString();
    if (it->is_string())
        return QString::fromStdString(it->get<std::string>());
    if (it->is_object() || it->is_array())
        return QString::fromStdString(it->dump());
    return QString();
}
} // namespace

namespace HttpErrorText {

QString serverMessage(const QByteArray &body)
{
    const QByteArray trimmed = body.trimmed();
    if (trimmed.isEmpty())
        return QString();
    const nlohmann::json root = nlohmann::json::parse(trimmed.begin(), trimmed.end(), nullptr, false);
    if (root.is_object()) {
        if (const auto error = root.find("error"); error != root.end()) {
            if (error->is_object()) {
                const QString message = jsonString(*error, "message");
                if (!message.isEmpty())
                    return message;
            } else if (error->is_string()) {
                return QString::fromStdString(error->get<std::string>());
            }
        }
        for (const char *key : {"message", "detail"}) {
            const QString message = jsonString(root, key);
            if (!message.isEmpty())
                return message;
        }
    }
    QString text = QString::fromUtf8(trimmed.left(400)).simplified();
    if (trimmed.size() > 400)
        text += QStringLiteral("…");
    return text;
}

QString connectionError(const QUrl &url, QNetworkReply::NetworkError error, const QString &qtText)
{
    const QString where = url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery);
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        return QCoreApplication::translate(
                   "HttpErrorText",
                   "Cannot connect to %1: connection refused. Is the server running on that port?")
            .arg(where);
    case QNetworkReply::HostNotFoundError:
        return QCoreApplication::translate("HttpErrorText", "Cannot connect to %1: host not found.")
            .arg(where);
    case QNetworkReply::TimeoutError:
        return QCoreApplication::translate("HttpErrorText", "Cannot connect to %1: the connection timed out.")
            .arg(where);
    case QNetworkReply::RemoteHostClosedError:
        return QCoreApplication::translate("HttpErrorText", "%1 closed the connection before answering.")
            .arg(where);
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
        return QCoreApplication::translate("HttpErrorText", "Cannot reach the proxy for %1: %2")
            .arg(where, qtText);
    default:
        break;
    }
    return QCoreApplication::translate("HttpErrorText", "Request to %1 failed: %2").arg(where, qtText);
}

QString httpError(int status, const QByteArray &body)
{
    const QString message = serverMessage(body);
    if (message.isEmpty())
        return QCoreApplication::translate("HttpErrorText",
                                           "The node answered HTTP %1 without an explanation.")
            .arg(status);
    return QCoreApplication::translate("HttpErrorText", "The node answered HTTP %1: %2")
        .arg(status)
        .arg(message);
}

QString streamError(const QString &serverMessage, const QString &type)
{
    if (type == QLatin1String("malformed_json"))
        return serverMessage; // already a full sentence from ChunkDecoder
    return QCoreApplication::translate("HttpErrorText", "The server reported an error in the stream: %1")
        .arg(serverMessage);
}

QString incompleteStream(bool cutMidEvent, int chunks, const QString &networkText)
{
    QString text = cutMidEvent
                       ? QCoreApplication::translate("HttpErrorText",
                                                     "The connection closed in the middle of an event after "
                                                     "%n chunk(s): the answer is incomplete.",
                                                     nullptr, chunks)
                       : QCoreApplication::translate("HttpErrorText",
                                                     "The stream ended without [DONE] after %n chunk(s) "
                                                     "(server stopped or connection reset): the "
                                                     "answer is incomplete.",
                                                     nullptr, chunks);
    if (!networkText.isEmpty())
        text += QLatin1Char(' ') + networkText;
    return text;
}

} // namespace HttpErrorText
