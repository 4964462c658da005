#pragma once

#include "models/bench/suite.h"
#include "models/node/nodeconfig.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <optional>

// One side of a pair: a node and its thinking mode (nullopt: the builder follows the task's setting,
// the reviewer the server default).
struct PairSide
{
    NodeConfig node;
    std::optional<bool> thinking;
};

// What a pair run (or a rubber-stamp test) runs. Suites are copied in (value type).
struct PairSettings
{
    PairSide builder;
    PairSide reviewer;
    QList<Suite> suites;
    QStringList taskIds; // empty = every eligible task of the suites
    int runs = 3;
    int rounds = 2; // maximum review rounds
    QString reviewerPromptKey = QStringLiteral("empowered");
    QString reviewerPrompt; // the stance text sent as the reviewer's system prompt

    // Code tasks with one turn: the builder writes code the reviewer can read whole. why = reason when not.
    static bool eligible(const Task &task, QString *why = nullptr);
    // (suite, task) in suite order, filtered by taskIds and eligibility. Pointers into `suites`.
    QList<QPair<const Suite *, const Task *>> tasks() const;
    // Task ids named in taskIds that no suite has (for a clear error).
    QStringList unknownTaskIds() const;
    // {"builder":{name,url,simulated,thinking},"reviewer":{...},"suites":[..],"tasks":[..],"runs","rounds",
    //  "reviewer_prompt_key","reviewer_prompt"}: what history keeps (never an API key).
    QByteArray toJson() const;
};
