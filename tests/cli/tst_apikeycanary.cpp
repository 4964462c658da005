// The canary test: a random API key is set on simulated nodes that require it, then everything that can
// write a file runs (node settings save, app settings, probe, a compare run with its history row and its
// JSON/CSV/Markdown exports, tokscope-cli probe/compare/bench with the key from an environment variable,
// bench history in SQLite, history exports) with every log line captured. Afterwards EVERY file under
// the temporary HOME/XDG folders is read, and the canary must not appear in any of them (as UTF-8,
// UTF-16 or base64), nor in any captured log line or CLI output. A node that answers 401 must not echo
// the key in its error either.
#include "models/compare/compareexporter.h"
#include "models/compare/comparerunner.h"
#include "models/history/comparehistorystore.h"
#include "models/history/historydatabase.h"
#include "models/net/nodeprobe.h"
#include "models/node/nodeconfigstore.h"
#include "models/secrets/memorysecretstore.h"
#include "models/settings/appsettings.h"
#include "models/sim/simulatednode.h"
#include "tests/support/benchsimfixture.h"

#include <QDir>
#include <QDirIterator>
#include <QMutex>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

namespace {

QMutex logMutex;
QStringList capturedLog;
QtMessageHandler previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&logMutex);
        capturedLog << message;
    }
    if (previousHandler)
        previousHandler(type, context, message);
}

constexpr char KeyVariable[] = "TOKSCOPE_CANARY_KEY";

} // namespace

class TestApiKeyCanary : public QObject
{
    Q_OBJECT

    BenchSimFixture m_fixture;
    QString m_canary;
    QString m_otherKey;
    QString m_home;
    QString m_nodesFile;
    SimulatedNode *m_a = nullptr;
    SimulatedNode *m_b = nullptr;
    SimulatedNode *m_guarded = nullptr; // requires another key: the canary gets a 401 there
    QList<NodeConfig> m_configs;
    QStringList m_cliOutputs; // file names of saved CLI stdout/stderr

    QProcessEnvironment cliEnv(bool withKey = true) const
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("HOME"), m_home);
        env.insert(QStringLiteral("XDG_CACHE_HOME"), m_fixture.tempPath(QStringLiteral("xdg-cache")));
        env.insert(QStringLiteral("XDG_STATE_HOME"), m_fixture.tempPath(QStringLiteral("xdg-state")));
        env.insert(QStringLiteral("TOKSCOPE_KEYCHAIN"), QStringLiteral("off")); // as on CI, also on a desktop
        if (withKey)
            env.insert(QString::fromLatin1(KeyVariable), m_canary);
        return env;
    }

    // Runs tokscope-cli, keeps its output as "logs" under HOME (so the final scan reads them too).
    BenchSimFixture::Result cli(const QString &label, const QStringList &args)
    {
        const BenchSimFixture::Result r = m_fixture.runCli(args, 180000, cliEnv());
        QDir(m_home).mkpath(QStringLiteral("logs"));
        for (const auto &[suffix, bytes] :
             {std::pair{QStringLiteral("out"), r.out}, {QStringLiteral("err"), r.err}}) {
            QFile f(QDir(m_home).filePath(QStringLiteral("logs/cli-%1.%2").arg(label, suffix)));
            if (f.open(QIODevice::WriteOnly))
                f.write(bytes);
            m_cliOutputs << f.fileName();
        }
        return r;
    }

    // Every spelling of the canary a file could hold.
    QList<QByteArray> needles() const
    {
        const QByteArray utf8 = m_canary.toUtf8();
        QByteArray utf16(reinterpret_cast<const char *>(m_canary.utf16()), m_canary.size() * 2);
        return {utf8, utf16, utf8.toBase64(), utf8.toPercentEncoding()};
    }

    bool containsCanary(const QByteArray &bytes) const
    {
        for (const QByteArray &n : needles())
            if (bytes.contains(n))
                return true;
        return false;
    }

private slots:
    void initTestCase()
    {
        previousHandler = qInstallMessageHandler(captureMessage);
        m_canary = QStringLiteral("sk-canary-%1")
                       .arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0'));
        m_otherKey = QStringLiteral("sk-other-%1")
                         .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
        // One temporary root holds HOME and every XDG folder, of this process and of the CLI children.
        m_home = m_fixture.tempPath(QStringLiteral("home"));
        for (const char *dir : {"home", "xdg-cache", "xdg-state", "xdg-data", "xdg-config"})
            QVERIFY(QDir().mkpath(m_fixture.tempPath(QString::fromLatin1(dir))));
        qputenv("HOME", m_home.toLocal8Bit());
        qputenv("XDG_CONFIG_HOME", m_fixture.tempPath(QStringLiteral("xdg-config")).toLocal8Bit());
        qputenv("XDG_DATA_HOME", m_fixture.tempPath(QStringLiteral("xdg-data")).toLocal8Bit());
        qputenv("XDG_CACHE_HOME", m_fixture.tempPath(QStringLiteral("xdg-cache")).toLocal8Bit());
        qputenv("XDG_STATE_HOME", m_fixture.tempPath(QStringLiteral("xdg-state")).toLocal8Bit());
        QCoreApplication::setOrganizationName(QStringLiteral("tokscope"));
        QCoreApplication::setApplicationName(QStringLiteral("tokscope"));

        m_a = m_fixture.addNode(2);
        m_b = m_fixture.addNode(2);
        m_guarded = m_fixture.addNode(2);
        m_a->setApiKey(m_canary);
        m_b->setApiKey(m_canary);
        m_guarded->setApiKey(m_otherKey);
        const QStringList names{QStringLiteral("Alpha"), QStringLiteral("Beta"), QStringLiteral("Guarded")};
        for (int i = 0; i < names.size(); ++i) {
            NodeConfig c;
            c.id = names.at(i).toLower();
            c.name = names.at(i);
            c.url = QUrl(m_fixture.url(i));
            c.apiKey = m_canary; // typed into Edit nodes
            c.apiKeyEnv = QString::fromLatin1(KeyVariable);
            c.simulated = true;
            m_configs << c;
        }
    }

    void nodeSettingsSave()
    {
        // A working keychain (in memory): the key goes there, the node file keeps "has_api_key" only.
        MemorySecretStore keychain;
        NodeConfigStore store(NodeConfigStore::defaultFilePath());
        store.setSecretStore(&keychain);
        QVERIFY(store.load());
        QVERIFY2(store.setNodes(m_configs), qPrintable(store.errorString()));
        QCOMPARE(keychain.contents().value(QStringLiteral("alpha")), m_canary);
        m_nodesFile = store.filePath();
        QVERIFY(m_nodesFile.startsWith(m_fixture.tempPath(QStringLiteral("xdg-config"))));
        QVERIFY(!store.keyStorageNote().contains(m_canary));

        // No keychain: the typed key is used this session and written nowhere.
        MemorySecretStore none;
        none.setUnavailable(QStringLiteral("no Secret Service on D-Bus"));
        NodeConfigStore second(QDir(m_home).filePath(QStringLiteral("second-nodes.json")));
        second.setSecretStore(&none);
        QVERIFY(second.load());
        QVERIFY(second.setNodes(m_configs));
        QCOMPARE(second.nodes().first().apiKey, m_canary);
        QVERIFY(!second.keyStorageNote().contains(m_canary));

        AppSettings settings;
        settings.setLanguage(QStringLiteral("en"));
        settings.setPollIntervalMs(1500);
        settings.sync();
        QVERIFY(QFile::exists(settings.fileName()));
    }

    void probeInProcess()
    {
        for (int i = 0; i < m_configs.size(); ++i) {
            NodeProbe probe(m_configs.at(i));
            QSignalSpy sample(&probe, &NodeProbe::sampleAvailable);
            QVERIFY(probe.poll());
            QVERIFY(sample.wait(30000));
            const NodeSample s = sample.first().first().value<NodeSample>();
            QVERIFY(!s.reason.contains(m_canary));
            if (i == 2) // the guarded node refused the canary: the reason says so without echoing it
                QVERIFY2(s.reason.contains(QLatin1String("401")), qPrintable(s.reason));
        }
        QCOMPARE(m_a->counters().unauthorized, 0);
        QVERIFY(m_guarded->counters().unauthorized > 0);
    }

    void compareRunHistoryAndExports()
    {
        CompareSettings s;
        s.prompt = QStringLiteral("Say the word banana.");
        s.runs = 1;
        s.maxTokensThinking = 512;
        s.maxTokensNoThinking = 256;
        s.deadlineMs = 30000;
        QList<CompareTarget> targets;
        for (const NodeConfig &c : std::as_const(m_configs))
            targets.append({c, {false}, std::nullopt});
        CompareRunner runner;
        QSignalSpy finished(&runner, &CompareRunner::finished);
        QVERIFY2(runner.start(s, targets), qPrintable(runner.errorString()));
        QVERIFY(finished.wait(120000));
        const CompareRun run = runner.run();
        bool sawGuardedError = false;
        for (const CompareCell &c : run.cells) {
            QVERIFY2(!c.result.error.contains(m_canary), qPrintable(c.result.error));
            if (c.nodeIndex == 2 && !c.result.error.isEmpty())
                sawGuardedError = true;
        }
        QVERIFY(sawGuardedError);                  // the 401 is reported
        QVERIFY(m_a->counters().chatFinished > 0); // the key was accepted where it is right

        HistoryDatabase db;
        const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QVERIFY(QDir().mkpath(dataDir));
        QVERIFY(db.open(QDir(dataDir).filePath(QStringLiteral("history.sqlite"))));
        CompareHistoryStore store(db);
        QVERIFY(store.open());
        QVERIFY(store.save(run));
        const QString exportDir = QDir(m_home).filePath(QStringLiteral("exports"));
        QVERIFY(QDir().mkpath(exportDir));
        for (CompareExporter::Format f :
             {CompareExporter::Format::Json, CompareExporter::Format::Csv, CompareExporter::Format::Markdown})
            QVERIFY(CompareExporter::write(
                run, f, QDir(exportDir).filePath(QStringLiteral("compare.") + CompareExporter::suffix(f))));
        // The database stays open so its WAL is read by the scan below.
        QVERIFY(QFile::exists(QDir(dataDir).filePath(QStringLiteral("history.sqlite-wal"))));
        scanEverything();
    }

    void cliWithTheKeyFromTheEnvironment()
    {
        QVERIFY(!m_nodesFile.isEmpty());
        const QString db = m_fixture.dbPath();
        const QStringList config{QStringLiteral("--config"), m_nodesFile};

        BenchSimFixture::Result r = cli(
            QStringLiteral("probe"), QStringList{QStringLiteral("probe"), QStringLiteral("--json")} + config);
        QVERIFY2(r.exitCode >= 0, r.err.constData());
        // The keychain is off for the child: it says so in plain words and uses the variable instead.
        QVERIFY2(r.err.contains("system keychain, which is not available"), r.err.constData());
        QVERIFY2(r.out.contains("HTTP 401"), r.out.constData()); // the guarded node only
        const qint64 unauthorizedBefore = m_a->counters().unauthorized;

        r = cli(QStringLiteral("compare"),
                QStringList{QStringLiteral("compare"), QStringLiteral("--node"), QStringLiteral("Alpha"),
                            QStringLiteral("--node"), QStringLiteral("Guarded"), QStringLiteral("--thinking"),
                            QStringLiteral("off"), QStringLiteral("--runs"), QStringLiteral("1"),
                            QStringLiteral("--prompt"), QStringLiteral("Say the word banana."),
                            QStringLiteral("--json")} +
                    config);
        QVERIFY2(r.exitCode >= 0, r.err.constData());
        QCOMPARE(m_a->counters().unauthorized, unauthorizedBefore); // the env key reached Alpha

        r = cli(QStringLiteral("bench"),
                QStringList{QStringLiteral("bench"), QStringLiteral("--suite-dir"), m_fixture.suiteDir(),
                            QStringLiteral("--suite"), QStringLiteral("sim-suite"), QStringLiteral("--node"),
                            QStringLiteral("Alpha"), QStringLiteral("--node"), QStringLiteral("Beta"),
                            QStringLiteral("--runs"), QStringLiteral("1"), QStringLiteral("--db"), db,
                            QStringLiteral("--json")} +
                    config);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(m_b->counters().unauthorized, 0);
        const QJsonObject bench = QJsonDocument::fromJson(r.out).object();
        const QString runId = bench.value(QLatin1String("run_id")).toVariant().toString();
        QVERIFY2(!runId.isEmpty(), r.out.left(400).constData());
        for (const QString &format :
             {QStringLiteral("--json"), QStringLiteral("--csv"), QStringLiteral("--markdown")}) {
            r = cli(QStringLiteral("history-export") + format,
                    {QStringLiteral("history"), QStringLiteral("export"), runId, format,
                     QStringLiteral("--db"), db});
            QCOMPARE(r.exitCode, 0);
            QVERIFY(!r.out.isEmpty());
        }
    }

    void nothingAnywhereHoldsTheKey()
    {
        scanEverything();
        QMutexLocker lock(&logMutex);
        for (const QString &line : std::as_const(capturedLog))
            QVERIFY2(!line.contains(m_canary), "a log line holds the API key");
    }

    void cleanupTestCase() { qInstallMessageHandler(previousHandler); }

private:
    // Reads every file under the temporary root (HOME, XDG config/data/cache/state, the bench database).
    void scanEverything()
    {
        QStringList seen;
        bool promptInHistory = false; // the scan reads the database's text (so it would see a key there)
        QDirIterator it(m_fixture.tempPath(QString()), QDir::Files | QDir::Hidden | QDir::System,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
            const QByteArray bytes = f.readAll();
            QVERIFY2(!containsCanary(bytes),
                     qPrintable(QStringLiteral("the API key is in %1").arg(f.fileName())));
            seen << QFileInfo(f.fileName()).fileName();
            if (seen.last().startsWith(QLatin1String("history.sqlite")) &&
                bytes.contains("Say the word banana."))
                promptInHistory = true;
        }
        // The scan saw what it must have seen (so it cannot pass by reading nothing).
        for (const QString &expected :
             {QStringLiteral("nodes.json"), QStringLiteral("history.sqlite"), QStringLiteral("compare.json"),
              QStringLiteral("compare.csv"), QStringLiteral("compare.md")})
            QVERIFY2(seen.contains(expected), qPrintable(expected + QStringLiteral(" was not written")));
        QVERIFY(promptInHistory);
        for (const QString &out : std::as_const(m_cliOutputs))
            QVERIFY2(seen.contains(QFileInfo(out).fileName()), qPrintable(out));
    }
};

QTEST_GUILESS_MAIN(TestApiKeyCanary)
#include "tst_apikeycanary.moc"
