#include "models/pair/reviewverdictparser.h"

#include <QTest>

Q_DECLARE_METATYPE(ReviewVerdict)

class TstPairVerdictParser : public QObject
{
    Q_OBJECT
private slots:
    void verdicts_data();
    void verdicts();
    void issuesAfterTheVerdictLine();
    void issuesBeforeTheVerdictWhenNoneFollow();
};

void TstPairVerdictParser::verdicts_data()
{
    QTest::addColumn<QString>("answer");
    QTest::addColumn<ReviewVerdict>("verdict");
    QTest::newRow("approve") << QStringLiteral("Fine.\n\nVERDICT: APPROVE") << ReviewVerdict::Approve;
    QTest::newRow("reject") << QStringLiteral("VERDICT: REJECT\n1. wrong") << ReviewVerdict::Reject;
    QTest::newRow("lower case") << QStringLiteral("verdict: approved") << ReviewVerdict::Approve;
    QTest::newRow("bold") << QStringLiteral("**VERDICT: REJECT**\n1. x") << ReviewVerdict::Reject;
    QTest::newRow("bold label") << QStringLiteral("**Verdict:** APPROVE") << ReviewVerdict::Approve;
    QTest::newRow("heading") << QStringLiteral("## Verdict - Rejected") << ReviewVerdict::Reject;
    QTest::newRow("last wins") << QStringLiteral("VERDICT: APPROVE\nOn second thought:\nVERDICT: REJECT\n1. y")
                               << ReviewVerdict::Reject;
    QTest::newRow("no verdict") << QStringLiteral("Looks good to me!") << ReviewVerdict::Unparsable;
    QTest::newRow("empty") << QString() << ReviewVerdict::Unparsable;
    QTest::newRow("instructions echoed")
        << QStringLiteral("I must answer VERDICT: APPROVE or VERDICT: REJECT.\nThe code is fine.")
        << ReviewVerdict::Unparsable;
    QTest::newRow("inside code only")
        << QStringLiteral("```\nVERDICT: APPROVE\n```\nno decision") << ReviewVerdict::Unparsable;
    QTest::newRow("word without label") << QStringLiteral("I approve this code.") << ReviewVerdict::Unparsable;
    QTest::newRow("approval word in prose") << QStringLiteral("Verdict: I think it mostly works")
                                            << ReviewVerdict::Unparsable;
}

void TstPairVerdictParser::verdicts()
{
    QFETCH(QString, answer);
    QFETCH(ReviewVerdict, verdict);
    QCOMPARE(ReviewVerdictParser::parse(answer).verdict, verdict);
}

void TstPairVerdictParser::issuesAfterTheVerdictLine()
{
    const auto r = ReviewVerdictParser::parse(QStringLiteral(
        "Some notes:\n- style is fine\n\nVERDICT: REJECT\n1. `to_roman(0)` does not raise.\n2) subtractive "
        "forms missing\n\n```python\n1. not an issue\n```"));
    QCOMPARE(r.verdict, ReviewVerdict::Reject);
    QCOMPARE(r.issues, (QStringList{QStringLiteral("`to_roman(0)` does not raise."),
                                    QStringLiteral("subtractive forms missing")}));
    QCOMPARE(r.line, 3);
    QVERIFY(ReviewVerdictParser::parse(QStringLiteral("1. a\nVERDICT: APPROVE")).issues.isEmpty());
}

void TstPairVerdictParser::issuesBeforeTheVerdictWhenNoneFollow()
{
    const auto r = ReviewVerdictParser::parse(QStringLiteral("Issues:\n1. off by one\n2. no tests\n\nVERDICT: REJECT"));
    QCOMPARE(r.issues.size(), 2);
    QCOMPARE(r.issues.at(0), QStringLiteral("off by one"));
}

QTEST_GUILESS_MAIN(TstPairVerdictParser)
#include "tst_pairverdictparser.moc"
