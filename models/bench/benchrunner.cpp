#include "models/bench/benchrunner.h"

#include "models/bench/benchnodelane.h"
#include "models/bench/verdict.h"
#include "models/bench/benchrunstore.h"
#include "models/net/nodeprobe.h"
#include "models/node/nodesample.h"

#include <nlohmann/json.hpp>

QByteArray BenchSettings::toJson() const
{
    nlohmann::json j;
    j["suites"] = nlohmann::json::array();
    for (const Suite &s : suites)
        j["suites"].push_back(s.name.toStdString());
    j["nodes"] = nlohmann::json::array();
    for (const NodeConfig &n : nodes) {
        QUrl url = n.url;
        url.setUserInfo(QString()); // never a password in history
        j["nodes"].push_back({{"name", BenchRunner::nodeKey(n).toStdString()},
                              {"url", url.toString().toStdString()},
                              {"backend", backendKey(n.backendHint).toStdString()},
                              {"simulated", n.simulated}});
    }
    j["runs"] = runs;
    j["thinking"] = thinkingOverride ? nlohmann::json(*thinkingOverride) : nlohmann::json(nullptr);
    j["cache_bust"] = cacheBust;
    j["stable_spread"] = stableSpread;
    j["suite_dirs"] = nlohmann::json::array();
    for (const QString &dir : suiteDirs)
        j["suite_dirs"].push_back(dir.toStdString());
    j["suite_files"] = nlohmann::json::array();
    for (const QString &file : suiteFiles)
        j["suite_files"].push_back(file.toStdString());
    return QByteArray::fromStdString(j.dump());
}

static QStringList stringsOf(const nlohmann::json &j, const char *key)
{
    QStringList out;
    if (const auto it = j.find(key); it != j.end() && it->is_array())
        for (const auto &v : *it)
            if (v.is_string())
                out << QString::fromStdString(v.get<std::string>());
    return out;
}

std::optional<BenchSettings> BenchSettings::fromJson(const QByteArray &json)
{
    const nlohmann::json j = nlohmann::json::parse(json.cbegin(), json.cend(), nullptr, false);
    if (!j.is_object())
        return std::nullopt;
    BenchSettings s;
    try { // a hand-edited value of the wrong type makes the whole settings unreadable, not a crash
    s.runs = j.value("runs", 3);
    if (const auto t = j.find("thinking"); t != j.end() && t->is_boolean())
        s.thinkingOverride = t->get<bool>();
    s.cacheBust = j.value("cache_bust", false);
    s.stableSpread = j.value("stable_spread", 10.0);
    s.suiteDirs = stringsOf(j, "suite_dirs");
    s.suiteFiles = stringsOf(j, "suite_files");
    if (const auto nodes = j.find("nodes"); nodes != j.end() && nodes->is_array()) {
        for (const auto &n : *nodes) {
            if (!n.is_object())
                continue;
            NodeConfig c;
            c.name = QString::fromStdString(n.value("name", std::string()));
            c.id = c.name;
            c.url = QUrl(QString::fromStdString(n.value("url", std::string())));
            c.backendHint = backendFromKey(QString::fromStdString(n.value("backend", std::string())));
            c.simulated = n.value("simulated", false);
            s.nodes.append(c);
        }
    }
    } catch (const nlohmann::json::exception &) {
        return std::nullopt;
    }
    return s;
}

BenchRunner::BenchRunner(QObject *parent) : QObject(parent) {}

BenchRunner::~BenchRunner()
{
    clearLanes();
}

void BenchRunner::setStore(BenchRunStore *store)
{
    m_store = store;
}

QString BenchRunner::nodeKey(const NodeConfig &node)
{
    if (!node.name.trimmed().isEmpty())
        return node.name.trimmed();
    return node.url.host() + QLatin1Char(':') + QString::number(node.url.port(80));
}

NodeFingerprint BenchRunner::fingerprintFrom(const NodeConfig &node, const NodeSample &sample)
{
    NodeFingerprint f;
    f.node = nodeKey(node);
    QUrl url = node.url;
    url.setUserInfo(QString());
    f.url = url.toString();
    f.backend = sample.backend;
    f.serverVersion = sample.model.serverVersion;
    f.modelId = sample.model.id;
    f.contextLength = sample.model.contextLength;
    nlohmann::json props{{"health", nodeHealthKey(sample.health).toStdString()},
                         {"simulated", sample.simulated || node.simulated}};
    if (sample.model.trainContext)
        props["train_context"] = *sample.model.trainContext;
    if (sample.model.slotCount)
        props["slots"] = *sample.model.slotCount;
    f.propsJson = QByteArray::fromStdString(props.dump());
    return f;
}

bool BenchRunner::start(const BenchSettings &settings)
{
    return begin(settings, std::nullopt);
}

bool BenchRunner::resume(qint64 runId, const BenchSettings &settings)
{
    return begin(settings, runId);
}

bool BenchRunner::begin(const BenchSettings &settings, std::optional<qint64> resumeRunId)
{
    if (m_running) {
        m_error = tr("a benchmark is already running");
        return false;
    }
    QSet<QString> names;
    for (const NodeConfig &n : settings.nodes)
        names.insert(nodeKey(n));
    if (settings.suites.isEmpty() || settings.nodes.isEmpty() || settings.runs < 1 ||
        names.size() != settings.nodes.size()) {
        m_error = tr("a benchmark needs at least one suite, one node (with unique names) and one run");
        return false;
    }
    if (resumeRunId && !m_store) {
        m_error = tr("resuming needs the history store");
        return false;
    }
    clearLanes();
    m_settings = settings;
    m_report = BenchReport();
    m_cellIndex.clear();
    m_storedKeys.clear();
    m_error.clear();
    m_done = 0;
    m_paused = false;
    if (resumeRunId) {
        const std::optional<BenchRunInfo> info = m_store->run(*resumeRunId);
        if (!info) {
            m_error = tr("no stored benchmark run %1").arg(*resumeRunId);
            return false;
        }
        m_report.run = *info;
        for (const BenchCell &cell : m_store->cells(*resumeRunId, true)) {
            m_cellIndex.insert(cell.key(), m_report.cells.size());
            m_report.cells.append(cell);
            m_storedKeys.insert(cell.key());
        }
        m_report.verdicts = m_store->verdicts(*resumeRunId);
    } else {
        m_report.run.startedAt = QDateTime::currentDateTimeUtc();
        for (const Suite &s : settings.suites)
            m_report.run.suites << s.name;
        m_report.run.settingsJson = settings.toJson();
    }
    m_report.run.status = BenchRunStatus::Running;
    int tasks = 0;
    for (const Suite &s : settings.suites)
        tasks += int(s.tasks.size());
    m_total = tasks * int(settings.nodes.size()) * settings.runs;
    m_running = true;
    m_clock.start();
    // Fingerprint every node first; each probe owns the node's network manager the lane will use.
    m_samples = QList<std::optional<NodeSample>>(settings.nodes.size());
    for (int i = 0; i < settings.nodes.size(); ++i) {
        auto *probe = new NodeProbe(settings.nodes.at(i), this);
        m_probes.append(probe);
        connect(probe, &NodeProbe::sampleAvailable, this, [this, i](const NodeSample &s) { onProbed(i, s); });
    }
    for (NodeProbe *probe : std::as_const(m_probes))
        probe->poll();
    return true;
}

void BenchRunner::onProbed(int index, const NodeSample &sample)
{
    if (!m_running || index >= m_samples.size() || m_samples.at(index))
        return;
    m_samples[index] = sample;
    for (const auto &s : std::as_const(m_samples))
        if (!s)
            return;
    startLanes();
}

void BenchRunner::startLanes()
{
    QList<NodeFingerprint> fingerprints;
    for (int i = 0; i < m_settings.nodes.size(); ++i)
        fingerprints.append(fingerprintFrom(m_settings.nodes.at(i), *m_samples.at(i)));
    m_report.run.nodes = fingerprints;
    if (m_store) {
        if (m_report.run.id == 0) {
            const std::optional<qint64> id = m_store->createRun(m_report.run);
            if (!id) {
                m_error = m_store->errorString();
                finish(BenchRunStatus::Failed);
                return;
            }
            m_report.run.id = *id;
        } else {
            m_store->saveNodes(m_report.run.id, fingerprints);
            m_store->setRunStatus(m_report.run.id, BenchRunStatus::Running);
        }
    }
    emit started(m_report.run.id);
    BenchNodeLane::Options options{m_settings.runs, m_settings.thinkingOverride, m_settings.cacheBust,
                                   m_settings.stableSpread};
    for (int i = 0; i < m_settings.nodes.size(); ++i) {
        NodeConfig node = m_settings.nodes.at(i);
        node.name = nodeKey(node);
        auto *lane = new BenchNodeLane(node, options, this);
        m_lanes.append(lane);
        connect(lane, &BenchNodeLane::runStarted, this,
                [this](const QString &s, const QString &t, const QString &n, int r) {
                    onRunEvent(s, t, n, r, false);
                });
        connect(lane, &BenchNodeLane::runFinished, this,
                [this](const QString &s, const QString &t, const QString &n, int r) {
                    onRunEvent(s, t, n, r, true);
                });
        connect(lane, &BenchNodeLane::cellFinished, this, &BenchRunner::onCellFinished);
        connect(lane, &BenchNodeLane::nodeFailed, this, &BenchRunner::nodeFailed);
        connect(lane, &BenchNodeLane::laneFinished, this, &BenchRunner::onLaneFinished);
        const NodeSample &sample = *m_samples.at(i);
        if (sample.health == NodeHealth::Down || sample.health == NodeHealth::Loading)
            lane->markDead(sample.reason.isEmpty() ? nodeHealthDisplayName(sample.health) : sample.reason);
        for (const Suite &suite : std::as_const(m_settings.suites)) {
            for (const Task &task : suite.tasks) {
                if (m_storedKeys.contains(suite.name + QLatin1Char('\x1f') + task.id + QLatin1Char('\x1f') +
                                          node.name))
                    m_done += m_settings.runs;
                else
                    lane->enqueue(&suite, &task);
            }
        }
    }
    for (BenchNodeLane *lane : std::as_const(m_lanes)) {
        lane->setPaused(m_paused);
        lane->start();
    }
}

void BenchRunner::onRunEvent(const QString &suite, const QString &task, const QString &node, int runIndex,
                             bool finished)
{
    if (finished)
        ++m_done;
    emit progressChanged({suite, task, node, runIndex, m_clock.elapsed(), m_done, m_total, finished});
}

std::optional<TaskVerdict> BenchRunner::verdictIfComplete(const QString &suite, const QString &task) const
{
    TaskVerdict v{suite, task, Verdict::AllFail, {}, {}, std::nullopt};
    QList<QPair<QString, CodeStructure>> solutions;
    for (const NodeConfig &n : m_settings.nodes) {
        const QString node = nodeKey(n);
        const qsizetype i =
            m_cellIndex.value(suite + QLatin1Char('\x1f') + task + QLatin1Char('\x1f') + node, -1);
        if (i < 0)
            return std::nullopt;
        v.nodes << node;
        if (m_report.cells.at(i).score.passed)
            v.passingNodes << node;
        solutions.append({node, m_report.cells.at(i).structure});
    }
    v.verdict = verdictFor(int(v.passingNodes.size()), int(v.nodes.size()));
    if (isCodeTask(suite, task))
        v.consensus = CodeConsensus::compute(solutions);
    return v;
}

bool BenchRunner::isCodeTask(const QString &suite, const QString &task) const
{
    for (const Suite &s : m_settings.suites)
        if (s.name == suite)
            for (const Task &t : s.tasks)
                if (t.id == task)
                    return std::any_of(t.checks.cbegin(), t.checks.cend(),
                                       [](const Check &c) { return c.type == CheckType::Code; });
    return false;
}

void BenchRunner::onCellFinished(const BenchCell &cell)
{
    m_cellIndex.insert(cell.key(), m_report.cells.size());
    m_report.cells.append(cell);
    const std::optional<TaskVerdict> verdict = verdictIfComplete(cell.suite, cell.task);
    if (m_store && m_report.run.id > 0 && !m_store->saveCell(m_report.run.id, cell, verdict))
        m_error = m_store->errorString();
    emit cellFinished(cell);
    if (verdict) {
        m_report.verdicts.append(*verdict);
        emit verdictAvailable(*verdict);
    }
}

void BenchRunner::onLaneFinished()
{
    for (BenchNodeLane *lane : std::as_const(m_lanes))
        if (!lane->isFinished())
            return;
    finish(BenchRunStatus::Finished);
}

void BenchRunner::setPaused(bool paused)
{
    if (!m_running || m_paused == paused)
        return;
    m_paused = paused;
    for (BenchNodeLane *lane : std::as_const(m_lanes))
        lane->setPaused(paused);
    m_report.run.status = paused ? BenchRunStatus::Paused : BenchRunStatus::Running;
    if (m_store && m_report.run.id > 0)
        m_store->setRunStatus(m_report.run.id, m_report.run.status);
}

void BenchRunner::cancel()
{
    if (m_running)
        finish(BenchRunStatus::Cancelled);
}

void BenchRunner::finish(BenchRunStatus status)
{
    m_running = false;
    for (BenchNodeLane *lane : std::as_const(m_lanes))
        lane->cancel();
    m_report.run.status = status;
    m_report.run.finishedAt = QDateTime::currentDateTimeUtc();
    if (m_store && m_report.run.id > 0) {
        m_store->setRunStatus(m_report.run.id, status,
                              status == BenchRunStatus::Finished ? m_report.run.finishedAt : QDateTime());
        m_report.regressions = m_store->regressions(m_report.run.id);
    }
    const BenchReport report = m_report;
    emit finished(report);
}

void BenchRunner::clearLanes()
{
    for (BenchNodeLane *lane : std::as_const(m_lanes)) {
        lane->cancel();
        lane->deleteLater();
    }
    m_lanes.clear();
    for (NodeProbe *probe : std::as_const(m_probes)) {
        probe->cancel();
        probe->deleteLater();
    }
    m_probes.clear();
}
