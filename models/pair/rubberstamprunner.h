#pragma once

#include "models/pair/pairsettings.h"
#include "models/pair/reviewerprompts.h"
#include "models/pair/rubberstamprun.h"
#include "models/pair/rubberstamptally.h"

#include <QList>
#include <QObject>
#include <QPointer>

class ChatStream;
class QNetworkAccessManager;
struct ChatResult;

// The rubber-stamp test: shows the reviewer code known to be wrong and code known to be right (the code
// tasks' examples and, when set, the grading corpus's answers) with each reviewer prompt, n runs, one request at a time, in the same review request
// a pair makes, and tallies the approval rate of bad code (rubber-stamp rate) and the rejection rate of
// good code (nitpick rate) per prompt. GUI thread.
class RubberStampRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RubberStampRunner)

public:
    explicit RubberStampRunner(QObject *parent = nullptr);
    ~RubberStampRunner() override;

    // Grading-corpus answers added to the known set of the next start() (empty: the tasks' examples only).
    void setCorpus(const QList<CorpusTask> &corpus) { m_corpus = corpus; }
    // Uses settings.reviewer, suites/taskIds and runs. False + errorString() when nothing can run.
    bool start(const PairSettings &settings, const QList<ReviewerPrompt> &prompts);
    void cancel();
    bool isRunning() const { return m_running; }
    QString errorString() const { return m_error; }

    const QList<RubberStampSample> &samples() const { return m_samples; }
    const QList<RubberStampReview> &reviews() const { return m_reviews; }
    QList<RubberStampPromptResult> results() const;
    // The test so far as history keeps it (finishedAt set once it has ended).
    RubberStampRun summary() const;
    int total() const { return int(m_prompts.size() * m_samples.size()) * m_runs; }

signals:
    void reviewFinished(const RubberStampReview &review, int done, int total);
    void finished(const QList<RubberStampPromptResult> &results);

private:
    void next();
    void onFinished(const ChatResult &result);

    PairSettings m_settings;
    QList<ReviewerPrompt> m_prompts;
    QList<CorpusTask> m_corpus;
    QList<RubberStampSample> m_samples;
    QList<const Task *> m_sampleTasks;
    QList<RubberStampReview> m_reviews;
    QNetworkAccessManager *m_nam = nullptr;
    QPointer<ChatStream> m_stream;
    int m_runs = 1;
    int m_next = 0;
    QDateTime m_startedAt, m_finishedAt;
    bool m_cancelled = false;
    QString m_error;
    bool m_running = false;
};
