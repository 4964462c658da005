#pragma once

#include "models/bench/check.h"

#include <QString>
#include <QStringList>

// What AnswerCheck found: the sentence the answer commits to and the candidate it commits to.
struct AnswerReading
{
    enum class Kind
    {
        Committed, // one candidate affirmed
        Hedged, // the answer sentence affirms an accepted and a rival candidate with "or", "maybe", 또는...
        None    // no candidate affirmed (only negated, attributed or compared mentions, or none)
    };
    Kind kind = Kind::None;
    QString sentence;  // the answer sentence as read (Markdown stripped)
    QString candidate; // the value it commits to (as written in the check)
    bool accepted = false;
    QStringList rivals; // hedged: the other candidates of the sentence
};

// `answer`: finds the answer a text commits to (docs/suite-format.md, "What counts as the answer").
// Candidates are the accepted `values` and the rival `others`. A mention does not commit when it is
// negated ("not X", "X가 아니라"), attributed to others ("many think X", "X라고 생각하지만"), a comparison
// ("bigger than X", "X보다") or a reason ("X에 있으므로"). The answer sentence is the first sentence with a
// committed mention (one with a `topic` word first, when the check names topics; a later sentence that
// corrects itself, "actually ...", wins); in it the mention nearest a topic word, else the first, is the
// answer. Two candidates of which one is not accepted, with a hedge word ("or", "either", "maybe", 또는),
// fail.
class AnswerCheck final
{
public:
    static CheckResult evaluate(const Check &check, const QString &text);
    static AnswerReading read(const Check &check, const QString &text);
};
