#pragma once

#include "models/net/probereply.h"
#include "models/net/slotsreading.h"
#include "models/node/backend.h"
#include "models/node/llmmodelinfo.h"
#include "models/node/nodeconfig.h"
#include "models/node/nodehealth.h"
#include "models/node/nodemetrics.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

// What one poll's replies say about a node, before rates (NodeProbe adds those).
struct ProbeReading
{
    NodeHealth health = NodeHealth::Unknown;
    QString reason;     // translated; empty when Up
    QStringList issues; // every problem found, translated, without duplicates (reason joins them)
    Backend backend = Backend::Unknown;
    std::optional<double> latencyMs; // /health round trip, when /health answered at all
    LlmModelInfo model;
    std::optional<NodeMetrics> metrics; // nullopt: no usable /metrics scrape this poll
    qint64 metricsMonotonicMs = 0;      // when the /metrics reply finished
    std::optional<QList<SlotState>> slotStates; // llama.cpp /slots, when asked and answered
    bool simulated = false;
};

// Turns the raw replies of one poll into status, reason, backend, model and metrics. Pure logic, no
// network: every status rule lives here.
//   down     /health got no HTTP answer at all (refused, unknown host, timeout, closed unanswered)
//   loading  /health 503 saying it is loading the model (llama.cpp "Loading model")
//   degraded an HTTP answer came but something is off: HTML instead of JSON, 401/403, a redirect,
//            an endpoint failing or cut short, /metrics missing or with unparseable lines
//   up       everything asked answered as expected
// The backend is detected from what answers: /props with build_info (llama.cpp), /version (vLLM),
// the /metrics prefix, /v1/models owned_by; otherwise "openai" when /v1/models lists models.
class ProbeInterpreter final
{
    Q_DECLARE_TR_FUNCTIONS(ProbeInterpreter)

public:
    // True when the /health reply alone decides the poll (down or loading): the rest is not asked.
    static bool healthIsFinal(const ProbeReply &health);
    static ProbeReading interpret(const ProbeReplies &replies, const NodeConfig &config);

    // "timed out after 1.5 s"
    static QString timeoutText(int timeoutMs);
    // Words for a reply that got no usable HTTP answer (refused, host not found, cut short ...).
    static QString transportText(const ProbeReply &reply, const QUrl &url);
};
