#include "widgets/lab/demotraffic.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
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
    const QList<QNetworkReply *> replies = std::exchange(m_replies, {});
    for (QNetworkReply *reply : replies) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
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

QByteArray DemoTraffic::requestBody(const Target &target)
{
    QString prompt = QString::fromUtf8(kTasks[m_random.bounded(int(std::size(kTasks)))]);
    const int fillerRepeats = m_random.bounded(2, 60); // ~60 .. ~1,800 prompt tokens
    // A distinct first line keeps the servers' prefix caches from answering every prompt for free.
    prompt = QStringLiteral("Request %1.\n").arg(m_random.generate()) + prompt + QLatin1Char('\n') +
             QString::fromUtf8(kFiller).repeated(fillerRepeats);
    QJsonObject body{
        {QStringLiteral("model"), target.modelId},
        {QStringLiteral("messages"), QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                                                            {QStringLiteral("content"), prompt}}}},
        {QStringLiteral("max_tokens"), m_random.bounded(48, 360)},
        {QStringLiteral("stream"), false}};
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

void DemoTraffic::send(int target)
{
    if (!m_running || target < 0 || target >= m_targets.size())
        return;
    const Target &t = m_targets.at(target);
    QUrl url = t.baseUrl;
    url.setPath(QStringLiteral("/v1/chat/completions"));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setTransferTimeout(int(qMax(10000.0, 180000 * m_timeScale)));
    QNetworkReply *reply = m_network->post(request, requestBody(t));
    ++m_sent;
    m_replies.append(reply);
    connect(reply, &QNetworkReply::finished, this, [this, reply, target] {
        m_replies.removeOne(reply);
        reply->deleteLater();
        ++m_finished;
        schedule(target, false);
    });
}
