#pragma once

#include "models/sim/simanswer.h"
#include "models/sim/simchatjson.h"
#include "models/sim/simprofile.h"

#include <QList>
#include <QString>

// What one simulated generation will emit: the answer cut into tokens (SimTokenizer), truncated at
// max_tokens, grouped into stream chunks (one token each, or 1..maxTokensPerChunk for MTP-style
// profiles, never mixing reasoning and content in one chunk). Token i is produced at
// prefill end + i / decode rate, and a chunk goes out when its last token is produced.
struct SimTokenPlan
{
    struct Chunk
    {
        SimChatJson::DeltaKind kind;
        QString text;
        int tokens = 0;
        int lastToken = 0; // index of the chunk's last token in the whole generation
    };

    QList<Chunk> chunks;
    int completionTokens = 0;
    int reasoningTokens = 0;
    QString content;   // as the non-streaming response carries it (inline <think> included)
    QString reasoning; // reasoning field text (empty for inline think tags)
    QString finishReason;

    // maxTokens: generation limit (already resolved against the context). seed: chunking randomness.
    static SimTokenPlan build(const SimProfile &profile, const SimAnswer &answer, bool thinking,
                              int maxTokens, quint64 seed);
    // Reasoning that goes round in circles: enough text for `tokens` tokens (the `runaway` fault), in
    // Korean when the prompt is.
    static QString runawayReasoning(int tokens, const QString &prompt);
};
