#pragma once

#include "models/bench/check.h"

#include <QRegularExpression>

// `regex`: QRegularExpression (PCRE2) over the raw text, or the normalized text when asked.
class RegexCheck final
{
public:
    // Builds the expression from pattern + flags (i s m x); an invalid one has isValid() == false.
    static QRegularExpression compile(const QString &pattern, const QString &flags);
    static CheckResult evaluate(const Check &check, const QString &text);
};
