#include "models/pair/pairtaskrun.h"

#include "models/pair/pairtiming.h"

#include <QCoreApplication>

int PairTaskRun::reviews() const
{
    int n = 0;
    for (const PairStep &s : steps)
        if (s.role == PairRole::Review)
            ++n;
    return n;
}

ReviewVerdict PairTaskRun::finalVerdict() const
{
    for (qsizetype i = steps.size() - 1; i >= 0; --i)
        if (steps.at(i).role == PairRole::Review)
            return steps.at(i).verdict;
    return ReviewVerdict::None;
}

QString PairTaskRun::outcomeKey() const
{
    if (state != RunState::Done)
        return runStateKey(state).toLower();
    switch (finalVerdict()) {
    case ReviewVerdict::Approve:
        return QStringLiteral("approved");
    case ReviewVerdict::Reject:
        return QStringLiteral("rejected");
    case ReviewVerdict::Unparsable:
        return QStringLiteral("unparsable");
    case ReviewVerdict::None:
        break;
    }
    return QStringLiteral("unreviewed");
}

QString PairTaskRun::outcomeDisplayName() const
{
    if (state != RunState::Done)
        return runStateDisplayName(state);
    switch (finalVerdict()) {
    case ReviewVerdict::Approve:
        return QCoreApplication::translate("PairTaskRun", "approved");
    case ReviewVerdict::Reject:
        return QCoreApplication::translate("PairTaskRun", "rejected (rounds used up)");
    case ReviewVerdict::Unparsable:
        return QCoreApplication::translate("PairTaskRun", "no readable verdict");
    case ReviewVerdict::None:
        break;
    }
    return QCoreApplication::translate("PairTaskRun", "not reviewed");
}

const PairStep *PairTaskRun::firstBuild() const
{
    for (const PairStep &s : steps)
        if (s.role == PairRole::Build)
            return &s;
    return nullptr;
}

const PairStep *PairTaskRun::lastBuilderStep() const
{
    for (qsizetype i = steps.size() - 1; i >= 0; --i)
        if (steps.at(i).isBuilderStep() && steps.at(i).state == RunState::Done)
            return &steps.at(i);
    return nullptr;
}

std::optional<double> PairTaskRun::tctMs() const
{
    return PairTiming::tctMs(steps);
}

std::optional<double> PairTaskRun::singleTtrMs() const
{
    const PairStep *b = firstBuild();
    return b ? b->metrics.ttrMs : std::nullopt;
}
