#include "models/bench/textnormalizer.h"

namespace {

bool isZeroWidth(char32_t c)
{
    return c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 || c == 0xFEFF || c == 0x00AD;
}

} // namespace

QString TextNormalizer::collapseWhitespace(const QString &text)
{
    QString out;
    out.reserve(text.size());
    bool pendingSpace = false;
    for (const QChar c : text) {
        if (c.isSpace()) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace)
            out += QLatin1Char(' ');
        pendingSpace = false;
        out += c;
    }
    return out;
}

QString TextNormalizer::normalize(const QString &text)
{
    QString nfkc = text.normalized(QString::NormalizationForm_KC);
    QString stripped;
    stripped.reserve(nfkc.size());
    for (const QChar c : nfkc)
        if (!isZeroWidth(c.unicode()))
            stripped += c;
    // Case folding can change length (ß -> ss) and, rarely, leave a non-NFKC result: renormalize.
    // QString folds case simply (one code unit each); full folding also maps ß and ẞ to "ss".
    QString folded = stripped.toCaseFolded();
    folded.replace(QChar(0x00DF), QStringLiteral("ss")).replace(QChar(0x1E9E), QStringLiteral("ss"));
    return collapseWhitespace(folded.normalized(QString::NormalizationForm_KC));
}

QString TextNormalizer::normalizeForExact(const QString &text)
{
    QString s = normalize(text);
    static const QString wrappers = QStringLiteral("*_`\"'\u201c\u201d\u2018\u2019\u300c\u300d");
    static const QString enders = QStringLiteral(".!\u3002");
    bool changed = true;
    while (changed && !s.isEmpty()) {
        changed = false;
        if (wrappers.contains(s.front())) {
            s.remove(0, 1);
            changed = true;
        }
        if (!s.isEmpty() && (wrappers.contains(s.back()) || enders.contains(s.back()))) {
            s.chop(1);
            changed = true;
        }
        s = s.trimmed();
    }
    return s;
}
