#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// Finds fenced code blocks in a Markdown answer and decides which of them form the solution.
// Tolerates ``` and ~~~ fences, an info string ("```python title=x"), indentation before the fence and
// an unterminated last fence (cut-off answer).
//
// What counts as the solution (docs/suite-format.md, "What counts as the solution"): among the Python
// blocks (else the untagged ones, else all), the top-level definitions of the names the tests import
// (the last definition of each wins), the rest of the blocks holding them minus their usage statements
// (calls, prints, asserts, `if __name__ == "__main__":`, `>>>` transcripts, demo objects), plus every
// definition those need from other blocks (helpers, imports, constant tables), in answer order.
class CodeExtractor final
{
public:
    struct Block
    {
        QString language; // lower-cased first word of the info string, may be empty
        QString code;
        bool fragment = false; // every line indented deeper than the fence: a piece of a class or function
    };

    struct Solution
    {
        QString code;
        QString origin; // how the code was chosen, translated (shown in the check's detail)
    };

    static QList<Block> blocks(const QString &markdown);
    // The solution for tests that import `requiredNames` (empty: the last block that defines a function
    // or class, with what it needs). No fence: the whole answer.
    static Solution solution(const QString &markdown, const QStringList &languages,
                             const QStringList &requiredNames);
    // solution() without required names; kept for callers that only want "the code".
    static QString pick(const QString &markdown, const QStringList &languages);
    // True when the answer has at least one fence.
    static bool hasFence(const QString &markdown);
};
