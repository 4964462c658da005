#include "models/net/cloudprobeinterpreter.h"

#include "models/net/httperrortext.h"

#include <QDateTime>
#include <algorithm>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

QString CloudProbeInterpreter::retryAfterText(const QByteArray &retryAfter)
{
    const QByteArray value = retryAfter.trimmed();
    if (value.isEmpty())
        return QString();
    bool ok = false;
    const qint64 seconds = value.toLongLong(&ok);
    if (ok && seconds >= 0)
        return tr("retry after %1 s").arg(seconds);
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(value), Qt::RFC2822Date);
    if (when.isValid()) {
        const qint64 wait = std::max<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(when));
        return tr("retry after %1 s").arg(wait);
    }
    return tr("retry after %1").arg(QString::fromLatin1(value.left(64)));
}

QString CloudProbeInterpreter::statusText(const ProbeReply &r)
{
    const QString server = HttpErrorText::serverMessage(r.body);
    const QString detail = server.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(server);
    switch (r.httpStatus) {
    case 401:
        return tr("HTTP 401: the API key was refused — check the key%1").arg(detail);
    case 403:
        return tr("HTTP 403: the key may not use this API — check its permissions%1").arg(detail);
    case 429: {
        const QString retry = retryAfterText(r.retryAfter);
        return retry.isEmpty() ? tr("HTTP 429: rate limited%1").arg(detail)
                               : tr("HTTP 429: rate limited, %1%2").arg(retry, detail);
    }
    case 529:
        return tr("HTTP 529: the API is overloaded — try again later%1").arg(detail);
    default:
        break;
    }
    const QString phrase = r.reasonPhrase.isEmpty() ? QString() : QLatin1Char(' ') + r.reasonPhrase;
    return tr("HTTP %1%2%3").arg(r.httpStatus).arg(phrase, detail);
}

ProbeReading CloudProbeInterpreter::interpret(const ProbeReply &r, const NodeConfig &config)
{
    ProbeReading reading;
    reading.backend = config.backendHint;
    reading.simulated = config.simulated || r.simulatedHeader;
    if (!r.answered() || r.timedOut || r.tooLarge) {
        reading.health = NodeHealth::Down;
        reading.reason = tr("cannot reach the API: %1").arg(ProbeInterpreter::transportText(r, config.url));
        reading.issues = {reading.reason};
        return reading;
    }
    reading.latencyMs = double(r.finishedNs - r.startedNs) / 1e6;
    if (r.redirectTarget.isValid()) {
        reading.health = NodeHealth::Degraded;
        reading.reason = ProbeInterpreter::tr("redirected to %1: fix the node URL").arg(r.redirectTarget.toString());
    } else if (r.httpStatus < 200 || r.httpStatus >= 300) {
        reading.health = NodeHealth::Degraded;
        reading.reason = statusText(r);
    } else {
        const QJsonDocument doc = QJsonDocument::fromJson(r.body);
        const QJsonArray data = doc.object().value(QLatin1String("data")).toArray();
        for (const QJsonValue &v : data) {
            const QString id = v.toObject().value(QLatin1String("id")).toString();
            if (!id.isEmpty())
                reading.model.modelIds.append(id);
        }
        if (!doc.isObject() || !doc.object().value(QLatin1String("data")).isArray()) {
            reading.health = NodeHealth::Degraded;
            reading.reason = tr("%1: not a model list").arg(r.path);
        } else {
            reading.health = NodeHealth::Up;
            if (!reading.model.modelIds.isEmpty())
                reading.model.id = reading.model.modelIds.constFirst();
        }
    }
    if (!reading.reason.isEmpty())
        reading.issues = {reading.reason};
    return reading;
}
