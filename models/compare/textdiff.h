#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// A small longest-common-subsequence diff over lines or words, enough to show how two answers of
// the same prompt differ. O(n*m) memory in the token counts: inputs beyond maxTokens per side are
// compared on their common prefix/suffix only and the middle is reported as one replaced block.
class TextDiff final
{
public:
    enum class Granularity
    {
        Lines,
        Words
    };
    enum class Op
    {
        Equal,
        Delete,
        Insert
    };
    struct Hunk
    {
        Op op;
        QStringList tokens;
        bool operator==(const Hunk &) const = default;
    };

    static constexpr int DefaultMaxTokens = 2000; // a 2000 x 2000 table of 16-bit lengths: 8 MB at most

    // maxTokens is capped at 65535 (the table holds 16-bit lengths).
    static QList<Hunk> diff(const QStringList &a, const QStringList &b, int maxTokens = DefaultMaxTokens);
    static QList<Hunk> diff(const QString &a, const QString &b, Granularity granularity);

    static QStringList splitLines(const QString &text);
    static QStringList splitWords(const QString &text);

    // Unified-style rendering: "  same", "- only in a", "+ only in b" (one line per line token);
    // equal runs longer than 2 * context lines are shortened to "  …".
    static QString renderLines(const QList<Hunk> &hunks, int context = 2);
    // Inline rendering for word diffs: "the [-old-]{+new+} word".
    static QString renderWords(const QList<Hunk> &hunks);
    // Lines when either text has several lines, words otherwise.
    static QString describe(const QString &a, const QString &b);
};
