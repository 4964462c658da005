#pragma once

#include <QList>
#include <QString>

// Splits streamed `delta.content` into reasoning and answer when a model writes its thinking inline as
// `<think>...</think>` (no reasoning parser on the server). Tags may be cut anywhere across chunks
// (`<th` + `ink>`): a suffix that could still become a tag is held back until the next piece decides it.
// Only a `<think>` that comes before any visible answer text opens a reasoning block, so an answer that
// merely mentions the tag stays intact.
class ThinkTagSplitter final
{
public:
    struct Piece
    {
        bool reasoning = false;
        QString text;
        bool operator==(const Piece &) const = default;
    };

    // For templates that open the block in the prompt (the model starts inside <think>).
    void setStartsInside(bool inside);
    QList<Piece> feed(const QString &text);
    QList<Piece> finish(); // flushes held-back text as it stands
    bool inside() const { return m_inside; }
    bool hasHeldBack() const { return !m_held.isEmpty(); }
    void reset();

private:
    void emitText(QList<Piece> &out, QStringView text, bool reasoning);

    QString m_held;
    bool m_inside = false;
    bool m_answerStarted = false; // non-whitespace answer text seen: no more opening tags
};
