#pragma once

#include "models/compare/comparerun.h"
#include "models/measure/tokenprices.h"

#include <QString>
#include <optional>

// Tokens and cost summed over requests (one cell, one node, or a whole run). Every request counts,
// warm-ups included: they are billed like the rest. Token sums cover the requests that reported usage;
// cost is known only when every request that reported usage has a known cost (its node has the prices
// it needs), and unknown (nullopt) otherwise: never a made-up zero.
struct UsageTotals
{
    int requests = 0;        // requests summed
    int withUsage = 0;       // of which the server reported usage
    int withCost = 0;        // of which the cost is known
    qint64 inputTokens = 0;  // every prompt token (cache reads and writes included)
    qint64 outputTokens = 0; // every completion token (reasoning included)
    qint64 reasoningTokens = 0;
    qint64 cacheReadTokens = 0;
    qint64 cacheWriteTokens = 0;
    double knownCost = 0;

    void add(const TokenUsage &usage, std::optional<double> cost);
    std::optional<double> cost() const;
    // "in 435 (cache read 400, write 10) · out 115 (reasoning 20) · cost 0.0033", translated; cost
    // "unknown" when it is (left out with withCost = false); empty when nothing reported usage.
    QString text(bool withCost = true) const;
    bool operator==(const UsageTotals &) const = default;
};

namespace CompareUsage {
std::optional<double> cellCost(const CompareRun &run, const CompareCell &cell);
UsageTotals forCell(const CompareRun &run, const CompareCell &cell);
UsageTotals forNode(const CompareRun &run, int nodeIndex);
UsageTotals forGroup(const CompareRun &run, int nodeIndex, bool thinking); // one node x mode
UsageTotals forRun(const CompareRun &run);
} // namespace CompareUsage
