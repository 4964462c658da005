#include "models/sim/simtokenizer.h"

namespace {

enum class CharClass
{
    Alnum,
    Space,
    Newline,
    Wide,
    Other
};

CharClass classify(char32_t c)
{
    if (c == U'\n')
        return CharClass::Newline;
    if (c == U' ' || c == U'\t' || c == U'\r')
        return CharClass::Space;
    if (c < 0x80)
        return (c >= U'0' && c <= U'9') || (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z') || c == U'_'
                   ? CharClass::Alnum
                   : CharClass::Other;
    return QChar::isLetterOrNumber(c) ? CharClass::Wide : CharClass::Other;
}

struct CodePoint
{
    char32_t value;
    qsizetype pos;
    qsizetype len;
};

QList<CodePoint> codePoints(const QString &text)
{
    QList<CodePoint> out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size();) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            out.append({QChar::surrogateToUcs4(c, text.at(i + 1)), i, 2});
            i += 2;
        } else {
            out.append({c.unicode(), i, 1});
            ++i;
        }
    }
    return out;
}

} // namespace

namespace {

// Calls piece(start, length) for each token of text, in order (UTF-16 offsets).
template <typename Piece> void forEachPiece(const QString &text, Piece &&piece)
{
    const QList<CodePoint> cps = codePoints(text);
    QList<CharClass> cls(cps.size());
    for (qsizetype k = 0; k < cps.size(); ++k)
        cls[k] = classify(cps[k].value);
    const qsizetype n = cps.size();
    qsizetype i = 0;
    while (i < n) {
        qsizetype j = i + 1;
        if (cls[i] == CharClass::Space) {
            // A single space joins the following word; longer runs of spaces are their own tokens.
            if (cps[i].value == U' ' && j < n && (cls[j] == CharClass::Alnum || cls[j] == CharClass::Wide)) {
                const CharClass next = cls[j];
                const qsizetype limit = next == CharClass::Alnum ? 4 : 2;
                while (j < n && j - (i + 1) < limit && cls[j] == next)
                    ++j;
            } else {
                while (j < n && j - i < 4 && cls[j] == CharClass::Space)
                    ++j;
            }
        } else if (cls[i] == CharClass::Alnum) {
            while (j < n && j - i < 4 && cls[j] == CharClass::Alnum)
                ++j;
        } else if (cls[i] == CharClass::Wide) {
            while (j < n && j - i < 2 && cls[j] == CharClass::Wide)
                ++j;
        }
        piece(cps[i].pos, cps[j - 1].pos + cps[j - 1].len - cps[i].pos);
        i = j;
    }
}

quint32 fnv1a(QStringView piece)
{
    quint32 h = 2166136261u;
    for (QChar c : piece) {
        h ^= c.unicode();
        h *= 16777619u;
    }
    return h;
}

} // namespace

QStringList SimTokenizer::split(const QString &text)
{
    QStringList out;
    forEachPiece(text, [&](qsizetype start, qsizetype length) { out << text.mid(start, length); });
    return out;
}

int SimTokenizer::count(const QString &text)
{
    int n = 0;
    forEachPiece(text, [&n](qsizetype, qsizetype) { ++n; });
    return n;
}

QList<quint32> SimTokenizer::promptTokens(const QList<SimRequest::Message> &messages, bool thinking)
{
    static const quint32 imStart = fnv1a(QStringLiteral("<|im_start|>"));
    static const quint32 imEnd = fnv1a(QStringLiteral("<|im_end|>"));
    static const quint32 newline = fnv1a(QStringLiteral("\n"));
    QList<quint32> out;
    auto append = [&out](const QString &text) {
        forEachPiece(text, [&](qsizetype start, qsizetype length) {
            out << fnv1a(QStringView(text).mid(start, length));
        });
    };
    for (const SimRequest::Message &m : messages) {
        out << imStart;
        append(m.role);
        out << newline;
        append(m.content);
        out << imEnd << newline;
    }
    out << imStart;
    append(QStringLiteral("assistant"));
    out << newline;
    if (!thinking) {
        out << fnv1a(QStringLiteral("<think>")) << newline << newline << fnv1a(QStringLiteral("</think>"))
            << newline << newline;
    }
    return out;
}
