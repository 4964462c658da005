#include "models/compare/jsonconvert.h"

#include <cmath>

namespace JsonConvert {

nlohmann::ordered_json stringOrNull(const QString &value)
{
    return value.isEmpty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(value.toStdString());
}

nlohmann::ordered_json roundedOrNull(const std::optional<double> &value, int decimals)
{
    if (!value || !std::isfinite(*value))
        return nullptr;
    const double scale = std::pow(10.0, decimals);
    return std::round(*value * scale) / scale;
}

nlohmann::ordered_json stringList(const QStringList &values)
{
    nlohmann::ordered_json out = nlohmann::ordered_json::array();
    for (const QString &v : values)
        out.push_back(v.toStdString());
    return out;
}

static const nlohmann::ordered_json *member(const nlohmann::ordered_json &object, const char *key)
{
    if (!object.is_object())
        return nullptr;
    const auto it = object.find(key);
    return it == object.end() || it->is_null() ? nullptr : &*it;
}

QString string(const nlohmann::ordered_json &object, const char *key)
{
    const nlohmann::ordered_json *v = member(object, key);
    return v && v->is_string() ? QString::fromStdString(v->get<std::string>()) : QString();
}

std::optional<double> number(const nlohmann::ordered_json &object, const char *key)
{
    const nlohmann::ordered_json *v = member(object, key);
    if (v && v->is_number())
        return v->get<double>();
    return std::nullopt;
}

std::optional<qint64> integer(const nlohmann::ordered_json &object, const char *key)
{
    const nlohmann::ordered_json *v = member(object, key);
    if (v && v->is_number_integer())
        return v->get<qint64>();
    if (v && v->is_number_float() && std::isfinite(v->get<double>()))
        return qint64(std::llround(v->get<double>()));
    return std::nullopt;
}

std::optional<bool> boolean(const nlohmann::ordered_json &object, const char *key)
{
    const nlohmann::ordered_json *v = member(object, key);
    if (v && v->is_boolean())
        return v->get<bool>();
    return std::nullopt;
}

QStringList strings(const nlohmann::ordered_json &object, const char *key)
{
    QStringList out;
    const nlohmann::ordered_json *v = member(object, key);
    if (v && v->is_array()) {
        for (const auto &item : *v)
            if (item.is_string())
                out.append(QString::fromStdString(item.get<std::string>()));
    }
    return out;
}

} // namespace JsonConvert
