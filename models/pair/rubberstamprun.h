#pragma once

#include "models/pair/rubberstamptally.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

// One rubber-stamp test as history keeps it: the reviewer, the known set's size and the result per
// reviewer prompt (both rates with their spread over the runs). The reviews themselves are not kept.
struct RubberStampRun
{
    qint64 id = 0; // history id (0 = not stored)
    QDateTime startedAt;
    QDateTime finishedAt;
    bool cancelled = false;
    QString reviewerNode;
    bool reviewerSimulated = false;
    std::optional<bool> reviewerThinking;
    QStringList suites;
    int runs = 1;
    int badSamples = 0;
    int goodSamples = 0;
    int corpusSamples = 0; // of those, answers of the grading corpus
    QList<RubberStampPromptResult> results;
};
