#include "models/node/backend.h"
#include "models/node/nodeconfig.h"

#include <QTest>

class TestBackend : public QObject
{
    Q_OBJECT
private slots:
    void keysRoundTrip_data()
    {
        QTest::addColumn<int>("backend");
        QTest::addColumn<QString>("key");
        QTest::newRow("vllm") << int(Backend::Vllm) << QStringLiteral("vllm");
        QTest::newRow("llamacpp") << int(Backend::LlamaCpp) << QStringLiteral("llamacpp");
        QTest::newRow("openai") << int(Backend::OpenAi) << QStringLiteral("openai");
        QTest::newRow("unknown") << int(Backend::Unknown) << QStringLiteral("unknown");
    }
    void keysRoundTrip()
    {
        QFETCH(int, backend);
        QFETCH(QString, key);
        QCOMPARE(backendKey(Backend(backend)), key);
        QCOMPARE(int(backendFromKey(key)), backend);
    }
    void defaultLabUsesHostnamesNotAddresses()
    {
        const auto lab = NodeConfig::defaultLab();
        QCOMPARE(lab.size(), 3);
        QCOMPARE(lab[0].url.port(), 30000);
        QCOMPARE(lab[2].url.port(), 8080);
        QVERIFY(!lab[0].thinkingDefault);
        QVERIFY(lab[1].thinkingDefault);
        for (const NodeConfig &n : lab)
            QVERIFY2(n.url.host().endsWith(QLatin1String(".local")), qPrintable(n.url.host()));
    }
};

QTEST_GUILESS_MAIN(TestBackend)
#include "tst_backend.moc"
