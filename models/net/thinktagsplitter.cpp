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
    m_sawOpen = inside;
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
        const bool watchClose = watchingBareClose();
        if (!watchClose && m_answerStarted) {
            emitText(out, rest, false); // nothing can open or close any more
            break;
        }
        const qsizetype open = rest.indexOf(kOpen);
        if (watchClose) {
            const qsizetype close = rest.indexOf(kClose);
            if (close >= 0 && (open < 0 || close < open)) {
                // The template opened the block: all text so far was reasoning.
                for (Piece &p : out)
                    p.reasoning = true;
                emitText(out, rest.left(close), true);
                m_reclassified = true;
                m_closedBare = true;
                m_answerStarted = false;
                rest = rest.mid(close + kClose.size());
                continue;
            }
        }
        if (open >= 0 && !m_answerStarted && rest.left(open).trimmed().isEmpty()) {
            emitText(out, rest.left(open), false);
            rest = rest.mid(open + kOpen.size());
            m_inside = true;
            m_sawOpen = true;
            continue;
        }
        if (open >= 0) {
            emitText(out, rest, false); // answer text before the tag: the tag is part of the answer
            m_sawOpen = true;           // and a closing tag after it is part of the answer too
            break;
        }
        // Hold back a suffix that could still become a tag that matters.
        const qsizetype keep =
            std::max(watchClose ? partialTagSuffix(rest, kClose) : 0, partialTagSuffix(rest, kOpen));
        emitText(out, rest.left(rest.size() - keep), false);
        m_held = rest.right(keep).toString();
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
