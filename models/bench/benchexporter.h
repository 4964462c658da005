#pragma once

#include "models/bench/benchresult.h"

#include <QByteArray>

// Writes a BenchReport as JSON (machine keys, stable), CSV (one row per cell) or Markdown (tables for
// people). Unknown numbers are null / empty, never 0. Texts (answers, reasoning) go only into JSON,
// and only when asked.
class BenchExporter final
{
public:
    static QByteArray toJson(const BenchReport &report, bool includeTexts = false);
    static QByteArray toCsv(const BenchReport &report);
    static QByteArray toMarkdown(const BenchReport &report);
};
