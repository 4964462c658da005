#pragma once

#include "models/net/probeinterpreter.h"

// Status of a cloud API node (Anthropic, OpenAI) from its one probe request: the authenticated
// GET /v1/models (no /health, /metrics, /props or /version: a cloud API has none worth asking).
//   down     no HTTP answer (network down, connection refused, DNS, timeout)
//   degraded 401/403 (the key is refused), 429 (rate limited; Retry-After shown), 529 (overloaded),
//            any other error status, or a body that is not a model list
//   up       a model list (model id = the first one, every id kept in LlmModelInfo::modelIds)
// The latency is that request's round trip: the internet path included, not the model's speed.
class CloudProbeInterpreter final
{
    Q_DECLARE_TR_FUNCTIONS(CloudProbeInterpreter)

public:
    static ProbeReading interpret(const ProbeReply &models, const NodeConfig &config);
    // "retry after 30 s" from a Retry-After header (seconds or an HTTP date); empty when absent.
    static QString retryAfterText(const QByteArray &retryAfter);
    static QString statusText(const ProbeReply &reply); // the reason for a non-2xx answer
};
