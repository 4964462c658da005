#include "models/bench/benchnodelane.h"

#include "models/bench/checkrunner.h"
#include "models/bench/codestructurereader.h"
#include "models/bench/scorer.h"
#include "models/measure/requesttrace.h"
#include "models/net/streamthread.h"
#include "models/net/threadedchatstream.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

BenchNodeLane::BenchNodeLane(const NodeConfig &node, const Options &options, QObject *parent)
    : QObject(parent), m_node(node), m_thread(new StreamThread(this)), m_options(options)
{}

BenchNodeLane::~BenchNodeLane()
{
    cancel();
}

void BenchNodeLane::enqueue(const Suite *suite, const Task *task)
{
    m_queue.append({suite, task});
}

void BenchNodeLane::start()
{
    m_started = true;
    advance();
}

void BenchNodeLane::setPaused(bool paused)
{
    m_paused = paused;
    if (!paused && m_started)
        advance();
}

void BenchNodeLane::cancel()
{
    if (m_cancelled)
        return;
    m_cancelled = true;
    ++m_generation; // drops a scoring job still running
    if (m_stream) {
        m_stream->disconnect(this);
        m_stream->cancel();
        m_stream->deleteLater();
    }
}

void BenchNodeLane::markDead(const QString &reason)
{
    if (m_deadReason.isEmpty()) {
        m_deadReason = reason.isEmpty() ? tr("the node stopped answering") : reason;
        emit nodeFailed(m_node.name, m_deadReason);
    }
}

int BenchNodeLane::remainingRuns() const
{
    int n = int(m_queue.size() - m_next) * m_options.runs;
    if (m_job)
        n += m_options.runs - int(m_cell.runs.size());
    return n;
}

ChatRequest BenchNodeLane::buildRequest(const NodeConfig &node, const Task &task, const QStringList &answers,
                                        int turn, const Options &options)
{
    ChatRequest req;
    req.node = node;
    if (!task.system.isEmpty())
        req.messages.append({QStringLiteral("system"), task.system});
    for (int i = 0; i <= turn && i < task.turns.size(); ++i) {
        req.messages.append({QStringLiteral("user"), task.turns.at(i)});
        if (i < turn) // the node's own earlier (visible) answer, never its reasoning
            req.messages.append({QStringLiteral("assistant"), answers.value(i)});
    }
    req.thinking = options.thinkingOverride ? options.thinkingOverride : task.thinking;
    req.maxTokens = task.maxTokens;
    req.temperature = task.temperature;
    req.seed = task.seed;
    req.deadlineMs = task.timeoutS * 1000;
    req.idleTimeoutMs = std::min(req.deadlineMs, 120000);
    req.cacheBust = options.cacheBust;
    return req;
}

BenchCell BenchNodeLane::errorCell(const Job &job, const QString &reason) const
{
    BenchCell cell;
    cell.suite = job.suite->name;
    cell.task = job.task->id;
    cell.node = m_node.name;
    cell.taskVersion = job.task->version;
    cell.passThreshold = job.task->passThreshold;
    for (int i = 0; i < m_options.runs; ++i) {
        BenchRun run;
        run.runIndex = i;
        run.state = RunState::Error;
        run.error = reason;
        run.score = 0.0;
        cell.runs.append(run);
    }
    cell.rescore(m_options.stableSpread);
    return cell;
}

void BenchNodeLane::startWarmup()
{
    // Uncounted: wakes the server and opens the connection before the first measured turn.
    ChatRequest req;
    req.node = m_node;
    req.messages = {{QStringLiteral("user"), ChatRequest::warmupPrompt()}};
    req.thinking = false;
    req.maxTokens = 1;
    req.deadlineMs = 60000;
    req.idleTimeoutMs = 60000;
    req.cacheBust = m_options.cacheBust;
    m_busy = true;
    m_stream = new ThreadedChatStream(m_thread, this);
    connect(m_stream, &ThreadedChatStream::finished, this, [this] {
        if (m_stream) {
            m_stream->disconnect(this);
            m_stream->deleteLater();
            m_stream = nullptr;
        }
        m_warmedUp = true;
        m_busy = false;
        advance();
    });
    m_stream->start(req);
}

void BenchNodeLane::advance()
{
    while (!m_cancelled && !m_paused && !m_busy && !m_finished) {
        if (!m_warmedUp && m_next < m_queue.size() && !isDead()) {
            startWarmup();
            return;
        }
        if (!m_job) {
            if (m_next >= m_queue.size()) {
                m_finished = true;
                emit laneFinished();
                return;
            }
            const Job job = m_queue.at(m_next++);
            if (isDead()) {
                emit cellFinished(errorCell(job, m_deadReason));
                for (int i = 0; i < m_options.runs; ++i)
                    emit runFinished(job.suite->name, job.task->id, m_node.name, i);
                continue;
            }
            m_job = job;
            m_cell = BenchCell();
            m_cell.suite = job.suite->name;
            m_cell.task = job.task->id;
            m_cell.node = m_node.name;
            m_cell.taskVersion = job.task->version;
            m_cell.passThreshold = job.task->passThreshold;
        }
        if (m_cell.runs.size() >= m_options.runs) {
            finishCell();
            continue;
        }
        m_run = BenchRun();
        m_lastTurnEndNs.reset();
        m_run.runIndex = int(m_cell.runs.size());
        m_run.startedAt = QDateTime::currentDateTimeUtc();
        emit runStarted(m_cell.suite, m_cell.task, m_node.name, m_run.runIndex);
        startTurn();
    }
}

void BenchNodeLane::startTurn()
{
    QStringList answers;
    for (const BenchTurn &t : std::as_const(m_run.turns))
        answers << t.answer;
    const ChatRequest req = buildRequest(m_node, *m_job->task, answers, int(m_run.turns.size()), m_options);
    m_busy = true;
    m_stream = new ThreadedChatStream(m_thread, this);
    connect(m_stream, &ThreadedChatStream::finished, this, &BenchNodeLane::onTurnFinished);
    m_stream->start(req);
}

void BenchNodeLane::onTurnFinished(const ChatResult &result)
{
    BenchTurn turn;
    if (m_stream) {
        // Gap since the previous turn ended, on the stream's own monotonic clock.
        const RequestTrace &trace = m_stream->trace();
        const std::optional<qint64> t0 = trace.t0Ns();
        if (t0 && m_lastTurnEndNs)
            turn.gapBeforeMs = std::max(0.0, double(*t0 - *m_lastTurnEndNs) / 1e6);
        m_lastTurnEndNs = trace.lastTokenNs() ? trace.lastTokenNs() : trace.closeNs();
    }
    turn.answer = result.text;
    turn.reasoning = result.reasoning;
    turn.ttrMs = result.metrics.ttrMs;
    turn.ttftMs = result.metrics.ttftMs;
    turn.effectiveTps = result.metrics.effectiveTps;
    turn.answerTokens = result.metrics.answerTokens;
    turn.completionTokens = result.metrics.completionTokens;
    turn.finishReason = result.finishReason;
    if (m_stream) {
        m_stream->disconnect(this);
        m_stream->deleteLater();
        m_stream = nullptr;
    }
    m_run.turns.append(turn);
    if (result.state == RunState::Done && m_run.turns.size() < m_job->task->turns.size()) {
        startTurn();
        return;
    }
    m_run.state = result.state;
    m_run.error = result.error;
    // No HTTP answer at all (refused, reset, unresolvable): the node is gone for this benchmark.
    if (result.state == RunState::Error && result.httpStatus == 0)
        markDead(result.error);
    finishRun();
}

void BenchNodeLane::finishRun()
{
    if (m_run.state != RunState::Done) {
        m_run.score = 0.0; // a request that did not finish is a failed run (docs/suite-format.md)
        onRunScored(m_generation, {});
        return;
    }
    const Task task = *m_job->task;
    QStringList answers, reasoning;
    for (const BenchTurn &t : std::as_const(m_run.turns)) {
        answers << t.answer;
        reasoning << t.reasoning;
    }
    // Scoring may run code in the sandbox: never on the GUI thread. So does reading the solution's
    // structure, needed until one run's solution parses (structural consensus, docs/consensus.md).
    using Scored = std::pair<QList<CheckResult>, std::optional<CodeStructure>>;
    auto *watcher = new QFutureWatcher<Scored>(this);
    const quint64 generation = m_generation;
    const bool wantStructure = !m_cell.structure.available;
    const int runIndex = m_run.runIndex;
    connect(watcher, &QFutureWatcher<Scored>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        const Scored scored = watcher->result();
        onRunScored(generation, scored.first, scored.second);
    });
    watcher->setFuture(QtConcurrent::run([task, answers, reasoning, wantStructure, runIndex] {
        Scored scored{CheckRunner::run(task, answers, reasoning), std::nullopt};
        if (wantStructure) {
            scored.second = CodeStructureReader::readGraded(scored.first);
            if (scored.second)
                scored.second->runIndex = runIndex;
        }
        return scored;
    }));
}

void BenchNodeLane::onRunScored(quint64 generation, const QList<CheckResult> &checks,
                                const std::optional<CodeStructure> &structure)
{
    if (generation != m_generation || m_cancelled)
        return;
    if (structure && !m_cell.structure.available)
        m_cell.structure = *structure;
    if (m_run.state == RunState::Done) {
        const RunScore score = Scorer::scoreRun(checks);
        m_run.checks = checks;
        m_run.score = score.score;
        m_run.skippedChecks = score.skippedChecks;
    }
    m_cell.runs.append(m_run);
    m_busy = false;
    emit runFinished(m_cell.suite, m_cell.task, m_node.name, m_run.runIndex);
    if (isDead()) { // the rest of this cell cannot run either
        for (int i = int(m_cell.runs.size()); i < m_options.runs; ++i) {
            BenchRun run;
            run.runIndex = i;
            run.state = RunState::Error;
            run.error = m_deadReason;
            run.score = 0.0;
            m_cell.runs.append(run);
            emit runFinished(m_cell.suite, m_cell.task, m_node.name, i);
        }
    }
    advance();
}

void BenchNodeLane::finishCell()
{
    m_cell.rescore(m_options.stableSpread);
    const BenchCell cell = m_cell;
    m_job.reset();
    m_cell = BenchCell();
    emit cellFinished(cell);
}
