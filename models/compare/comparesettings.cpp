#include "models/compare/comparesettings.h"

#include "models/compare/jsonconvert.h"

#include <QCoreApplication>

QList<ChatMessage> CompareSettings::messages() const
{
    QList<ChatMessage> out;
    if (!systemPrompt.isEmpty())
        out.append({QStringLiteral("system"), systemPrompt});
    out.append(earlierTurns);
    out.append({QStringLiteral("user"), prompt});
    return out;
}

QString CompareSettings::validate() const
{
    if (prompt.trimmed().isEmpty())
        return QCoreApplication::translate("CompareSettings", "The prompt is empty.");
    if (runs < 1)
        return QCoreApplication::translate("CompareSettings", "The number of runs must be at least 1.");
    if (maxTokensThinking < 1 || maxTokensNoThinking < 1)
        return QCoreApplication::translate("CompareSettings", "Max tokens must be at least 1.");
    if (deadlineMs < 1)
        return QCoreApplication::translate("CompareSettings", "The deadline must be positive.");
    if (temperature && (*temperature < 0.0 || *temperature > 2.0))
        return QCoreApplication::translate("CompareSettings", "The temperature must be between 0 and 2.");
    for (const ChatMessage &m : earlierTurns) {
        if (m.role != QLatin1String("user") && m.role != QLatin1String("assistant"))
            return QCoreApplication::translate("CompareSettings",
                                               "Earlier turns must be user or assistant messages.");
    }
    return {};
}

nlohmann::ordered_json CompareSettings::toJson() const
{
    nlohmann::ordered_json turns = nlohmann::ordered_json::array();
    for (const ChatMessage &m : earlierTurns)
        turns.push_back({{"role", m.role.toStdString()}, {"content", m.content.toStdString()}});
    nlohmann::ordered_json j;
    j["prompt"] = prompt.toStdString();
    j["system"] = JsonConvert::stringOrNull(systemPrompt);
    j["earlier_turns"] = std::move(turns);
    j["model"] = JsonConvert::stringOrNull(model);
    j["runs"] = runs;
    j["max_tokens_thinking"] = maxTokensThinking;
    j["max_tokens_no_thinking"] = maxTokensNoThinking;
    j["temperature"] = JsonConvert::orNull(temperature);
    j["seed"] = JsonConvert::orNull(seed);
    j["parallel"] = parallel;
    j["cache_bust"] = cacheBust;
    j["deadline_ms"] = deadlineMs;
    j["warmup"] = warmup;
    j["warmup_deadline_ms"] = warmupDeadlineMs;
    return j;
}

CompareSettings CompareSettings::fromJson(const nlohmann::ordered_json &j)
{
    CompareSettings s;
    if (!j.is_object())
        return s;
    s.prompt = JsonConvert::string(j, "prompt");
    s.systemPrompt = JsonConvert::string(j, "system");
    if (const auto it = j.find("earlier_turns"); it != j.end() && it->is_array()) {
        for (const auto &t : *it)
            s.earlierTurns.append({JsonConvert::string(t, "role"), JsonConvert::string(t, "content")});
    }
    s.model = JsonConvert::string(j, "model");
    s.runs = JsonConvert::integer(j, "runs").value_or(DefaultRuns);
    s.maxTokensThinking =
        int(JsonConvert::integer(j, "max_tokens_thinking").value_or(DefaultMaxTokensThinking));
    s.maxTokensNoThinking =
        int(JsonConvert::integer(j, "max_tokens_no_thinking").value_or(DefaultMaxTokensNoThinking));
    s.temperature = JsonConvert::number(j, "temperature");
    s.seed = JsonConvert::integer(j, "seed");
    s.parallel = JsonConvert::boolean(j, "parallel").value_or(false);
    s.cacheBust = JsonConvert::boolean(j, "cache_bust").value_or(false);
    s.deadlineMs = int(JsonConvert::integer(j, "deadline_ms").value_or(DefaultDeadlineMs));
    s.warmup = JsonConvert::boolean(j, "warmup").value_or(true);
    s.warmupDeadlineMs = int(JsonConvert::integer(j, "warmup_deadline_ms").value_or(DefaultWarmupDeadlineMs));
    return s;
}

QString thinkingKey(bool thinking)
{
    return thinking ? QStringLiteral("on") : QStringLiteral("off");
}

QString thinkingDisplayName(bool thinking)
{
    return thinking ? QCoreApplication::translate("CompareSettings", "Thinking ON")
                    : QCoreApplication::translate("CompareSettings", "Thinking OFF");
}
