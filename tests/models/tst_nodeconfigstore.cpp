#include "models/node/nodeconfigstore.h"

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
        {
            NodeConfigStore store(file());
            QVERIFY(store.load());
            NodeConfig n = node(QStringLiteral("Keyed"), QStringLiteral("https://keyed.local:443"));
            n.apiKey = secret;
            QVERIFY(store.add(n));
        }
        QVERIFY(!readAll(file()).contains(secret.toUtf8()));
        QVERIFY(readAll(file()).contains("\"has_api_key\": true"));
        const QString secrets = file(QStringLiteral("nodes.secrets.json"));
        QVERIFY(readAll(secrets).contains(secret.toUtf8()));
        QCOMPARE(QFile::permissions(secrets) & (QFile::ReadGroup | QFile::ReadOther),
                 QFileDevice::Permissions());

        NodeConfigStore reloaded(file());
        QVERIFY(reloaded.load());
        QCOMPARE(reloaded.nodes().last().apiKey, secret);
        QVERIFY(!NodeConfigStore::exportJson(reloaded.nodes()).contains(secret.toUtf8()));

        // Removing the only keyed node removes the secrets file.
        QVERIFY(reloaded.remove(reloaded.nodes().last().id));
        QVERIFY(!QFile::exists(secrets));
    }

    void handWrittenFileWithInlineKey()
    {
        write(
            file(),
            json(
                "{'nodes':[{'name':'gw','url':'http://gw.local:8000/','api_key':'k1','backend':'openai'}]}"));
        NodeConfigStore store(file());
        QVERIFY(store.load());
        QCOMPARE(store.nodes().size(), 1);
        const NodeConfig n = store.nodes().first();
        QCOMPARE(n.apiKey, QStringLiteral("k1"));
        QCOMPARE(n.backendHint, Backend::OpenAi);
        QCOMPARE(n.url, QUrl(QStringLiteral("http://gw.local:8000"))); // trailing slash normalized
        QVERIFY(!n.id.isEmpty());
        QVERIFY(store.save());
        QVERIFY(!readAll(file()).contains("k1")); // moved to the secrets file on save
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
