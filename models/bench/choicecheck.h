#pragma once

#include "models/bench/check.h"

#include <QStringList>
#include <optional>

// `choice`: reads which option a multiple-choice answer picked, in any usual format.
// Priority: \boxed{B}; the last explicit marker ("Answer: B", "The answer is (B)", "정답: B", "정답은
// B입니다"); an answer that is just the option ("B", "(B)", "**B**", "B.", "B) Paris"); a single emphasized
// option
// ("(B)", "**B**", "[B]", a line starting "B)" / "B."); a single stand-alone capital option letter
// (an article "A good ..." is not one); the one option text named (when option_texts are given).
// Several different candidates at the same level and no marker = no choice (never a guess).
class ChoiceCheck final
{
public:
    static CheckResult evaluate(const Check &check, const QString &text);
    static std::optional<QString> extract(const QString &text, const QStringList &options,
                                          const QList<QPair<QString, QString>> &optionTexts = {});
    // The option letters a check accepts: its `options`, else A..max(D, expected).
    static QStringList effectiveOptions(const Check &check);
};
