#pragma once

#include "models/bench/check.h"

// `length`: code points, whitespace-separated words (a Korean eojeol is one word) and non-empty lines
// of the trimmed answer against optional minimums/maximums. A preamble line ending in a colon
// ("Here's a one-sentence summary:") and a leading label ("**Summary:**", "요약:") are not counted.
class LengthCheck final
{
public:
    static CheckResult evaluate(const Check &check, const QString &text);
    static QString measuredText(const QString &text); // the text without preamble and label
    static int charCount(const QString &text);
    static int wordCount(const QString &text);
    static int lineCount(const QString &text);
};
