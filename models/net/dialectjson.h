#pragma once

#include <QByteArray>
#include <QString>
#include <nlohmann/json.hpp>
#include <string>

struct ChatRequest;

// JSON helpers every dialect's request body uses.
namespace DialectJson {
std::string utf8(const QString &s);
QByteArray bytes(const nlohmann::ordered_json &body);
// The request's messages as [{role, content}], with `nonce` (may be empty) at the very start of the first
// message. includeSystem = false leaves system messages out (Anthropic: a top-level field).
nlohmann::ordered_json messages(const ChatRequest &request, bool includeSystem, const QString &nonce);
// The cache-bust nonce of this request (ChatRequest::cacheBustNonce, or a fresh one); empty when off.
QString nonceLine(const ChatRequest &request);
// The start every Chat Completions body shares, in this order: model (when set), messages (system
// included, nonce first), stream and, when streaming, stream_options.include_usage.
nlohmann::ordered_json chatCompletionsStart(const ChatRequest &request);
} // namespace DialectJson
