#pragma once

#include "models/bench/check.h"

// `length`: code points, whitespace-separated words (a Korean eojeol is one word) and non-empty lines
// of the trimmed answer against optional minimums/maximums.
class LengthCheck final
{
public:
    static CheckResult evaluate(const Check &check, const QString &text);
    static int charCount(const QString &text);
    static int wordCount(const QString &text);
    static int lineCount(const QString &text);
};
