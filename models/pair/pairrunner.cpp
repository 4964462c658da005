#include "models/pair/pairrunner.h"

#include "models/bench/checkrunner.h"
#include "models/bench/scorer.h"
#include "models/measure/requesttrace.h"
#include "models/net/streamthread.h"
#include "models/net/threadedchatstream.h"
#include "models/pair/pairmessages.h"
#include "models/pair/pairrunstore.h"
#include "models/pair/reviewverdictparser.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

PairRunner::PairRunner(QObject *parent)
    : QObject(parent), m_builderThread(new StreamThread(this)), m_reviewerThread(new StreamThread(this))
{}

PairRunner::~PairRunner()
{
    ++m_generation;
    if (m_stream) {
        m_stream->disconnect(this);
        m_stream->cancel();
    }
}

void PairRunner::setStore(PairRunStore *store)
{
    m_store = store;
}

PairRun PairRunner::runFor(const PairSettings &settings)
{
    PairRun run;
    run.builderNode = settings.builder.node.name;
    run.builderSimulated = settings.builder.node.simulated;
    run.builderThinking = settings.builder.thinking;
    run.reviewerNode = settings.reviewer.node.name;
    run.reviewerSimulated = settings.reviewer.node.simulated;
    run.reviewerThinking = settings.reviewer.thinking;
    for (const Suite &s : settings.suites)
        run.suites << s.name;
    run.runs = settings.runs;
    run.rounds = settings.rounds;
    run.reviewerPromptKey = settings.reviewerPromptKey;
    run.reviewerPrompt = settings.reviewerPrompt;
    run.settingsJson = settings.toJson();
    return run;
}

bool PairRunner::start(const PairSettings &settings)
{
    if (m_running) {
        m_error = tr("a pair run is already running");
        return false;
    }
    m_error.clear();
    if (!settings.builder.node.url.isValid() || settings.builder.node.url.host().isEmpty() ||
        !settings.reviewer.node.url.isValid() || settings.reviewer.node.url.host().isEmpty()) {
        m_error = tr("the builder and the reviewer each need a node with a URL");
        return false;
    }
    if (settings.runs < 1 || settings.rounds < 1) {
        m_error = tr("runs and rounds must be at least 1");
        return false;
    }
    m_settings = settings;
    m_tasks = m_settings.tasks();
    if (m_tasks.isEmpty()) {
        m_error = tr("no task to run: pair mode needs single-turn tasks with code checks");
        return false;
    }
    m_run = runFor(m_settings);
    m_run.startedAt = QDateTime::currentDateTimeUtc();
    m_run.status = PairRunStatus::Running;
    m_next = 0;
    m_running = true;
    ++m_generation;
    nextTaskRun();
    return true;
}

void PairRunner::cancel()
{
    if (!m_running)
        return;
    ++m_generation; // drops a stream result or a grading job still on its way
    if (m_stream) {
        m_stream->disconnect(this);
        m_stream->cancel();
        m_stream->deleteLater();
        m_stream = nullptr;
    }
    if (!m_run.taskRuns.isEmpty() && current().state == RunState::Running) {
        current().state = RunState::Cancelled;
        if (!current().steps.isEmpty() && current().steps.last().state == RunState::Running)
            current().steps.last().state = RunState::Cancelled;
    }
    finish(PairRunStatus::Cancelled);
}

void PairRunner::nextTaskRun()
{
    if (m_next >= totalTaskRuns()) {
        finish(PairRunStatus::Finished);
        return;
    }
    const auto [suite, task] = m_tasks.at(m_next / m_settings.runs);
    PairTaskRun taskRun;
    taskRun.suite = suite->name;
    taskRun.task = task->id;
    taskRun.title = task->title;
    taskRun.runIndex = m_next % m_settings.runs;
    taskRun.passThreshold = task->passThreshold;
    taskRun.state = RunState::Running;
    ++m_next;
    m_run.taskRuns.append(taskRun);
    emit taskRunStarted(int(m_run.taskRuns.size()) - 1, taskRun);
    startStep(PairRole::Build);
}

void PairRunner::startStep(PairRole role)
{
    const Task &task = *m_tasks.at((m_next - 1) / m_settings.runs).second;
    PairTaskRun &taskRun = current();
    const PairSide &side = role == PairRole::Review ? m_settings.reviewer : m_settings.builder;
    ChatRequest req;
    int round = 0;
    if (role == PairRole::Build) {
        req = PairMessages::build(side, task);
    } else if (role == PairRole::Review) {
        req = PairMessages::review(side, task, m_settings.reviewerPrompt, taskRun.lastBuilderStep()->text);
        round = taskRun.reviews() + 1;
    } else {
        const PairStep &review = taskRun.steps.last();
        req = PairMessages::revise(side, task, *taskRun.lastBuilderStep(), review);
        round = review.round;
    }
    PairStep step;
    step.index = int(taskRun.steps.size());
    step.round = round;
    step.role = role;
    step.node = side.node.name;
    step.simulated = side.node.simulated;
    step.thinking = req.thinking;
    step.state = RunState::Running;
    step.messages = req.messages;
    taskRun.steps.append(step);
    const int taskRunIndex = int(m_run.taskRuns.size()) - 1;
    emit stepStarted(taskRunIndex, step);

    m_stream = new ThreadedChatStream(role == PairRole::Review ? m_reviewerThread : m_builderThread, this);
    const quint64 generation = m_generation;
    const int stepIndex = step.index;
    connect(m_stream, &ThreadedChatStream::deltaAvailable, this,
            [this, taskRunIndex, stepIndex](ChatStream::DeltaKind kind, const QString &text) {
                emit stepDelta(taskRunIndex, stepIndex, kind, text);
            });
    connect(m_stream, &ThreadedChatStream::finished, this,
            [this, generation](const ChatResult &result) { onStepFinished(generation, result); });
    m_stepPostedNs = monotonicNowNs();
    m_stream->start(req);
}

void PairRunner::onStepFinished(quint64 generation, const ChatResult &result)
{
    if (generation != m_generation || !m_running)
        return;
    PairTaskRun &taskRun = current();
    PairStep &step = taskRun.steps.last();
    // The step's own t0 on the monotonic clock (post time when the request never left).
    const RequestTrace &trace = m_stream->trace();
    const qint64 t0 = trace.t0Ns().value_or(m_stepPostedNs);
    if (step.index == 0)
        m_originNs = t0;
    step.startMs = double(t0 - m_originNs) / 1e6;
    if (result.metrics.ttrMs)
        step.endMs = *step.startMs + *result.metrics.ttrMs;
    else if (trace.closeNs())
        step.endMs = double(*trace.closeNs() - m_originNs) / 1e6;
    m_stream->disconnect(this);
    m_stream->deleteLater();
    m_stream = nullptr;

    step.state = result.state;
    step.error = result.error;
    step.text = result.text;
    step.reasoning = result.reasoning;
    step.finishReason = result.finishReason;
    step.metrics = result.metrics;
    step.flags = result.flags;
    if (step.role == PairRole::Review && result.state == RunState::Done) {
        const ReviewVerdictParser::Result v = ReviewVerdictParser::parse(result.text);
        step.verdict = v.verdict;
        step.issues = v.issues;
    }
    const PairStep done = step;
    emit stepFinished(int(m_run.taskRuns.size()) - 1, done);

    if (done.state != RunState::Done) {
        taskRun.state = done.state;
        taskRun.error = tr("%1 step on %2 ended %3: %4")
                       .arg(pairRoleDisplayName(done.role), done.node, runStateKey(done.state), done.error);
        finishTaskRun();
        return;
    }
    if (done.role != PairRole::Review) {
        startStep(PairRole::Review);
        return;
    }
    if (done.verdict == ReviewVerdict::Reject && taskRun.reviews() < m_settings.rounds) {
        startStep(PairRole::Revise);
        return;
    }
    taskRun.state = RunState::Done;
    finishTaskRun();
}

void PairRunner::finishTaskRun()
{
    const Task task = *m_tasks.at((m_next - 1) / m_settings.runs).second;
    const PairTaskRun &taskRun = current();
    const PairStep *first = taskRun.firstBuild();
    const PairStep *last = taskRun.lastBuilderStep();
    const bool singleOk = first && first->state == RunState::Done;
    const bool pairOk = taskRun.state == RunState::Done && last;
    const QString firstAnswer = singleOk ? first->text : QString();
    const QString finalAnswer = pairOk ? last->text : QString();
    // Grading may run code in the sandbox: never on the GUI thread.
    using Grades = QPair<QList<CheckResult>, QList<CheckResult>>;
    auto *watcher = new QFutureWatcher<Grades>(this);
    const quint64 generation = m_generation;
    connect(watcher, &QFutureWatcher<Grades>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        const Grades g = watcher->result();
        onGraded(generation, g.first, g.second);
    });
    watcher->setFuture(QtConcurrent::run([task, singleOk, pairOk, firstAnswer, finalAnswer] {
        Grades g;
        if (singleOk)
            g.first = CheckRunner::run(task, {firstAnswer});
        if (pairOk)
            g.second = (singleOk && finalAnswer == firstAnswer) ? g.first : CheckRunner::run(task, {finalAnswer});
        return g;
    }));
}

void PairRunner::onGraded(quint64 generation, const QList<CheckResult> &single, const QList<CheckResult> &pair)
{
    if (generation != m_generation || !m_running)
        return;
    PairTaskRun &taskRun = current();
    const PairStep *first = taskRun.firstBuild();
    if (first && first->state == RunState::Done) {
        const RunScore s = Scorer::scoreRun(single);
        taskRun.singleChecks = single;
        taskRun.singleScore = s.score;
        taskRun.singlePassed = s.score && *s.score >= taskRun.passThreshold;
    } else {
        taskRun.singleScore = 0.0; // a request that did not finish is a failed run
    }
    if (taskRun.state == RunState::Done && taskRun.lastBuilderStep()) {
        const RunScore s = Scorer::scoreRun(pair);
        taskRun.checks = pair;
        taskRun.score = s.score;
        taskRun.passed = s.score && *s.score >= taskRun.passThreshold;
    } else {
        taskRun.score = 0.0;
    }
    emit taskRunFinished(int(m_run.taskRuns.size()) - 1, taskRun);
    nextTaskRun();
}

void PairRunner::finish(PairRunStatus status)
{
    m_running = false;
    m_run.status = status;
    m_run.finishedAt = QDateTime::currentDateTimeUtc();
    if (m_store) {
        if (const std::optional<qint64> id = m_store->savePairRun(m_run))
            m_run.id = *id;
        else
            m_error = tr("the pair run could not be stored: %1").arg(m_store->pairStoreError());
    }
    emit finished(m_run);
}
