#pragma once

#include "models/node/nodeconfig.h"
#include "models/secrets/secretstore.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

// Persists the node list as JSON (default <AppConfigLocation>/nodes.json). API keys never go into
// that file: they live in the SecretStore (the system keychain), so the node list can be shared,
// exported or pasted into a bug report as is. The file keeps "has_api_key" (is a key stored for this
// node) and "api_key_env" (the name of an environment variable holding the key, used when no key is
// stored). A hand-written file (e.g. for `tokscope-cli --config FILE`) may carry "api_key" inline: it is
// read, and moved into the keychain on the next save.
// Earlier versions kept keys in a sibling "<name>.secrets.json" (owner-only). load() moves them into the
// keychain and removes that file; without a keychain the file is still read (and only ever shrunk),
// and keyNotes() says so. Without a keychain (or no SecretStore set) a newly typed key is used for this
// session only. On first start (no file) the list is NodeConfig::defaultLab(). Every edit saves at once.
class NodeConfigStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NodeConfigStore)

public:
    explicit NodeConfigStore(const QString &filePath = defaultFilePath(), QObject *parent = nullptr);

    static QString defaultFilePath();
    QString filePath() const { return m_filePath; }
    QString secretsFilePath() const; // the earlier versions' key file (read for migration only)

    // Where keys are kept (not owned; set before load()). None: as if no keychain were available.
    void setSecretStore(SecretStore *secrets);
    // Ok when keys can be stored; Unavailable with a reason otherwise. Asks the store once.
    SecretStore::Result keyStoreAvailability();
    // Plain words for the Edit nodes dialog: where keys are kept now and what to do without a keychain.
    QString keyStorageNote();
    // Key problems found by load() and save() (translated, never containing a key), e.g. a key that is
    // in the keychain while the keychain is unavailable, or an environment variable that is not set.
    QStringList keyNotes() const { return m_keyNotes; }

    // Reads the file. No file: the default lab, true. Unreadable or invalid file: false, errorString()
    // says why, the list falls back to the default lab and the broken file is kept (renamed to
    // "<name>.broken") on the next save instead of being overwritten silently.
    bool load();
    bool save();
    QString errorString() const { return m_error; }
    // Entries skipped or repaired while loading (bad URL, duplicate id ...), translated.
    QStringList warnings() const { return m_warnings; }

    QList<NodeConfig> nodes() const { return m_nodes; }
    int indexOf(const QString &id) const;
    std::optional<NodeConfig> find(const QString &id) const;

    // Each edit persists immediately and emits nodesChanged(); false (and errorString) if saving failed
    // or the edit does not apply (unknown id, out-of-range index).
    bool setNodes(const QList<NodeConfig> &nodes);
    bool add(NodeConfig node);
    bool update(const NodeConfig &node);
    bool remove(const QString &id);
    bool move(int from, int to);

    // The shareable JSON of a node list: never contains an API key (only "has_api_key").
    static QByteArray exportJson(const QList<NodeConfig> &nodes);
    // Parses a node list (an object with "nodes" or a bare array). nullopt + *error on a file that is
    // not a node list; entries that cannot be used are skipped with a line in *warnings.
    static std::optional<QList<NodeConfig>> parseJson(const QByteArray &json, QString *error,
                                                      QStringList *warnings = nullptr);

signals:
    void nodesChanged();

private:
    bool persist();
    void loadKeys(const QSet<QString> &hasStoredKey);
    bool saveKeys();
    bool writeLegacyKeys();
    QByteArray nodeFileJson() const;

    SecretStore *m_secrets = nullptr;
    std::optional<SecretStore::Result> m_availability;
    QHash<QString, QString> m_storedKeys; // node id -> key as it is in the SecretStore
    QHash<QString, QString> m_legacyKeys; // node id -> key still only in secretsFilePath()
    QSet<QString> m_unreadKeys;           // "has_api_key" nodes whose key could not be read
    QSet<QString> m_sessionOnlyKeys;      // keys typed while nothing could store them
    QStringList m_keyNotes;

    QString m_filePath;
    QList<NodeConfig> m_nodes;
    QString m_error;
    QStringList m_warnings;
    bool m_fileBroken = false;
};
