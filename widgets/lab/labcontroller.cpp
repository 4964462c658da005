#include "widgets/lab/labcontroller.h"

#include "models/node/nodeconfigstore.h"
#include "models/monitor/nodemonitor.h"
#include "models/sim/simlab.h"
#include "models/sim/simulatednode.h"
#include "models/sim/demotraffic.h"

LabController::LabController(NodeMonitor *monitor, NodeConfigStore *store, QObject *parent)
    : QObject(parent), m_monitor(monitor), m_store(store), m_lab(new SimLab(this)),
      m_traffic(new DemoTraffic(this))
{
    if (m_store)
        connect(m_store, &NodeConfigStore::nodesChanged, this, &LabController::applyConfiguredNodes);
}

LabController::~LabController()
{
    // Traffic first: its replies point at the lab's sockets.
    m_traffic->stop();
}

bool LabController::isRunning() const
{
    return m_lab->isRunning();
}

QList<NodeConfig> LabController::configuredNodes() const
{
    return m_store ? m_store->nodes() : m_nodesBeforeLab;
}

void LabController::setOptions(double timeScale, int pollIntervalMs)
{
    m_timeScale = timeScale;
    m_pollIntervalMs = pollIntervalMs;
}

bool LabController::start()
{
    if (isRunning())
        return true;
    m_nodesBeforeLab = m_monitor->nodes();
    m_lab->setCloudNodeEnabled(m_cloudNode);
    if (!m_lab->start(m_timeScale)) {
        m_error = m_lab->errorString();
        return false;
    }
    m_error.clear();
    QList<NodeConfig> nodes = m_lab->nodes();
    if (m_pollIntervalMs > 0) {
        for (NodeConfig &node : nodes)
            node.pollIntervalMs = m_pollIntervalMs;
    }
    m_monitor->setNodes(nodes);
    if (!m_monitor->isRunning())
        m_monitor->start();
    if (m_trafficEnabled) {
        QList<DemoTraffic::Target> targets;
        for (SimulatedNode *server : m_lab->servers()) {
            if (server->profile().dialect == Backend::Anthropic)
                continue; // background traffic speaks Chat Completions; a cloud API is not loaded by others
            // vLLM batches several requests; llama-server has one slot here, so a second request shows
            // queueing (requests waiting) on that card.
            const bool llama = server->profile().dialect == Backend::LlamaCpp;
            targets.append({server->baseUrl(), server->profile().modelId, llama ? 2 : 3});
        }
        m_traffic->start(targets, m_timeScale);
    }
    emit runningChanged(true);
    return true;
}

void LabController::stop()
{
    if (!isRunning())
        return;
    m_traffic->stop();
    m_lab->stop();
    m_monitor->setNodes(configuredNodes());
    emit runningChanged(false);
}

void LabController::applyConfiguredNodes()
{
    if (!isRunning())
        m_monitor->setNodes(m_store->nodes());
}
