#include "models/sim/simulatednode.h"

#include "tests/support/testdata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// `tokscope-cli probe` against a simulated Anthropic-dialect node in this process: up with its model
// list, and the cloud errors (401, 429 with Retry-After, 529, connection refused) in clear words.
class TestCliCloud : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    static inline const QByteArray Key = "test-key-not-real";
    QTemporaryDir m_home;
    std::unique_ptr<SimulatedNode> m_node;
    int m_configs = 0;

    Run cli(const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        e.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        p.setProcessEnvironment(e);
        QSignalSpy finished(&p, &QProcess::finished);
        p.start(TestData::cliPath(), args + QStringList{QStringLiteral("--timeout"), QStringLiteral("10000")});
        if (!finished.wait(60000)) {
            p.kill();
            p.waitForFinished();
            qWarning("tokscope-cli did not finish");
            return {};
        }
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
                p.readAllStandardError()};
    }

    QString writeConfig(const QUrl &url, const QByteArray &key)
    {
        const QString path = m_home.filePath(QStringLiteral("nodes-%1.json").arg(++m_configs));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qWarning("cannot write %s", qPrintable(path));
        f.write("{\"nodes\":[{\"id\":\"claude\",\"name\":\"Claude\",\"backend\":\"anthropic\",\"url\":\"" +
                url.toString().toUtf8() + "\",\"api_key\":\"" + key + "\"}]}");
        return path;
    }

    QJsonObject probeJson(const QString &config, Run *raw = nullptr)
    {
        const Run run = cli({QStringLiteral("probe"), QStringLiteral("--json"), QStringLiteral("--config"), config});
        if (raw)
            *raw = run;
        const QJsonArray nodes = QJsonDocument::fromJson(run.out).object().value(QLatin1String("nodes")).toArray();
        if (nodes.size() != 1)
            qWarning("unexpected output: %s\n%s", run.out.constData(), run.err.constData());
        return nodes.first().toObject();
    }

private slots:
    void init()
    {
        m_node = std::make_unique<SimulatedNode>(*SimProfile::byName(QStringLiteral("test-anthropic")));
        m_node->setApiKey(QString::fromUtf8(Key));
        QVERIFY(m_node->listen());
    }

    void cleanup() { m_node.reset(); }

    void upWithModels()
    {
        Run run;
        const QJsonObject o = probeJson(writeConfig(m_node->baseUrl(), Key), &run);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(o.value(QLatin1String("status")).toString(), QStringLiteral("up"));
        QCOMPARE(o.value(QLatin1String("backend")).toString(), QStringLiteral("anthropic"));
        QCOMPARE(o.value(QLatin1String("model")).toString(), QStringLiteral("claude-simulated"));
        QCOMPARE(o.value(QLatin1String("models")).toArray().size(), 1);
        QVERIFY(o.value(QLatin1String("latency_ms")).isDouble());
        QCOMPARE(o.value(QLatin1String("latency_includes_network")).toBool(), true);
        QVERIFY(!run.out.contains(Key));

        const Run table = cli({QStringLiteral("probe"), QStringLiteral("--config"), writeConfig(m_node->baseUrl(), Key)});
        QVERIFY2(table.out.contains("incl. network"), table.out.constData());
    }

    void errorsInClearWords()
    {
        QJsonObject o = probeJson(writeConfig(m_node->baseUrl(), "wrong"));
        QCOMPARE(o.value(QLatin1String("status")).toString(), QStringLiteral("degraded"));
        QVERIFY2(o.value(QLatin1String("reason")).toString().contains(QLatin1String("HTTP 401: the API key was refused")),
                 qPrintable(o.value(QLatin1String("reason")).toString()));

        m_node->setFault(SimFault(SimFault::Kind::HttpError, 429));
        o = probeJson(writeConfig(m_node->baseUrl(), Key));
        QVERIFY2(o.value(QLatin1String("reason")).toString().contains(QLatin1String("rate limited, retry after 7 s")),
                 qPrintable(o.value(QLatin1String("reason")).toString()));

        m_node->setFault(SimFault(SimFault::Kind::HttpError, 529));
        o = probeJson(writeConfig(m_node->baseUrl(), Key));
        QVERIFY2(o.value(QLatin1String("reason")).toString().contains(QLatin1String("overloaded")),
                 qPrintable(o.value(QLatin1String("reason")).toString()));

        const QUrl url = m_node->baseUrl();
        m_node->close();
        Run run;
        o = probeJson(writeConfig(url, Key), &run);
        QCOMPARE(o.value(QLatin1String("status")).toString(), QStringLiteral("down"));
        QVERIFY2(o.value(QLatin1String("reason")).toString().contains(QLatin1String("cannot reach the API: connection refused")),
                 qPrintable(o.value(QLatin1String("reason")).toString()));
        QVERIFY(run.exitCode != 0);
    }
};

QTEST_GUILESS_MAIN(TestCliCloud)
#include "tst_clicloud.moc"
