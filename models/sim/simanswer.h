#pragma once

#include <QList>
#include <QString>
#include <functional>
#include <optional>

struct SimProfile;

// What the simulated model is asked. Built by SimulatedNode from the request body.
struct SimRequest
{
    struct Message
    {
        QString role;
        QString content;
    };
    QList<Message> messages;
    bool thinking = false;        // effective thinking (after the profile's ignore rule)
    std::optional<int> maxTokens; // as sent (max_tokens / max_completion_tokens)
    std::optional<qint64> seed;
    std::optional<double> temperature;
    int run = 0;      // how many identical requests this node answered before (0 = first)
    QString nodeName; // profile name of the answering node

    QString lastUserText() const;
    // A real model all but ignores Tokscope's cache-busting "[nonce …]" first line; the simulated one
    // answers as if it were not there (its prompt cache still sees it: no prefix of the prompt matches).
    static QString withoutNonce(const QString &content);
};

// What the simulated model answers. Tokens are counted by SimTokenizer; the node truncates at
// max_tokens (finish_reason "length") and otherwise finishes with "stop".
struct SimAnswer
{
    QString reasoning; // thinking text; ignored when thinking is off
    QString content;   // visible answer
};

using SimAnswerProvider = std::function<SimAnswer(const SimRequest &)>;

// Deterministic, plausible text derived from the prompt (Korean prompts get Korean answers). With a
// thinking request it adds a reasoning section several times longer than the answer. When the profile is
// `nondeterministic`, some repeated runs (by SimRequest::run) give a different answer, like vLLM + MTP.
SimAnswer defaultSimAnswer(const SimRequest &request, const SimProfile &profile);
