#pragma once

#include "models/net/chatrequest.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

// Keeps a request's max_tokens inside the node's context window. Servers reject a request whose
// prompt + max_tokens exceeds the context (vLLM answers HTTP 400): thinking ON asks for 32,768 tokens,
// which a node with a 32K context can never give. The prompt is not tokenised here, so its size is
// over-estimated (UTF-8 bytes / 2, plus a template overhead per message), so a clamped request fits.
class MaxTokensClamp final
{
    Q_DECLARE_TR_FUNCTIONS(MaxTokensClamp)

public:
    static constexpr int TokensPerMessage = 8; // role markers of the chat template
    static constexpr int TemplateTokens = 32;  // begin/end of the template, generation prompt
    static constexpr int MinAnswerTokens = 16; // never clamp below this (the server then says why)

    // Conservative upper estimate of the prompt's tokens.
    static int estimatePromptTokens(const QList<ChatMessage> &messages);

    struct Result
    {
        int maxTokens = 0;
        bool clamped = false;
        std::optional<qint64> contextLength;
        int promptTokensEstimate = 0;
        // "max tokens clamped to N: context C" (translated); empty when not clamped.
        QString note() const;
    };
    // requested, or less when contextLength is known and prompt + requested would exceed it.
    static Result compute(int requested, std::optional<qint64> contextLength,
                          const QList<ChatMessage> &messages);
    // Applies compute() to request.maxTokens; returns the note (empty when unchanged).
    static QString applyTo(ChatRequest &request, std::optional<qint64> contextLength);
};
