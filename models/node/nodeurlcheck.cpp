#include "models/node/nodeurlcheck.h"

#include <QCoreApplication>

NodeUrlCheck NodeUrlCheck::check(const QString &text)
{
    NodeUrlCheck result;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        result.error = QCoreApplication::translate("NodeUrlCheck",
                                                   "Enter the node's address, e.g. http://dgx1.local:30000");
        return result;
    }
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid()) {
        result.error = QCoreApplication::translate("NodeUrlCheck", "This is not a valid URL.");
        return result;
    }
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https")) {
        result.error =
            QCoreApplication::translate("NodeUrlCheck", "The URL must start with http:// or https://");
        return result;
    }
    if (url.host().isEmpty()) {
        result.error = QCoreApplication::translate("NodeUrlCheck", "The URL has no host name.");
        return result;
    }
    if (!url.userInfo().isEmpty()) {
        result.error = QCoreApplication::translate(
            "NodeUrlCheck", "Do not put credentials in the URL; use the API key field.");
        return result;
    }
    if (!url.path().isEmpty() && url.path() != QLatin1String("/")) {
        result.error = QCoreApplication::translate(
            "NodeUrlCheck", "Enter the base URL without a path (no /v1), e.g. http://dgx1.local:30000");
        return result;
    }
    if (url.hasQuery() || url.hasFragment()) {
        result.error = QCoreApplication::translate(
            "NodeUrlCheck", "The URL must not have a query (?...) or fragment (#...).");
        return result;
    }
    QUrl normalized = url;
    normalized.setScheme(scheme);
    normalized.setPath(QString());
    result.url = normalized;
    return result;
}
