#pragma once

#include "models/bench/check.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// Known answers of a task, one string per turn. Good examples must pass the task, bad ones must fail it.
struct TaskExamples
{
    QList<QStringList> good;
    QList<QStringList> bad;
};

// One benchmark task with the suite defaults already applied by SuiteLoader (so every field is final).
struct Task
{
    QString id;
    QString title;
    // Grading version: a short hash of what decides a verdict (turns, system prompt, checks, threshold and
    // CheckRunner::RulesVersion), or the task's explicit "version". Results of different versions are not
    // compared (regressions, history).
    QString version;
    std::optional<bool> thinking; // nullopt = leave the server's default
    int maxTokens = 1024;
    int timeoutS = 120;        // whole-request deadline per turn
    double passThreshold = 70; // on the 0..100 score
    std::optional<double> temperature;
    std::optional<qint64> seed;
    QString system;    // optional system prompt
    QStringList turns; // user messages; the node's own answers are fed back between them
    QList<Check> checks;
    TaskExamples examples;

    // Resolves a check's `turn` (negative = from the end) to an index into turns, or -1 when out of range.
    int answerIndex(int turn) const
    {
        const int n = int(turns.size());
        const int i = turn < 0 ? n + turn : turn;
        return (i >= 0 && i < n) ? i : -1;
    }
};
