#pragma once

#include "models/measure/requesttrace.h"
#include "models/net/chatrequest.h"
#include "models/net/chatresult.h"
#include "models/net/chatstream.h"

#include <QObject>
#include <QPointer>

class StreamThread;

// A ChatStream that runs on a node's StreamThread: the reply, its arrival timestamps, the SSE decoding
// and the timers all live on the worker thread, so painting on the GUI thread cannot delay or merge
// arrivals. Same interface as ChatStream; its signals arrive on the owner's thread, in order. cancel()
// is synchronous like ChatStream's: finished() is emitted before it returns, and nothing from the
// cancelled request arrives afterwards. Deleting it aborts the request silently.
class ThreadedChatStream final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThreadedChatStream)
public:
    explicit ThreadedChatStream(StreamThread *thread, QObject *parent = nullptr);
    ~ThreadedChatStream() override;

    void start(const ChatRequest &request);
    void cancel();
    bool isRunning() const { return m_running; }
    // The last finished request's result and trace (copies taken on the worker thread at its end).
    const ChatResult &result() const { return m_result; }
    const RequestTrace &trace() const { return m_trace; }

signals:
    void deltaAvailable(ChatStream::DeltaKind kind, const QString &text);
    void promptProgressAvailable(qint64 processed, qint64 total);
    void answerMovedToReasoning();
    void finished(const ChatResult &result);

private:
    void deliverFinished(int generation, const ChatResult &result, const RequestTrace &trace);

    QPointer<StreamThread> m_thread; // gone = the thread deleted m_inner already
    ChatStream *m_inner = nullptr;    // lives on the worker thread
    int m_generation = 0;          // requests started; relays of an older one are dropped
    bool m_running = false;
    ChatResult m_result;
    RequestTrace m_trace;
};
