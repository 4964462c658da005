#include "models/bench/verdict.h"

#include <QTest>

class TstVerdict : public QObject
{
    Q_OBJECT
private slots:
    void verdict_data();
    void verdict();
    void keysRoundTrip();
};

void TstVerdict::verdict_data()
{
    QTest::addColumn<int>("passing");
    QTest::addColumn<int>("total");
    QTest::addColumn<Verdict>("expected");
    QTest::newRow("3/3") << 3 << 3 << Verdict::Unanimous;
    QTest::newRow("1/1") << 1 << 1 << Verdict::Unanimous;
    QTest::newRow("2/3") << 2 << 3 << Verdict::Majority;
    QTest::newRow("3/4") << 3 << 4 << Verdict::Majority;
    QTest::newRow("2/4 is not more than half") << 2 << 4 << Verdict::Split;
    QTest::newRow("1/2") << 1 << 2 << Verdict::Split;
    QTest::newRow("1/3") << 1 << 3 << Verdict::Split;
    QTest::newRow("0/3") << 0 << 3 << Verdict::AllFail;
    QTest::newRow("0/1") << 0 << 1 << Verdict::AllFail;
    QTest::newRow("no nodes") << 0 << 0 << Verdict::AllFail;
}

void TstVerdict::verdict()
{
    QFETCH(int, passing);
    QFETCH(int, total);
    QFETCH(Verdict, expected);
    QCOMPARE(verdictFor(passing, total), expected);
}

void TstVerdict::keysRoundTrip()
{
    for (Verdict v : {Verdict::Unanimous, Verdict::Majority, Verdict::Split, Verdict::AllFail}) {
        QCOMPARE(verdictFromKey(verdictKey(v)), v);
        QVERIFY(!verdictDisplayName(v).isEmpty());
    }
    QCOMPARE(verdictKey(Verdict::AllFail), QStringLiteral("ALL_FAIL"));
    QVERIFY(!verdictFromKey(QStringLiteral("unanimous")));
}

QTEST_GUILESS_MAIN(TstVerdict)
#include "tst_verdict.moc"
