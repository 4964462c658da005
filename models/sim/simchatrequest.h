#pragma once

#include "models/sim/simanswer.h"
#include "models/sim/simprofile.h"

#include <QByteArray>
#include <optional>

// A POST /v1/chat/completions body as a simulated node understands it, or the error the real server
// would answer (llama.cpp: malformed JSON -> 500 server_error with the JSON library's message, missing
// messages -> 400; vLLM: validation errors -> 400 "Bad Request", unknown model -> 404 NotFoundError).
struct SimChatRequest
{
    QList<SimRequest::Message> messages;
    QString model;
    bool stream = false;
    bool includeUsage = false;
    bool cachePrompt = true;
    std::optional<int> maxTokens;
    std::optional<qint64> seed;
    std::optional<double> temperature;
    std::optional<bool> enableThinking; // chat_template_kwargs.enable_thinking (or vLLM reasoning_effort)

    int errorStatus = 0; // != 0: answer errorBody with this status instead of generating
    QByteArray errorBody;

    static SimChatRequest parse(const QByteArray &body, const SimProfile &profile);
    // The 400 body when the prompt (plus vLLM's requested output) does not fit the context, else nullopt.
    // llama.cpp rejects it before streaming starts, as plain JSON even with stream:true.
    static std::optional<QByteArray> contextError(const SimProfile &profile, int promptTokens,
                                                  std::optional<int> maxTokens);
    // Identifies "the same request again" (messages, thinking, sampling knobs) for SimRequest::run.
    QByteArray fingerprint(bool thinking) const;
    // True when the body asks for a stream (used before full validation, e.g. by the stall fault).
    static bool wantsStream(const QByteArray &body);
};
