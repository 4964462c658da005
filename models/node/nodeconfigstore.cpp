#include "models/node/nodeconfigstore.h"

#include "models/node/nodeurlcheck.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>
#include <QStandardPaths>

#include <algorithm>

namespace {

constexpr int FormatVersion = 1;

QJsonObject toJson(const NodeConfig &n)
{
    QJsonObject o;
    o.insert(QLatin1String("id"), n.id);
    o.insert(QLatin1String("name"), n.name);
    o.insert(QLatin1String("url"), n.url.toString());
    o.insert(QLatin1String("role"), n.role);
    o.insert(QLatin1String("backend"), backendKey(n.backendHint));
    o.insert(QLatin1String("thinking_default"), n.thinkingDefault);
    o.insert(QLatin1String("poll_interval_ms"), n.pollIntervalMs);
    o.insert(QLatin1String("request_timeout_ms"), n.requestTimeoutMs);
    o.insert(QLatin1String("proxy"), n.proxy);
    o.insert(QLatin1String("simulated"), n.simulated);
    o.insert(QLatin1String("has_api_key"), !n.apiKey.isEmpty());
    return o;
}

int boundedInt(const QJsonObject &o, const char *key, int fallback, int lo, int hi)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isDouble() ? std::clamp(v.toInt(fallback), lo, hi) : fallback;
}

// nullopt + *why when the entry cannot be used at all.
std::optional<NodeConfig> fromJson(const QJsonObject &o, QString *why)
{
    NodeConfig n;
    const QString urlText = o.value(QLatin1String("url")).toString();
    const NodeUrlCheck check = NodeUrlCheck::check(urlText);
    if (!check.isValid()) {
        *why = QStringLiteral("%1: %2").arg(urlText.trimmed(), check.error);
        return std::nullopt;
    }
    n.url = check.url;
    n.id = o.value(QLatin1String("id")).toString().trimmed();
    n.name = o.value(QLatin1String("name")).toString().trimmed();
    if (n.name.isEmpty())
        n.name =
            n.url.port() > 0 ? n.url.host() + QLatin1Char(':') + QString::number(n.url.port()) : n.url.host();
    n.role = o.value(QLatin1String("role")).toString().trimmed();
    n.backendHint = backendFromKey(o.value(QLatin1String("backend")).toString());
    n.thinkingDefault = o.value(QLatin1String("thinking_default")).toBool(false);
    n.pollIntervalMs = boundedInt(o, "poll_interval_ms", n.pollIntervalMs, 250, 10 * 60 * 1000);
    n.requestTimeoutMs = boundedInt(o, "request_timeout_ms", n.requestTimeoutMs, 100, 60 * 1000);
    n.proxy = o.value(QLatin1String("proxy")).toString().trimmed();
    n.simulated = o.value(QLatin1String("simulated")).toBool(false);
    n.apiKey = o.value(QLatin1String("api_key")).toString(); // hand-written files only; never written
    return n;
}

bool writeFile(const QString &path, const QByteArray &bytes, bool ownerOnly, QString *error)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        *error =
            NodeConfigStore::tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), f.errorString());
        return false;
    }
    if (ownerOnly)
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    f.write(bytes);
    if (!f.commit()) {
        *error =
            NodeConfigStore::tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), f.errorString());
        return false;
    }
    return true;
}

} // namespace

NodeConfigStore::NodeConfigStore(const QString &filePath, QObject *parent)
    : QObject(parent), m_filePath(filePath), m_nodes(NodeConfig::defaultLab())
{}

QString NodeConfigStore::defaultFilePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) +
           QStringLiteral("/nodes.json");
}

QString NodeConfigStore::secretsFilePath() const
{
    const QFileInfo info(m_filePath);
    return info.dir().filePath(info.completeBaseName() + QStringLiteral(".secrets.json"));
}

bool NodeConfigStore::load()
{
    m_error.clear();
    m_warnings.clear();
    m_fileBroken = false;
    QFile f(m_filePath);
    if (!f.exists()) {
        m_nodes = NodeConfig::defaultLab();
        emit nodesChanged();
        return true;
    }
    std::optional<QList<NodeConfig>> parsed;
    QString why;
    if (!f.open(QIODevice::ReadOnly))
        why = f.errorString();
    else
        parsed = parseJson(f.readAll(), &why, &m_warnings);
    if (!parsed) {
        m_error = NodeConfigStore::tr("cannot read the node list %1: %2; using the default lab")
                      .arg(QDir::toNativeSeparators(m_filePath), why);
        m_fileBroken = true;
        m_nodes = NodeConfig::defaultLab();
        emit nodesChanged();
        return false;
    }
    m_nodes = *parsed;
    readSecrets();
    emit nodesChanged();
    return true;
}

void NodeConfigStore::readSecrets()
{
    QFile f(secretsFilePath());
    if (!f.open(QIODevice::ReadOnly))
        return;
    const QJsonObject keys =
        QJsonDocument::fromJson(f.readAll()).object().value(QLatin1String("api_keys")).toObject();
    for (NodeConfig &n : m_nodes) {
        const QString key = keys.value(n.id).toString();
        if (!key.isEmpty())
            n.apiKey = key;
    }
}

bool NodeConfigStore::save()
{
    m_error.clear();
    if (m_fileBroken && QFile::exists(m_filePath)) {
        const QString backup = m_filePath + QStringLiteral(".broken");
        QFile::remove(backup);
        QFile::rename(m_filePath, backup);
    }
    m_fileBroken = false;
    if (!writeFile(m_filePath, exportJson(m_nodes), false, &m_error))
        return false;
    return writeSecrets();
}

bool NodeConfigStore::writeSecrets()
{
    QJsonObject keys;
    for (const NodeConfig &n : std::as_const(m_nodes))
        if (!n.apiKey.isEmpty())
            keys.insert(n.id, n.apiKey);
    if (keys.isEmpty()) {
        QFile::remove(secretsFilePath());
        return true;
    }
    QJsonObject root;
    root.insert(QLatin1String("version"), FormatVersion);
    root.insert(QLatin1String("api_keys"), keys);
    return writeFile(secretsFilePath(), QJsonDocument(root).toJson(QJsonDocument::Indented), true, &m_error);
}

int NodeConfigStore::indexOf(const QString &id) const
{
    for (int i = 0; i < m_nodes.size(); ++i)
        if (m_nodes[i].id == id)
            return i;
    return -1;
}

std::optional<NodeConfig> NodeConfigStore::find(const QString &id) const
{
    const int i = indexOf(id);
    return i < 0 ? std::nullopt : std::optional<NodeConfig>(m_nodes[i]);
}

bool NodeConfigStore::persist()
{
    const bool ok = save();
    emit nodesChanged();
    return ok;
}

bool NodeConfigStore::setNodes(const QList<NodeConfig> &nodes)
{
    QList<NodeConfig> withIds = nodes;
    QSet<QString> seen;
    for (NodeConfig &n : withIds) {
        if (n.id.isEmpty() || seen.contains(n.id))
            n.id = NodeConfig::newId();
        seen.insert(n.id);
    }
    // Round-trip through the parser so the same rules (URL form, limits) apply as on load; a node the
    // parser would drop refuses the whole edit instead of vanishing.
    QString why;
    QStringList warnings;
    std::optional<QList<NodeConfig>> repaired = parseJson(exportJson(withIds), &why, &warnings);
    if (!repaired || repaired->size() != withIds.size()) {
        m_error = repaired ? warnings.join(QStringLiteral("; ")) : why;
        return false;
    }
    for (qsizetype i = 0; i < withIds.size(); ++i)
        (*repaired)[i].apiKey = withIds[i].apiKey; // exportJson never carries the key
    m_warnings.clear();
    m_nodes = *repaired;
    return persist();
}

bool NodeConfigStore::add(NodeConfig node)
{
    if (node.id.isEmpty() || indexOf(node.id) >= 0)
        node.id = NodeConfig::newId();
    QList<NodeConfig> next = m_nodes;
    next.append(node);
    return setNodes(next);
}

bool NodeConfigStore::update(const NodeConfig &node)
{
    const int i = indexOf(node.id);
    if (i < 0) {
        m_error = NodeConfigStore::tr("no node with id %1").arg(node.id);
        return false;
    }
    QList<NodeConfig> next = m_nodes;
    next[i] = node;
    return setNodes(next);
}

bool NodeConfigStore::remove(const QString &id)
{
    const int i = indexOf(id);
    if (i < 0) {
        m_error = NodeConfigStore::tr("no node with id %1").arg(id);
        return false;
    }
    m_nodes.removeAt(i);
    return persist();
}

bool NodeConfigStore::move(int from, int to)
{
    if (from < 0 || from >= m_nodes.size() || to < 0 || to >= m_nodes.size()) {
        m_error = NodeConfigStore::tr("cannot move node %1 to position %2").arg(from).arg(to);
        return false;
    }
    if (from == to)
        return true;
    m_nodes.move(from, to);
    return persist();
}

QByteArray NodeConfigStore::exportJson(const QList<NodeConfig> &nodes)
{
    QJsonArray list;
    for (const NodeConfig &n : nodes)
        list.append(toJson(n));
    QJsonObject root;
    root.insert(QLatin1String("version"), FormatVersion);
    root.insert(QLatin1String("nodes"), list);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<QList<NodeConfig>> NodeConfigStore::parseJson(const QByteArray &json, QString *error,
                                                            QStringList *warnings)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = NodeConfigStore::tr("invalid JSON at byte %1: %2")
                     .arg(parseError.offset)
                     .arg(parseError.errorString());
        return std::nullopt;
    }
    QJsonArray list;
    if (doc.isArray()) {
        list = doc.array();
    } else if (doc.object().value(QLatin1String("nodes")).isArray()) {
        list = doc.object().value(QLatin1String("nodes")).toArray();
    } else {
        *error = NodeConfigStore::tr("no \"nodes\" list");
        return std::nullopt;
    }
    QList<NodeConfig> nodes;
    QSet<QString> ids;
    for (qsizetype i = 0; i < list.size(); ++i) {
        QString why;
        std::optional<NodeConfig> n =
            list.at(i).isObject() ? fromJson(list.at(i).toObject(), &why) : std::nullopt;
        if (!n) {
            if (warnings)
                warnings->append(NodeConfigStore::tr("node %1 skipped: %2")
                                     .arg(i + 1)
                                     .arg(why.isEmpty() ? NodeConfigStore::tr("not an object") : why));
            continue;
        }
        if (n->id.isEmpty() || ids.contains(n->id)) {
            if (!n->id.isEmpty() && warnings)
                warnings->append(NodeConfigStore::tr("node %1 (%2): duplicate id %3 replaced")
                                     .arg(i + 1)
                                     .arg(n->name, n->id));
            n->id = NodeConfig::newId();
        }
        ids.insert(n->id);
        nodes.append(*n);
    }
    return nodes;
}
