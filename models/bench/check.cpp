#include "models/bench/check.h"

#include <array>

namespace {
constexpr std::array<std::pair<CheckType, const char *>, 9> kTypeKeys{{{CheckType::Exact, "exact"},
                                                                       {CheckType::Contains, "contains"},
                                                                       {CheckType::Regex, "regex"},
                                                                       {CheckType::Numeric, "numeric"},
                                                                       {CheckType::Json, "json"},
                                                                       {CheckType::Choice, "choice"},
                                                                       {CheckType::Length, "length"},
                                                                       {CheckType::Code, "code"},
                                                                       {CheckType::Answer, "answer"}}};
} // namespace

QString checkTypeKey(CheckType type)
{
    for (const auto &[t, key] : kTypeKeys)
        if (t == type)
            return QString::fromLatin1(key);
    return {};
}

std::optional<CheckType> checkTypeFromKey(const QString &key)
{
    for (const auto &[t, k] : kTypeKeys)
        if (key == QLatin1String(k))
            return t;
    return std::nullopt;
}

QString checkOutcomeKey(CheckOutcome outcome)
{
    switch (outcome) {
    case CheckOutcome::Passed:
        return QStringLiteral("passed");
    case CheckOutcome::Failed:
        return QStringLiteral("failed");
    case CheckOutcome::Skipped:
        return QStringLiteral("skipped");
    }
    return {};
}
