#pragma once

#include "models/net/chatstream.h"
#include "models/pair/pairrun.h"
#include "models/pair/pairsettings.h"

#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>

class PairRunStore;
class StreamThread;
class ThreadedChatStream;

// Runs builder -> reviewer pairs: for each task and run, build; review; while the reviewer rejects and
// rounds are left, revise in the builder's own conversation and review again. One request at a time;
// each step streams (stepDelta) and keeps its full metrics and text; its start is the request's t0 on
// the monotonic clock, so gaps between steps are measured. A step that does not end DONE ends that task
// run with its state (partial steps kept); an answer without a readable verdict ends it as UNPARSABLE.
// Then the first build (single-builder baseline) and the final code are graded with the task's checks on
// a worker thread (the same CheckRunner and sandbox as benchmarks). The finished run goes to the store.
// GUI thread; each side has its own network manager.
class PairRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PairRunner)

public:
    explicit PairRunner(QObject *parent = nullptr);
    ~PairRunner() override;

    void setStore(PairRunStore *store); // optional; not owned

    // False + errorString() for settings that cannot run (no node URL, no eligible task, bad counts).
    bool start(const PairSettings &settings);
    void cancel();

    bool isRunning() const { return m_running; }
    QString errorString() const { return m_error; }
    const PairRun &run() const { return m_run; }
    int totalTaskRuns() const { return int(m_tasks.size()) * m_settings.runs; }

    static PairRun runFor(const PairSettings &settings); // the run header (no task runs yet)

signals:
    void taskRunStarted(int taskRunIndex, const PairTaskRun &taskRun);
    void stepStarted(int taskRunIndex, const PairStep &step); // messages set, state RUNNING
    void stepDelta(int taskRunIndex, int stepIndex, ChatStream::DeltaKind kind, const QString &text);
    void stepFinished(int taskRunIndex, const PairStep &step);
    void taskRunFinished(int taskRunIndex, const PairTaskRun &taskRun); // graded
    void finished(const PairRun &run);

private:
    void nextTaskRun();
    void startStep(PairRole role);
    void onStepFinished(quint64 generation, const ChatResult &result);
    void finishTaskRun();
    void onGraded(quint64 generation, const QList<CheckResult> &single, const QList<CheckResult> &pair);
    void finish(PairRunStatus status);
    PairTaskRun &current() { return m_run.taskRuns.last(); }

    PairRunStore *m_store = nullptr;
    PairSettings m_settings;
    QList<QPair<const Suite *, const Task *>> m_tasks;
    PairRun m_run;
    StreamThread *m_builderThread = nullptr; // the streams run there: arrival times off the GUI thread
    StreamThread *m_reviewerThread = nullptr;
    QPointer<ThreadedChatStream> m_stream;
    qint64 m_stepPostedNs = 0;
    qint64 m_originNs = 0;
    int m_next = 0; // next task run (task-major: task i, run r = i * runs + r)
    quint64 m_generation = 0;
    QString m_error;
    bool m_running = false;
};
