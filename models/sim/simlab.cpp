#include "models/sim/simlab.h"

#include "models/sim/simulatednode.h"

#include <QCoreApplication>
#include <algorithm>

SimLab::SimLab(QObject *parent) : QObject(parent) {}

SimLab::~SimLab()
{
    stop();
}

bool SimLab::start(double timeScale)
{
    stop();
    struct Spec
    {
        const char *profile;
        const char *id;
    };
    const QList<NodeConfig> lab = NodeConfig::defaultLab(); // DGX1, DGX2, Desktop 5090
    const Spec specs[] = {
        {"vllm-dgx", "sim-dgx1"}, {"vllm-dgx-thinking", "sim-dgx2"}, {"llamacpp-5090", "sim-desktop5090"}};
    for (qsizetype i = 0; i < lab.size() && i < qsizetype(std::size(specs)); ++i) {
        const std::optional<SimProfile> profile = SimProfile::byName(QString::fromLatin1(specs[i].profile));
        if (!profile) {
            m_errorString = QCoreApplication::translate("SimLab", "unknown profile %1")
                                .arg(QLatin1String(specs[i].profile));
            stop();
            return false;
        }
        auto *node = new SimulatedNode(*profile, this);
        node->setTimeScale(timeScale);
        if (!node->listen(0)) {
            m_errorString = node->errorString();
            delete node;
            stop();
            return false;
        }
        NodeConfig config = lab[i];
        config.id = QString::fromLatin1(specs[i].id);
        config.name = QCoreApplication::translate("SimLab", "%1 (simulated)").arg(lab[i].name);
        config.url = node->baseUrl();
        config.simulated = true;
        m_nodes.append(node);
        m_configs.append(config);
    }
    if (m_cloudNode) {
        auto *node = new SimulatedNode(*SimProfile::byName(QStringLiteral("anthropic-cloud")), this);
        node->setTimeScale(timeScale);
        node->setApiKey(demoApiKey());
        if (!node->listen(0)) {
            m_errorString = node->errorString();
            delete node;
            stop();
            return false;
        }
        NodeConfig config;
        config.id = QStringLiteral("sim-anthropic");
        config.name = QCoreApplication::translate("SimLab", "Anthropic API (simulated)");
        config.url = node->baseUrl();
        config.role = QStringLiteral("cloud");
        config.backendHint = Backend::Anthropic;
        config.apiKey = demoApiKey();
        config.simulated = true;
        m_nodes.append(node);
        m_configs.append(config);
    }
    return true;
}

void SimLab::stop()
{
    const QList<SimulatedNode *> nodes = m_nodes;
    m_nodes.clear();
    m_configs.clear();
    for (SimulatedNode *node : nodes) {
        node->close();
        delete node;
    }
}

SimulatedNode *SimLab::server(const QString &nodeId) const
{
    for (qsizetype i = 0; i < m_configs.size(); ++i)
        if (m_configs[i].id == nodeId)
            return m_nodes.value(i);
    return nullptr;
}

static QStringList simulatedSuffixes()
{
    QStringList suffixes{QStringLiteral(" (simulated)")};
    const QString translated = QCoreApplication::translate("SimLab", "%1 (simulated)").arg(QString());
    if (!translated.isEmpty() && !suffixes.contains(translated))
        suffixes.append(translated);
    return suffixes;
}

bool SimLab::nameSaysSimulated(const QString &name)
{
    const QStringList suffixes = simulatedSuffixes();
    return std::any_of(suffixes.cbegin(), suffixes.cend(), [&name](const QString &suffix) {
        return name.contains(suffix.trimmed(), Qt::CaseInsensitive);
    });
}

QString SimLab::withoutSimulatedSuffix(QString name)
{
    for (const QString &suffix : simulatedSuffixes())
        name.remove(suffix, Qt::CaseInsensitive);
    return name;
}
