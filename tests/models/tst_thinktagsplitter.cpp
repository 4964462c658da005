#include "models/net/thinktagsplitter.h"

#include <QTest>

class TestThinkTagSplitter : public QObject
{
    Q_OBJECT
private:
    struct Split
    {
        QString reasoning;
        QString content;
    };

    static void collect(const QList<ThinkTagSplitter::Piece> &pieces, Split &out)
    {
        for (const auto &p : pieces)
            (p.reasoning ? out.reasoning : out.content) += p.text;
    }

    static Split run(const QStringList &chunks, bool startsInside = false)
    {
        ThinkTagSplitter splitter;
        splitter.setStartsInside(startsInside);
        Split out;
        for (const QString &c : chunks) {
            const auto pieces = splitter.feed(c);
            if (splitter.takeAnswerReclassified()) { // what the caller took as answer was reasoning
                out.reasoning += out.content;
                out.content.clear();
            }
            collect(pieces, out);
        }
        collect(splitter.finish(), out);
        return out;
    }

private slots:
    void cases_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("reasoning");
        QTest::addColumn<QString>("content");
        QTest::newRow("no tags") << "Just an answer."
                                 << ""
                                 << "Just an answer.";
        QTest::newRow("block then answer") << "<think>plan</think>\n\nanswer"
                                           << "plan"
                                           << "\n\nanswer";
        QTest::newRow("whitespace before block") << "\n<think>plan</think>answer"
                                                 << "plan"
                                                 << "\nanswer";
        QTest::newRow("unclosed block") << "<think>still thinking"
                                        << "still thinking"
                                        << "";
        QTest::newRow("tag after answer text is text") << "Use <think> tags.</think>"
                                                       << ""
                                                       << "Use <think> tags.</think>";
        // Template-opened thinking (the prompt ended in <think>): a bare closing tag before any opening
        // tag makes everything before it reasoning.
        QTest::newRow("bare closing tag: template opened") << "a</think>b"
                                                           << "a"
                                                           << "b";
        QTest::newRow("template opened, long reasoning")
            << "Okay, the user wants hello.\nLet me think.\n</think>\n\nHello!"
            << "Okay, the user wants hello.\nLet me think.\n"
            << "\n\nHello!";
        QTest::newRow("closing tag after a block is text") << "<think>x</think>y</think>z"
                                                           << "x"
                                                           << "y</think>z";
        QTest::newRow("pair after answer text stays text") << "Use <think> and </think> tags."
                                                           << ""
                                                           << "Use <think> and </think> tags.";
        QTest::newRow("partial closing tag at end is text") << "answer </thi"
                                                            << ""
                                                            << "answer </thi";
        QTest::newRow("nested opening stays reasoning") << "<think><think>x</think>y"
                                                        << "<think>x"
                                                        << "y";
        QTest::newRow("partial tag at end is text") << "answer <thi"
                                                    << ""
                                                    << "answer <thi";
        QTest::newRow("only partial tag") << "<thi"
                                          << ""
                                          << "<thi";
        QTest::newRow("Korean") << "<think>생각 중</think>답: 안녕"
                                << "생각 중"
                                << "답: 안녕";
        QTest::newRow("empty block") << "<think></think>ok"
                                     << ""
                                     << "ok";
    }
    void cases()
    {
        QFETCH(QString, text);
        QFETCH(QString, reasoning);
        QFETCH(QString, content);
        // Whole, every 2-way split and one character at a time must agree.
        const Split whole = run({text});
        QCOMPARE(whole.reasoning, reasoning);
        QCOMPARE(whole.content, content);
        for (qsizetype i = 0; i <= text.size(); ++i) {
            const Split two = run({text.left(i), text.mid(i)});
            QCOMPARE(two.reasoning, reasoning);
            QCOMPARE(two.content, content);
        }
        QStringList chars;
        for (QChar c : text)
            chars.append(QString(c));
        const Split single = run(chars);
        QCOMPARE(single.reasoning, reasoning);
        QCOMPARE(single.content, content);
    }

    void heldBackUntilDecided()
    {
        ThinkTagSplitter splitter;
        QVERIFY(splitter.feed(QStringLiteral("<th")).isEmpty());
        QVERIFY(splitter.hasHeldBack());
        const auto pieces = splitter.feed(QStringLiteral("ink>why"));
        QCOMPARE(pieces.size(), 1);
        QVERIFY(pieces.first().reasoning);
        QCOMPARE(pieces.first().text, QStringLiteral("why"));
        QVERIFY(splitter.inside());
        const auto closing = splitter.feed(QStringLiteral("</"));
        QVERIFY(closing.isEmpty());
        const auto after = splitter.feed(QStringLiteral("think>ok"));
        QCOMPARE(after, (QList<ThinkTagSplitter::Piece>{{false, QStringLiteral("ok")}}));
    }

    void startsInsideForPromptOpenedBlocks()
    {
        const Split s = run({QStringLiteral("reasoning first"), QStringLiteral("</think>\n\nanswer")}, true);
        QCOMPARE(s.reasoning, QStringLiteral("reasoning first"));
        QCOMPARE(s.content, QStringLiteral("\n\nanswer"));
    }
};

QTEST_GUILESS_MAIN(TestThinkTagSplitter)
#include "tst_thinktagsplitter.moc"
