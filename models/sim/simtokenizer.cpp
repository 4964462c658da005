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

quint32 fnv1a(const QString &piece)
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
    const QList<CodePoint> cps = codePoints(text);
    QStringList out;
    qsizetype i = 0;
    const qsizetype n = cps.size();
    auto take = [&](qsizetype from, qsizetype to) {
        const qsizetype start = cps[from].pos;
        const qsizetype end = cps[to - 1].pos + cps[to - 1].len;
        out << text.mid(start, end - start);
    };
    while (i < n) {
        const CharClass cls = classify(cps[i].value);
        qsizetype j = i + 1;
        if (cls == CharClass::Space) {
            // A single space joins the following word; longer runs of spaces are their own tokens.
            if (cps[i].value == U' ' && j < n && classify(cps[j].value) != CharClass::Space &&
                classify(cps[j].value) != CharClass::Newline && classify(cps[j].value) != CharClass::Other) {
                const CharClass next = classify(cps[j].value);
                const qsizetype limit = next == CharClass::Alnum ? 4 : 2;
                qsizetype k = j;
                while (k < n && k - j < limit && classify(cps[k].value) == next)
                    ++k;
                j = k;
            } else {
                while (j < n && j - i < 4 && classify(cps[j].value) == CharClass::Space)
                    ++j;
            }
        } else if (cls == CharClass::Alnum) {
            while (j < n && j - i < 4 && classify(cps[j].value) == CharClass::Alnum)
                ++j;
        } else if (cls == CharClass::Wide) {
            while (j < n && j - i < 2 && classify(cps[j].value) == CharClass::Wide)
                ++j;
        }
        take(i, j);
        i = j;
    }
    return out;
}

int SimTokenizer::count(const QString &text)
{
    return int(split(text).size());
}

QList<quint32> SimTokenizer::promptTokens(const QList<SimRequest::Message> &messages, bool thinking)
{
    static const quint32 imStart = fnv1a(QStringLiteral("<|im_start|>"));
    static const quint32 imEnd = fnv1a(QStringLiteral("<|im_end|>"));
    static const quint32 newline = fnv1a(QStringLiteral("\n"));
    QList<quint32> out;
    auto append = [&out](const QString &text) {
        for (const QString &piece : split(text))
            out << fnv1a(piece);
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
