#include "models/compare/comparerun.h"

int CompareRun::indexOf(int nodeIndex, bool thinking, int run) const
{
    for (int i = 0; i < cells.size(); ++i) {
        const CompareCell &c = cells.at(i);
        if (c.nodeIndex == nodeIndex && c.run == run && (run == 0 ? c.warmup : c.thinking == thinking))
            return i;
    }
    return -1;
}

QList<int> CompareRun::measuredCells(int nodeIndex, bool thinking) const
{
    QList<int> out;
    for (int i = 0; i < cells.size(); ++i) {
        const CompareCell &c = cells.at(i);
        if (!c.warmup && c.nodeIndex == nodeIndex && c.thinking == thinking)
            out.append(i);
    }
    return out;
}

QList<QPair<int, bool>> CompareRun::groups() const
{
    QList<QPair<int, bool>> out;
    for (const CompareCell &c : cells) {
        const QPair<int, bool> g{c.nodeIndex, c.thinking};
        if (!c.warmup && !out.contains(g))
            out.append(g);
    }
    return out;
}

int CompareRun::measuredCount() const
{
    return int(std::count_if(cells.cbegin(), cells.cend(), [](const CompareCell &c) { return !c.warmup; }));
}

int CompareRun::measuredDoneCount() const
{
    return int(std::count_if(cells.cbegin(), cells.cend(),
                             [](const CompareCell &c) { return !c.warmup && c.state() == RunState::Done; }));
}
