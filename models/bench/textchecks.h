#pragma once

#include "models/bench/check.h"

// `exact` and `contains`: string comparison after TextNormalizer (unless the check disables it).
// Returns the outcome before `negate`; CheckRunner applies negation, name and weight.
class TextChecks final
{
public:
    static CheckResult exact(const Check &check, const QString &text);
    static CheckResult contains(const Check &check, const QString &text);
    // Substring search honouring word boundaries; a Hangul needle may be followed by a particle.
    static bool containsWord(const QString &haystack, const QString &needle);
};
