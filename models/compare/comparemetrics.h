#pragma once

#include "models/measure/responsemetrics.h"

#include <QList>
#include <QString>
#include <optional>

// The numeric fields of ResponseMetrics under their stable machine keys (CLI JSON, CSV columns,
// history columns, summary rows). One table so every output names and orders metrics the same way.
struct CompareMetric
{
    enum class Unit
    {
        Milliseconds,
        TokensPerSecond,
        Tokens,
        Ratio
    };

    const char *key; // "ttft_ms"
    Unit unit;
    std::optional<double> ResponseMetrics::*real = nullptr;  // set for time/speed/ratio metrics
    std::optional<qint64> ResponseMetrics::*count = nullptr; // set for token counts

    std::optional<double> value(const ResponseMetrics &metrics) const;
    void setValue(ResponseMetrics &metrics, std::optional<double> value) const;
    bool isCount() const { return count != nullptr; }
    QString keyString() const { return QString::fromLatin1(key); }
    QString displayName() const; // translated, e.g. "TTFT"
    QString unitSuffix() const;  // "ms", "tok/s", "tok", ""
    QString columnTitle() const; // short table header with the unit: "TTFT ms", "Decode tok/s"
    int decimals() const;        // for exports and tables
    // The number formatted for a table cell ("-" when unknown).
    QString format(std::optional<double> value) const;

    static const QList<CompareMetric> &all();
    // The few metrics a summary table shows (CLI table, Markdown report), in column order.
    static QList<const CompareMetric *> keyMetrics();
    static const CompareMetric *find(const QString &key);
};
