#pragma once

#include "models/measure/responsemetrics.h"
#include "models/measure/runstate.h"
#include "models/net/chatrequest.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

// What a step of a builder -> reviewer pair does.
enum class PairRole
{
    Build,  // the builder's first answer to the task
    Review, // the reviewer judges the latest code
    Revise  // the builder's next pass with the reviewer's issues (same conversation)
};
QString pairRoleKey(PairRole role); // build | review | revise
std::optional<PairRole> pairRoleFromKey(const QString &key);
QString pairRoleDisplayName(PairRole role); // translated

// The reviewer's verdict as parsed from its answer (ReviewVerdictParser). None: not a review step.
enum class ReviewVerdict
{
    None,
    Approve,
    Reject,
    Unparsable // the answer had no verdict line that could be read: recorded, never guessed
};
QString reviewVerdictKey(ReviewVerdict verdict); // "" | APPROVE | REJECT | UNPARSABLE
ReviewVerdict reviewVerdictFromKey(const QString &key);
QString reviewVerdictDisplayName(ReviewVerdict verdict); // translated

// One request of a pair run: who answered what, the exact messages sent, and every metric.
// Times: startMs is the step's t0 (request handed to the network) and endMs = startMs + TTR, both in ms
// from the first step's t0 of the same task run (one monotonic clock), so the gaps between steps are
// measured, not assumed.
struct PairStep
{
    int index = 0;
    int round = 0; // review round (1-based) the step belongs to; the first build is round 0
    PairRole role = PairRole::Build;
    QString node; // node name
    bool simulated = false;
    std::optional<bool> thinking; // what was requested (nullopt = the server default)
    RunState state = RunState::Pending;
    QString error;
    QList<ChatMessage> messages; // exactly what was sent
    QString text;                // visible answer
    QString reasoning;
    QString finishReason;
    ResponseMetrics metrics;
    QStringList flags;
    std::optional<double> startMs;
    std::optional<double> endMs;
    ReviewVerdict verdict = ReviewVerdict::None;
    QStringList issues; // the reviewer's numbered issues (REJECT)

    bool isBuilderStep() const { return role != PairRole::Review; }
};
