#include "models/pair/rubberstamprunner.h"

#include "models/net/chatstream.h"
#include "models/pair/pairmessages.h"
#include "models/pair/reviewverdictparser.h"

#include <QNetworkAccessManager>

RubberStampRunner::RubberStampRunner(QObject *parent)
    : QObject(parent), m_nam(new QNetworkAccessManager(this))
{}

RubberStampRunner::~RubberStampRunner()
{
    if (m_stream) {
        m_stream->disconnect(this);
        m_stream->cancel();
    }
}

bool RubberStampRunner::start(const PairSettings &settings, const QList<ReviewerPrompt> &prompts)
{
    if (m_running) {
        m_error = tr("a reviewer test is already running");
        return false;
    }
    m_error.clear();
    if (!settings.reviewer.node.url.isValid() || settings.reviewer.node.url.host().isEmpty()) {
        m_error = tr("the reviewer needs a node with a URL");
        return false;
    }
    if (prompts.isEmpty() || settings.runs < 1) {
        m_error = tr("nothing to test: no reviewer prompt or no run");
        return false;
    }
    m_settings = settings;
    m_prompts = prompts;
    m_runs = settings.runs;
    const auto tasks = m_settings.tasks();
    m_samples = RubberStampTally::samples(tasks, m_corpus);
    m_sampleTasks.clear();
    for (const RubberStampSample &s : std::as_const(m_samples))
        for (const auto &[suite, task] : tasks)
            if (suite->name == s.suite && task->id == s.task) {
                m_sampleTasks.append(task);
                break;
            }
    if (m_samples.isEmpty()) {
        m_error = tr("the chosen tasks have no known-good or known-bad examples");
        return false;
    }
    m_reviews.clear();
    m_next = 0;
    m_startedAt = QDateTime::currentDateTimeUtc();
    m_finishedAt = QDateTime();
    m_cancelled = false;
    m_running = true;
    next();
    return true;
}

void RubberStampRunner::cancel()
{
    if (!m_running)
        return;
    if (m_stream) {
        m_stream->disconnect(this);
        m_stream->cancel();
        m_stream->deleteLater();
        m_stream = nullptr;
    }
    m_running = false;
    m_cancelled = true;
    m_finishedAt = QDateTime::currentDateTimeUtc();
    emit finished(results());
}

RubberStampRun RubberStampRunner::summary() const
{
    RubberStampRun r;
    r.startedAt = m_startedAt;
    r.finishedAt = m_finishedAt;
    r.cancelled = m_cancelled;
    r.reviewerNode = m_settings.reviewer.node.name;
    r.reviewerSimulated = m_settings.reviewer.node.simulated;
    r.reviewerThinking = m_settings.reviewer.thinking;
    for (const Suite &s : m_settings.suites)
        r.suites << s.name;
    r.runs = m_runs;
    for (const RubberStampSample &s : m_samples) {
        (s.knownGood ? r.goodSamples : r.badSamples) += 1;
        r.corpusSamples += s.fromCorpus ? 1 : 0;
    }
    r.results = results();
    return r;
}

QList<RubberStampPromptResult> RubberStampRunner::results() const
{
    QList<RubberStampPromptResult> out;
    for (int i = 0; i < m_prompts.size(); ++i)
        out.append(RubberStampTally::tally(m_prompts.at(i).key, m_prompts.at(i).text, i, m_runs, m_samples,
                                           m_reviews));
    return out;
}

void RubberStampRunner::next()
{
    if (m_next >= total()) {
        m_running = false;
        m_finishedAt = QDateTime::currentDateTimeUtc();
        emit finished(results());
        return;
    }
    // Order: prompt, run, sample, so each prompt's runs finish together.
    const int perPrompt = int(m_samples.size()) * m_runs;
    RubberStampReview review;
    review.prompt = m_next / perPrompt;
    review.run = (m_next % perPrompt) / int(m_samples.size());
    review.sample = m_next % int(m_samples.size());
    review.state = RunState::Running;
    m_reviews.append(review);
    ++m_next;
    const ChatRequest req = PairMessages::review(m_settings.reviewer, *m_sampleTasks.at(review.sample),
                                                 m_prompts.at(review.prompt).text,
                                                 m_samples.at(review.sample).answer);
    m_stream = new ChatStream(m_nam, this);
    connect(m_stream, &ChatStream::finished, this, &RubberStampRunner::onFinished);
    m_stream->start(req);
}

void RubberStampRunner::onFinished(const ChatResult &result)
{
    if (m_stream) {
        m_stream->disconnect(this);
        m_stream->deleteLater();
        m_stream = nullptr;
    }
    RubberStampReview &review = m_reviews.last();
    review.state = result.state;
    review.error = result.error;
    review.ttrMs = result.metrics.ttrMs;
    if (result.state == RunState::Done)
        review.verdict = ReviewVerdictParser::parse(result.text).verdict;
    emit reviewFinished(review, m_next, total());
    next();
}
