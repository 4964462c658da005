#pragma once

#include "models/bench/check.h"
#include "models/bench/gradingcorpus.h"
#include "models/bench/scorer.h"
#include "models/bench/suite.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

// One known answer graded through the task's checks exactly as a benchmark run is graded.
struct VerifyCase
{
    QString suite;  // suite name
    QString task;   // task id
    QString source; // "example" (the suite's own examples) | "corpus"
    QString cls;    // corpus class; "example" for examples
    QString note;   // corpus note / why
    int index = 0;
    bool expectedPass = true; // good / right: must pass; bad / wrong: must fail
    QStringList answers;
    QList<CheckResult> checks;
    RunScore score;
    double passThreshold = 70;
    bool passed = false;
    bool skipped = false; // a check was SKIPPED (e.g. no sandbox): not judged, not counted

    bool misjudged() const { return !skipped && passed != expectedPass; }
    QString describeChecks() const; // one line per check: [outcome] name (w, required): detail | read
};

struct VerifyRates
{
    int right = 0, rightAccepted = 0, wrong = 0, wrongRejected = 0, skipped = 0;
    void add(const VerifyCase &c);
    std::optional<double> rightAcceptedPct() const; // nullopt when there is no right answer
    std::optional<double> wrongRejectedPct() const;
};

struct VerifyReport
{
    QList<VerifyCase> cases;
    QStringList errors; // corpus problems (unknown task, turn counts, unreadable files)

    int misjudged() const;
    VerifyRates total() const;
    QMap<QString, VerifyRates> byClass() const;
    QMap<QString, VerifyRates> byTask() const; // key "suite/task"
};

// A suite author's tool (and the grading-corpus test): runs every task's examples and, when given, a
// grading corpus through the real checks (CheckRunner + Scorer, code checks in the sandbox) and reports
// every misjudgement. Blocks while code checks run: call from a worker thread or a command-line tool.
class SuiteVerifier final
{
    Q_DECLARE_TR_FUNCTIONS(SuiteVerifier)

public:
    static QString suiteStem(const Suite &suite); // file name without .json (the corpus folder name)
    static VerifyCase grade(const Task &task, const QStringList &answers, bool expectedPass);
    // Corpus files of suites not in `suites` are errors unless ignoreOtherSuites.
    static VerifyReport verify(const QList<Suite> &suites, const CorpusLoadReport *corpus,
                               bool examples = true, bool ignoreOtherSuites = false);
};
