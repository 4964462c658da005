#include "models/compare/maxtokensclamp.h"

#include <algorithm>
#include <limits>

int MaxTokensClamp::estimatePromptTokens(const QList<ChatMessage> &messages)
{
    qint64 tokens = TemplateTokens;
    for (const ChatMessage &m : messages)
        tokens += TokensPerMessage + (m.role.toUtf8().size() + m.content.toUtf8().size() + 1) / 2;
    return int(std::min<qint64>(tokens, std::numeric_limits<int>::max()));
}

MaxTokensClamp::Result MaxTokensClamp::compute(int requested, std::optional<qint64> contextLength,
                                               const QList<ChatMessage> &messages)
{
    Result r;
    r.maxTokens = requested;
    r.contextLength = contextLength;
    if (!contextLength || *contextLength <= 0)
        return r;
    r.promptTokensEstimate = estimatePromptTokens(messages);
    const qint64 room = *contextLength - r.promptTokensEstimate;
    if (requested <= room)
        return r;
    r.maxTokens = int(std::clamp<qint64>(room, std::min(MinAnswerTokens, requested), requested));
    r.clamped = r.maxTokens < requested;
    return r;
}

QString MaxTokensClamp::Result::note() const
{
    if (!clamped || !contextLength)
        return {};
    return MaxTokensClamp::tr("max tokens clamped to %1: context %2, prompt about %3 tokens")
        .arg(maxTokens)
        .arg(*contextLength)
        .arg(promptTokensEstimate);
}

QString MaxTokensClamp::applyTo(ChatRequest &request, std::optional<qint64> contextLength)
{
    const Result r = compute(request.maxTokens, contextLength, request.messages);
    request.maxTokens = r.maxTokens;
    return r.note();
}
