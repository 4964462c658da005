#pragma once

#include <QString>
#include <QStringList>
#include <nlohmann/json.hpp>
#include <optional>

// Small helpers between nlohmann::json and Qt types for the compare JSON shapes. Unknown values are
// JSON null and read back as std::nullopt, never as a made-up zero.
namespace JsonConvert {

template <typename T> nlohmann::ordered_json orNull(const std::optional<T> &value)
{
    return value ? nlohmann::ordered_json(*value) : nlohmann::ordered_json(nullptr);
}
nlohmann::ordered_json stringOrNull(const QString &value);
// Rounded to `decimals` places so exports do not print binary noise (12.345000000000001).
nlohmann::ordered_json roundedOrNull(const std::optional<double> &value, int decimals = 3);
nlohmann::ordered_json stringList(const QStringList &values);

QString string(const nlohmann::ordered_json &object, const char *key);
std::optional<double> number(const nlohmann::ordered_json &object, const char *key);
std::optional<qint64> integer(const nlohmann::ordered_json &object, const char *key);
std::optional<bool> boolean(const nlohmann::ordered_json &object, const char *key);
QStringList strings(const nlohmann::ordered_json &object, const char *key);

} // namespace JsonConvert
