#include "models/pair/pairmessages.h"

#include "models/pair/reviewerprompts.h"

ChatRequest PairMessages::base(const PairSide &side, const Task &task, std::optional<bool> thinking)
{
    ChatRequest req;
    req.node = side.node;
    req.thinking = thinking;
    const bool on = thinking.value_or(side.node.thinkingDefault);
    // Thinking ON needs room for reasoning plus the answer; 16384 still fits a 32K-context node with the
    // prompt (a request over the context is refused by vLLM with HTTP 400).
    req.maxTokens = on ? std::max(task.maxTokens, 16384) : std::max(task.maxTokens, 1024);
    req.temperature = task.temperature;
    req.seed = task.seed;
    req.deadlineMs = task.timeoutS * 1000 * (on ? 3 : 1);
    req.idleTimeoutMs = std::min(req.deadlineMs, 120000);
    return req;
}

ChatRequest PairMessages::build(const PairSide &builder, const Task &task)
{
    ChatRequest req = base(builder, task, builder.thinking ? builder.thinking : task.thinking);
    if (!task.system.isEmpty())
        req.messages.append({QStringLiteral("system"), task.system});
    req.messages.append({QStringLiteral("user"), task.turns.value(0)});
    return req;
}

QString PairMessages::reviewUserMessage(const Task &task, const QString &answer)
{
    return QStringLiteral("## Task\n\n%1\n\n## Code to review\n\n%2\n\n%3")
        .arg(task.turns.value(0), answer, ReviewerPrompts::verdictInstruction());
}

ChatRequest PairMessages::review(const PairSide &reviewer, const Task &task, const QString &reviewerPrompt,
                                 const QString &answer)
{
    ChatRequest req = base(reviewer, task, reviewer.thinking);
    if (!reviewerPrompt.trimmed().isEmpty())
        req.messages.append({QStringLiteral("system"), reviewerPrompt});
    req.messages.append({QStringLiteral("user"), reviewUserMessage(task, answer)});
    return req;
}

QString PairMessages::revisionMessage(const PairStep &review)
{
    QString text = ReviewerPrompts::revisionLead() + QLatin1Char('\n');
    if (review.issues.isEmpty()) {
        text += QStringLiteral("The review:\n\n") + review.text.trimmed() + QLatin1Char('\n');
    } else {
        text += QStringLiteral("Issues:\n");
        for (qsizetype i = 0; i < review.issues.size(); ++i)
            text += QStringLiteral("%1. %2\n").arg(i + 1).arg(review.issues.at(i));
    }
    text += QStringLiteral("\nFix every issue and answer with the complete corrected code in one code block.");
    return text;
}

ChatRequest PairMessages::revise(const PairSide &builder, const Task &task, const PairStep &previous,
                                 const PairStep &review)
{
    ChatRequest req = base(builder, task, builder.thinking ? builder.thinking : task.thinking);
    req.messages = previous.messages;
    req.messages.append({QStringLiteral("assistant"), previous.text});
    req.messages.append({QStringLiteral("user"), revisionMessage(review)});
    return req;
}
