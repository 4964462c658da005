#pragma once

#include "models/net/chatrequest.h"
#include "models/net/chatresult.h"

#include <QObject>
#include <QPointer>
#include <memory>

class QNetworkAccessManager;
class RequestTrace;
class QNetworkReply;

// Runs one streaming chat completion: POST, timestamps bytes as they arrive (one monotonic clock,
// before any parsing), feeds SseDecoder -> ChunkDecoder -> RequestTrace, enforces the total deadline,
// the idle timeout and the runaway guard, and emits finished() exactly once with a named state.
// The network manager is borrowed (one per node, owned by the caller); deleting the ChatStream
// aborts the request.
class ChatStream final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChatStream)
public:
    enum class DeltaKind { Reasoning, Content };
    Q_ENUM(DeltaKind)

    explicit ChatStream(QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~ChatStream() override;

    void start(const ChatRequest &request);
    void cancel();
    bool isRunning() const;
    const ChatResult &result() const;

    // The live trace (timestamps so far); valid until the next start().
    const RequestTrace &trace() const;

signals:
    void deltaAvailable(ChatStream::DeltaKind kind, const QString &text);
    // llama.cpp return_progress: prompt tokens processed so far (prefill started / advanced).
    void promptProgressAvailable(qint64 processed, qint64 total);
    // Template-opened thinking: a bare </think> showed that all answer text so far was reasoning.
    // A live view moves what it shows as answer into the reasoning.
    void answerMovedToReasoning();
    void finished(const ChatResult &result);

private:
    struct Private;
    std::unique_ptr<Private> d;
};
