#include "models/measure/tokenprices.h"

#include <algorithm>

std::optional<double> TokenPrices::costOf(const TokenUsage &usage) const
{
    if (!usage.promptTokens || !usage.completionTokens || !inputPerMillion || !outputPerMillion)
        return std::nullopt;
    const qint64 cacheRead = usage.cachedTokens.value_or(0);
    const qint64 cacheWrite = usage.cacheWriteTokens.value_or(0);
    if ((cacheRead > 0 && !cacheReadPerMillion) || (cacheWrite > 0 && !cacheWritePerMillion))
        return std::nullopt;
    const qint64 uncached = std::max<qint64>(0, *usage.promptTokens - cacheRead - cacheWrite);
    double cost = double(uncached) * *inputPerMillion + double(*usage.completionTokens) * *outputPerMillion;
    if (cacheRead > 0)
        cost += double(cacheRead) * *cacheReadPerMillion;
    if (cacheWrite > 0)
        cost += double(cacheWrite) * *cacheWritePerMillion;
    return cost / 1e6;
}
