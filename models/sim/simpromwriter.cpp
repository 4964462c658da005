#include "models/sim/simpromwriter.h"

#include <algorithm>
#include <charconv>
#include <cmath>

void SimPromWriter::Histogram::observe(double value, double times)
{
    qsizetype i = 0;
    while (i < bounds.size() && value > bounds[i])
        ++i;
    counts[i] += times;
    sum += value * times;
    count += times;
}

QByteArray SimPromWriter::pyFloat(double value)
{
    if (std::isnan(value))
        return "NaN";
    if (std::isinf(value))
        return value > 0 ? "+Inf" : "-Inf";
    // Shortest round-trip digits, then Python repr layout: fixed for 1e-4 <= |v| < 1e16, else d.ddde+XX.
    char buf[64];
    const auto res = std::to_chars(buf, buf + sizeof buf, value, std::chars_format::scientific);
    const std::string sci(buf, res.ptr);
    const auto ePos = sci.find('e');
    const int exponent = std::stoi(sci.substr(ePos + 1));
    const bool negative = sci[0] == '-';
    std::string digits = sci.substr(negative ? 1 : 0, ePos - (negative ? 1 : 0));
    digits.erase(std::remove(digits.begin(), digits.end(), '.'), digits.end());
    std::string out;
    if (exponent >= -5 + 1 && exponent < 16) {
        // fixed
        if (exponent >= 0) {
            std::string intPart = digits.substr(0, std::min<size_t>(digits.size(), exponent + 1));
            intPart.append(size_t(exponent + 1) > digits.size() ? exponent + 1 - digits.size() : 0, '0');
            std::string frac = size_t(exponent + 1) < digits.size() ? digits.substr(exponent + 1) : "0";
            out = intPart + "." + frac;
        } else {
            out = "0." + std::string(-exponent - 1, '0') + digits;
        }
        // Go switches to exponent form sooner than Python (prometheus_client.utils.floatToGoString).
        const auto dot = out.find('.');
        if (value > 0 && dot > 6) {
            std::string mantissa = out.substr(0, 1) + "." + out.substr(1, dot - 1) + out.substr(dot + 1);
            while (!mantissa.empty() && (mantissa.back() == '0' || mantissa.back() == '.'))
                mantissa.pop_back();
            out = mantissa + "e+0" + std::to_string(dot - 1);
        }
    } else {
        std::string mantissa = digits.substr(0, 1);
        if (digits.size() > 1)
            mantissa += "." + digits.substr(1);
        char exp[16];
        std::snprintf(exp, sizeof exp, "e%c%02d", exponent < 0 ? '-' : '+', std::abs(exponent));
        out = mantissa + exp;
    }
    return QByteArray::fromStdString(negative ? "-" + out : out);
}

QByteArray SimPromWriter::labelText(const Labels &extra, const QByteArray &le) const
{
    Labels all = m_common + extra;
    if (!le.isEmpty())
        all.append({"le", le});
    if (all.isEmpty())
        return {};
    std::sort(all.begin(), all.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QByteArray out = "{";
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (i)
            out += ',';
        QByteArray v = all[i].second;
        v.replace('\\', "\\\\").replace('"', "\\\"").replace('\n', "\\n");
        out += all[i].first + "=\"" + v + '"';
    }
    return out + '}';
}

void SimPromWriter::family(const QByteArray &name, const QByteArray &help, const QByteArray &type)
{
    m_out += "# HELP " + name + ' ' + help + "\n# TYPE " + name + ' ' + type + '\n';
}

void SimPromWriter::gauge(const QByteArray &name, const QByteArray &help,
                          const QList<QPair<Labels, double>> &series)
{
    family(name, help, "gauge");
    for (const auto &s : series)
        m_out += name + labelText(s.first) + ' ' + pyFloat(s.second) + '\n';
}

void SimPromWriter::counter(const QByteArray &base, const QByteArray &help,
                            const QList<QPair<Labels, double>> &series, double created)
{
    family(base + "_total", help, "counter");
    for (const auto &s : series)
        m_out += base + "_total" + labelText(s.first) + ' ' + pyFloat(s.second) + '\n';
    family(base + "_created", help, "gauge");
    for (const auto &s : series)
        m_out += base + "_created" + labelText(s.first) + ' ' + pyFloat(created) + '\n';
}

void SimPromWriter::histogram(const QByteArray &name, const QByteArray &help, const Histogram &h,
                              double created)
{
    family(name, help, "histogram");
    double cumulative = 0;
    for (qsizetype i = 0; i <= h.bounds.size(); ++i) {
        cumulative += h.counts[i];
        const QByteArray le = i < h.bounds.size() ? pyFloat(h.bounds[i]) : QByteArray("+Inf");
        m_out += name + "_bucket" + labelText({}, le) + ' ' + pyFloat(cumulative) + '\n';
    }
    m_out += name + "_count" + labelText({}) + ' ' + pyFloat(h.count) + '\n';
    m_out += name + "_sum" + labelText({}) + ' ' + pyFloat(h.sum) + '\n';
    family(name + "_created", help, "gauge");
    m_out += name + "_created" + labelText({}) + ' ' + pyFloat(created) + '\n';
}
