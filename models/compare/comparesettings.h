#pragma once

#include "models/compare/comparenodeinfo.h"
#include "models/net/chatrequest.h"
#include "models/node/nodeconfig.h"

#include <QList>
#include <QString>
#include <algorithm>
#include <nlohmann/json.hpp>
#include <optional>

// What one A/B comparison asks every node: the prompt (with optional system prompt and earlier
// turns) and the request parameters shared by every cell of the grid. Value type; stored with each
// run in history and exported under "run.settings". Holds no node and so no API key.
struct CompareSettings
{
    static constexpr int DefaultRuns = 3;
    static constexpr int DefaultMaxTokensThinking = 32768;
    static constexpr int DefaultMaxTokensNoThinking = 4096;
    static constexpr int DefaultDeadlineMs = 600000;
    // A warm-up that gets no answer in this time is given up (it only opens the connection).
    static constexpr int DefaultWarmupDeadlineMs = 25000;

    QString prompt;
    QString systemPrompt;            // empty = no system message
    QList<ChatMessage> earlierTurns; // user/assistant turns before the prompt
    QString model;                   // empty = whatever the node serves
    int runs = DefaultRuns;          // measured runs per node x thinking mode
    int maxTokensThinking = DefaultMaxTokensThinking;
    int maxTokensNoThinking = DefaultMaxTokensNoThinking;
    std::optional<double> temperature;
    std::optional<qint64> seed;         // the same seed for every run, so n runs test determinism
    bool parallel = false;              // false: one request at a time in the whole grid
    // On by default: one nonce per run at the very start of the prompt (warm-up too), so no prompt cache
    // serves a measured run and prefill is measured; off to measure cached behaviour.
    bool cacheBust = true;
    int deadlineMs = DefaultDeadlineMs; // total per request, not an idle timeout
    bool warmup = true;                 // one uncounted request per node first, to open the connection
    int warmupDeadlineMs = DefaultWarmupDeadlineMs; // the warm-up's total deadline (capped by deadlineMs)

    int warmupDeadline() const { return std::min(deadlineMs, warmupDeadlineMs); }

    int maxTokens(bool thinking) const { return thinking ? maxTokensThinking : maxTokensNoThinking; }
    // system + earlier turns + the prompt as the final user message
    QList<ChatMessage> messages() const;
    // Empty when usable, else a translated reason.
    QString validate() const;

    nlohmann::ordered_json toJson() const;
    static CompareSettings fromJson(const nlohmann::ordered_json &json);

    bool operator==(const CompareSettings &) const = default;
};

// One node of the grid and the thinking modes to try on it (true = ON, false = OFF).
// `info` may carry what a probe already knows (backend, version, model, context); when left empty
// it starts from the node config and is completed from the streams.
struct CompareTarget
{
    NodeConfig node;
    QList<bool> thinkingModes{true, false};
    std::optional<CompareNodeInfo> info;
    TokenPrices prices{}; // the node's prices from the price table (empty = cost unknown)
};

// Thinking mode as a machine key ("on" | "off") and a translated label.
QString thinkingKey(bool thinking);
QString thinkingDisplayName(bool thinking);
