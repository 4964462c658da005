#include "models/node/nodeconfigstore.h"

#include "models/node/nodeurlcheck.h"
#include "models/secrets/apikeyenvironment.h"

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

// hasKey: whether a key is stored for the node (the node file), or whether it has one (an export).
QJsonObject toJson(const NodeConfig &n, bool hasKey)
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
    o.insert(QLatin1String("has_api_key"), hasKey);
    if (!n.apiKeyEnv.isEmpty())
        o.insert(QLatin1String("api_key_env"), n.apiKeyEnv);
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
    n.apiKeyEnv = o.value(QLatin1String("api_key_env")).toString().trimmed();
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
        loadKeys({});
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
    f.seek(0);
    QSet<QString> hasStoredKey;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll());
    const QJsonArray list =
        doc.isArray() ? doc.array() : doc.object().value(QLatin1String("nodes")).toArray();
    for (const QJsonValue &v : list)
        if (v.toObject().value(QLatin1String("has_api_key")).toBool())
            hasStoredKey.insert(v.toObject().value(QLatin1String("id")).toString().trimmed());
    loadKeys(hasStoredKey);
    emit nodesChanged();
    return true;
}

void NodeConfigStore::setSecretStore(SecretStore *secrets)
{
    m_secrets = secrets;
    m_availability.reset();
}

SecretStore::Result NodeConfigStore::keyStoreAvailability()
{
    if (!m_availability) {
        m_availability = m_secrets ? m_secrets->availability()
                                   : SecretStore::Result{SecretStore::Status::Unavailable,
                                                         {},
                                                         NodeConfigStore::tr("no keychain is connected")};
    }
    return *m_availability;
}

QString NodeConfigStore::keyStorageNote()
{
    const SecretStore::Result available = keyStoreAvailability();
    QString note =
        available.ok()
            ? NodeConfigStore::tr("API keys are stored in %1, never in the node file, settings, history or "
                                  "exports.")
                  .arg(m_secrets->displayName())
            : NodeConfigStore::tr("Keychain unavailable (%1): a key typed here is used until Tokscope quits "
                                  "but is not saved. To keep a key, put it in an environment variable and "
                                  "enter the variable's name instead.")
                  .arg(available.error);
    if (!m_legacyKeys.isEmpty())
        note += QLatin1Char(' ') +
                NodeConfigStore::tr("Keys saved by an earlier version are still read from %1 (readable by "
                                    "you only); they move to the keychain once one is available.")
                    .arg(QDir::toNativeSeparators(secretsFilePath()));
    return note;
}

// Key sources, first found wins: a key written into a hand-edited node file, the SecretStore, the
// earlier versions' secrets file (moved into the SecretStore when it is available), the environment
// variable named by api_key_env.
void NodeConfigStore::loadKeys(const QSet<QString> &hasStoredKey)
{
    m_storedKeys.clear();
    m_legacyKeys.clear();
    m_unreadKeys.clear();
    m_sessionOnlyKeys.clear();
    m_keyNotes.clear();
    QFile legacyFile(secretsFilePath());
    const bool legacyExists = legacyFile.exists();
    if (legacyExists && legacyFile.open(QIODevice::ReadOnly)) {
        const QJsonObject keys = QJsonDocument::fromJson(legacyFile.readAll())
                                     .object()
                                     .value(QLatin1String("api_keys"))
                                     .toObject();
        for (auto it = keys.begin(); it != keys.end(); ++it)
            if (!it.value().toString().isEmpty())
                m_legacyKeys.insert(it.key(), it.value().toString());
    }
    bool migrated = false;
    for (NodeConfig &n : m_nodes) {
        n.apiKeyFromEnv = false;
        const bool wanted =
            n.apiKey.isEmpty() && (hasStoredKey.contains(n.id) || m_legacyKeys.contains(n.id));
        const SecretStore::Result available =
            wanted ? keyStoreAvailability() : SecretStore::Result{SecretStore::Status::Unavailable, {}, {}};
        if (wanted && available.ok() && hasStoredKey.contains(n.id)) {
            const SecretStore::Result r = m_secrets->read(n.id);
            if (r.ok()) {
                n.apiKey = r.value;
                m_storedKeys.insert(n.id, r.value);
            } else if (r.status != SecretStore::Status::NotFound) {
                m_unreadKeys.insert(n.id);
                m_keyNotes << NodeConfigStore::tr("%1: the API key could not be read from %2: %3")
                                  .arg(n.name, m_secrets->displayName(), r.error);
            }
        } else if (wanted && hasStoredKey.contains(n.id) && !m_legacyKeys.contains(n.id)) {
            m_unreadKeys.insert(n.id);
            m_keyNotes << NodeConfigStore::tr("%1: its API key is in the system keychain, which is not "
                                              "available (%2). Name an environment variable that holds "
                                              "the key in Nodes > Edit nodes.")
                              .arg(n.name, available.error);
        }
        if (n.apiKey.isEmpty() && m_legacyKeys.contains(n.id)) {
            n.apiKey = m_legacyKeys.value(n.id);
            if (available.ok()) {
                const SecretStore::Result r = m_secrets->write(n.id, n.apiKey);
                if (r.ok()) {
                    m_storedKeys.insert(n.id, n.apiKey);
                    m_legacyKeys.remove(n.id);
                    migrated = true;
                } else {
                    m_keyNotes << NodeConfigStore::tr("%1: the API key could not be moved into %2: %3")
                                      .arg(n.name, m_secrets->displayName(), r.error);
                }
            }
        }
        if (n.apiKey.isEmpty() && !n.apiKeyEnv.isEmpty()) {
            n.apiKey = ApiKeyEnvironment::value(n.apiKeyEnv);
            n.apiKeyFromEnv = !n.apiKey.isEmpty();
            if (!n.apiKeyFromEnv)
                m_keyNotes << NodeConfigStore::tr("%1: the environment variable %2 named for its API key is "
                                                  "not set")
                                  .arg(n.name, n.apiKeyEnv);
        }
    }
    // Keys of nodes that are no longer in the list have nowhere to go.
    for (auto it = m_legacyKeys.begin(); it != m_legacyKeys.end();)
        it = indexOf(it.key()) < 0 ? m_legacyKeys.erase(it) : std::next(it);
    if (legacyExists && m_legacyKeys.isEmpty()) {
        if (QFile::remove(secretsFilePath()) && migrated)
            m_keyNotes << NodeConfigStore::tr("API keys were moved from %1 into %2; the file was removed.")
                              .arg(QDir::toNativeSeparators(secretsFilePath()), m_secrets->displayName());
    } else if (!m_legacyKeys.isEmpty() && !keyStoreAvailability().ok()) {
        m_keyNotes << NodeConfigStore::tr("API keys are read from %1 because no keychain is available (%2). "
                                          "They move to the keychain once one is available.")
                          .arg(QDir::toNativeSeparators(secretsFilePath()), keyStoreAvailability().error);
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
    const bool keysSaved = saveKeys(); // first, so "has_api_key" tells what was stored
    QString fileError;
    if (!writeFile(m_filePath, nodeFileJson(), false, &fileError)) {
        m_error = fileError;
        return false;
    }
    return keysSaved;
}

// Brings the SecretStore in line with the nodes' keys: a key read from the environment is never
// stored; a cleared key, or a removed node's key, is deleted. Without a store, typed keys stay in
// memory only. The earlier versions' file is only ever shrunk.
bool NodeConfigStore::saveKeys()
{
    QStringList errors;
    QSet<QString> ids;
    for (const NodeConfig &n : std::as_const(m_nodes)) {
        ids.insert(n.id);
        const QString desired = n.apiKeyFromEnv ? QString() : n.apiKey;
        if (m_storedKeys.contains(n.id) ? m_storedKeys.value(n.id) == desired : desired.isEmpty()) {
            m_sessionOnlyKeys.remove(n.id);
            continue;
        }
        if (!keyStoreAvailability().ok()) {
            if (!desired.isEmpty())
                m_sessionOnlyKeys.insert(n.id);
            continue;
        }
        const SecretStore::Result r =
            desired.isEmpty() ? m_secrets->remove(n.id) : m_secrets->write(n.id, desired);
        if (r.ok() || (desired.isEmpty() && r.status == SecretStore::Status::NotFound)) {
            if (desired.isEmpty())
                m_storedKeys.remove(n.id);
            else
                m_storedKeys.insert(n.id, desired);
            m_sessionOnlyKeys.remove(n.id);
            m_unreadKeys.remove(n.id);
        } else {
            errors << NodeConfigStore::tr("%1: the API key could not be saved in %2: %3")
                          .arg(n.name, m_secrets->displayName(), r.error);
        }
    }
    for (const QString &id : m_storedKeys.keys()) {
        if (ids.contains(id))
            continue;
        const SecretStore::Result r = m_secrets->remove(id);
        if (r.ok() || r.status == SecretStore::Status::NotFound)
            m_storedKeys.remove(id);
    }
    for (auto it = m_unreadKeys.begin(); it != m_unreadKeys.end();)
        it = ids.contains(*it) ? std::next(it) : m_unreadKeys.erase(it);

    bool legacyChanged = false;
    for (auto it = m_legacyKeys.begin(); it != m_legacyKeys.end();) {
        const int i = indexOf(it.key());
        const bool keep = i >= 0 && !m_nodes[i].apiKeyFromEnv && m_nodes[i].apiKey == it.value() &&
                          !m_storedKeys.contains(it.key());
        legacyChanged |= !keep;
        it = keep ? std::next(it) : m_legacyKeys.erase(it);
    }
    if (legacyChanged && !writeLegacyKeys())
        errors << m_error;
    if (!errors.isEmpty())
        m_error = errors.join(QStringLiteral("; "));
    return errors.isEmpty();
}

bool NodeConfigStore::writeLegacyKeys()
{
    if (m_legacyKeys.isEmpty()) {
        QFile::remove(secretsFilePath());
        return true;
    }
    QJsonObject keys;
    for (auto it = m_legacyKeys.cbegin(); it != m_legacyKeys.cend(); ++it)
        keys.insert(it.key(), it.value());
    QJsonObject root;
    root.insert(QLatin1String("version"), FormatVersion);
    root.insert(QLatin1String("api_keys"), keys);
    return writeFile(secretsFilePath(), QJsonDocument(root).toJson(QJsonDocument::Indented), true, &m_error);
}

QByteArray NodeConfigStore::nodeFileJson() const
{
    QJsonArray list;
    for (const NodeConfig &n : m_nodes)
        list.append(toJson(n, m_storedKeys.contains(n.id) || m_legacyKeys.contains(n.id) ||
                                  m_unreadKeys.contains(n.id)));
    QJsonObject root;
    root.insert(QLatin1String("version"), FormatVersion);
    root.insert(QLatin1String("nodes"), list);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
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
    for (qsizetype i = 0; i < withIds.size(); ++i) { // exportJson never carries the key
        NodeConfig &n = (*repaired)[i];
        n.apiKey = withIds[i].apiKey;
        n.apiKeyFromEnv = withIds[i].apiKeyFromEnv && !n.apiKey.isEmpty();
        if (n.apiKey.isEmpty() && !n.apiKeyEnv.isEmpty()) { // e.g. a node list from a file
            n.apiKey = ApiKeyEnvironment::value(n.apiKeyEnv);
            n.apiKeyFromEnv = !n.apiKey.isEmpty();
        }
    }
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
        list.append(toJson(n, !n.apiKey.isEmpty()));
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
