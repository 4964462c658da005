#include "models/node/nodeconfigstore.h"
#include "models/secrets/memorysecretstore.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestNodeConfigStore : public QObject
{
    Q_OBJECT

private:
    // JSON written with single quotes (moc does not read raw strings holding "//").
    static QByteArray json(const char *text) { return QByteArray(text).replace('\'', '"'); }

    QTemporaryDir m_dir;
    QString file(const QString &name = QStringLiteral("nodes.json")) const { return m_dir.filePath(name); }

    static NodeConfig node(const QString &name, const QString &url)
    {
        NodeConfig n;
        n.id = NodeConfig::newId();
        n.name = name;
        n.url = QUrl(url);
        return n;
    }
    static QStringList names(const QList<NodeConfig> &nodes)
    {
        QStringList out;
        for (const NodeConfig &n : nodes)
            out.append(n.name);
        return out;
    }
    static QByteArray readAll(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    static void write(const QString &path, const QByteArray &bytes)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
    }

private slots:
    void init()
    {
        QFile::remove(file());
        QFile::remove(file(QStringLiteral("nodes.secrets.json")));
        QFile::remove(file(QStringLiteral("nodes.json.broken")));
    }

    void firstStartIsTheDefaultLab()
    {
        NodeConfigStore store(file());
        QVERIFY(store.load());
        QCOMPARE(store.nodes(), NodeConfig::defaultLab());
        QVERIFY(store.errorString().isEmpty());
        QVERIFY(!QFile::exists(file())); // nothing written until something changes
    }

    void editsPersistAcrossInstances()
    {
        {
            NodeConfigStore store(file());
            QVERIFY(store.load());
            QSignalSpy changed(&store, &NodeConfigStore::nodesChanged);
            QVERIFY(store.add(node(QStringLiteral("Lab box"), QStringLiteral("http://labbox.local:8080"))));
            QCOMPARE(changed.count(), 1);
            NodeConfig dgx2 = *store.find(QStringLiteral("dgx2"));
            dgx2.name = QStringLiteral("DGX2 renamed");
            dgx2.pollIntervalMs = 5000;
            dgx2.thinkingDefault = false;
            QVERIFY(store.update(dgx2));
            QVERIFY(store.remove(QStringLiteral("dgx1")));
            QVERIFY(store.move(2, 0)); // Lab box first
            QCOMPARE(changed.count(), 4);
        }
        NodeConfigStore reloaded(file());
        QVERIFY(reloaded.load());
        QCOMPARE(names(reloaded.nodes()),
                 (QStringList{QStringLiteral("Lab box"), QStringLiteral("DGX2 renamed"),
                              QStringLiteral("Desktop 5090")}));
        const NodeConfig dgx2 = *reloaded.find(QStringLiteral("dgx2"));
        QCOMPARE(dgx2.pollIntervalMs, 5000);
        QVERIFY(!dgx2.thinkingDefault);
        QCOMPARE(dgx2.backendHint, Backend::Vllm);
        QCOMPARE(dgx2.url, QUrl(QStringLiteral("http://dgx2.local:30000")));
    }

    void apiKeyNeverInTheNodeFileOrExport()
    {
        const QString secret = QStringLiteral("sk-very-secret-4711");
        MemorySecretStore keychain;
        {
            NodeConfigStore store(file());
            store.setSecretStore(&keychain);
            QVERIFY(store.load());
            NodeConfig n = node(QStringLiteral("Keyed"), QStringLiteral("https://keyed.local:443"));
            n.apiKey = secret;
            QVERIFY(store.add(n));
            QCOMPARE(keychain.contents().value(n.id), secret);
        }
        QVERIFY(!readAll(file()).contains(secret.toUtf8()));
        QVERIFY(readAll(file()).contains("\"has_api_key\": true"));
        QVERIFY(!QFile::exists(file(QStringLiteral("nodes.secrets.json")))); // no key file any more

        NodeConfigStore reloaded(file());
        reloaded.setSecretStore(&keychain);
        QVERIFY(reloaded.load());
        QCOMPARE(reloaded.nodes().last().apiKey, secret);
        QVERIFY(!NodeConfigStore::exportJson(reloaded.nodes()).contains(secret.toUtf8()));
        QVERIFY(reloaded.keyStorageNote().contains(QLatin1String("stored in memory")));

        // Clearing the key deletes it from the keychain; so does removing the node.
        NodeConfig cleared = reloaded.nodes().last();
        cleared.apiKey.clear();
        QVERIFY(reloaded.update(cleared));
        QVERIFY(keychain.contents().isEmpty());
        QVERIFY(readAll(file()).contains("\"has_api_key\": false"));
        cleared.apiKey = secret;
        QVERIFY(reloaded.update(cleared));
        QCOMPARE(keychain.contents().size(), 1);
        QVERIFY(reloaded.remove(cleared.id));
        QVERIFY(keychain.contents().isEmpty());
    }

    void handWrittenFileWithInlineKey()
    {
        write(
            file(),
            json(
                "{'nodes':[{'name':'gw','url':'http://gw.local:8000/','api_key':'k1','backend':'openai'}]}"));
        MemorySecretStore keychain;
        NodeConfigStore store(file());
        store.setSecretStore(&keychain);
        QVERIFY(store.load());
        QCOMPARE(store.nodes().size(), 1);
        const NodeConfig n = store.nodes().first();
        QCOMPARE(n.apiKey, QStringLiteral("k1"));
        QCOMPARE(n.backendHint, Backend::OpenAi);
        QCOMPARE(n.url, QUrl(QStringLiteral("http://gw.local:8000"))); // trailing slash normalized
        QVERIFY(!n.id.isEmpty());
        QVERIFY(store.save());
        QVERIFY(!readAll(file()).contains("k1")); // moved to the keychain on save
        QCOMPARE(keychain.contents().value(n.id), QStringLiteral("k1"));
    }

    void keychainUnavailableKeepsTypedKeysForTheSessionOnly()
    {
        const QString secret = QStringLiteral("sk-session-only-1");
        MemorySecretStore keychain;
        keychain.setUnavailable(QStringLiteral("no Secret Service on D-Bus"));
        NodeConfigStore store(file());
        store.setSecretStore(&keychain);
        QVERIFY(store.load());
        NodeConfig n = node(QStringLiteral("Keyed"), QStringLiteral("https://keyed.local:443"));
        n.apiKey = secret;
        QVERIFY(store.add(n));                         // saving the node list still works
        QCOMPARE(store.nodes().last().apiKey, secret); // usable in this session
        const QString note = store.keyStorageNote();
        QVERIFY2(note.contains(QLatin1String("Keychain unavailable (no Secret Service on D-Bus)")),
                 qPrintable(note));
        QVERIFY(note.contains(QLatin1String("environment variable")));
        QVERIFY(!note.contains(secret));
        // Nothing on disk holds the key, and no key file appeared.
        QVERIFY(!readAll(file()).contains(secret.toUtf8()));
        QVERIFY(readAll(file()).contains("\"has_api_key\": false"));
        QVERIFY(!QFile::exists(file(QStringLiteral("nodes.secrets.json"))));
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("nodes.json")});

        // No SecretStore at all behaves the same.
        NodeConfigStore bare(file());
        QVERIFY(bare.load());
        QVERIFY(bare.nodes().last().apiKey.isEmpty());
        QVERIFY(bare.keyStorageNote().startsWith(QLatin1String("Keychain unavailable")));
    }

    void keychainKeyThatCannotBeReadIsNotForgotten()
    {
        MemorySecretStore keychain;
        QString id;
        {
            NodeConfigStore store(file());
            store.setSecretStore(&keychain);
            QVERIFY(store.load());
            NodeConfig n = node(QStringLiteral("Cloud"), QStringLiteral("https://cloud.local:443"));
            n.apiKey = QStringLiteral("sk-in-keychain");
            id = n.id;
            QVERIFY(store.add(n));
        }
        keychain.setUnavailable(QStringLiteral("no Secret Service on D-Bus"));
        {
            NodeConfigStore store(file());
            store.setSecretStore(&keychain);
            QVERIFY(store.load());
            QVERIFY(store.find(id)->apiKey.isEmpty());
            QCOMPARE(store.keyNotes().size(), 1);
            QVERIFY2(store.keyNotes().first().contains(
                         QLatin1String("Cloud: its API key is in the system keychain, "
                                       "which is not available")),
                     qPrintable(store.keyNotes().first()));
            QVERIFY(store.save()); // a save while unavailable keeps "has_api_key" for the next start
        }
        keychain.setUnavailable({});
        NodeConfigStore store(file());
        store.setSecretStore(&keychain);
        QVERIFY(store.load());
        QCOMPARE(store.find(id)->apiKey, QStringLiteral("sk-in-keychain"));
        QVERIFY(store.keyNotes().isEmpty());
    }

    void environmentVariableIsUsedWhenNoKeyIsStored()
    {
        const QByteArray var = "TOKSCOPE_TEST_NODECONFIGSTORE_KEY";
        const QString secret = QStringLiteral("sk-from-env-99");
        qputenv(var.constData(), secret.toUtf8());
        MemorySecretStore keychain;
        QString id;
        {
            NodeConfigStore store(file());
            store.setSecretStore(&keychain);
            QVERIFY(store.load());
            NodeConfig n = node(QStringLiteral("Env"), QStringLiteral("https://env.local:443"));
            n.apiKeyEnv = QString::fromLatin1(var);
            n.apiKey = secret;
            n.apiKeyFromEnv = true;
            id = n.id;
            QVERIFY(store.add(n));
        }
        QVERIFY(keychain.contents().isEmpty()); // a key from the environment is never stored
        QVERIFY(readAll(file()).contains(QByteArray("\"api_key_env\": \"" + var + "\"")));
        QVERIFY(!readAll(file()).contains(secret.toUtf8()));
        {
            NodeConfigStore store(file());
            store.setSecretStore(&keychain);
            QVERIFY(store.load());
            QCOMPARE(store.find(id)->apiKey, secret);
            QVERIFY(store.find(id)->apiKeyFromEnv);
            QVERIFY(store.keyNotes().isEmpty());
            // A key stored for the node wins over the variable.
            NodeConfig n = *store.find(id);
            n.apiKey = QStringLiteral("sk-typed");
            n.apiKeyFromEnv = false;
            QVERIFY(store.update(n));
        }
        {
            NodeConfigStore store(file());
            store.setSecretStore(&keychain);
            QVERIFY(store.load());
            QCOMPARE(store.find(id)->apiKey, QStringLiteral("sk-typed"));
            QVERIFY(!store.find(id)->apiKeyFromEnv);
            NodeConfig n = *store.find(id);
            n.apiKey.clear();
            QVERIFY(store.update(n));
        }
        qunsetenv(var.constData());
        NodeConfigStore store(file());
        store.setSecretStore(&keychain);
        QVERIFY(store.load());
        QVERIFY(store.find(id)->apiKey.isEmpty());
        QCOMPARE(
            store.keyNotes(),
            QStringList{QStringLiteral("Env: the environment variable %1 named for its API key is not set")
                            .arg(QString::fromLatin1(var))});
    }

    void earlierSecretsFileMovesIntoTheKeychain()
    {
        const QString secretsFile = file(QStringLiteral("nodes.secrets.json"));
        write(file(), json("{'nodes':[{'id':'a1','name':'A','url':'http://a.local:8000','has_api_key':true},"
                           "{'id':'b2','name':'B','url':'http://b.local:8000'}]}"));
        write(secretsFile, json("{'version':1,'api_keys':{'a1':'sk-old-a','gone':'sk-old-gone'}}"));
        MemorySecretStore keychain;
        NodeConfigStore store(file());
        store.setSecretStore(&keychain);
        QVERIFY(store.load());
        QCOMPARE(store.find(QStringLiteral("a1"))->apiKey, QStringLiteral("sk-old-a"));
        QCOMPARE(keychain.contents(),
                 (QHash<QString, QString>{{QStringLiteral("a1"), QStringLiteral("sk-old-a")}}));
        QVERIFY(!QFile::exists(secretsFile));
        QCOMPARE(store.keyNotes().size(), 1);
        QVERIFY(store.keyNotes().first().startsWith(QLatin1String("API keys were moved from")));
    }

    void earlierSecretsFileIsStillReadWithoutAKeychain()
    {
        const QString secretsFile = file(QStringLiteral("nodes.secrets.json"));
        write(file(), json("{'nodes':[{'id':'a1','name':'A','url':'http://a.local:8000','has_api_key':true},"
                           "{'id':'b2','name':'B','url':'http://b.local:8000','has_api_key':true}]}"));
        write(secretsFile, json("{'version':1,'api_keys':{'a1':'sk-old-a','b2':'sk-old-b'}}"));
        MemorySecretStore keychain;
        keychain.setUnavailable(QStringLiteral("no Secret Service on D-Bus"));
        NodeConfigStore store(file());
        store.setSecretStore(&keychain);
        QVERIFY(store.load());
        QCOMPARE(store.find(QStringLiteral("a1"))->apiKey, QStringLiteral("sk-old-a"));
        QVERIFY(QFile::exists(secretsFile));
        QCOMPARE(store.keyNotes().size(), 1);
        QVERIFY(store.keyNotes().first().startsWith(QLatin1String("API keys are read from")));
        QVERIFY(store.keyStorageNote().contains(QLatin1String("earlier version")));
        // The file only shrinks: a cleared key leaves it, the last one removes it.
        NodeConfig a = *store.find(QStringLiteral("a1"));
        a.apiKey.clear();
        QVERIFY(store.update(a));
        QVERIFY(!readAll(secretsFile).contains("sk-old-a"));
        QVERIFY(readAll(secretsFile).contains("sk-old-b"));
        QVERIFY(store.remove(QStringLiteral("b2")));
        QVERIFY(!QFile::exists(secretsFile));
    }

    void keychainThatRefusesAWriteFailsTheSaveWithoutTheKey()
    {
        MemorySecretStore keychain;
        keychain.setFailing(QStringLiteral("the keychain is locked"));
        NodeConfigStore store(file());
        store.setSecretStore(&keychain);
        QVERIFY(store.load());
        NodeConfig n = node(QStringLiteral("Locked"), QStringLiteral("https://locked.local:443"));
        n.apiKey = QStringLiteral("sk-locked-77");
        QVERIFY(!store.add(n));
        QVERIFY2(
            store.errorString().contains(QLatin1String("Locked: the API key could not be saved in memory: "
                                                       "the keychain is locked")),
            qPrintable(store.errorString()));
        QVERIFY(!store.errorString().contains(QLatin1String("sk-locked-77")));
        QVERIFY(QFile::exists(file())); // the node list itself was saved
    }

    void badEntriesAreSkippedWithAWarning_data()
    {
        QTest::addColumn<QByteArray>("entry");
        QTest::newRow("ftp scheme") << json("{'name':'x','url':'ftp://x.local'}");
        QTest::newRow("no url") << json("{'name':'x'}");
        QTest::newRow("path") << json("{'name':'x','url':'http://x.local:8080/v1'}");
        QTest::newRow("not an object") << json("'http://x.local'");
        QTest::newRow("credentials in url") << json("{'url':'http://me:pw@x.local'}");
    }
    void badEntriesAreSkippedWithAWarning()
    {
        QFETCH(QByteArray, entry);
        write(file(), "{\"nodes\":[" + entry + json(",{'id':'ok','name':'ok','url':'http://ok.local:1'}]}"));
        NodeConfigStore store(file());
        QVERIFY(store.load());
        QCOMPARE(names(store.nodes()), QStringList{QStringLiteral("ok")});
        QCOMPARE(store.warnings().size(), 1);
        QVERIFY2(store.warnings().first().contains(QLatin1String("node 1")),
                 qPrintable(store.warnings().first()));
    }

    void duplicateIdsAreReplaced()
    {
        write(file(), json("[{'id':'a','name':'one','url':'http://"
                           "one.local'},{'id':'a','name':'two','url':'http://two.local'}]"));
        NodeConfigStore store(file());
        QVERIFY(store.load());
        QCOMPARE(store.nodes().size(), 2);
        QVERIFY(store.nodes()[0].id != store.nodes()[1].id);
        QCOMPARE(store.warnings().size(), 1);
    }

    void brokenFileIsKeptNotOverwritten_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("garbage") << QByteArray("this is not json");
        QTest::newRow("truncated") << json("{'nodes':[{'name':'x'");
        QTest::newRow("wrong shape") << json("{'hosts':[]}");
    }
    void brokenFileIsKeptNotOverwritten()
    {
        QFETCH(QByteArray, bytes);
        write(file(), bytes);
        NodeConfigStore store(file());
        QVERIFY(!store.load());
        QVERIFY(store.errorString().contains(QLatin1String("nodes.json")));
        QCOMPARE(store.nodes(), NodeConfig::defaultLab());
        QVERIFY(store.save());
        QCOMPARE(readAll(file(QStringLiteral("nodes.json.broken"))), bytes);
        NodeConfigStore reloaded(file());
        QVERIFY(reloaded.load());
    }

    void invalidEditsAreRefused()
    {
        NodeConfigStore store(file());
        QVERIFY(store.load());
        QSignalSpy changed(&store, &NodeConfigStore::nodesChanged);
        QVERIFY(!store.update(node(QStringLiteral("ghost"), QStringLiteral("http://ghost.local"))));
        QVERIFY(!store.remove(QStringLiteral("nope")));
        QVERIFY(!store.move(0, 3));
        QVERIFY(!store.move(-1, 0));
        QVERIFY(!store.add(node(QStringLiteral("bad"), QStringLiteral("ftp://bad.local"))));
        QVERIFY(store.errorString().contains(QLatin1String("ftp://bad.local")));
        QVERIFY(!store.errorString().isEmpty());
        QCOMPARE(changed.count(), 0);
        QCOMPARE(store.nodes(), NodeConfig::defaultLab());
    }

    void addKeepsIdsUnique()
    {
        NodeConfigStore store(file());
        QVERIFY(store.load());
        NodeConfig clash = node(QStringLiteral("clash"), QStringLiteral("http://clash.local:1"));
        clash.id = QStringLiteral("dgx1");
        QVERIFY(store.add(clash));
        QCOMPARE(store.nodes().size(), 4);
        QVERIFY(store.nodes().last().id != QLatin1String("dgx1"));
        QCOMPARE(store.find(QStringLiteral("dgx1"))->name, QStringLiteral("DGX1"));
    }
};

QTEST_GUILESS_MAIN(TestNodeConfigStore)
#include "tst_nodeconfigstore.moc"
