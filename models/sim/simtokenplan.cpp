#include "models/sim/simtokenplan.h"

#include "models/sim/simtokenizer.h"

#include <algorithm>
#include <random>

SimTokenPlan SimTokenPlan::build(const SimProfile &profile, const SimAnswer &answer, bool thinking,
                                 int maxTokens, quint64 seed)
{
    using Kind = SimChatJson::DeltaKind;
    struct Token
    {
        Kind kind;
        QString text;
    };
    QList<Token> tokens;
    const bool templateOpened = profile.reasoningStyle == SimReasoningStyle::TemplateOpenedThink;
    const bool inlineThink = templateOpened || (profile.dialect == Backend::Vllm &&
                                                profile.reasoningStyle == SimReasoningStyle::InlineThinkTags);
    const bool withReasoning = thinking && !answer.reasoning.isEmpty();
    if (withReasoning) {
        const Kind kind = inlineThink ? Kind::Content : Kind::Reasoning;
        if (inlineThink && !templateOpened) // a template-opened block starts in the prompt
            tokens << Token{kind, QStringLiteral("<think>")} << Token{kind, QStringLiteral("\n")};
        for (const QString &piece : SimTokenizer::split(answer.reasoning))
            tokens << Token{kind, piece};
        if (inlineThink)
            tokens << Token{kind, QStringLiteral("\n")} << Token{kind, QStringLiteral("</think>")}
                   << Token{kind, QStringLiteral("\n\n")};
    }
    const qsizetype reasoningEnd = tokens.size();
    for (const QString &piece : SimTokenizer::split(answer.content))
        tokens << Token{Kind::Content, piece};

    SimTokenPlan plan;
    plan.finishReason = QStringLiteral("stop");
    if (maxTokens >= 0 && tokens.size() > maxTokens) {
        tokens.resize(maxTokens);
        plan.finishReason = QStringLiteral("length");
    }
    plan.completionTokens = int(tokens.size());
    plan.reasoningTokens = int(qMin(reasoningEnd, tokens.size()));

    std::mt19937_64 rng(seed);
    const int maxPerChunk = qMax(1, profile.maxTokensPerChunk);
    std::uniform_int_distribution<int> chunkSize(1, maxPerChunk);
    qsizetype i = 0;
    while (i < tokens.size()) {
        // The prefill step yields exactly one token; later steps may carry accepted draft tokens.
        const int want = i == 0 ? 1 : chunkSize(rng);
        Chunk chunk{tokens[i].kind, QString(), 0, 0};
        while (i < tokens.size() && chunk.tokens < want && tokens[i].kind == chunk.kind) {
            chunk.text += tokens[i].text;
            ++chunk.tokens;
            ++i;
        }
        chunk.lastToken = int(i - 1);
        plan.chunks << chunk;
    }
    for (const Token &t : tokens)
        (t.kind == Kind::Reasoning ? plan.reasoning : plan.content) += t.text;
    return plan;
}

QString SimTokenPlan::runawayReasoning(int tokens, const QString &prompt)
{
    const bool korean = std::any_of(prompt.cbegin(), prompt.cend(),
                                    [](QChar c) { return c.unicode() >= 0xAC00 && c.unicode() <= 0xD7A3; });
    const QString loop =
        korean ? QStringLiteral("잠깐, 다시 확인해 봅시다. 앞의 단계가 맞는지 다시 계산해야 합니다. ")
               : QStringLiteral("Wait, let me re-check that. I should verify the previous step "
                                "again before answering. ");
    const int perLoop = qMax(1, SimTokenizer::count(loop));
    return loop.repeated(tokens / perLoop + 2);
}
