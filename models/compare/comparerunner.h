#pragma once

#include "models/compare/comparerun.h"
#include "models/compare/comparesettings.h"
#include "models/compare/comparesummary.h"
#include "models/net/chatstream.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <functional>

class QNetworkAccessManager;

// Runs one A/B comparison: every node x thinking mode x run of the grid, as streaming chat requests.
//  - Warm-up: one uncounted request per node first (run 0, warmup = true) so measured runs start on
//    an open connection. A run that had to open a new connection is flagged `cold_connection` (by
//    ChatStream, which sees the socket connect).
//  - Sequential (default): one request in flight in the whole grid, so nodes never disturb each
//    other's clocks; measured runs go round-robin (run 1 of every node and mode, then run 2 ...) so
//    slow drift hits every node alike. Parallel: every node at once, one request in flight per node.
//  - Every cell ends in a named state with its partial text and timings; one failing cell never
//    stops the others. cancel() stops every stream at once: running and pending cells end CANCELLED.
// Network managers: one per node (Qt allows 6 connections per host per manager). By default the runner
// creates and owns one per node (the GUI's way); the CLI passes a provider that returns its probes' managers.
// Lives on (and must be used from) the thread that created it.
class CompareRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompareRunner)
public:
    using NetworkManagerProvider = std::function<QNetworkAccessManager *(const NodeConfig &node)>;

    static constexpr int WarmupMaxTokens = 1;
    static constexpr int WarmupDeadlineMs = 60000;
    static constexpr int WatchdogGraceMs = 5000; // a stream that outlives its deadline by this is ended here
    static constexpr int CancelGraceMs = 2000;   // cancelled streams that never report are ended here

    explicit CompareRunner(QObject *parent = nullptr);
    ~CompareRunner() override;

    void setNetworkManagerProvider(NetworkManagerProvider provider);

    // Builds the grid and starts. False (and errorString()) when settings or targets are unusable
    // or a comparison is already running.
    bool start(const CompareSettings &settings, const QList<CompareTarget> &targets);
    void cancel();

    bool isRunning() const { return m_running; }
    bool wasCancelled() const { return m_cancelled; }
    QString errorString() const { return m_error; }

    // The live run: cells update as deltas arrive. Valid after start() until the next start().
    const CompareRun &run() const { return m_run; }
    int cellCount() const { return int(m_run.cells.size()); }
    const CompareCell &cell(int index) const { return m_run.cells.at(index); }
    int finishedCount() const;
    // Per node x mode over the cells finished so far (final once finished() was emitted).
    QList<CompareGroupSummary> summary() const { return CompareSummary::compute(m_run); }
    int runningCount() const { return int(m_streams.size()); }
    // Most requests in flight at once during this comparison (1 in sequential mode).
    int peakInFlight() const { return m_peakInFlight; }

signals:
    void started();
    void cellStarted(int index);
    void cellDeltaAvailable(int index, ChatStream::DeltaKind kind, const QString &text);
    void cellFinished(int index);
    void nodeInfoChanged(int nodeIndex);
    void progressChanged(int finished, int total);
    void finished();

private:
    struct Lane
    {
        QList<int> queue; // cell indices, in order
        int running = -1; // cell index in flight, -1 = idle
    };

    void buildGrid(const QList<CompareTarget> &targets);
    ChatRequest requestFor(const CompareCell &cell) const;
    QNetworkAccessManager *managerFor(const NodeConfig &node);
    void schedulePump();
    void pump();
    void startCell(int index);
    void onStreamFinished(int index, const ChatResult &result);
    void forceFinish(int index, RunState state, const QString &error);
    void completeCell(int index, ChatResult result);
    void finishRun();

    NetworkManagerProvider m_provider;
    QHash<QString, QNetworkAccessManager *> m_ownManagers; // children of this runner
    QList<CompareTarget> m_targets;                        // holds the API keys: never copied into m_run
    CompareRun m_run;
    QList<Lane> m_lanes;
    QHash<int, QPointer<ChatStream>> m_streams; // running cell index -> stream
    QElapsedTimer m_clock;
    QString m_error;
    bool m_running = false;
    bool m_cancelled = false;
    bool m_pumpQueued = false;
    int m_peakInFlight = 0;
    quint64 m_generation = 0; // guards timers of an earlier comparison
};
