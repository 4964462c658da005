#include "models/node/nodeurlcheck.h"

#include <QTest>

class TestNodeUrlCheck : public QObject
{
    Q_OBJECT
private slots:
    void check_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("normalized");
        QTest::newRow("vllm") << "http://dgx1.local:30000" << true << "http://dgx1.local:30000";
        QTest::newRow("trailing slash") << "http://dgx1.local:30000/" << true << "http://dgx1.local:30000";
        QTest::newRow("https upper scheme")
            << "HTTPS://node.example:443" << true << "https://node.example:443";
        QTest::newRow("spaces") << "  http://127.0.0.1:8080  " << true << "http://127.0.0.1:8080";
        QTest::newRow("ipv6") << "http://[::1]:8080" << true << "http://[::1]:8080";
        QTest::newRow("empty") << "" << false << "";
        QTest::newRow("no scheme") << "dgx1.local:30000" << false << "";
        QTest::newRow("ftp") << "ftp://dgx1.local" << false << "";
        QTest::newRow("no host") << "http://:30000" << false << "";
        QTest::newRow("v1 path") << "http://dgx1.local:30000/v1" << false << "";
        QTest::newRow("query") << "http://dgx1.local:30000?x=1" << false << "";
        QTest::newRow("fragment") << "http://dgx1.local:30000#top" << false << "";
        QTest::newRow("credentials") << "http://user:pw@dgx1.local:30000" << false << "";
        QTest::newRow("bad port") << "http://dgx1.local:99999" << false << "";
        QTest::newRow("garbage") << "http://exa mple.com" << false << "";
    }
    void check()
    {
        QFETCH(QString, input);
        QFETCH(bool, valid);
        QFETCH(QString, normalized);
        const NodeUrlCheck result = NodeUrlCheck::check(input);
        QCOMPARE(result.isValid(), valid);
        if (valid)
            QCOMPARE(result.url.toString(), normalized);
        else
            QVERIFY(!result.error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestNodeUrlCheck)
#include "tst_nodeurlcheck.moc"
