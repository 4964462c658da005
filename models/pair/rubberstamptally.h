#pragma once

#include "models/bench/gradingcorpus.h"
#include "models/bench/suite.h"
#include "models/measure/runstate.h"
#include "models/pair/pairstep.h"

#include <QList>
#include <QPair>
#include <QString>
#include <optional>

// One piece of code with a known grade, shown to the reviewer: a code task's known-bad or known-good
// example answer (the examples every built-in task is tested against), or a right or wrong answer of
// the grading corpus (tests/data/answers, answers written the way chat models answer).
struct RubberStampSample
{
    QString suite;
    QString task;
    bool knownGood = false;
    QString answer;
    bool fromCorpus = false;
};

// One review of one sample with one prompt in one run.
struct RubberStampReview
{
    int prompt = 0; // index into the prompts tested
    int run = 0;
    int sample = 0;
    RunState state = RunState::Pending;
    ReviewVerdict verdict = ReviewVerdict::None;
    QString error;
    std::optional<double> ttrMs;
};

// A rate in percent over the n runs: each run's rate, then their mean and spread.
struct RubberStampRate
{
    std::optional<double> mean, min, max;
    QList<std::optional<double>> perRun;
};

// The result for one reviewer prompt. Rubber-stamp rate = bad code approved / bad code given a readable
// verdict; nitpick rate = good code rejected / good code given a readable verdict. Unreadable verdicts
// and failed requests are counted apart, never folded into either rate.
struct RubberStampPromptResult
{
    QString promptKey;
    QString prompt;
    int badReviews = 0; // readable verdicts on bad code
    int badApproved = 0;
    int goodReviews = 0;
    int goodRejected = 0;
    int unparsable = 0;
    int failed = 0;
    RubberStampRate rubberStamp;
    RubberStampRate nitpick;
};

class RubberStampTally final
{
public:
    // The known set for these tasks: every bad example (last turn) and every good example, then the
    // corpus's wrong (bad) and right (good) answers of each task (matched by suite file stem and task id).
    static QList<RubberStampSample> samples(const QList<QPair<const Suite *, const Task *>> &tasks,
                                            const QList<CorpusTask> &corpus = {});
    static RubberStampPromptResult tally(const QString &promptKey, const QString &prompt, int promptIndex,
                                         int runs, const QList<RubberStampSample> &samples,
                                         const QList<RubberStampReview> &reviews);
};
