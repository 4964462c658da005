#pragma once

#include "models/sim/simchatjson.h"

#include <QByteArray>
#include <QList>
#include <QString>

// The Anthropic Messages API bytes a simulated Anthropic-dialect node sends: the event sequence of a
// stream (message_start, content_block_start/delta/stop per thinking or text block, message_delta with
// stop_reason and output_tokens, message_stop), the non-streamed message, the error object. Keeps the
// open block between deltas. Each event is returned framed ("event: <type>\ndata: <json>\n\n").
class SimAnthropicStream final
{
public:
    static constexpr int RetryAfterSeconds = 7; // the Retry-After a simulated 429 carries

    SimAnthropicStream(QString model, QString id);

    QList<QByteArray> start(const SimChatJson::Usage &usage) const;
    QList<QByteArray> delta(SimChatJson::DeltaKind kind, const QString &text);
    QList<QByteArray> finish(const QString &finishReason, const SimChatJson::Usage &usage);
    QByteArray message(const QString &content, const QString &reasoning, const QString &finishReason,
                       const SimChatJson::Usage &usage) const;

    static QByteArray event(const char *type, const nlohmann::ordered_json &data);
    static QByteArray errorEvent(const QString &type, const QString &message);
    // {"type":"error","error":{"type":...,"message":...}}
    static QByteArray errorJson(const QString &type, const QString &message);
    // authentication_error, rate_limit_error, overloaded_error, api_error ... for an HTTP status.
    static QString errorType(int status);
    static QString stopReason(const QString &finishReason); // stop -> end_turn, length -> max_tokens

private:
    QList<QByteArray> closeBlock();

    QString m_model;
    QString m_id;
    int m_index = -1;         // index of the open block, -1 = none yet
    bool m_open = false;
    SimChatJson::DeltaKind m_kind = SimChatJson::DeltaKind::Content;
};
