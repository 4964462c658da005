#pragma once

#include "models/bench/check.h"

#include <QList>
#include <QPair>
#include <QString>

#include <optional>

// `numeric`: finds the answer's final number however it is written and compares it with a tolerance
// (docs/suite-format.md, "What counts as a number" and "Which number is the answer").
// Priority: the last \boxed{...}; else the first number after the last answer marker ("Answer:",
// "the answer is", "remainder is", "정답:", "답은"); else the last bold number (**42**); else the last
// number. Numbers in check lines ("Check: ... ✓"), parentheses, "would" sentences, ", since ..." tails and
// modulus notes (\pmod{7}, "(mod 7)") are context: they count only when nothing else holds a number.
// Numbers: sign (also U+2212), thousands separators (comma, LaTeX {,}, NBSP, thin space, a plain space
// between groups of three), decimals, exponents (3e5, 3 × 10^5, 3 \times 10^{5}, 10⁵), fractions a/b and
// \frac{a}{b}, Korean 만/억, full-width digits; units and particles after ("42개", "300 km/s").
// "N or M" with different values around the answer is a hedge and fails.
class NumericCheck final
{
public:
    struct Found
    {
        double value = 0;
        QString text;     // the number as written
        QString sentence; // where it was found
        bool hedged = false;
    };

    static CheckResult evaluate(const Check &check, const QString &text);
    static std::optional<double> extractFinal(const QString &text);
    static std::optional<Found> findFinal(const QString &text,
                                          const QList<QPair<QString, double>> &units = {});
    static QList<double> extractAll(const QString &text, const QList<QPair<QString, double>> &units = {});
};
