#include "models/compare/comparerunner.h"
#include "models/compare/maxtokensclamp.h"

#include "models/net/streamthread.h"

#include <QTimer>
#include <QUuid>

CompareRunner::CompareRunner(QObject *parent) : QObject(parent) {}

CompareRunner::~CompareRunner()
{
    // Streams are children: deleting them aborts their requests. Nothing is emitted from here.
    for (const QPointer<ThreadedChatStream> &s : std::as_const(m_streams))
        if (s)
            s->disconnect(this);
}

int CompareRunner::finishedCount() const
{
    return int(std::count_if(m_run.cells.cbegin(), m_run.cells.cend(),
                             [](const CompareCell &c) { return c.isFinished(); }));
}

bool CompareRunner::start(const CompareSettings &settings, const QList<CompareTarget> &targets)
{
    if (m_running) {
        m_error = tr("A comparison is already running.");
        return false;
    }
    if (const QString problem = settings.validate(); !problem.isEmpty()) {
        m_error = problem;
        return false;
    }
    if (targets.isEmpty()) {
        m_error = tr("Choose at least one node.");
        return false;
    }
    for (const CompareTarget &t : targets) {
        if (!t.node.url.isValid() || t.node.url.scheme().isEmpty() || t.node.url.host().isEmpty()) {
            m_error = tr("Node %1 has no usable URL.").arg(t.node.name);
            return false;
        }
        if (t.thinkingModes.isEmpty()) {
            m_error = tr("Choose thinking ON or OFF (or both) for node %1.").arg(t.node.name);
            return false;
        }
    }

    ++m_generation;
    m_error.clear();
    m_cancelled = false;
    m_peakInFlight = 0;
    m_streams.clear();
    m_targets = targets;
    m_run = CompareRun();
    m_run.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_run.startedAt = QDateTime::currentDateTimeUtc();
    m_run.settings = settings;
    buildGrid(targets);
    m_running = true;
    m_clock.start();
    emit started();
    emit progressChanged(0, cellCount());
    schedulePump();
    return true;
}

void CompareRunner::buildGrid(const QList<CompareTarget> &targets)
{
    const CompareSettings &s = m_run.settings;
    for (const CompareTarget &t : targets) {
        CompareNodeInfo info = t.info.value_or(CompareNodeInfo::fromConfig(t.node));
        if (info.name.isEmpty() || !info.url.isValid()) {
            const CompareNodeInfo base = CompareNodeInfo::fromConfig(t.node);
            info.name = info.name.isEmpty() ? base.name : info.name;
            info.url = info.url.isValid() ? info.url.adjusted(QUrl::RemoveUserInfo) : base.url;
        }
        if (info.prices.isEmpty())
            info.prices = t.prices;
        m_run.nodes.append(info);
    }

    // Storage order: warm-ups, then node x mode x run. Execution order is kept in the lanes.
    QList<int> warmups;
    if (s.warmup) {
        for (int node = 0; node < targets.size(); ++node) {
            CompareCell c;
            c.nodeIndex = node;
            c.warmup = true;
            warmups.append(int(m_run.cells.size()));
            m_run.cells.append(c);
        }
    }
    for (int node = 0; node < targets.size(); ++node) {
        QList<bool> modes;
        for (bool m : targets.at(node).thinkingModes)
            if (!modes.contains(m))
                modes.append(m);
        for (bool thinking : modes) {
            for (int run = 1; run <= s.runs; ++run) {
                CompareCell c;
                c.nodeIndex = node;
                c.thinking = thinking;
                c.run = run;
                m_run.cells.append(c);
            }
        }
    }

    // Round-robin by run number: run 1 of every node and mode, then run 2, ...
    QList<int> measured;
    for (int run = 1; run <= s.runs; ++run)
        for (int i = 0; i < m_run.cells.size(); ++i)
            if (!m_run.cells.at(i).warmup && m_run.cells.at(i).run == run)
                measured.append(i);

    m_lanes.clear();
    if (!s.parallel) {
        m_lanes.append(Lane{warmups + measured});
        return;
    }
    m_lanes = QList<Lane>(targets.size());
    for (int i : warmups + measured)
        m_lanes[m_run.cells.at(i).nodeIndex].queue.append(i);
}

ChatRequest CompareRunner::requestFor(const CompareCell &cell) const
{
    const CompareSettings &s = m_run.settings;
    ChatRequest r;
    r.node = m_targets.at(cell.nodeIndex).node;
    r.model = s.model;
    r.temperature = s.temperature;
    r.seed = s.seed;
    if (cell.warmup) {
        // Opens the connection (and wakes the server) without touching the measured prompt's cache.
        r.messages = {{QStringLiteral("user"), ChatRequest::warmupPrompt()}};
        r.thinking = false;
        r.maxTokens = WarmupMaxTokens;
        r.deadlineMs = s.warmupDeadline();
        r.idleTimeoutMs = std::min(r.idleTimeoutMs, r.deadlineMs);
        r.cacheBust = s.cacheBust;
        return r;
    }
    r.messages = s.messages();
    r.thinking = cell.thinking;
    r.maxTokens = s.maxTokens(cell.thinking);
    r.deadlineMs = s.deadlineMs;
    r.idleTimeoutMs = std::min(r.idleTimeoutMs, r.deadlineMs);
    r.cacheBust = s.cacheBust;
    return r;
}

StreamThread *CompareRunner::threadFor(const NodeConfig &node)
{
    const QString key = node.id.isEmpty() ? node.url.toString(QUrl::RemoveUserInfo) : node.id;
    StreamThread *&thread = m_threads[key];
    if (!thread)
        thread = new StreamThread(this); // ChatStream applies the node's proxy setting to its manager
    return thread;
}

void CompareRunner::schedulePump()
{
    // Queued so that a stream failing synchronously inside start() never recurses into the next one.
    if (m_pumpQueued)
        return;
    m_pumpQueued = true;
    QMetaObject::invokeMethod(
        this,
        [this, generation = m_generation] {
            m_pumpQueued = false;
            if (generation == m_generation)
                pump();
        },
        Qt::QueuedConnection);
}

void CompareRunner::pump()
{
    if (!m_running)
        return;
    if (!m_cancelled) {
        for (Lane &lane : m_lanes) {
            if (lane.running < 0 && !lane.queue.isEmpty()) {
                lane.running = lane.queue.takeFirst();
                startCell(lane.running);
            }
        }
    }
    const bool idle = std::all_of(m_lanes.cbegin(), m_lanes.cend(),
                                  [](const Lane &l) { return l.running < 0 && l.queue.isEmpty(); });
    if (m_streams.isEmpty() && (idle || m_cancelled))
        finishRun();
}

void CompareRunner::startCell(int index)
{
    CompareCell &cell = m_run.cells[index];
    const NodeConfig &node = m_targets.at(cell.nodeIndex).node;
    auto *stream = new ThreadedChatStream(threadFor(node), this);
    m_streams.insert(index, stream);
    m_peakInFlight = std::max(m_peakInFlight, int(m_streams.size()));
    cell.result = ChatResult();
    cell.result.state = RunState::Running;
    cell.startedAt = QDateTime::currentDateTimeUtc();
    cell.startedMs = double(m_clock.nsecsElapsed()) / 1e6;

    connect(stream, &ThreadedChatStream::deltaAvailable, this,
            [this, index](ChatStream::DeltaKind kind, const QString &text) {
                ChatResult &r = m_run.cells[index].result;
                (kind == ChatStream::DeltaKind::Reasoning ? r.reasoning : r.text) += text;
                emit cellDeltaAvailable(index, kind, text);
            });
    connect(stream, &ThreadedChatStream::answerMovedToReasoning, this, [this, index] {
        ChatResult &r = m_run.cells[index].result;
        r.reasoning += std::exchange(r.text, QString());
    });
    connect(stream, &ThreadedChatStream::finished, this,
            [this, index](const ChatResult &result) { onStreamFinished(index, result); });

    ChatRequest request = requestFor(cell);
    cell.requestNote = MaxTokensClamp::applyTo(request, m_run.nodes.at(cell.nodeIndex).contextLength);
    // Our own last line of defence: ChatStream enforces the deadline; this only ends a stream that never
    // reports.
    QTimer::singleShot(request.deadlineMs + WatchdogGraceMs, stream, [this, index] {
        forceFinish(index, RunState::Timeout,
                    tr("No result %1 s after the deadline.").arg(WatchdogGraceMs / 1000));
    });
    emit cellStarted(index);
    stream->start(request);
}

void CompareRunner::onStreamFinished(int index, const ChatResult &result)
{
    if (!m_streams.contains(index))
        return; // already ended here (watchdog or cancel grace)
    ChatResult r = result;
    const ChatResult &live = m_run.cells.at(index).result;
    // Keep what arrived even if the final result dropped it: partial text is part of the record.
    if (r.text.isEmpty() && r.reasoning.isEmpty()) {
        r.text = live.text;
        r.reasoning = live.reasoning;
    }
    completeCell(index, r);
}

void CompareRunner::forceFinish(int index, RunState state, const QString &error)
{
    if (!m_streams.contains(index))
        return;
    ChatResult r = m_run.cells.at(index).result;
    r.state = state;
    r.error = error;
    completeCell(index, r);
}

void CompareRunner::completeCell(int index, ChatResult result)
{
    QPointer<ThreadedChatStream> stream = m_streams.take(index);
    if (stream) {
        stream->disconnect(this);
        stream->deleteLater(); // aborts a request that is still open
    }
    CompareCell &cell = m_run.cells[index];
    cell.result = std::move(result);
    cell.finishedMs = double(m_clock.nsecsElapsed()) / 1e6;

    if (m_run.nodes[cell.nodeIndex].learnFrom(cell.result))
        emit nodeInfoChanged(cell.nodeIndex);

    for (Lane &lane : m_lanes)
        if (lane.running == index)
            lane.running = -1;
    emit cellFinished(index);
    emit progressChanged(finishedCount(), cellCount());
    schedulePump();
}

void CompareRunner::cancel()
{
    if (!m_running || m_cancelled)
        return;
    m_cancelled = true;
    for (Lane &lane : m_lanes) {
        for (int index : std::as_const(lane.queue)) {
            CompareCell &cell = m_run.cells[index];
            cell.result.state = RunState::Cancelled;
            cell.result.error = tr("Cancelled before it started.");
            emit cellFinished(index);
        }
        lane.queue.clear();
    }
    const QList<int> running = m_streams.keys();
    for (int index : running)
        if (const QPointer<ThreadedChatStream> s = m_streams.value(index))
            s->cancel();
    QTimer::singleShot(CancelGraceMs, this, [this, generation = m_generation] {
        if (generation != m_generation)
            return;
        const QList<int> stuck = m_streams.keys();
        for (int index : stuck)
            forceFinish(index, RunState::Cancelled, tr("Cancelled."));
    });
    emit progressChanged(finishedCount(), cellCount());
    schedulePump();
}

void CompareRunner::finishRun()
{
    m_running = false;
    m_run.finishedAt = QDateTime::currentDateTimeUtc();
    emit finished();
}
