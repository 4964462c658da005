#include "models/net/probeinterpreter.h"

#include "models/net/slotsreading.h"

#include "models/net/metricsnormalizer.h"
#include "models/net/prometheustext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>

QString probeEndpointPath(ProbeEndpoint endpoint)
{
    switch (endpoint) {
    case ProbeEndpoint::Health:
        return QStringLiteral("/health");
    case ProbeEndpoint::Models:
        return QStringLiteral("/v1/models");
    case ProbeEndpoint::Props:
        return QStringLiteral("/props");
    case ProbeEndpoint::Version:
        return QStringLiteral("/version");
    case ProbeEndpoint::Slots:
        return QStringLiteral("/slots");
    case ProbeEndpoint::Metrics:
        return QStringLiteral("/metrics");
    }
    return {};
}

namespace {

void addIssue(QStringList &issues, const QString &issue)
{
    if (!issues.contains(issue))
        issues.append(issue);
}

bool isHtml(const ProbeReply &r)
{
    if (r.contentType.toLower().contains("text/html"))
        return true;
    // Neither JSON nor Prometheus text ever starts with '<'.
    return r.body.left(64).trimmed().startsWith('<');
}

bool isLoading(const ProbeReply &health)
{
    return health.httpStatus == 503 && health.body.toLower().contains("loading");
}

std::optional<QJsonObject> jsonObject(const ProbeReply &r)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

std::optional<qint64> positiveInt(const QJsonValue &v)
{
    if (!v.isDouble() || v.toDouble() <= 0)
        return std::nullopt;
    return qint64(v.toDouble());
}

enum class Missing
{
    IsIssue,
    IsQuiet
};

// Checks the HTTP side of one reply. True when its body is worth reading; otherwise the problem
// (if it is one) is added to issues.
bool usable(ProbeEndpoint endpoint, const ProbeReply &r, const NodeConfig &config, Missing missing,
            QStringList &issues)
{
    const QString path = probeEndpointPath(endpoint);
    if (r.redirectTarget.isValid()) {
        addIssue(issues,
                 ProbeInterpreter::tr("redirected to %1: fix the node URL").arg(r.redirectTarget.toString()));
        return false;
    }
    if (!r.answered() || r.timedOut || r.tooLarge) {
        addIssue(issues, QStringLiteral("%1: %2").arg(path, ProbeInterpreter::transportText(r, config.url)));
        return false;
    }
    if (r.httpStatus == 401) {
        addIssue(issues, ProbeInterpreter::tr("HTTP 401: unauthorized — check the API key"));
        return false;
    }
    if (r.httpStatus == 403) {
        addIssue(issues, ProbeInterpreter::tr("HTTP 403: forbidden — check the API key"));
        return false;
    }
    // llama-server answers 501 for /metrics when started without --metrics.
    if (r.httpStatus == 404 || r.httpStatus == 501 || r.httpStatus == 405) {
        if (missing == Missing::IsIssue)
            addIssue(issues, ProbeInterpreter::tr("%1: not available (HTTP %2)").arg(path).arg(r.httpStatus));
        return false;
    }
    if (r.httpStatus < 200 || r.httpStatus >= 300) {
        const QString phrase = r.reasonPhrase.isEmpty() ? QString() : QLatin1Char(' ') + r.reasonPhrase;
        addIssue(issues, ProbeInterpreter::tr("%1: HTTP %2%3").arg(path).arg(r.httpStatus).arg(phrase));
        return false;
    }
    if (r.error != QNetworkReply::NoError) {
        addIssue(issues, QStringLiteral("%1: %2").arg(path, ProbeInterpreter::transportText(r, config.url)));
        return false;
    }
    if (isHtml(r)) {
        addIssue(issues, ProbeInterpreter::tr("answered HTML, not JSON: is this the right port?"));
        return false;
    }
    return true;
}

struct Detection
{
    Backend props = Backend::Unknown;
    Backend version = Backend::Unknown;
    Backend metrics = Backend::Unknown;
    Backend modelsOwner = Backend::Unknown;
    bool modelList = false;

    Backend best() const
    {
        for (Backend b : {props, version, metrics, modelsOwner})
            if (b != Backend::Unknown)
                return b;
        return modelList ? Backend::OpenAi : Backend::Unknown;
    }
};

void readModels(const QJsonObject &o, LlmModelInfo &model, Detection &detection)
{
    const QJsonArray data = o.value(QLatin1String("data")).toArray();
    if (data.isEmpty())
        return;
    detection.modelList = true;
    const QJsonObject first = data.first().toObject();
    model.id = first.value(QLatin1String("id")).toString();
    const QString owner = first.value(QLatin1String("owned_by")).toString();
    if (owner == QLatin1String("vllm"))
        detection.modelsOwner = Backend::Vllm;
    else if (owner == QLatin1String("llamacpp"))
        detection.modelsOwner = Backend::LlamaCpp;
    if (auto len = positiveInt(first.value(QLatin1String("max_model_len"))))
        model.contextLength = len;
    const QJsonObject meta = first.value(QLatin1String("meta")).toObject();
    if (!model.contextLength)
        model.contextLength = positiveInt(meta.value(QLatin1String("n_ctx")));
    model.trainContext = positiveInt(meta.value(QLatin1String("n_ctx_train")));
}

void readProps(const QJsonObject &o, LlmModelInfo &model, Detection &detection)
{
    const QJsonObject settings = o.value(QLatin1String("default_generation_settings")).toObject();
    const QString build = o.value(QLatin1String("build_info")).toString();
    if (build.isEmpty() && settings.isEmpty() && !o.contains(QLatin1String("total_slots")))
        return;
    detection.props = Backend::LlamaCpp;
    if (!build.isEmpty())
        model.serverVersion = build;
    // n_ctx per slot is what one request can use: it wins over /v1/models meta.n_ctx.
    if (auto ctx = positiveInt(settings.value(QLatin1String("n_ctx"))))
        model.contextLength = ctx;
    if (auto total = positiveInt(o.value(QLatin1String("total_slots"))))
        model.slotCount = int(*total);
    if (model.id.isEmpty())
        model.id = o.value(QLatin1String("model_alias")).toString();
}

void readMetrics(const ProbeReply &r, ProbeReading &reading, Detection &detection)
{
    const PrometheusExposition exposition = PrometheusText::parse(r.body);
    if (exposition.errorCount() > 0)
        addIssue(reading.issues, ProbeInterpreter::tr("/metrics has %n unparseable line(s)", nullptr,
                                                      exposition.errorCount()));
    if (exposition.isEmpty()) {
        if (exposition.errorCount() == 0)
            addIssue(reading.issues, ProbeInterpreter::tr("/metrics is empty"));
        return;
    }
    const NormalizedMetrics normalized = MetricsNormalizer::normalize(exposition);
    detection.metrics = normalized.backend;
    reading.metrics = normalized.metrics;
    reading.metricsMonotonicMs = r.finishedNs / 1000000;
    if (reading.model.id.isEmpty())
        reading.model.id = normalized.modelName;
}

} // namespace

QString ProbeInterpreter::timeoutText(int timeoutMs)
{
    return ProbeInterpreter::tr("timed out after %1 s").arg(QLocale().toString(timeoutMs / 1000.0, 'g', 3));
}

QString ProbeInterpreter::transportText(const ProbeReply &r, const QUrl &url)
{
    if (!r.finished || r.timedOut)
        return timeoutText(r.timeoutMs);
    if (r.tooLarge)
        return ProbeInterpreter::tr("reply too large");
    if (r.answered()) {
        // Headers came, then the connection ended before the body was complete.
        if (r.contentLength)
            return ProbeInterpreter::tr("reply cut short after %1 of %2 bytes")
                .arg(r.body.size())
                .arg(*r.contentLength);
        return ProbeInterpreter::tr("reply cut short after %1 bytes").arg(r.body.size());
    }
    switch (r.error) {
    case QNetworkReply::ConnectionRefusedError:
        return ProbeInterpreter::tr("connection refused");
    case QNetworkReply::HostNotFoundError:
        return ProbeInterpreter::tr("host not found: %1").arg(url.host());
    case QNetworkReply::RemoteHostClosedError:
        return ProbeInterpreter::tr("the connection closed without an answer");
    case QNetworkReply::TimeoutError:
        return timeoutText(r.timeoutMs);
    case QNetworkReply::SslHandshakeFailedError:
        return ProbeInterpreter::tr("TLS handshake failed");
    case QNetworkReply::ProxyConnectionRefusedError:
        return ProbeInterpreter::tr("the proxy refused the connection");
    case QNetworkReply::ProxyNotFoundError:
        return ProbeInterpreter::tr("proxy host not found");
    case QNetworkReply::ProxyTimeoutError:
        return ProbeInterpreter::tr("the proxy timed out");
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return ProbeInterpreter::tr("the proxy requires authentication");
    default:
        break;
    }
    return r.errorString.isEmpty() ? ProbeInterpreter::tr("network error %1").arg(int(r.error))
                                   : r.errorString;
}

bool ProbeInterpreter::healthIsFinal(const ProbeReply &health)
{
    return !health.answered() || health.timedOut || isLoading(health);
}

ProbeReading ProbeInterpreter::interpret(const ProbeReplies &replies, const NodeConfig &config)
{
    ProbeReading reading;
    reading.simulated = config.simulated;
    for (const ProbeReply &r : replies)
        reading.simulated = reading.simulated || r.simulatedHeader;

    const ProbeReply health = replies.value(ProbeEndpoint::Health);
    if (health.answered() && !health.timedOut)
        reading.latencyMs = double(health.finishedNs - health.startedNs) / 1e6;
    if (!health.answered() || health.timedOut) {
        reading.health = NodeHealth::Down;
        reading.reason = transportText(health, config.url);
        if (!config.proxy.trimmed().isEmpty()) {
            // Proxy credentials never reach a reason (it is shown and exported).
            QUrl proxy(config.proxy.trimmed());
            if (proxy.scheme().isEmpty() || proxy.host().isEmpty())
                proxy = QUrl(QStringLiteral("http://") + config.proxy.trimmed());
            reading.reason =
                tr("%1 (via proxy %2)").arg(reading.reason, proxy.toString(QUrl::RemoveUserInfo));
        }
        reading.issues = {reading.reason};
        return reading;
    }
    // vLLM-style: /health 503 with an empty body, the loading message on the other endpoints.
    const bool loading = isLoading(health) || (health.httpStatus == 503 &&
                                               std::any_of(replies.cbegin(), replies.cend(), isLoading));
    if (loading) {
        reading.health = NodeHealth::Loading;
        reading.reason = ProbeInterpreter::tr("loading the model (HTTP 503)");
        reading.issues = {reading.reason};
        return reading;
    }

    Detection detection;
    // A server without /health (some OpenAI-compatible gateways) is fine when /v1/models answers.
    usable(ProbeEndpoint::Health, health, config, Missing::IsQuiet, reading.issues);
    if (replies.contains(ProbeEndpoint::Models)) {
        const ProbeReply &r = replies[ProbeEndpoint::Models];
        if (usable(ProbeEndpoint::Models, r, config, Missing::IsIssue, reading.issues)) {
            if (auto o = jsonObject(r))
                readModels(*o, reading.model, detection);
            else
                addIssue(reading.issues, ProbeInterpreter::tr("/v1/models: invalid JSON"));
        }
    }
    if (replies.contains(ProbeEndpoint::Props)) {
        const ProbeReply &r = replies[ProbeEndpoint::Props];
        if (usable(ProbeEndpoint::Props, r, config, Missing::IsQuiet, reading.issues)) {
            if (auto o = jsonObject(r))
                readProps(*o, reading.model, detection);
        }
    }
    if (replies.contains(ProbeEndpoint::Version)) {
        const ProbeReply &r = replies[ProbeEndpoint::Version];
        if (usable(ProbeEndpoint::Version, r, config, Missing::IsQuiet, reading.issues)) {
            const auto o = jsonObject(r);
            const QString version = o ? o->value(QLatin1String("version")).toString() : QString();
            if (!version.isEmpty()) {
                detection.version = Backend::Vllm;
                reading.model.serverVersion = version;
            }
        }
    }
    if (replies.contains(ProbeEndpoint::Metrics)) {
        const ProbeReply &r = replies[ProbeEndpoint::Metrics];
        if (usable(ProbeEndpoint::Metrics, r, config, Missing::IsIssue, reading.issues))
            readMetrics(r, reading, detection);
        else if (detection.best() == Backend::LlamaCpp && (r.httpStatus == 404 || r.httpStatus == 501))
            addIssue(reading.issues, ProbeInterpreter::tr("start llama-server with --metrics"));
    }
    if (replies.contains(ProbeEndpoint::Slots)) {
        const ProbeReply &r = replies[ProbeEndpoint::Slots];
        if (r.ok())
            reading.slotStates = SlotsReading::parse(r.body); // `--slots` off: 501, quietly no live rate
    }
    reading.backend = detection.best();
    reading.health = reading.issues.isEmpty() ? NodeHealth::Up : NodeHealth::Degraded;
    reading.reason = reading.issues.join(QStringLiteral("; "));
    return reading;
}
