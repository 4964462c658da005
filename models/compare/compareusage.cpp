#include "models/compare/compareusage.h"

#include <QCoreApplication>
#include <QLocale>

namespace {
bool reported(const TokenUsage &u)
{
    return u.promptTokens || u.completionTokens;
}
} // namespace

void UsageTotals::add(const TokenUsage &usage, std::optional<double> cost)
{
    ++requests;
    if (!reported(usage))
        return;
    ++withUsage;
    inputTokens += usage.promptTokens.value_or(0);
    outputTokens += usage.completionTokens.value_or(0);
    reasoningTokens += usage.reasoningTokens.value_or(0);
    cacheReadTokens += usage.cachedTokens.value_or(0);
    cacheWriteTokens += usage.cacheWriteTokens.value_or(0);
    if (cost) {
        ++withCost;
        knownCost += *cost;
    }
}

std::optional<double> UsageTotals::cost() const
{
    if (withUsage == 0 || withCost != withUsage)
        return std::nullopt;
    return knownCost;
}

QString UsageTotals::text(bool withCost) const
{
    if (withUsage == 0)
        return QString();
    const QLocale locale;
    QString in = QCoreApplication::translate("UsageTotals", "in %1").arg(locale.toString(inputTokens));
    if (cacheReadTokens > 0 || cacheWriteTokens > 0)
        in += QCoreApplication::translate("UsageTotals", " (cache read %1, write %2)")
                  .arg(locale.toString(cacheReadTokens), locale.toString(cacheWriteTokens));
    QString out = QCoreApplication::translate("UsageTotals", "out %1").arg(locale.toString(outputTokens));
    if (reasoningTokens > 0)
        out += QCoreApplication::translate("UsageTotals", " (reasoning %1)").arg(locale.toString(reasoningTokens));
    if (!withCost)
        return in + QStringLiteral(" · ") + out;
    const std::optional<double> c = cost();
    const QString costText = c ? QCoreApplication::translate("UsageTotals", "cost %1").arg(locale.toString(*c, 'f', 4))
                               : QCoreApplication::translate("UsageTotals", "cost unknown");
    return in + QStringLiteral(" · ") + out + QStringLiteral(" · ") + costText;
}

namespace CompareUsage {

std::optional<double> cellCost(const CompareRun &run, const CompareCell &cell)
{
    if (cell.nodeIndex < 0 || cell.nodeIndex >= run.nodes.size())
        return std::nullopt;
    return run.nodes.at(cell.nodeIndex).prices.costOf(cell.result.usage);
}

UsageTotals forCell(const CompareRun &run, const CompareCell &cell)
{
    UsageTotals t;
    t.add(cell.result.usage, cellCost(run, cell));
    return t;
}

UsageTotals forNode(const CompareRun &run, int nodeIndex)
{
    UsageTotals t;
    for (const CompareCell &c : run.cells)
        if (c.nodeIndex == nodeIndex && c.isFinished())
            t.add(c.result.usage, cellCost(run, c));
    return t;
}

UsageTotals forGroup(const CompareRun &run, int nodeIndex, bool thinking)
{
    UsageTotals t;
    for (const CompareCell &c : run.cells)
        if (c.nodeIndex == nodeIndex && c.thinking == thinking && c.isFinished())
            t.add(c.result.usage, cellCost(run, c));
    return t;
}

UsageTotals forRun(const CompareRun &run)
{
    UsageTotals t;
    for (const CompareCell &c : run.cells)
        if (c.isFinished())
            t.add(c.result.usage, cellCost(run, c));
    return t;
}

} // namespace CompareUsage
