#pragma once

#include "models/compare/comparerun.h"
#include "models/compare/comparesummary.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// The rows of the two human-readable comparison tables, shared by the CLI's text output and the
// Markdown report so both show the same numbers: one row per cell, and one per node x mode with
// mean (min-max) over DONE runs and the stability verdict. Unknown is "-", never 0. Translated headers.
class CompareTables final
{
    Q_DECLARE_TR_FUNCTIONS(CompareTables)

public:
    static QStringList cellHeader();
    static QList<QStringList> cellRows(const CompareRun &run);
    static QStringList summaryHeader();
    static QList<QStringList> summaryRows(const CompareRun &run, const QList<CompareGroupSummary> &summary);
    // "DGX1 thinking on run 2: DONE, TTR 812.4 ms" (a progress line for a finished cell)
    static QString progressLine(const CompareRun &run, const CompareCell &cell);
};
