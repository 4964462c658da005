#pragma once

#include "models/bench/task.h"
#include "models/net/chatrequest.h"
#include "models/pair/pairsettings.h"
#include "models/pair/pairstep.h"

#include <QList>
#include <QStringList>

// Builds the requests of a pair. Build: the task as the benchmark sends it. Review: a fresh
// conversation, the reviewer prompt as system message, then the task, the code and the verdict format.
// Revise: the builder's own conversation continued: its previous answer, then the reviewer's issues.
class PairMessages final
{
public:
    static ChatRequest build(const PairSide &builder, const Task &task);
    static ChatRequest review(const PairSide &reviewer, const Task &task, const QString &reviewerPrompt,
                              const QString &answer);
    // previous = the builder step being revised (its messages and text); review = the REJECT step.
    static ChatRequest revise(const PairSide &builder, const Task &task, const PairStep &previous,
                              const PairStep &review);

    static QString reviewUserMessage(const Task &task, const QString &answer);
    static QString revisionMessage(const PairStep &review);

private:
    static ChatRequest base(const PairSide &side, const Task &task, std::optional<bool> thinking);
};
