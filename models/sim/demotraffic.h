#pragma once

#include <QList>
#include <QObject>
#include <QRandomGenerator>
#include <QUrl>

class ChatStream;
class QNetworkAccessManager;
class QTimer;

// Keeps the simulated lab busy so the demo dashboard has something to show: each target gets a few
// chat requests at a time (random prompt lengths and output budgets, random pauses and the occasional
// idle stretch), non-streaming, to 127.0.0.1 only, through the real client (ChatStream). The
// measurements the dashboard shows are the nodes' own /metrics, exactly as with real traffic.
class DemoTraffic final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoTraffic)

public:
    struct Target
    {
        QUrl baseUrl; // http://127.0.0.1:<port>
        QString modelId;
        int concurrency = 1;
    };

    explicit DemoTraffic(QObject *parent = nullptr);
    ~DemoTraffic() override;

    // timeScale < 1 shortens the pauses like SimulatedNode::setTimeScale shortens the work.
    void start(const QList<Target> &targets, double timeScale = 1.0);
    void stop();
    bool isRunning() const { return m_running; }
    qint64 requestsSent() const { return m_sent; }
    qint64 requestsFinished() const { return m_finished; }

private:
    void schedule(int target, bool firstTime);
    void send(int target);
    QString prompt();

    QNetworkAccessManager *m_network = nullptr;
    QList<Target> m_targets;
    QList<ChatStream *> m_streams;
    QList<QTimer *> m_timers;
    QRandomGenerator m_random{20250501};
    double m_timeScale = 1.0;
    bool m_running = false;
    qint64 m_sent = 0;
    qint64 m_finished = 0;
};
