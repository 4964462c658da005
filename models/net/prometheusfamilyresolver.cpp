#include "models/net/prometheusfamilyresolver.h"

#include <string>

using namespace PrometheusDetail;

std::optional<PrometheusType> PrometheusFamilyResolver::typeFromName(QByteArrayView typeName)
{
    if (typeName == "counter")
        return PrometheusType::Counter;
    if (typeName == "gauge")
        return PrometheusType::Gauge;
    if (typeName == "histogram")
        return PrometheusType::Histogram;
    if (typeName == "summary")
        return PrometheusType::Summary;
    if (typeName == "untyped")
        return PrometheusType::Untyped;
    return std::nullopt;
}

int PrometheusFamilyResolver::familyFor(QByteArrayView name)
{
    const auto [it, inserted] = m_d.familyIndex.try_emplace(toStd(name), int(m_d.families.size()));
    if (inserted)
        m_d.families.push_back({name, {}, PrometheusType::Untyped, false});
    return it->second;
}

void PrometheusFamilyResolver::setType(int family, PrometheusType type)
{
    PrometheusFamily &f = m_d.families[size_t(family)];
    f.type = type;
    if (type == PrometheusType::Gauge && f.name.endsWith("_created") && f.name.size() > 8)
        f.createdSeries = createdBaseFamily(f.name.chopped(8)) >= 0;
}

int PrometheusFamilyResolver::find(QByteArrayView name) const
{
    const auto it = m_d.familyIndex.find(toStd(name));
    return it == m_d.familyIndex.end() ? -1 : it->second;
}

// The counter/histogram/summary family that `<base>_created` belongs to, or -1.
int PrometheusFamilyResolver::createdBaseFamily(QByteArrayView base) const
{
    const auto usable = [this](int idx) {
        return idx >= 0 && m_d.families[size_t(idx)].type != PrometheusType::Gauge &&
               m_d.families[size_t(idx)].type != PrometheusType::Untyped;
    };
    int idx = find(base);
    if (usable(idx))
        return idx;
    std::string withTotal(toStd(base));
    withTotal += "_total";
    idx = find(QByteArrayView(withTotal.data(), qsizetype(withTotal.size())));
    return usable(idx) ? idx : -1;
}

bool PrometheusFamilyResolver::match(const PrometheusFamily &f, QByteArrayView name, PrometheusRole &role)
{
    if (name == f.name) {
        role = f.createdSeries ? PrometheusRole::Created : PrometheusRole::Value;
        return true;
    }
    if (name.size() <= f.name.size() || !name.startsWith(f.name))
        return false;
    const QByteArrayView suffix = name.sliced(f.name.size());
    switch (f.type) {
    case PrometheusType::Counter:
        if (suffix == "_total")
            role = PrometheusRole::Value;
        else if (suffix == "_created")
            role = PrometheusRole::Created;
        else
            return false;
        return true;
    case PrometheusType::Histogram:
        if (suffix == "_bucket") {
            role = PrometheusRole::Bucket;
            return true;
        }
        [[fallthrough]];
    case PrometheusType::Summary:
        if (suffix == "_sum")
            role = PrometheusRole::Sum;
        else if (suffix == "_count")
            role = PrometheusRole::Count;
        else if (suffix == "_created")
            role = PrometheusRole::Created;
        else
            return false;
        return true;
    case PrometheusType::Gauge:
    case PrometheusType::Untyped:
        return false;
    }
    return false;
}

int PrometheusFamilyResolver::resolve(QByteArrayView name, int current, PrometheusRole &role) const
{
    if (current >= 0 && match(m_d.families[size_t(current)], name, role))
        return current;
    int idx = find(name);
    if (idx >= 0 && match(m_d.families[size_t(idx)], name, role))
        return idx;
    for (const QByteArrayView suffix :
         {QByteArrayView("_bucket"), QByteArrayView("_sum"), QByteArrayView("_count"),
          QByteArrayView("_total"), QByteArrayView("_created")}) {
        if (name.size() <= suffix.size() || !name.endsWith(suffix))
            continue;
        const QByteArrayView base = name.chopped(suffix.size());
        idx = find(base);
        if (idx >= 0 && match(m_d.families[size_t(idx)], name, role))
            return idx;
        if (suffix == "_created") { // prometheus_client 0.0.4: counter "foo_total" + "foo_created"
            idx = createdBaseFamily(base);
            if (idx >= 0) {
                role = PrometheusRole::Created;
                return idx;
            }
        }
    }
    role = PrometheusRole::Value;
    return -1;
}
