// The key sources of models/secrets: the in-memory SecretStore (what the node store's tests stand on)
// and the environment-variable source.
#include "models/secrets/apikeyenvironment.h"
#include "models/secrets/memorysecretstore.h"

#include <QTest>

class TestSecretStore : public QObject
{
    Q_OBJECT

private slots:
    void memoryStoreReadWriteRemove()
    {
        MemorySecretStore store;
        QVERIFY(store.availability().ok());
        QCOMPARE(store.read(QStringLiteral("n1")).status, SecretStore::Status::NotFound);
        QVERIFY(store.write(QStringLiteral("n1"), QStringLiteral("sk-1")).ok());
        QVERIFY(store.write(QStringLiteral("n2"), QStringLiteral("sk-2")).ok());
        const SecretStore::Result r = store.read(QStringLiteral("n1"));
        QVERIFY(r.ok());
        QCOMPARE(r.value, QStringLiteral("sk-1"));
        QVERIFY(store.write(QStringLiteral("n1"), QStringLiteral("sk-1b")).ok()); // overwrite
        QCOMPARE(store.read(QStringLiteral("n1")).value, QStringLiteral("sk-1b"));
        QVERIFY(store.remove(QStringLiteral("n1")).ok());
        QCOMPARE(store.remove(QStringLiteral("n1")).status, SecretStore::Status::NotFound);
        QCOMPARE(store.read(QStringLiteral("n1")).status, SecretStore::Status::NotFound);
        QCOMPARE(store.read(QStringLiteral("n2")).value, QStringLiteral("sk-2")); // keys are per node
    }

    void unavailableStoreSaysWhyAndKeepsNothing()
    {
        MemorySecretStore store;
        store.setUnavailable(QStringLiteral("no Secret Service on D-Bus"));
        const SecretStore::Result a = store.availability();
        QCOMPARE(a.status, SecretStore::Status::Unavailable);
        QCOMPARE(a.error, QStringLiteral("no Secret Service on D-Bus"));
        const SecretStore::Result w = store.write(QStringLiteral("n1"), QStringLiteral("sk-unkept"));
        QCOMPARE(w.status, SecretStore::Status::Unavailable);
        QVERIFY(!w.error.contains(QLatin1String("sk-unkept")));
        QVERIFY(store.contents().isEmpty());
        QCOMPARE(store.read(QStringLiteral("n1")).status, SecretStore::Status::Unavailable);
        QCOMPARE(store.remove(QStringLiteral("n1")).status, SecretStore::Status::Unavailable);
    }

    void failingStoreRefusesWrites()
    {
        MemorySecretStore store;
        store.setFailing(QStringLiteral("locked"));
        QVERIFY(store.availability().ok());
        const SecretStore::Result w = store.write(QStringLiteral("n1"), QStringLiteral("sk-x"));
        QCOMPARE(w.status, SecretStore::Status::Failed);
        QCOMPARE(w.error, QStringLiteral("locked"));
        QCOMPARE(store.writeCount(), 0);
    }

    void environmentVariableNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("usable");
        QTest::newRow("empty") << QString() << true;
        QTest::newRow("plain") << QStringLiteral("TOKSCOPE_KEY") << true;
        QTest::newRow("lower and digits") << QStringLiteral("_my_key2") << true;
        QTest::newRow("leading digit") << QStringLiteral("2KEY") << false;
        QTest::newRow("dollar") << QStringLiteral("$KEY") << false;
        QTest::newRow("space") << QStringLiteral("MY KEY") << false;
        QTest::newRow("a key pasted by mistake") << QStringLiteral("sk-abc-123") << false;
        QTest::newRow("equals") << QStringLiteral("KEY=1") << false;
    }
    void environmentVariableNames()
    {
        QFETCH(QString, name);
        QFETCH(bool, usable);
        const QString problem = ApiKeyEnvironment::nameProblem(name);
        QCOMPARE(problem.isEmpty(), usable);
        if (!usable)
            QVERIFY(problem.contains(QLatin1String("not an environment variable name")));
    }

    void environmentVariableValue()
    {
        const char *var = "TOKSCOPE_TEST_SECRETSTORE_KEY";
        qunsetenv(var);
        QVERIFY(!ApiKeyEnvironment::isSet(QString::fromLatin1(var)));
        QVERIFY(ApiKeyEnvironment::value(QString::fromLatin1(var)).isEmpty());
        qputenv(var, "sk-env-1");
        QVERIFY(ApiKeyEnvironment::isSet(QString::fromLatin1(var)));
        QCOMPARE(ApiKeyEnvironment::value(QString::fromLatin1(var)), QStringLiteral("sk-env-1"));
        QVERIFY(ApiKeyEnvironment::value(QString()).isEmpty());
        QVERIFY(ApiKeyEnvironment::value(QStringLiteral("sk-env-1")).isEmpty()); // not a name
        qunsetenv(var);
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
