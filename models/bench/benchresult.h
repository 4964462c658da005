#pragma once

#include "models/bench/check.h"
#include "models/bench/codeconsensus.h"
#include "models/bench/codestructure.h"
#include "models/bench/scorer.h"
#include "models/bench/verdict.h"
#include "models/measure/runstate.h"
#include "models/node/backend.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

// Value types of a benchmark run, shared by BenchRunner, BenchHistoryStore, BenchExporter and the GUI.

// One turn of one run: the visible answer (what checks read and what is fed back), the reasoning and timings.
struct BenchTurn
{
    QString answer;
    QString reasoning;
    std::optional<double> ttrMs;
    std::optional<double> ttftMs;
    std::optional<double> effectiveTps;
    std::optional<qint64> answerTokens;
    std::optional<qint64> completionTokens;
    QString finishReason;
    // From the previous turn's last token (or close) to this turn's t0, one monotonic clock: the time
    // the harness spent between steps (part of TCT). nullopt for the first turn.
    std::optional<double> gapBeforeMs;
};

// One of the n runs of a cell.
struct BenchRun
{
    int runIndex = 0; // 0-based
    RunState state = RunState::Pending;
    QString error;
    QList<BenchTurn> turns;
    QList<CheckResult> checks;
    std::optional<double> score;
    int skippedChecks = 0;
    QDateTime startedAt;

    // TCT: the sum of every turn's TTR plus the measured gaps between turns (single turn: its TTR).
    // nullopt when any turn lacks a TTR.
    std::optional<double> tctMs() const;
    // Answer tokens over TCT for the whole run; nullopt when a count or a time is unknown.
    std::optional<double> effectiveTps() const;
};

// Suite x task x node over n runs.
struct BenchCell
{
    QString suite;
    QString task;
    QString node; // node name (the history identity of a node)
    QString taskVersion; // Task::version when the cell ran; empty for results stored before versions
    double passThreshold = 70;
    QList<BenchRun> runs;
    CellScore score;
    std::optional<double> ttrMs;        // mean TCT over DONE runs
    std::optional<double> effectiveTps; // mean over DONE runs that have one
    // Code tasks: the structure of the first DONE run's solution that parses (else the last reason why
    // none does); analysed == false when the task has no code check (docs/consensus.md).
    CodeStructure structure;

    void rescore(double stableSpread = Scorer::DefaultStableSpread); // recomputes score, ttrMs, effectiveTps
    QString key() const { return suite + QLatin1Char('\x1f') + task + QLatin1Char('\x1f') + node; }
};

struct TaskVerdict
{
    QString suite;
    QString task;
    Verdict verdict = Verdict::AllFail;
    QStringList passingNodes;
    QStringList nodes;
    std::optional<CodeConsensus> consensus; // code tasks only: the nodes' solutions compared
};

// What a node was when the run started: a changed model or engine is visible on the history timeline.
struct NodeFingerprint
{
    QString node; // name
    QString url;  // without user info
    Backend backend = Backend::Unknown;
    QString serverVersion;
    QString modelId;
    std::optional<qint64> contextLength;
    QByteArray propsJson; // extra server facts as JSON (train context, slots, simulated flag...)

    // Short stable hash of backend + version + model + context: equal fingerprints = comparable runs.
    QString digest() const;
};

enum class BenchRunStatus
{
    Running,
    Paused,
    Finished,
    Cancelled,
    Interrupted,
    Failed
};
QString
benchRunStatusKey(BenchRunStatus status); // running | paused | finished | cancelled | interrupted | failed
BenchRunStatus benchRunStatusFromKey(const QString &key);

struct BenchRunInfo
{
    qint64 id = 0;
    QDateTime startedAt;
    QDateTime finishedAt;
    QStringList suites;
    QByteArray settingsJson; // {"runs":3,"nodes":[...],"thinking":null,...}; never an API key
    BenchRunStatus status = BenchRunStatus::Running;
    QList<NodeFingerprint> nodes;
};

// A regression of one cell versus the previous comparable run.
struct Regression
{
    enum class Kind
    {
        NowFailing,
        ScoreDrop
    };
    Kind kind = Kind::NowFailing;
    QString suite, task, node;
    qint64 runId = 0;
    qint64 previousRunId = 0;
    double previousMean = 0;
    double currentMean = 0;
    double allowedDrop = 0;            // the spread the drop had to exceed
    QString describe() const;          // translated one-liner
    static QString kindKey(Kind kind); // now_failing | score_drop
};

// Everything about one run, as exported.
struct BenchReport
{
    BenchRunInfo run;
    QList<BenchCell> cells;
    QList<TaskVerdict> verdicts;
    QList<Regression> regressions;
};

// Check results <-> JSON array [{name,type,weight,outcome,passed,required,detail,read}] for history and exports.
QByteArray checkResultsToJson(const QList<CheckResult> &checks);
QList<CheckResult> checkResultsFromJson(const QByteArray &json);
