#pragma once

#include "models/node/nodeconfig.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

struct ChatMessage
{
    QString role; // system | user | assistant
    QString content;
    bool operator==(const ChatMessage &) const = default;
};

// One chat request to one node, independent of the API dialect. toJson() builds the body in the node's
// dialect (ApiDialects::forNode): OpenAI-compatible = stream + stream_options.include_usage,
// chat_template_kwargs.enable_thinking (and .thinking) when thinking is set; see each ApiDialect.
// With cacheBust a nonce line goes at the very start of the first message.
struct ChatRequest
{
    NodeConfig node;
    QString model;                      // empty = the node's loaded model (or omitted)
    QList<ChatMessage> messages;
    std::optional<bool> thinking;       // nullopt = leave the server default
    int maxTokens = 4096;               // callers use 32768 with thinking ON
    std::optional<double> temperature;
    std::optional<qint64> seed;
    int deadlineMs = 600000;            // total deadline for the whole request, not an idle timeout
    int idleTimeoutMs = 120000;         // no byte for this long = TIMEOUT
    bool stream = true;
    bool cacheBust = false;             // a unique nonce first in the prompt so no prompt cache can serve it
    bool runawayGuard = true;           // detect a repeating loop in the reasoning tail
    QString cacheBustNonce;             // used by cacheBust; empty = a fresh random one per toJson()

    QByteArray toJson() const;
    // The prompt of the uncounted warm-up request that compare and bench runs send first to each node
    // (one owner, so simulators can recognise it).
    static QString warmupPrompt() { return QStringLiteral("Hi"); }
    // Cloud dialects: the thinking effort sent when thinking is ON (OpenAI `reasoning_effort`).
    QString reasoningEffort = QStringLiteral("medium");
    // Anthropic extended thinking budget when thinking is ON; 0 = half of maxTokens (at least 1024).
    int thinkingBudgetTokens = 0;

    // node.url + the dialect's chat path, e.g. /v1/chat/completions (a base URL that already ends in
    // /v1 is not doubled).
    QUrl endpointUrl() const;
};
