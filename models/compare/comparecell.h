#pragma once

#include "models/net/chatresult.h"

#include <QDateTime>
#include <optional>

// One cell of the compare grid: one node x one thinking mode x one run (run 0 = the node's
// uncounted warm-up request). While the request streams, result.text / result.reasoning grow with
// every delta and result.state is Running; when it ends, result is the stream's final ChatResult
// (partial text and timings kept for every non-DONE state). Value type.
struct CompareCell
{
    int nodeIndex = -1; // index into CompareRun::nodes
    bool thinking = false;
    int run = 0; // 1..n for measured runs, 0 for the warm-up
    bool warmup = false;
    ChatResult result;
    QDateTime startedAt; // wall clock, for people reading history
    // Monotonic ms since the comparison started (one clock for the whole grid): request handed to the
    // network / final result. Used to show and check the order of requests.
    std::optional<double> startedMs;
    std::optional<double> finishedMs;
    // Why the request differed from the settings, for the pane (e.g. MaxTokensClamp's "max tokens
    // clamped to N: context C"); empty when it did not. Set when the cell starts.
    QString requestNote;

    RunState state() const { return result.state; }
    bool isFinished() const; // any final state
    bool isMeasured() const { return !warmup; }
    bool hasFlag(const QString &flag) const { return result.flags.contains(flag); }

    bool operator==(const CompareCell &) const = default;
};
