#include "models/net/threadedchatstream.h"

#include "models/net/streamthread.h"

#include <QNetworkAccessManager>
#include <QPointer>

ThreadedChatStream::ThreadedChatStream(StreamThread *thread, QObject *parent)
    : QObject(parent), m_thread(thread)
{
    QNetworkAccessManager *nam = thread->manager();
    QObject *root = thread->streamRoot();
    // Created on the worker thread: ChatStream's timers and the reply belong there.
    QMetaObject::invokeMethod(
        root, [this, nam, root] { m_inner = new ChatStream(nam, root); }, Qt::BlockingQueuedConnection);
}

ThreadedChatStream::~ThreadedChatStream()
{
    // Blocking: once this returns nothing on the worker thread refers to us any more. Relays already
    // posted to us are discarded with us.
    if (!m_thread)
        return; // the thread went first and took its streams with it
    ChatStream *inner = m_inner;
    QMetaObject::invokeMethod(inner, [inner] { delete inner; }, Qt::BlockingQueuedConnection);
}

void ThreadedChatStream::start(const ChatRequest &request)
{
    if (m_running)
        cancel(); // like ChatStream: a running request ends Cancelled first
    const int generation = ++m_generation;
    m_running = true;
    if (!m_thread) {
        ChatResult failed;
        failed.state = RunState::Error;
        failed.error = tr("The request was dropped: its network thread was deleted.");
        QMetaObject::invokeMethod(
            this, [this, generation, failed] { deliverFinished(generation, failed, RequestTrace()); },
            Qt::QueuedConnection);
        return;
    }
    ChatStream *inner = m_inner;
    // The relays run on the worker thread (direct connections there) and post to this object.
    QMetaObject::invokeMethod(
        inner,
        [this, inner, generation, request] {
            inner->disconnect();
            connect(inner, &ChatStream::deltaAvailable, inner,
                    [this, generation](ChatStream::DeltaKind kind, const QString &text) {
                        QMetaObject::invokeMethod(
                            this,
                            [this, generation, kind, text] {
                                if (generation == m_generation)
                                    emit deltaAvailable(kind, text);
                            },
                            Qt::QueuedConnection);
                    });
            connect(inner, &ChatStream::promptProgressAvailable, inner,
                    [this, generation](qint64 processed, qint64 total) {
                        QMetaObject::invokeMethod(
                            this,
                            [this, generation, processed, total] {
                                if (generation == m_generation)
                                    emit promptProgressAvailable(processed, total);
                            },
                            Qt::QueuedConnection);
                    });
            connect(inner, &ChatStream::answerMovedToReasoning, inner, [this, generation] {
                QMetaObject::invokeMethod(
                    this,
                    [this, generation] {
                        if (generation == m_generation)
                            emit answerMovedToReasoning();
                    },
                    Qt::QueuedConnection);
            });
            connect(inner, &ChatStream::finished, inner, [this, inner, generation](const ChatResult &result) {
                const RequestTrace trace = inner->trace();
                QMetaObject::invokeMethod(
                    this, [this, generation, result, trace] { deliverFinished(generation, result, trace); },
                    Qt::QueuedConnection);
            });
            inner->start(request);
        },
        Qt::QueuedConnection);
}

void ThreadedChatStream::cancel()
{
    if (!m_running)
        return;
    ++m_generation; // whatever the worker already posted for this request is dropped
    ChatResult result;
    RequestTrace trace;
    if (!m_thread) {
        result.state = RunState::Cancelled;
        result.error = tr("Cancelled.");
        deliverFinished(m_generation, result, trace);
        return;
    }
    ChatStream *inner = m_inner;
    QMetaObject::invokeMethod(
        inner,
        [inner, &result, &trace] {
            inner->disconnect();
            inner->cancel(); // ends the request (or a start still queued behind us is skipped below)
            result = inner->result();
            trace = inner->trace();
        },
        Qt::BlockingQueuedConnection);
    if (result.state == RunState::Running || result.state == RunState::Pending) {
        result.state = RunState::Cancelled;
    }
    deliverFinished(m_generation, result, trace);
}

void ThreadedChatStream::deliverFinished(int generation, const ChatResult &result, const RequestTrace &trace)
{
    if (generation != m_generation || !m_running)
        return;
    m_running = false;
    m_result = result;
    m_trace = trace;
    const ChatResult copy = result; // a receiver may delete us while the signal is delivered
    emit finished(copy);
}
