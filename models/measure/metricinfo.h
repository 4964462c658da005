#pragma once

#include "models/measure/responsemetrics.h"

#include <QList>
#include <QString>
#include <optional>

// The metric registry: every fact about one measured number in one row (key, labels, unit,
// decimals, source, definition, accessor). Tables, charts, exports, history columns, the CLI and
// the README's metric table all read it. Adding a metric: one row in metricinfo.cpp, the value in
// MetricsCalculator (a ResponseMetrics field), a test; tst_readmemetrics tells what the README
// table must then say.
struct MetricInfo
{
    enum class Unit
    {
        Milliseconds,
        TokensPerSecond,
        Tokens,
        Ratio
    };

    const char *key = nullptr;        // JSON/CSV/history key, never translated: "ttft_ms"
    const char *label = nullptr;      // translated ("MetricDefinitions" context): "TTFT"
    const char *shortLabel = nullptr; // table header before the unit ("CompareMetric" context); null = label
    Unit unit = Unit::Milliseconds;
    std::optional<double> ResponseMetrics::*real = nullptr;  // accessor of a time/speed/ratio
    std::optional<qint64> ResponseMetrics::*count = nullptr; // accessor of a token count
    MetricSource ResponseMetrics::*sourceField = nullptr;     // where the value came from, when it varies
    MetricSource fixedSource = MetricSource::Client;          // ... otherwise always this
    const char *origin = nullptr;     // the source in words for the README: "client clock"
    const char *definition = nullptr; // translated ("MetricDefinitions" context), also the README text
    int tableRank = 0;                // row in the compare table (1 = first; 0 = not shown)
    int summaryRank = 0;              // column in summary tables (CLI, Markdown; 0 = not shown)

    std::optional<double> value(const ResponseMetrics &metrics) const;
    void setValue(ResponseMetrics &metrics, std::optional<double> value) const;
    // Where metrics' value came from; None when the value is unknown.
    MetricSource source(const ResponseMetrics &metrics) const;
    bool isCount() const { return count != nullptr; }
    QString keyString() const { return QString::fromLatin1(key); }
    QString displayName() const; // translated label, e.g. "TTFT"
    QString definitionText() const; // translated definition
    QString unitSuffix() const;  // "ms", "tok/s", "tok", ""
    QString unitName() const;    // translated word: "ms", "tok/s", "tokens", "ratio"
    QString columnTitle() const; // short table header with the unit: "TTFT ms", "Raw decode tok/s"
    int decimals() const;        // for tables
    int exportDecimals() const;  // for JSON and CSV exports
    // The number formatted for a table cell ("-" when unknown).
    QString format(std::optional<double> value) const;

    // Order = column order of every export and history table. Appending is safe; renaming a key
    // breaks history columns.
    static const QList<MetricInfo> &all();
    static const MetricInfo *find(const QString &key);
    // The rows of the compare table and the columns of summary tables, by their ranks.
    static QList<const MetricInfo *> tableMetrics();
    static QList<const MetricInfo *> keyMetrics();
    // The README's metric table (English), generated from the registry.
    static QString markdownTable();
};
