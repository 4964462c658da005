#pragma once

#include "models/bench/benchresult.h"
#include "models/bench/suite.h"
#include "models/net/chatrequest.h"
#include "models/net/chatresult.h"
#include "models/node/nodeconfig.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <optional>

class StreamThread;
class ThreadedChatStream;

// Runs one node's share of a benchmark: its queue of tasks, n runs each, one request at a time
// (multi-turn tasks feed the node's own earlier answers back), scoring each run's checks on a worker
// thread (code checks block on the sandbox). Emits each finished cell. After a connection-level failure
// (no HTTP answer) the node is dead: every remaining cell is reported ERROR with the reason at once.
// GUI thread; the network manager is borrowed (one per node).
class BenchNodeLane final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BenchNodeLane)

public:
    struct Options
    {
        int runs = 3;
        std::optional<bool> thinkingOverride; // nullopt = each task's own setting
        bool cacheBust = false;
        double stableSpread = 10.0;
    };

    BenchNodeLane(const NodeConfig &node, const Options &options,
                  QObject *parent = nullptr);
    ~BenchNodeLane() override;

    // Suites must outlive the lane (BenchRunner owns them).
    void enqueue(const Suite *suite, const Task *task);
    void start();
    void setPaused(bool paused);
    void cancel();
    void markDead(const QString &reason);

    bool isFinished() const { return m_finished; }
    bool isDead() const { return !m_deadReason.isEmpty(); }
    QString nodeName() const { return m_node.name; }
    int remainingRuns() const;

    static ChatRequest buildRequest(const NodeConfig &node, const Task &task, const QStringList &answers,
                                    int turn, const Options &options);

signals:
    void runStarted(const QString &suite, const QString &task, const QString &node, int runIndex);
    void runFinished(const QString &suite, const QString &task, const QString &node, int runIndex);
    void cellFinished(const BenchCell &cell);
    void nodeFailed(const QString &node, const QString &reason);
    void laneFinished();

private:
    struct Job
    {
        const Suite *suite = nullptr;
        const Task *task = nullptr;
    };
    void advance();
    void startTurn();
    void startWarmup();
    void onTurnFinished(const ChatResult &result);
    void finishRun();
    void onRunScored(quint64 generation, const QList<CheckResult> &checks,
                     const std::optional<CodeStructure> &structure = std::nullopt);
    void finishCell();
    BenchCell errorCell(const Job &job, const QString &reason) const;

    NodeConfig m_node;
    StreamThread *m_thread; // this lane's streams run there (arrival times off the GUI thread)
    Options m_options;
    QList<Job> m_queue;
    qsizetype m_next = 0;
    std::optional<Job> m_job;
    BenchCell m_cell;
    BenchRun m_run;
    QPointer<ThreadedChatStream> m_stream;
    std::optional<qint64> m_lastTurnEndNs; // monotonic end of the run's previous turn (TCT gaps)
    bool m_paused = false;
    bool m_cancelled = false;
    bool m_busy = false; // a request or a scoring job is in flight
    bool m_finished = false;
    bool m_started = false;
    bool m_warmedUp = false; // one uncounted request first, as Compare does (opens the connection)
    quint64 m_generation = 0;
    QString m_deadReason;
};
