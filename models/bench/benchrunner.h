#pragma once

#include "models/bench/benchresult.h"
#include "models/bench/suite.h"
#include "models/node/nodeconfig.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <optional>

class BenchRunStore;
class BenchNodeLane;
class NodeProbe;
struct NodeSample;

// What to run. Node names are the history identity of a node (unique, non-empty).
struct BenchSettings
{
    QList<Suite> suites;
    QList<NodeConfig> nodes;
    int runs = 3;
    std::optional<bool> thinkingOverride; // nullopt = each task's own setting
    bool cacheBust = false;               // a fresh prompt per run so no prompt cache serves it
    double stableSpread = 10.0;
    QStringList suiteDirs;  // extra suite folders used (kept so a resume finds the suites again)
    QStringList suiteFiles; // suite files given by path (absolute; kept for a resume too)

    // {"suites":[...],"nodes":[{"name","url","backend"}],"runs","thinking","cache_bust","stable_spread","suite_dirs",
    //  "suite_files"}:
    // what history keeps (never an API key) and what a resume reads back.
    QByteArray toJson() const;
    // The stored settings read back: everything toJson wrote; nodes carry name (as id too), url,
    // backend and simulated, never an API key; suites stay empty (their names are in BenchRunInfo).
    // nullopt when `json` is not an object.
    static std::optional<BenchSettings> fromJson(const QByteArray &json);
};

struct BenchProgress
{
    QString suite, task, node;
    int run = 0;              // 0-based run index of the run that just started or finished
    qint64 elapsedMs = 0;     // since start()/resume()
    int done = 0;             // finished runs, including those stored before a resume
    int total = 0;            // suites x tasks x nodes x runs
    bool runFinished = false; // false: the run just started
};

// Runs suites x tasks x nodes x n runs. Each node gets its own lane (one request at a time, its own
// QNetworkAccessManager via its NodeProbe); nodes run side by side. First every node is probed once for
// its fingerprint (backend, version, model, context): a node that is down starts dead. Each finished
// cell goes to the store in one transaction, with the task's verdict once every node has that task.
// pause/unpause stops/starts new requests (the ones in flight finish); cancel() aborts. resume(runId)
// continues a stored run and skips its stored cells. A dead node's remaining cells are ERROR with the
// reason while the others go on. GUI thread (network and store); scoring runs on worker threads.
class BenchRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BenchRunner)

public:
    explicit BenchRunner(QObject *parent = nullptr);
    ~BenchRunner() override;

    void setStore(BenchRunStore *store); // optional; not owned; same thread

    bool start(const BenchSettings &settings);
    bool resume(qint64 runId, const BenchSettings &settings);
    void setPaused(bool paused);
    void cancel();

    bool isRunning() const { return m_running; }
    bool isPaused() const { return m_paused; }
    qint64 runId() const { return m_report.run.id; }
    QString errorString() const { return m_error; }
    const BenchReport &report() const { return m_report; }

    static QString nodeKey(const NodeConfig &node); // name, else host:port
    static NodeFingerprint fingerprintFrom(const NodeConfig &node, const NodeSample &sample);

signals:
    void started(qint64 runId);
    void progressChanged(const BenchProgress &progress);
    void cellFinished(const BenchCell &cell);
    void verdictAvailable(const TaskVerdict &verdict);
    void nodeFailed(const QString &node, const QString &reason);
    void finished(const BenchReport &report);

private:
    bool begin(const BenchSettings &settings, std::optional<qint64> resumeRunId);
    void onProbed(int index, const NodeSample &sample);
    void startLanes();
    void onCellFinished(const BenchCell &cell);
    void onRunEvent(const QString &suite, const QString &task, const QString &node, int runIndex,
                    bool finished);
    void onLaneFinished();
    std::optional<TaskVerdict> verdictIfComplete(const QString &suite, const QString &task) const;
    bool isCodeTask(const QString &suite, const QString &task) const;
    void finish(BenchRunStatus status);
    void clearLanes();

    BenchRunStore *m_store = nullptr;
    BenchSettings m_settings;
    BenchReport m_report;
    QList<NodeProbe *> m_probes;
    QList<std::optional<NodeSample>> m_samples;
    QList<BenchNodeLane *> m_lanes;
    QHash<QString, qsizetype> m_cellIndex; // BenchCell::key() -> index in m_report.cells
    QSet<QString> m_storedKeys;
    QElapsedTimer m_clock;
    QString m_error;
    int m_done = 0;
    int m_total = 0;
    bool m_running = false;
    bool m_paused = false;
};
