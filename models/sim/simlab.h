#pragma once

#include "models/node/nodeconfig.h"

#include <QList>
#include <QObject>

class SimulatedNode;

// The user's three-node lab, simulated on free 127.0.0.1 ports: DGX1 (vllm-dgx, thinking off, builder),
// DGX2 (vllm-dgx-thinking, reviewer), Desktop 5090 (llamacpp-5090, interactive). Used by the GUI's
// --demo and by tests. Owns its nodes (QObject children); stop() or destruction closes them.
class SimLab final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimLab)

public:
    explicit SimLab(QObject *parent = nullptr);
    ~SimLab() override;

    // Also start a fourth node speaking the Anthropic Messages API ("sim-anthropic", profile
    // anthropic-cloud, backend hint Anthropic, requiring x-api-key = demoApiKey()). Set before start().
    // Off by default; the GUI demo turns it on.
    void setCloudNodeEnabled(bool on) { m_cloudNode = on; }
    bool cloudNodeEnabled() const { return m_cloudNode; }
    // The made-up key of the simulated cloud node (never a real key).
    static QString demoApiKey() { return QStringLiteral("sim-demo-key-not-secret"); }
    // The lab names its nodes "NAME (simulated)" in the UI language at start time. These recognise and
    // remove that suffix in English and in the current language (a view that shows its own SIMULATED
    // mark must not show it twice).
    static bool nameSaysSimulated(const QString &name);
    static QString withoutSimulatedSuffix(QString name);

    // Starts the three nodes (four with the cloud node). False (and nothing left running) when a node cannot listen; see errorString().
    bool start(double timeScale = 1.0);
    void stop();
    bool isRunning() const { return !m_nodes.isEmpty(); }
    QString errorString() const { return m_errorString; }

    // NodeConfigs pointing at the running nodes: ids "sim-dgx1", "sim-dgx2", "sim-desktop5090", names like
    // "DGX1 (simulated)", simulated = true, role/thinkingDefault/backendHint as in NodeConfig::defaultLab().
    QList<NodeConfig> nodes() const { return m_configs; }
    QList<SimulatedNode *> servers() const { return m_nodes; }
    SimulatedNode *server(const QString &nodeId) const; // by NodeConfig::id, nullptr when unknown

private:
    QList<SimulatedNode *> m_nodes;
    QList<NodeConfig> m_configs;
    QString m_errorString;
    bool m_cloudNode = false;
};
