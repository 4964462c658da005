#pragma once

#include <QAnyStringView>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <span>

// Value types of one parsed Prometheus text exposition (format 0.0.4), produced by PrometheusText::parse().
//
// Views: every QByteArrayView below (names, label names and values, HELP text) points into storage owned
// by the PrometheusExposition. That storage is shared by all copies of the exposition, so a view stays
// valid as long as ANY copy of the exposition it came from is alive (like std::string_view; do not keep
// views after dropping the exposition). Names are ASCII; label values and HELP text are UTF-8, already
// unescaped (\\ \" \n). Use QString::fromUtf8() to display them.

enum class PrometheusType : quint8
{
    Untyped,
    Counter,
    Gauge,
    Histogram,
    Summary
};

// What a sample is within its family. `Created` series (`foo_created`, creation time in Unix seconds)
// are kept but are never counters: do not compute rates from them.
enum class PrometheusRole : quint8
{
    Value,
    Bucket,
    Sum,
    Count,
    Created
};

struct PrometheusLabel
{
    QByteArrayView name;
    QByteArrayView value;
};

struct PrometheusFamily
{
    QByteArrayView name; // as declared by `# TYPE` / `# HELP`
    QByteArrayView help; // unescaped; empty if there was no `# HELP`
    PrometheusType type = PrometheusType::Untyped;
    bool createdSeries = false; // a gauge family `X_created` that belongs to counter/histogram/summary X
};

struct PrometheusSample
{
    QByteArrayView name; // full series name as written: "vllm:time_to_first_token_seconds_bucket"
    std::span<const PrometheusLabel> labels; // in the order written
    double value = 0.0;                      // may be NaN or +-Inf
    std::optional<qint64> timestampMs;
    int family = -1; // index into PrometheusExposition::families(); -1 = no TYPE/HELP names it
    int line = 0;    // 1-based line number in the exposition
    PrometheusType type = PrometheusType::Untyped; // type of its family
    PrometheusRole role = PrometheusRole::Value;

    // Value of the label, or a null view (isNull()) when the sample has no such label.
    QByteArrayView label(QByteArrayView labelName) const;
    // A true counter value (not `_created`, not a histogram `_count`/`_sum`): safe for rate().
    bool isCounter() const { return type == PrometheusType::Counter && role == PrometheusRole::Value; }
};

struct PrometheusParseError
{
    int line = 0;    // 1-based
    QString message; // translated, says what was wrong; the line was skipped
};

// Cumulative buckets of one histogram family, summed over all its label sets (e.g. several engines).
struct PrometheusHistogram
{
    struct Bucket
    {
        double le = 0.0; // upper bound; the last one is +Inf
        double count = 0.0;
    };
    QList<Bucket> buckets; // sorted by le
    std::optional<double> sum;
    std::optional<double> count;
};

namespace PrometheusDetail {
struct Data;
}

class PrometheusExposition final
{
public:
    PrometheusExposition();

    std::span<const PrometheusSample> samples() const;
    std::span<const PrometheusFamily> families() const;
    // Skipped lines, in order. At most PrometheusText::MaxRecordedErrors are kept; errorCount() is the total.
    const QList<PrometheusParseError> &errors() const;
    int errorCount() const;
    bool isEmpty() const { return samples().empty(); }

    // Lookups by exact series name ("vllm:prompt_tokens_total", "llamacpp:requests_processing").
    // std::nullopt when no sample has that name. A NaN sample value is returned as NaN.
    std::optional<double> value(QAnyStringView name) const; // first sample with that name
    std::optional<double> sum(QAnyStringView name) const;   // summed over all label sets
    std::optional<double> mean(QAnyStringView name) const;  // averaged over all label sets
    std::optional<double> sumWhere(QAnyStringView name, QAnyStringView label,
                                   QAnyStringView labelValue) const;
    // Every sample with that series name, in file order.
    QList<const PrometheusSample *> samplesNamed(QAnyStringView name) const;
    bool contains(QAnyStringView name) const;
    // True if any sample name starts with prefix ("vllm:").
    bool hasNamePrefix(QAnyStringView prefix) const;

    // The family declared under that name, or nullptr.
    const PrometheusFamily *family(QAnyStringView name) const;
    // Distinct values of a label (UTF-8 decoded), in first-seen order, over samples whose name starts
    // with namePrefix (all samples when empty).
    QStringList labelValues(QAnyStringView label, QAnyStringView namePrefix = {}) const;
    // Histogram family (declared `# TYPE <name> histogram`, e.g. "vllm:time_to_first_token_seconds").
    std::optional<PrometheusHistogram> histogram(QAnyStringView familyName) const;

private:
    friend class PrometheusText;
    explicit PrometheusExposition(std::shared_ptr<const PrometheusDetail::Data> data);
    int nameId(QAnyStringView name) const;

    // Shared and immutable: copies are cheap and keep every view valid.
    std::shared_ptr<const PrometheusDetail::Data> d;
};
