#include "models/net/nodeprobe.h"

#include "models/net/apidialect.h"
#include "models/net/apidialects.h"
#include "models/net/cloudprobeinterpreter.h"
#include "models/net/probeinterpreter.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#include <algorithm>
#include <chrono>

namespace {

QNetworkProxy proxyFor(const QString &spec)
{
    if (spec.trimmed().isEmpty())
        return QNetworkProxy(QNetworkProxy::NoProxy);
    QUrl url(spec.trimmed());
    if (url.scheme().isEmpty()) // "host:port"
        url = QUrl(QStringLiteral("http://") + spec.trimmed());
    const bool socks = url.scheme().startsWith(QLatin1String("socks"));
    return QNetworkProxy(socks ? QNetworkProxy::Socks5Proxy : QNetworkProxy::HttpProxy, url.host(),
                         quint16(url.port(socks ? 1080 : 8080)), url.userName(), url.password());
}

} // namespace

NodeProbe::NodeProbe(const NodeConfig &config, QObject *parent)
    : QObject(parent), m_config(config), m_manager(new QNetworkAccessManager(this)),
      m_deadline(new QTimer(this))
{
    m_manager->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_deadline->setSingleShot(true);
    connect(m_deadline, &QTimer::timeout, this, &NodeProbe::onDeadline);
    m_lastSample.nodeId = config.id;
    m_lastSample.simulated = config.simulated;
    applyProxy();
}

NodeProbe::~NodeProbe()
{
    ++m_generation;
    abortPending();
}

bool NodeProbe::affectsPolling(const NodeConfig &a, const NodeConfig &b)
{
    // Switching to or from a cloud dialect changes the requests and their headers.
    const bool dialect = a.backendHint != b.backendHint &&
                         (isCloudBackend(a.backendHint) || isCloudBackend(b.backendHint));
    return a.url != b.url || a.apiKey != b.apiKey || a.proxy != b.proxy ||
           a.requestTimeoutMs != b.requestTimeoutMs || dialect;
}

qint64 NodeProbe::monotonicNowNs()
{
    // steady_clock is CLOCK_MONOTONIC on Linux: the clock QElapsedTimer uses.
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

qint64 NodeProbe::monotonicNowMs()
{
    return monotonicNowNs() / 1000000;
}

void NodeProbe::applyProxy()
{
    // An explicit NoProxy also keeps the environment's http_proxy away (Qt would honour it).
    m_manager->setProxy(proxyFor(m_config.proxy));
}

void NodeProbe::setConfig(const NodeConfig &config)
{
    const bool wire = affectsPolling(config, m_config);
    m_config = config;
    if (!wire)
        return;
    cancel();
    applyProxy();
    m_rates.clear();
    m_slotRate.clear();
    m_knownBackend = Backend::Unknown;
    m_lastGoodMs.reset();
    m_failures = 0;
    m_lastSample = NodeSample();
    m_lastSample.nodeId = config.id;
    m_lastSample.simulated = config.simulated;
}

bool NodeProbe::poll()
{
    if (m_polling)
        return false;
    ++m_generation;
    m_polling = true;
    m_replies.clear();
    m_pollStartedMs = monotonicNowMs();
    m_deadline->start(totalDeadlineMs());
    emit pollStarted();
    send(ProbeEndpoint::Health);
    return true;
}

void NodeProbe::cancel()
{
    ++m_generation;
    m_deadline->stop();
    abortPending();
    if (m_polling)
        m_rates.markGap();
    m_polling = false;
    m_replies.clear();
}

void NodeProbe::abortPending()
{
    const auto pending = std::exchange(m_pending, {});
    for (const QPointer<QNetworkReply> &reply : pending) {
        if (!reply)
            continue;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

int NodeProbe::backoffDelayMs(int intervalMs, int failures, int capMs)
{
    const qint64 interval = std::max(intervalMs, 1);
    if (failures <= 0)
        return int(interval);
    const qint64 grown = interval << std::min(failures, 20);
    return int(std::max<qint64>(interval, std::min<qint64>(capMs, grown)));
}

int NodeProbe::nextPollDelayMs() const
{
    const int interval = std::max(m_config.pollIntervalMs, 100);
    if (m_failures > 0)
        return backoffDelayMs(interval, m_failures);
    // Start to start, but never back to back when a cycle took longer than the interval.
    return int(std::max<qint64>(interval - m_lastPollDurationMs, interval / 4));
}

int NodeProbe::totalDeadlineMs() const
{
    // Two phases, each bounded by the per-request timeout, plus slack for the event loop.
    return 2 * std::max(m_config.requestTimeoutMs, 1) + 500;
}

void NodeProbe::send(ProbeEndpoint endpoint)
{
    QUrl url = m_config.url;
    QString base = url.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    const ApiDialect &dialect = ApiDialects::forNode(m_config);
    QString path = probeEndpointPath(endpoint);
    if (endpoint == ProbeEndpoint::Health)
        path = dialect.healthPath(); // cloud: the authenticated model list
    url.setPath(base + path);
    if (dialect.isCloud())
        url = ApiDialect::endpointUrl(m_config.url, path);
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setRawHeader("Accept", endpoint == ProbeEndpoint::Metrics ? "text/plain" : "application/json");
    request.setRawHeader("User-Agent", "tokscope/" TOKSCOPE_VERSION);
    for (const auto &[name, value] : dialect.authHeaders(m_config))
        request.setRawHeader(name, value);

    ProbeReply &slot = m_replies[endpoint];
    slot = ProbeReply();
    slot.path = path;
    slot.timeoutMs = m_config.requestTimeoutMs;
    slot.startedNs = monotonicNowNs();
    QNetworkReply *reply = m_manager->get(request);
    m_pending.append(reply);

    const quint64 generation = m_generation;
    auto *timer = new QTimer(reply);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, reply, [this, generation, endpoint, reply] {
        if (generation == m_generation)
            m_replies[endpoint].timedOut = true;
        reply->abort();
    });
    timer->start(std::max(m_config.requestTimeoutMs, 1));
    connect(reply, &QNetworkReply::downloadProgress, reply,
            [this, generation, endpoint, reply](qint64 received) {
                if (received <= MaxBodyBytes)
                    return;
                if (generation == m_generation)
                    m_replies[endpoint].tooLarge = true;
                reply->abort();
            });
    connect(reply, &QNetworkReply::finished, this,
            [this, generation, endpoint, reply] { onReplyFinished(generation, endpoint, reply); });
}

void NodeProbe::onReplyFinished(quint64 generation, ProbeEndpoint endpoint, QNetworkReply *reply)
{
    const qint64 now = monotonicNowNs(); // before reading or parsing anything
    reply->deleteLater();
    m_pending.removeAll(reply);
    if (generation != m_generation || !m_polling)
        return; // a reply of a superseded cycle

    ProbeReply &r = m_replies[endpoint];
    r.finished = true;
    r.finishedNs = now;
    r.error = reply->error();
    r.errorString = reply->errorString();
    r.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.reasonPhrase = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
    r.contentType = reply->rawHeader("Content-Type");
    bool lengthOk = false;
    const qint64 length = reply->rawHeader("Content-Length").toLongLong(&lengthOk);
    if (lengthOk)
        r.contentLength = length;
    r.simulatedHeader = reply->hasRawHeader("X-Tokscope-Simulated");
    r.retryAfter = reply->rawHeader("Retry-After");
    if (r.httpStatus >= 300 && r.httpStatus < 400) {
        const QUrl target = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
        if (target.isValid())
            r.redirectTarget = reply->url().resolved(target);
    }
    if (!r.tooLarge && reply->isOpen()) // an aborted reply is closed
        r.body = reply->readAll();

    if (endpoint == ProbeEndpoint::Health) {
        // A cloud API is asked one thing only: its authenticated model list.
        if (ProbeInterpreter::healthIsFinal(r) || ApiDialects::forNode(m_config).isCloud())
            finish();
        else
            startSecondPhase();
        return;
    }
    if (m_pending.isEmpty())
        finish();
}

void NodeProbe::startSecondPhase()
{
    send(ProbeEndpoint::Models);
    // Ask the details endpoint of the backend seen before; both while it is not known yet.
    if (m_knownBackend == Backend::LlamaCpp || m_knownBackend == Backend::Unknown)
        send(ProbeEndpoint::Props);
    if (m_knownBackend == Backend::Vllm || m_knownBackend == Backend::Unknown)
        send(ProbeEndpoint::Version);
    send(ProbeEndpoint::Metrics);
    if (m_knownBackend == Backend::LlamaCpp)
        send(ProbeEndpoint::Slots);
}

void NodeProbe::onDeadline()
{
    if (!m_polling)
        return;
    for (auto it = m_replies.begin(); it != m_replies.end(); ++it) {
        if (!it->finished) {
            it->timedOut = true;
            it->timeoutMs = totalDeadlineMs();
        }
    }
    ++m_generation; // whatever is still on its way belongs to a finished cycle now
    abortPending();
    finish();
}

void NodeProbe::finish()
{
    m_deadline->stop();
    abortPending();
    m_polling = false;
    const qint64 now = monotonicNowMs();
    m_lastPollDurationMs = now - m_pollStartedMs;

    const ProbeReading reading =
        ApiDialects::forNode(m_config).isCloud()
            ? CloudProbeInterpreter::interpret(m_replies.value(ProbeEndpoint::Health), m_config)
            : ProbeInterpreter::interpret(m_replies, m_config);
    m_replies.clear();
    if (reading.backend != Backend::Unknown)
        m_knownBackend = reading.backend;

    NodeSample s;
    s.nodeId = m_config.id;
    s.monotonicMs = now;
    s.wallTime = QDateTime::currentDateTimeUtc();
    s.health = reading.health;
    s.reason = reading.reason;
    s.backend = m_knownBackend; // remembered while the node is down
    s.latencyMs = reading.latencyMs;
    s.model = reading.model;
    s.simulated = reading.simulated;
    if (reading.metrics) {
        s.metrics = *reading.metrics;
        const CounterRateUpdate rate = m_rates.update(reading.metricsMonotonicMs, *reading.metrics);
        s.promptTps = rate.promptTps;
        s.generationTps = rate.generationTps;
        s.generationTpsSource = rate.generationTps ? MetricSource::Metrics : MetricSource::None;
        s.counterReset = rate.reset;
    } else {
        m_rates.markGap();
    }
    if (reading.slotStates) {
        const std::optional<double> total = reading.metrics ? reading.metrics->generationTokensTotal : std::nullopt;
        const qint64 at = reading.metrics ? reading.metricsMonotonicMs : now;
        if (const std::optional<double> live = m_slotRate.update(at, *reading.slotStates, total)) {
            s.generationTps = live;
            s.generationTpsSource = MetricSource::Slots;
        }
    } else {
        m_slotRate.clear();
    }
    if (s.health == NodeHealth::Up || s.health == NodeHealth::Degraded)
        m_lastGoodMs = now;
    s.lastGoodMonotonicMs = m_lastGoodMs;
    m_failures = s.health == NodeHealth::Down ? m_failures + 1 : 0;
    m_lastSample = s;
    emit sampleAvailable(s);
}
