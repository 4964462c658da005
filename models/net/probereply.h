#pragma once

#include <QByteArray>
#include <QMap>
#include <QNetworkReply>
#include <QString>
#include <QUrl>

#include <optional>

// The endpoints one poll of a node may ask, in the order they are asked.
enum class ProbeEndpoint
{
    Health,
    Models,
    Props,
    Version,
    Metrics,
    Slots // llama.cpp only, for the live generation rate; never a reason to call a node degraded
};

QString probeEndpointPath(ProbeEndpoint endpoint); // "/health", "/v1/models", ...

// What one GET of a poll came back with, captured by NodeProbe before any interpretation.
// `httpStatus == 0` means no HTTP response arrived at all (refused, unknown host, timeout ...).
struct ProbeReply
{
    bool finished = false; // false: the poll's total deadline ended it first
    bool timedOut = false; // aborted by the per-request timeout (or the poll deadline)
    int timeoutMs = 0;     // the limit that applied when timedOut
    bool tooLarge = false; // aborted because the body exceeded NodeProbe::MaxBodyBytes
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString; // Qt's wording, used only for errors without a better translation
    int httpStatus = 0;
    QString reasonPhrase; // "Service Unavailable"
    QByteArray contentType;
    QByteArray body;
    std::optional<qint64> contentLength; // the Content-Length header, when sent
    QUrl redirectTarget;                 // resolved Location of a 3xx (redirects are never followed)
    bool simulatedHeader = false;        // X-Tokscope-Simulated present
    qint64 startedNs = 0;  // monotonic (NodeProbe::monotonicNowNs), request handed to the manager
    qint64 finishedNs = 0; // monotonic, reply finished
    QByteArray retryAfter; // the Retry-After header (429 / 503 / 529), empty when absent
    QString path;          // the path actually asked (cloud dialects ask /v1/models for health)

    bool answered() const { return httpStatus != 0; }
    bool ok() const { return httpStatus >= 200 && httpStatus < 300 && error == QNetworkReply::NoError; }
};

using ProbeReplies = QMap<ProbeEndpoint, ProbeReply>;
