#pragma once

#include <QObject>

class QNetworkAccessManager;
class QThread;

// One worker thread with its own network manager, for one node's streams. Replies live on this thread,
// so a chunk's arrival time is taken when the bytes reach it, not when the GUI thread gets round to it
// after painting (issue 9, item 5). Created and destroyed on the owner's thread; destruction deletes its streams and
// the manager on the worker thread, then stops and joins it.
class StreamThread final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StreamThread)
public:
    explicit StreamThread(QObject *parent = nullptr);
    ~StreamThread() override;

    // Lives on thread(); use it only from there (ThreadedChatStream does).
    QNetworkAccessManager *manager() const { return m_manager; }
    // Lives on the worker thread: parent of every stream created there, deleted before the manager, so
    // a stream outliving its thread object is already gone (ThreadedChatStream checks for that).
    QObject *streamRoot() const { return m_root; }

private:
    QThread *m_thread = nullptr;
    QNetworkAccessManager *m_manager = nullptr;
    QObject *m_root = nullptr;
};
