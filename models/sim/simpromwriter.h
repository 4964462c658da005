#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

// Writes Prometheus text exposition (format 0.0.4) the way Python's prometheus_client does for vLLM:
// labels sorted by name, floats printed like Python repr with Go's exponent rule ("2166.0",
// "1.7957008271142982e+09", le="+Inf"), counters as `_total` plus a `_created` gauge family, histograms as
// `_bucket`/`_count`/`_sum` plus `_created`.
class SimPromWriter final
{
public:
    using Labels = QList<QPair<QByteArray, QByteArray>>;

    struct Histogram
    {
        QList<double> bounds; // upper bounds without +Inf
        QList<double> counts; // per bucket (not cumulative), size = bounds.size() + 1
        double sum = 0;
        double count = 0;
        explicit Histogram(QList<double> b = {}) : bounds(std::move(b)), counts(bounds.size() + 1, 0.0) {}
        void observe(double value, double times = 1.0);
    };

    explicit SimPromWriter(Labels common) : m_common(std::move(common)) {}

    static QByteArray pyFloat(double value);

    void gauge(const QByteArray &name, const QByteArray &help, const QList<QPair<Labels, double>> &series);
    void counter(const QByteArray &base, const QByteArray &help, const QList<QPair<Labels, double>> &series,
                 double created);
    void histogram(const QByteArray &name, const QByteArray &help, const Histogram &h, double created);
    void raw(const QByteArray &text) { m_out += text; }
    QByteArray text() const { return m_out; }

private:
    QByteArray labelText(const Labels &extra, const QByteArray &le = {}) const;
    void family(const QByteArray &name, const QByteArray &help, const QByteArray &type);

    Labels m_common;
    QByteArray m_out;
};
