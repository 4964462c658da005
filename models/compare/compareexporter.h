#pragma once

#include "models/compare/comparerun.h"

#include <QByteArray>
#include <QString>
#include <optional>

// Writes a comparison as JSON (the CLI shape, CompareResultJson), CSV (one row per cell, every
// metric a column, RFC 4180 quoting) or Markdown (a readable report: settings, nodes, a table of the
// key metrics per node x mode with stability verdicts, the cells, and the diffs of unstable answers).
// Nothing here can see an API key: a CompareRun never holds one.
class CompareExporter final
{
public:
    enum class Format
    {
        Json,
        Csv,
        Markdown
    };

    static QByteArray toJson(const CompareRun &run);
    static QByteArray toCsv(const CompareRun &run);
    static QByteArray toMarkdown(const CompareRun &run);
    static QByteArray render(const CompareRun &run, Format format);

    // The CSV header, in column order.
    static QStringList csvColumns();

    // json | csv | md (also from a file name's suffix: .json .csv .md .markdown).
    static std::optional<Format> formatFromName(const QString &nameOrSuffix);
    static QString suffix(Format format);

    // Writes atomically (QSaveFile). False + *error (translated) when the file cannot be written.
    static bool write(const CompareRun &run, Format format, const QString &path, QString *error = nullptr);
};
