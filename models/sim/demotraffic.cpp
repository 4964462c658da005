#include "models/sim/demotraffic.h"

#include "models/net/chatstream.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QTimer>

namespace {
// Prompts in the spirit of the user's lab (coding, review, questions); the filler below stands for
// pasted code or documents so prefill has real work to do. Not shown to the user.
const char *const kTasks[] = {
    "Write a Python function that merges overlapping intervals and explain its complexity.",
    "Review this pull request for race conditions and suggest fixes.",
    "Summarize the design document below in five bullet points.",
    "Implement an LRU cache in C++ with O(1) get and put.",
    "Explain the difference between prefill and decode throughput on a GPU.",
    "Find the bug in the following state machine and propose a test that catches it.",
};
const char *const kFiller =
    "The scheduler keeps a queue of pending jobs ordered by deadline; each worker takes the earliest job, "
    "runs it, records the duration and returns the slot to the pool. ";
} // namespace

DemoTraffic::DemoTraffic(QObject *parent) : QObject(parent), m_network(new QNetworkAccessManager(this))
{
    m_network->setProxy(QNetworkProxy::NoProxy);
}

DemoTraffic::~DemoTraffic()
{
    stop();
}

void DemoTraffic::start(const QList<Target> &targets, double timeScale)
{
    stop();
    m_targets = targets;
    m_timeScale = qBound(0.001, timeScale, 100.0);
    m_running = true;
    for (int t = 0; t < m_targets.size(); ++t) {
        for (int slot = 0; slot < qMax(1, m_targets.at(t).concurrency); ++slot)
            schedule(t, true);
    }
}

void DemoTraffic::stop()
{
    m_running = false;
    for (QTimer *timer : std::as_const(m_timers))
        delete timer;
    m_timers.clear();
    const QList<ChatStream *> streams = std::exchange(m_streams, {});
    for (ChatStream *stream : streams) {
        stream->disconnect(this);
        stream->cancel();
        stream->deleteLater();
    }
}

void DemoTraffic::schedule(int target, bool firstTime)
{
    if (!m_running)
        return;
    // Mostly short pauses, sometimes a longer idle stretch, so the charts show load changing.
    double pauseS = firstTime ? 0.1 + m_random.bounded(1.5) : 0.3 + m_random.bounded(1.7);
    if (!firstTime && m_random.bounded(20) == 0)
        pauseS += 5 + m_random.bounded(10.0);
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    timer->setInterval(qMax(5, int(pauseS * 1000 * m_timeScale)));
    m_timers.append(timer);
    connect(timer, &QTimer::timeout, this, [this, timer, target] {
        m_timers.removeOne(timer);
        timer->deleteLater();
        send(target);
    });
    timer->start();
}

QString DemoTraffic::prompt()
{
    const QString task = QString::fromUtf8(kTasks[m_random.bounded(int(std::size(kTasks)))]);
    const int fillerRepeats = m_random.bounded(2, 60); // ~60 .. ~1,800 prompt tokens
    return task + QLatin1Char('\n') + QString::fromUtf8(kFiller).repeated(fillerRepeats);
}

void DemoTraffic::send(int target)
{
    if (!m_running || target < 0 || target >= m_targets.size())
        return;
    const Target &t = m_targets.at(target);
    ChatRequest request;
    request.node.url = t.baseUrl;
    request.model = t.modelId;
    request.messages = {{QStringLiteral("user"), prompt()}};
    request.maxTokens = m_random.bounded(48, 360);
    request.stream = false;
    // A distinct first line keeps the servers' prefix caches from answering every prompt for free.
    request.cacheBust = true;
    request.runawayGuard = false;
    request.deadlineMs = int(qMax(10000.0, 180000 * m_timeScale));
    auto *stream = new ChatStream(m_network, this);
    m_streams.append(stream);
    ++m_sent;
    connect(stream, &ChatStream::finished, this, [this, stream, target] {
        m_streams.removeOne(stream);
        stream->deleteLater();
        ++m_finished;
        schedule(target, false);
    });
    stream->start(request);
}
