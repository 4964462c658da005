#pragma once

#include <QList>
#include <QString>

// The reviewer prompts. Two built-in stances from the user's dgx-duo harness: "verify this code works"
// (which rubber-stamped > 90 % of bad code) and "review this code - you are empowered to fail it"
// (< 10 %). The user edits the stance; the verdict format instruction is fixed and appended by the
// engine so ReviewVerdictParser and the prompt always agree. Prompt texts go to a model: not translated.
struct ReviewerPrompt
{
    QString key; // verify | empowered | custom
    QString text;
};

class ReviewerPrompts final
{
public:
    static QList<ReviewerPrompt> builtIn(); // verify, empowered
    static ReviewerPrompt verify();
    static ReviewerPrompt empowered();
    static QString displayName(const QString &key); // translated
    // The fixed verdict format the reviewer is asked for (part of every review request).
    static QString verdictInstruction();
    // Marker at the start of a revision request (the simulated builder recognises it).
    static QString revisionLead();
};
