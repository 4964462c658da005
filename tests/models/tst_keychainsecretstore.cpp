// KeychainSecretStore (app/keychain) where no keychain service can be reached: it must say so in plain
// words, quickly and without a crash or hang, and never fall back to plain-text storage.
#include "app/keychain/keychainsecretstore.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestKeychainSecretStore : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_home;

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        // No session bus, no display, a runtime dir with no bus socket: the CI machine's situation, also
        // on a desktop where this test runs.
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        qunsetenv("DISPLAY");
        qunsetenv("WAYLAND_DISPLAY");
        qputenv("XDG_RUNTIME_DIR", m_home.path().toLocal8Bit());
        qputenv("HOME", m_home.path().toLocal8Bit());
        qputenv("XDG_CONFIG_HOME", QDir(m_home.path()).filePath(QStringLiteral("config")).toLocal8Bit());
        QStandardPaths::setTestModeEnabled(true);
    }

    void turnedOffByTheEnvironment()
    {
        qputenv("TOKSCOPE_KEYCHAIN", "off");
        KeychainSecretStore store(QStringLiteral("tokscope-test"));
        const SecretStore::Result a = store.availability();
        qunsetenv("TOKSCOPE_KEYCHAIN");
        QCOMPARE(a.status, SecretStore::Status::Unavailable);
        QVERIFY2(a.error.contains(QLatin1String("TOKSCOPE_KEYCHAIN=off")), qPrintable(a.error));
        QCOMPARE(store.write(QStringLiteral("n1"), QStringLiteral("sk-x")).status,
                 SecretStore::Status::Unavailable);
    }

    void noServiceIsReportedAsUnavailable()
    {
        KeychainSecretStore store(QStringLiteral("tokscope-test"), 20000);
        const SecretStore::Result a = store.availability();
        QCOMPARE(a.status, SecretStore::Status::Unavailable);
        QVERIFY2(a.error.contains(QLatin1String("keychain service")), qPrintable(a.error));
        const QString canary = QStringLiteral("sk-canary-keychain-test");
        const SecretStore::Result w = store.write(QStringLiteral("n1"), canary);
        QCOMPARE(w.status, SecretStore::Status::Unavailable);
        QVERIFY(!w.error.contains(canary));
        QCOMPARE(store.read(QStringLiteral("n1")).status, SecretStore::Status::Unavailable);
        QCOMPARE(store.remove(QStringLiteral("n1")).status, SecretStore::Status::Unavailable);
        // No plain-text fallback: nothing was written under the temporary HOME.
        const QStringList written =
            QDir(m_home.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
        for (const QString &name : written) {
            QFile f(QDir(m_home.path()).filePath(name));
            if (f.open(QIODevice::ReadOnly))
                QVERIFY2(!f.readAll().contains(canary.toUtf8()), qPrintable(name));
        }
    }
};

QTEST_GUILESS_MAIN(TestKeychainSecretStore)
#include "tst_keychainsecretstore.moc"
