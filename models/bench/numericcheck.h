#pragma once

#include "models/bench/check.h"

#include <QList>
#include <optional>

// `numeric`: finds the answer's final number however it is written and compares it with a tolerance.
// Priority: the last \boxed{...}; else the first number after the last answer marker ("Answer:",
// "the answer is", "정답:", "답은", "= " is not a marker); else the last bold number (**42**); else the last
// number. Numbers: sign (also U+2212), thousands separators (comma, NBSP, thin space), decimals,
// exponents, fractions a/b and \frac{a}{b}; full-width digits via NFKC; units/particles after ("42개").
class NumericCheck final
{
public:
    static CheckResult evaluate(const Check &check, const QString &text);
    static std::optional<double> extractFinal(const QString &text);
    static QList<double> extractAll(const QString &text);
};
