#include "models/net/apidialect.h"

#include "models/net/chatrequest.h"

HttpHeaders ApiDialect::chatHeaders(const ChatRequest &request) const
{
    return authHeaders(request.node);
}

QUrl ApiDialect::endpointUrl(const QUrl &base, const QString &path)
{
    QUrl url = base;
    QString prefix = url.path();
    while (prefix.endsWith(QLatin1Char('/')))
        prefix.chop(1);
    QString rest = path;
    if (prefix.endsWith(QLatin1String("/v1")) && rest.startsWith(QLatin1String("/v1/")))
        rest = rest.mid(3);
    url.setPath(prefix + rest);
    return url;
}
