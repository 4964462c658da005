#pragma once

#include "models/compare/comparecell.h"
#include "models/compare/comparenodeinfo.h"
#include "models/compare/comparesettings.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>
#include <optional>

// One whole comparison: settings, nodes and every cell (warm-ups first, then per node, mode, run).
// The unit that history stores and exporters write. Value type.
struct CompareRun
{
    QString id;           // uuid, assigned when the runner starts
    QDateTime startedAt;  // UTC
    QDateTime finishedAt; // UTC, invalid while running
    QString label;        // optional name the user gives the run in history
    CompareSettings settings;
    QList<CompareNodeInfo> nodes;
    QList<CompareCell> cells;

    // Index of the cell, -1 when absent. run 0 = the node's warm-up.
    int indexOf(int nodeIndex, bool thinking, int run) const;
    QList<int> measuredCells(int nodeIndex, bool thinking) const;
    // The (node, thinking) pairs of the grid in cell order.
    QList<QPair<int, bool>> groups() const;
    int measuredCount() const;
    int measuredDoneCount() const;
    bool allMeasuredDone() const { return measuredDoneCount() == measuredCount(); }

    bool operator==(const CompareRun &) const = default;
};
