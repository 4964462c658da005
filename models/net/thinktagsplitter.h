#pragma once

#include <QList>
#include <QString>

// Splits streamed `delta.content` into reasoning and answer when a model writes its thinking inline as
// `<think>...</think>` (no reasoning parser on the server). Tags may be cut anywhere across chunks
// (`<th` + `ink>`): a suffix that could still become a tag is held back until the next piece decides it.
// Only a `<think>` that comes before any visible answer text opens a reasoning block, so an answer that
// merely mentions the tag stays intact.
// Template-opened thinking (QwQ, R1 distills, Qwen thinking templates served without a reasoning
// parser): the prompt already ends in `<think>`, so the stream is reasoning up to a bare `</think>`.
// A closing tag before any opening tag therefore turns everything before it into reasoning: the text
// of the current piece directly, and the answer text of earlier pieces through takeAnswerReclassified(),
// which the caller must honour (move what it already took as answer to reasoning).
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
    // True once after the feed() that met a bare `</think>`: the answer text emitted by earlier feeds
    // was reasoning. The pieces of that feed itself are already split correctly.
    bool takeAnswerReclassified() { return std::exchange(m_reclassified, false); }
    // A bare `</think>` was met in this stream (the template opened the block).
    bool closedBare() const { return m_closedBare; }
    void reset();

private:
    void emitText(QList<Piece> &out, QStringView text, bool reasoning);
    bool watchingBareClose() const { return !m_sawOpen && !m_closedBare; }

    QString m_held;
    bool m_inside = false;
    bool m_answerStarted = false; // non-whitespace answer text seen: no more opening tags
    bool m_sawOpen = false;       // an opening tag (or startsInside) decided the block structure
    bool m_closedBare = false;    // a closing tag came before any opening tag
    bool m_reclassified = false;
};
