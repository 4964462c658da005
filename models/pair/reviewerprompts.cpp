#include "models/pair/reviewerprompts.h"

#include <QCoreApplication>

ReviewerPrompt ReviewerPrompts::verify()
{
    return {QStringLiteral("verify"), QStringLiteral("Verify this code works.")};
}

ReviewerPrompt ReviewerPrompts::empowered()
{
    return {QStringLiteral("empowered"),
            QStringLiteral("Review this code - you are empowered to fail it. Look for bugs, missing error "
                           "handling, unhandled edge cases and incomplete interfaces. Approve only code that "
                           "fully solves the task; reject anything you would not ship.")};
}

QList<ReviewerPrompt> ReviewerPrompts::builtIn()
{
    return {verify(), empowered()};
}

QString ReviewerPrompts::displayName(const QString &key)
{
    if (key == QLatin1String("verify"))
        return QCoreApplication::translate("ReviewerPrompts", "Verify this code works");
    if (key == QLatin1String("empowered"))
        return QCoreApplication::translate("ReviewerPrompts", "Review - empowered to fail it");
    return QCoreApplication::translate("ReviewerPrompts", "Custom prompt");
}

QString ReviewerPrompts::verdictInstruction()
{
    return QStringLiteral("End your answer with exactly one verdict line: `VERDICT: APPROVE` if the code is "
                          "correct and complete, or `VERDICT: REJECT` followed by the issues as a numbered "
                          "list (1. ..., 2. ...).");
}

QString ReviewerPrompts::revisionLead()
{
    return QStringLiteral("A reviewer rejected your code.");
}
