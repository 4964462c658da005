#include "models/net/streamthread.h"

#include <QNetworkAccessManager>
#include <QThread>

StreamThread::StreamThread(QObject *parent) : QObject(parent), m_thread(new QThread)
{
    m_thread->setObjectName(QStringLiteral("tokscope-stream"));
    m_thread->start();
    m_manager = new QNetworkAccessManager; // no parent: it moves to the worker thread and dies there
    m_manager->moveToThread(m_thread);
    m_root = new QObject;
    m_root->moveToThread(m_thread);
}

StreamThread::~StreamThread()
{
    QNetworkAccessManager *manager = m_manager;
    QObject *root = m_root;
    QMetaObject::invokeMethod(
        manager,
        [manager, root] {
            delete root; // the streams first: they abort their replies silently
            delete manager;
        },
        Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
}
