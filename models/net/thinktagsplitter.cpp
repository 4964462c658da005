#include "models/net/thinktagsplitter.h"

namespace {
const QString kOpen = QStringLiteral("<think>");
const QString kClose = QStringLiteral("</think>");

// Length of the longest suffix of `text` that is a proper prefix of `tag`.
qsizetype partialTagSuffix(QStringView text, const QString &tag)
{
    const qsizetype maxLen = std::min(text.size(), tag.size() - 1);
    for (qsizetype len = maxLen; len > 0; --len) {
        if (text.right(len) == QStringView(tag).left(len))
            return len;
    }
    return 0;
}
} // namespace

void ThinkTagSplitter::setStartsInside(bool inside)
{
    m_inside = inside;
}

void ThinkTagSplitter::reset()
{
    *this = ThinkTagSplitter();
}

void ThinkTagSplitter::emitText(QList<Piece> &out, QStringView text, bool reasoning)
{
    if (text.isEmpty())
        return;
    if (!reasoning && !text.trimmed().isEmpty())
        m_answerStarted = true;
    if (!out.isEmpty() && out.last().reasoning == reasoning)
        out.last().text.append(text);
    else
        out.append(Piece{reasoning, text.toString()});
}

QList<ThinkTagSplitter::Piece> ThinkTagSplitter::feed(const QString &text)
{
    QList<Piece> out;
    QString buffer = std::exchange(m_held, QString()) + text;
    QStringView rest(buffer);
    while (!rest.isEmpty()) {
        if (m_inside) {
            const qsizetype close = rest.indexOf(kClose);
            if (close >= 0) {
                emitText(out, rest.left(close), true);
                rest = rest.mid(close + kClose.size());
                m_inside = false;
                continue;
            }
            const qsizetype keep = partialTagSuffix(rest, kClose);
            emitText(out, rest.left(rest.size() - keep), true);
            m_held = rest.right(keep).toString();
            break;
        }
        if (m_answerStarted) {
            emitText(out, rest, false);
            break;
        }
        const qsizetype open = rest.indexOf(kOpen);
        if (open >= 0 && rest.left(open).trimmed().isEmpty()) {
            emitText(out, rest.left(open), false);
            rest = rest.mid(open + kOpen.size());
            m_inside = true;
            continue;
        }
        if (open >= 0) {
            emitText(out, rest, false); // answer text before the tag: the tag is part of the answer
            break;
        }
        const qsizetype keep = partialTagSuffix(rest, kOpen);
        emitText(out, rest.left(rest.size() - keep), false);
        m_held = m_answerStarted ? QString() : rest.right(keep).toString();
        if (m_answerStarted && keep > 0)
            emitText(out, rest.right(keep), false);
        break;
    }
    return out;
}

QList<ThinkTagSplitter::Piece> ThinkTagSplitter::finish()
{
    QList<Piece> out;
    emitText(out, std::exchange(m_held, QString()), m_inside);
    return out;
}
