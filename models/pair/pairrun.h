#pragma once

#include "models/pair/pairtaskrun.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

enum class PairRunStatus
{
    Running,
    Finished,
    Cancelled,
    Failed
};
QString pairRunStatusKey(PairRunStatus status); // running | finished | cancelled | failed
PairRunStatus pairRunStatusFromKey(const QString &key);

// A whole pair run as stored, exported and shown: who built, who reviewed, with which prompt, and every
// task run. Value type shared by PairRunner, the history store, PairExporter, the CLI and the page.
struct PairRun
{
    qint64 id = 0; // history id (0 = not stored)
    QDateTime startedAt;
    QDateTime finishedAt;
    PairRunStatus status = PairRunStatus::Running;
    QString builderNode;
    bool builderSimulated = false;
    std::optional<bool> builderThinking;
    QString reviewerNode;
    bool reviewerSimulated = false;
    std::optional<bool> reviewerThinking;
    QStringList suites;
    int runs = 3;
    int rounds = 2;
    QString reviewerPromptKey;
    QString reviewerPrompt;
    QByteArray settingsJson; // PairSettings::toJson()
    QList<PairTaskRun> taskRuns;
};
