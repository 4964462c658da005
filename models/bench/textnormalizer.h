#pragma once

#include <QString>

// Canonical form for text comparison: Unicode NFKC (full-width letters and digits, ligatures,
// compatibility jamo and conjoining Hangul jamo become ordinary characters/syllables), full case
// folding, zero-width characters removed, every run of Unicode whitespace collapsed to one space, trimmed.
// Korean text survives intact: NFKC composes jamo into syllables, case folding leaves Hangul alone.
class TextNormalizer final
{
public:
    static QString normalize(const QString &text);
    // normalize() plus stripping of Markdown emphasis/code marks, surrounding quotes and one trailing
    // sentence mark: what `exact` compares so "**Canberra.**" equals "canberra".
    static QString normalizeForExact(const QString &text);
    static QString collapseWhitespace(const QString &text);
};
