#pragma once

#include "models/node/nodeconfig.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <optional>

// Persists the node list as JSON (default <AppConfigLocation>/nodes.json). API keys never go into
// that file: they live in a sibling "<name>.secrets.json" readable by the owner only, so the node list
// can be shared, exported or pasted into a bug report as is. A hand-written file (e.g. for
// `tokscope-cli --config FILE`) may carry "api_key" or "api_key_env" inline; both are read.
// On first start (no file) the list is NodeConfig::defaultLab(). Every edit saves at once.
class NodeConfigStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NodeConfigStore)

public:
    explicit NodeConfigStore(const QString &filePath = defaultFilePath(), QObject *parent = nullptr);

    static QString defaultFilePath();
    QString filePath() const { return m_filePath; }
    QString secretsFilePath() const;

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
    bool writeSecrets();
    void readSecrets();

    QString m_filePath;
    QList<NodeConfig> m_nodes;
    QString m_error;
    QStringList m_warnings;
    bool m_fileBroken = false;
};
