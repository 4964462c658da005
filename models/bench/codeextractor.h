#pragma once

#include <QList>
#include <QString>

// Finds fenced code blocks in a Markdown answer. Tolerates ``` and ~~~ fences, an info string
// ("```python title=x"), indentation before the fence and an unterminated last fence (cut-off answer).
class CodeExtractor final
{
public:
    struct Block
    {
        QString language; // lower-cased first word of the info string, may be empty
        QString code;
    };

    static QList<Block> blocks(const QString &markdown);
    // The code to run: the last block tagged with one of `languages`, else the largest fenced block,
    // else empty (then the caller may try the whole answer as code).
    static QString pick(const QString &markdown, const QStringList &languages);
    // True when the answer has at least one fence.
    static bool hasFence(const QString &markdown);
};
