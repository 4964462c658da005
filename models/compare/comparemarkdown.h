#pragma once

#include "models/compare/comparerun.h"

#include <QCoreApplication>
#include <QString>

// The Markdown report of a comparison: what was asked, which nodes answered, a table of the key
// metrics per node x mode (mean, with min-max when runs differ) and the stability verdicts, every
// cell, and the diffs of unstable answers. Numbers name their unit and source; unknown is "-".
class CompareMarkdown final
{
    Q_DECLARE_TR_FUNCTIONS(CompareMarkdown)

public:
    static QString render(const CompareRun &run);
    static QString escapeCell(const QString &text); // for a table cell: | and line breaks escaped
};
