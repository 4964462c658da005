#pragma once

#include "models/node/nodeconfig.h"

#include <QList>
#include <QObject>

class DemoTraffic;
class NodeConfigStore;
class NodeMonitor;
class SimLab;

// Switches the monitor between the user's configured nodes and the in-app simulated lab (Lab menu,
// the dashboard banner, `tokscope --demo`). While the lab runs the monitor shows only the simulated
// nodes, and DemoTraffic keeps them busy; stopping restores the configured nodes. While the lab is
// off, edits in the NodeConfigStore are applied to the monitor as they are saved.
class LabController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LabController)

public:
    // store may be null (tests): stopping then restores the nodes the monitor had before start().
    LabController(NodeMonitor *monitor, NodeConfigStore *store, QObject *parent = nullptr);
    ~LabController() override;

    // How start() runs the lab: timeScale < 1 makes the simulated nodes (and the demo traffic) faster;
    // pollIntervalMs > 0 overrides the lab nodes' poll interval. Defaults: real speed, 2 s polls.
    void setOptions(double timeScale, int pollIntervalMs);
    // False (errorString) when a node cannot listen.
    bool start();
    void stop();
    bool isRunning() const;
    QString errorString() const { return m_error; }
    // Demo traffic is on by default; tests that count requests can turn it off before start().
    void setTrafficEnabled(bool on) { m_trafficEnabled = on; }
    // Also start the simulated Anthropic-dialect cloud node (SimLab::setCloudNodeEnabled); --demo does.
    void setCloudNodeEnabled(bool on) { m_cloudNode = on; }

    SimLab *lab() const { return m_lab; }
    DemoTraffic *traffic() const { return m_traffic; }
    // What the monitor shows when the lab is off.
    QList<NodeConfig> configuredNodes() const;

signals:
    void runningChanged(bool running);

private:
    void applyConfiguredNodes();

    NodeMonitor *m_monitor;
    NodeConfigStore *m_store;
    SimLab *m_lab = nullptr;
    DemoTraffic *m_traffic = nullptr;
    QList<NodeConfig> m_nodesBeforeLab;
    QString m_error;
    bool m_trafficEnabled = true;
    bool m_cloudNode = false;
    double m_timeScale = 1.0;
    int m_pollIntervalMs = 0;
};
