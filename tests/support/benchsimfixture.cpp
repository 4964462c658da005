#include "tests/support/benchsimfixture.h"

#include "models/sim/simprofile.h"
#include "models/sim/simulatednode.h"
#include "tests/support/testdata.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {

SimAnswer answerFor(const SimRequest &req, int quality)
{
    const QString q = req.lastUserText();
    SimAnswer a;
    if (q.contains(QStringLiteral("banana")))
        a.content = QStringLiteral("banana");
    else if (q.contains(QStringLiteral("Australia")))
        a.content = quality > 0 ? QStringLiteral("The capital is **Canberra**.")
                                : QStringLiteral("Sydney, of course.");
    else if (q.contains(QStringLiteral("seven")))
        a.content = quality > 0 ? QStringLiteral("7") : QStringLiteral("6");
    else if (q.contains(QStringLiteral("previous answer"))) {
        QString previous;
        for (const auto &m : req.messages)
            if (m.role == QLatin1String("assistant"))
                previous = m.content;
        bool ok = false;
        const int n = previous.trimmed().toInt(&ok);
        a.content =
            ok ? QStringLiteral("The answer is %1.").arg(n + 1) : QStringLiteral("I do not remember.");
    } else if (q.contains(QStringLiteral("rare")))
        a.content = quality > 1 ? QStringLiteral("Zyzzyva") : QStringLiteral("aardvark");
    else
        a.content = QStringLiteral("I cannot.");
    return a;
}

} // namespace

const char *BenchSimFixture::suiteJson()
{
    return R"json({
  "format": 1, "name": "sim-suite", "defaults": {"max_tokens": 256, "timeout_s": 30, "pass_threshold": 70},
  "tasks": [
    {"id": "easy", "turns": ["Say the word banana."], "checks": [{"type": "contains", "values": ["banana"]}]},
    {"id": "capital", "turns": ["What is the capital of Australia?"],
     "checks": [{"type": "contains", "values": ["Canberra"]}, {"type": "contains", "values": ["Sydney"], "negate": true}]},
    {"id": "multi", "turns": ["Pick the number seven and answer with it only.", "Add one to your previous answer."],
     "checks": [{"type": "numeric", "expected": 7, "turn": 0}, {"type": "numeric", "expected": 8}]},
    {"id": "rare", "turns": ["What is the rare word?"], "checks": [{"type": "exact", "value": "zyzzyva"}]},
    {"id": "hard", "turns": ["Prove the Riemann hypothesis."], "checks": [{"type": "contains", "values": ["QED-12345"]}]}
  ]
})json";
}

BenchSimFixture::BenchSimFixture() : m_dir(std::make_unique<QTemporaryDir>())
{
    QDir(m_dir->path()).mkpath(QStringLiteral("suites"));
    QDir(m_dir->path()).mkpath(QStringLiteral("xdg-data"));
    QDir(m_dir->path()).mkpath(QStringLiteral("xdg-config"));
    QFile f(suiteDir() + QStringLiteral("/sim-suite.json"));
    if (f.open(QIODevice::WriteOnly))
        f.write(suiteJson());
}

BenchSimFixture::~BenchSimFixture()
{
    qDeleteAll(m_nodes);
}

SimulatedNode *BenchSimFixture::addNode(int quality, double timeScale)
{
    auto *node = new SimulatedNode(*SimProfile::byName(QStringLiteral("test")));
    node->setTimeScale(timeScale);
    auto q = std::make_shared<int>(quality);
    node->setAnswerProvider([q](const SimRequest &r) { return answerFor(r, *q); });
    if (!node->listen())
        qWarning("BenchSimFixture: %s", qPrintable(node->errorString()));
    m_nodes.append(node);
    m_qualities.append(q);
    return node;
}

void BenchSimFixture::setQuality(int index, int quality)
{
    *m_qualities.at(index) = quality;
}

QString BenchSimFixture::url(int index) const
{
    return m_nodes.at(index)->baseUrl().toString();
}

QStringList BenchSimFixture::benchArgs(const QList<int> &nodes, int runs, const QStringList &extra) const
{
    QStringList args{QStringLiteral("bench"), QStringLiteral("--suite-dir"), suiteDir(),
                     QStringLiteral("--suite"), QStringLiteral("sim-suite")};
    for (int i : nodes)
        args << QStringLiteral("--node") << url(i);
    args << QStringLiteral("--runs") << QString::number(runs) << QStringLiteral("--db") << dbPath();
    return args + extra;
}

QString BenchSimFixture::suiteDir() const
{
    return m_dir->filePath(QStringLiteral("suites"));
}

QString BenchSimFixture::dbPath() const
{
    return m_dir->filePath(QStringLiteral("history.sqlite"));
}

QString BenchSimFixture::tempPath(const QString &name) const
{
    return m_dir->filePath(name);
}

std::unique_ptr<QProcess> BenchSimFixture::startCli(const QStringList &args,
                                                    const QProcessEnvironment &extraEnv) const
{
    auto p = std::make_unique<QProcess>();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("xdg-data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir->filePath(QStringLiteral("xdg-config")));
    env.insert(QStringLiteral("no_proxy"), QStringLiteral("*"));
    env.remove(QStringLiteral("http_proxy"));
    for (const QString &key : extraEnv.keys())
        env.insert(key, extraEnv.value(key));
    p->setProcessEnvironment(env);
    p->start(TestData::cliPath(), args);
    return p;
}

BenchSimFixture::Result BenchSimFixture::runCli(const QStringList &args, int timeoutMs,
                                                const QProcessEnvironment &extraEnv) const
{
    Result r;
    std::unique_ptr<QProcess> p = startCli(args, extraEnv);
    if (!p->waitForStarted(10000))
        return r;
    // Spin the event loop: the simulated nodes answer from this process.
    QTest::qWaitFor([&] { return p->state() == QProcess::NotRunning; }, timeoutMs);
    if (p->state() != QProcess::NotRunning) {
        p->kill();
        p->waitForFinished(5000);
        return r;
    }
    r.exitCode = p->exitStatus() == QProcess::NormalExit ? p->exitCode() : -1;
    r.out = p->readAllStandardOutput();
    r.err = p->readAllStandardError();
    return r;
}
