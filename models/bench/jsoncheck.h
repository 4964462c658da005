#pragma once

#include "models/bench/check.h"

#include <nlohmann/json.hpp>
#include <optional>

// `json`: finds the JSON value in an answer (whole text, a ```json or other fenced block, or the first
// balanced {...}/[...] that parses), then checks required keys and expected values by dotted path.
class JsonCheck final
{
public:
    static CheckResult evaluate(const Check &check, const QString &text);
    static std::optional<nlohmann::json> extract(const QString &text);
    // "a.b.0.c" -> pointer into value, nullptr when absent.
    static const nlohmann::json *lookup(const nlohmann::json &root, const QString &dottedPath);
    static bool valuesEqual(const nlohmann::json &got, const nlohmann::json &want);
};
