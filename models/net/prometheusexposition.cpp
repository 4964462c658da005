#include "models/net/prometheusexposition.h"

#include "models/net/prometheusexpositiondata.h"

#include <algorithm>
#include <charconv>
#include <cmath>

using namespace PrometheusDetail;

namespace {

const std::shared_ptr<const Data> &emptyData()
{
    static const std::shared_ptr<const Data> empty = std::make_shared<const Data>();
    return empty;
}

// Metric and label names are ASCII; label values are compared as UTF-8.
QByteArray utf8(QAnyStringView s)
{
    return s.toString().toUtf8();
}

QByteArrayView asView(const QByteArray &bytes)
{
    return QByteArrayView(bytes.constData(), bytes.size());
}

std::optional<double> parseLe(QByteArrayView le)
{
    if (le == "+Inf" || le == "Inf")
        return std::numeric_limits<double>::infinity();
    double value = 0;
    const auto [ptr, ec] = std::from_chars(le.data(), le.data() + le.size(), value);
    if (ec != std::errc() || ptr != le.data() + le.size())
        return std::nullopt;
    return value;
}

} // namespace

QByteArrayView PrometheusSample::label(QByteArrayView labelName) const
{
    for (const PrometheusLabel &l : labels) {
        if (l.name == labelName)
            return l.value.isNull() ? QByteArrayView("", 0) : l.value;
    }
    return {};
}

PrometheusExposition::PrometheusExposition() : d(emptyData()) {}

PrometheusExposition::PrometheusExposition(std::shared_ptr<const Data> data) : d(std::move(data)) {}

std::span<const PrometheusSample> PrometheusExposition::samples() const
{
    return d->samples;
}

std::span<const PrometheusFamily> PrometheusExposition::families() const
{
    return d->families;
}

const QList<PrometheusParseError> &PrometheusExposition::errors() const
{
    return d->errors;
}

int PrometheusExposition::errorCount() const
{
    return d->errorCount;
}

int PrometheusExposition::nameId(QAnyStringView name) const
{
    const QByteArray key = utf8(name);
    const auto it = d->nameIndex.find(toStd(asView(key)));
    return it == d->nameIndex.end() ? -1 : it->second;
}

std::optional<double> PrometheusExposition::value(QAnyStringView name) const
{
    const int id = nameId(name);
    if (id < 0)
        return std::nullopt;
    return d->samples[size_t(d->names[size_t(id)].first)].value;
}

std::optional<double> PrometheusExposition::sum(QAnyStringView name) const
{
    const int id = nameId(name);
    if (id < 0)
        return std::nullopt;
    double total = 0;
    for (int i = d->names[size_t(id)].first; i >= 0; i = d->nextSameName[size_t(i)])
        total += d->samples[size_t(i)].value;
    return total;
}

std::optional<double> PrometheusExposition::mean(QAnyStringView name) const
{
    const int id = nameId(name);
    if (id < 0)
        return std::nullopt;
    return *sum(name) / d->names[size_t(id)].count;
}

std::optional<double> PrometheusExposition::sumWhere(QAnyStringView name, QAnyStringView label,
                                                     QAnyStringView labelValue) const
{
    const int id = nameId(name);
    if (id < 0)
        return std::nullopt;
    const QByteArray labelKey = utf8(label);
    const QByteArray wanted = utf8(labelValue);
    std::optional<double> total;
    for (int i = d->names[size_t(id)].first; i >= 0; i = d->nextSameName[size_t(i)]) {
        const PrometheusSample &s = d->samples[size_t(i)];
        const QByteArrayView v = s.label(asView(labelKey));
        if (!v.isNull() && v == asView(wanted))
            total = total.value_or(0.0) + s.value;
    }
    return total;
}

QList<const PrometheusSample *> PrometheusExposition::samplesNamed(QAnyStringView name) const
{
    QList<const PrometheusSample *> out;
    const int id = nameId(name);
    if (id < 0)
        return out;
    out.reserve(d->names[size_t(id)].count);
    for (int i = d->names[size_t(id)].first; i >= 0; i = d->nextSameName[size_t(i)])
        out.append(&d->samples[size_t(i)]);
    return out;
}

bool PrometheusExposition::contains(QAnyStringView name) const
{
    return nameId(name) >= 0;
}

bool PrometheusExposition::hasNamePrefix(QAnyStringView prefix) const
{
    const QByteArray p = utf8(prefix);
    return std::any_of(d->names.begin(), d->names.end(),
                       [&](const NameEntry &n) { return n.name.startsWith(asView(p)); });
}

const PrometheusFamily *PrometheusExposition::family(QAnyStringView name) const
{
    const QByteArray key = utf8(name);
    const auto it = d->familyIndex.find(toStd(asView(key)));
    return it == d->familyIndex.end() ? nullptr : &d->families[size_t(it->second)];
}

QStringList PrometheusExposition::labelValues(QAnyStringView label, QAnyStringView namePrefix) const
{
    const QByteArray labelKey = utf8(label);
    const QByteArray prefix = utf8(namePrefix);
    QList<QByteArrayView> seen;
    for (const PrometheusSample &s : d->samples) {
        if (!s.name.startsWith(asView(prefix)))
            continue;
        const QByteArrayView v = s.label(asView(labelKey));
        if (!v.isNull() && !seen.contains(v))
            seen.append(v);
    }
    QStringList out;
    out.reserve(seen.size());
    for (const QByteArrayView v : seen)
        out.append(QString::fromUtf8(v));
    return out;
}

std::optional<PrometheusHistogram> PrometheusExposition::histogram(QAnyStringView familyName) const
{
    const PrometheusFamily *f = family(familyName);
    if (!f || f->type != PrometheusType::Histogram)
        return std::nullopt;
    const int familyIndex = int(f - d->families.data());
    PrometheusHistogram h;
    for (const PrometheusSample &s : d->samples) {
        if (s.family != familyIndex)
            continue;
        if (s.role == PrometheusRole::Sum) {
            h.sum = h.sum.value_or(0.0) + s.value;
        } else if (s.role == PrometheusRole::Count) {
            h.count = h.count.value_or(0.0) + s.value;
        } else if (s.role == PrometheusRole::Bucket) {
            const std::optional<double> le = parseLe(s.label("le"));
            if (!le)
                continue;
            auto it = std::find_if(h.buckets.begin(), h.buckets.end(),
                                   [&](const PrometheusHistogram::Bucket &b) { return b.le == *le; });
            if (it == h.buckets.end())
                h.buckets.append({*le, s.value});
            else
                it->count += s.value;
        }
    }
    std::sort(h.buckets.begin(), h.buckets.end(),
              [](const PrometheusHistogram::Bucket &a, const PrometheusHistogram::Bucket &b) {
                  return a.le < b.le;
              });
    return h;
}
