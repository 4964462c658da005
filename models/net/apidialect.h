#pragma once

#include "models/node/nodeconfig.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <memory>
#include <utility>

struct ChatRequest;
class StreamEventDecoder;

using HttpHeaders = QList<std::pair<QByteArray, QByteArray>>;

// One API dialect: everything that differs between the chat APIs Tokscope speaks. It owns the endpoint
// paths (chat, model list, health probe), the request headers including authentication, the request
// body built from a ChatRequest (messages, max tokens, thinking toggle, stream options) and the decoder
// that turns the streamed events into ChunkItems. Stateless: one shared instance per dialect.
// Adding a dialect = a new file pair deriving from this, plus one line in ApiDialects.
class ApiDialect
{
public:
    virtual ~ApiDialect() = default;

    virtual QString key() const = 0;              // stable: "openai-chat", "anthropic-messages", ...
    virtual bool handles(Backend backend) const = 0; // the node backends this dialect speaks for

    virtual QString chatPath() const = 0;   // "/v1/chat/completions"
    virtual QString modelsPath() const { return QStringLiteral("/v1/models"); }
    // The probe's first request. Self-hosted: "/health" (unauthenticated, cheap). Cloud: the
    // authenticated model list, so a bad key shows on the card.
    virtual QString healthPath() const { return QStringLiteral("/health"); }
    // A cloud API: configured, never detected; no /metrics, /props, /version or /slots; the measured
    // latency includes the internet path.
    virtual bool isCloud() const { return false; }

    // Authentication (and version) headers for every request to the node, probes included.
    virtual HttpHeaders authHeaders(const NodeConfig &node) const = 0;
    // Headers of a chat request: authHeaders plus whatever the chat endpoint needs.
    virtual HttpHeaders chatHeaders(const ChatRequest &request) const;
    virtual QByteArray requestBody(const ChatRequest &request) const = 0;
    // The request fields this dialect sets to switch thinking ON/OFF (empty when the toggle is not
    // sent), as JSON paths, e.g. "chat_template_kwargs.enable_thinking". Recorded with each result.
    virtual QStringList thinkingToggleForms() const = 0;
    virtual std::unique_ptr<StreamEventDecoder> newDecoder() const = 0;

    // node.url + path; a base URL that already ends in /v1 is not doubled for /v1/... paths.
    static QUrl endpointUrl(const QUrl &base, const QString &path);
    QUrl chatUrl(const NodeConfig &node) const { return endpointUrl(node.url, chatPath()); }
};
