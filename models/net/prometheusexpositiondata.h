#pragma once

#include "models/net/prometheusexposition.h"

#include <QByteArray>

#include <string_view>
#include <unordered_map>
#include <vector>

// Internal storage of a PrometheusExposition, filled by PrometheusText and then frozen (shared, const).
// Only prometheustext.cpp and prometheusexposition.cpp include this.
namespace PrometheusDetail {

inline std::string_view toStd(QByteArrayView v)
{
    return {v.data(), size_t(v.size())};
}

struct NameEntry
{
    QByteArrayView name;
    int first = -1; // first sample with this name; then follow Data::nextSameName
    int last = -1;
    int count = 0;
};

struct Data
{
    QByteArray text;  // the exposition bytes; every view points here or into arena
    QByteArray arena; // unescaped label values and HELP texts (only those that had escapes)
    std::vector<PrometheusLabel> labels;
    std::vector<PrometheusSample> samples;
    std::vector<int> nextSameName; // per sample
    std::vector<NameEntry> names;
    std::unordered_map<std::string_view, int> nameIndex;
    std::vector<PrometheusFamily> families;
    std::unordered_map<std::string_view, int> familyIndex;
    QList<PrometheusParseError> errors;
    int errorCount = 0;
};

} // namespace PrometheusDetail
