#include "tests/support/pairsimfixture.h"

#include "models/bench/suiteloader.h"
#include "models/sim/simprofile.h"
#include "models/sim/simulatednode.h"

#include <QFile>

const char *PairSimFixture::suiteJson()
{
    return R"json({
  "format": 1, "name": "pair-suite", "defaults": {"max_tokens": 256, "timeout_s": 30, "pass_threshold": 70},
  "tasks": [
    {"id": "add", "title": "Add two numbers", "turns": ["Write a Python function add(a, b) that returns a + b."],
     "checks": [{"type": "code", "tests": "from solution import add\nassert add(2, 3) == 5\n"},
                {"type": "contains", "values": ["return a + b"]}],
     "examples": {"good": [["```python\ndef add(a, b):\n    return a + b\n```"]],
                  "bad": [["```python\ndef add(a, b):\n    return a - b\n```"]]}}
  ]
})json";
}

QList<Suite> PairSimFixture::suites()
{
    QList<SuiteLoadError> errors;
    const std::optional<Suite> s = SuiteLoader::parse(QByteArray(suiteJson()), QStringLiteral("pair-suite.json"),
                                                      &errors);
    for (const SuiteLoadError &e : errors)
        qWarning("pair-suite: %s", qPrintable(e.toString()));
    return s ? QList<Suite>{*s} : QList<Suite>{};
}

PairSimFixture::PairSimFixture()
{
    QFile f(m_bench.suiteDir() + QStringLiteral("/pair-suite.json"));
    if (f.open(QIODevice::WriteOnly))
        f.write(suiteJson());
}

PairSimFixture::~PairSimFixture()
{
    qDeleteAll(m_nodes);
}

SimulatedNode *PairSimFixture::addNode(PairSimScript::Builder builder, SimReviewer::Mode reviewer,
                                       double timeScale)
{
    auto *node = new SimulatedNode(*SimProfile::byName(QStringLiteral("test")));
    node->setTimeScale(timeScale);
    node->setAnswerProvider(PairSimScript::provider(
        suites(), [builder](const Task &) { return builder; }, reviewer));
    if (!node->listen())
        qWarning("PairSimFixture: %s", qPrintable(node->errorString()));
    m_nodes.append(node);
    return node;
}

NodeConfig PairSimFixture::node(int index) const
{
    NodeConfig c;
    c.id = QStringLiteral("node%1").arg(index);
    c.name = c.id;
    c.url = m_nodes.at(index)->baseUrl();
    c.simulated = true;
    return c;
}

QString PairSimFixture::url(int index) const
{
    return m_nodes.at(index)->baseUrl().toString();
}
