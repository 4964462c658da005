#include "models/bench/textnormalizer.h"

#include <QTest>

class TstTextNormalizer : public QObject
{
    Q_OBJECT
private slots:
    void normalize_data();
    void normalize();
    void exactForm_data();
    void exactForm();
};

void TstTextNormalizer::normalize_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("case fold") << QStringLiteral("CanBERRA") << QStringLiteral("canberra");
    QTest::newRow("sharp s folds to ss")
        << QStringLiteral("STRASSE Straße") << QStringLiteral("strasse strasse");
    QTest::newRow("whitespace runs") << QStringLiteral("  a \t\n b  ") << QStringLiteral("a b");
    QTest::newRow("ideographic space") << QStringLiteral("서울\u3000특별시") << QStringLiteral("서울 특별시");
    QTest::newRow("full-width latin and digits")
        << QStringLiteral("ＡＢＣ１２３") << QStringLiteral("abc123");
    QTest::newRow("ligature") << QStringLiteral("ﬁnal") << QStringLiteral("final");
    QTest::newRow("zero width removed")
        << QStringLiteral("Can\u200Bberra\uFEFF") << QStringLiteral("canberra");
    // Conjoining jamo (NFD Hangul, as some tokenizers emit) compose into syllables.
    QTest::newRow("korean NFD -> NFC")
        << QString::fromUtf8("\xe1\x84\x89\xe1\x85\xa5\xe1\x84\x8b\xe1\x85\xae\xe1\x86\xaf")
        << QStringLiteral("서울");
    QTest::newRow("korean unchanged")
        << QStringLiteral("대한민국의 수도는 서울입니다.") << QStringLiteral("대한민국의 수도는 서울입니다.");
    // Halfwidth and compatibility jamo both become the conjoining jamo, so they compare equal.
    QTest::newRow("halfwidth hangul jamo")
        << QStringLiteral("\uFFA1") << TextNormalizer::normalize(QStringLiteral("\u3131"));
    QTest::newRow("nbsp") << QStringLiteral("1\u00A0000") << QStringLiteral("1 000");
}

void TstTextNormalizer::normalize()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(TextNormalizer::normalize(input), expected);
    QCOMPARE(TextNormalizer::normalize(TextNormalizer::normalize(input)), expected); // idempotent
}

void TstTextNormalizer::exactForm_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("bold and period") << QStringLiteral("**Canberra.**") << QStringLiteral("canberra");
    QTest::newRow("quotes") << QStringLiteral("\"Canberra\"") << QStringLiteral("canberra");
    QTest::newRow("backticks") << QStringLiteral("`42`") << QStringLiteral("42");
    QTest::newRow("korean full stop") << QStringLiteral("서울。") << QStringLiteral("서울");
    QTest::newRow("inner punctuation kept") << QStringLiteral("St. Louis") << QStringLiteral("st. louis");
}

void TstTextNormalizer::exactForm()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(TextNormalizer::normalizeForExact(input), expected);
}

QTEST_GUILESS_MAIN(TstTextNormalizer)
#include "tst_textnormalizer.moc"
