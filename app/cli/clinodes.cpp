#include "app/cli/clinodes.h"

#include "app/keychain/keychainsecretstore.h"
#include "models/node/nodeconfigstore.h"
#include "models/node/nodeurlcheck.h"

#include <QCoreApplication>
#include <QFile>
#include <QSet>

#include <cstdio>

namespace CliNodes {

std::optional<QList<NodeConfig>> configured(const QString &configFile, QString *error)
{
    const QString path = configFile.isEmpty() ? NodeConfigStore::defaultFilePath() : configFile;
    if (!configFile.isEmpty() && !QFile::exists(configFile)) {
        *error = QCoreApplication::translate("CliNodes", "config file not found: %1").arg(configFile);
        return std::nullopt;
    }
    // The keychain is asked only when a node has a stored key (or keys still wait in an old secrets file).
    KeychainSecretStore keychain;
    NodeConfigStore store(path);
    store.setSecretStore(&keychain);
    if (!store.load()) {
        *error = store.errorString();
        return std::nullopt;
    }
    // Where a key could not be found (no keychain service, an unset environment variable), in plain
    // words on stderr, once per run; stdout stays clean for JSON.
    static QSet<QString> told;
    for (const QString &note : store.keyNotes()) {
        if (!told.contains(note))
            std::fprintf(stderr, "tokscope-cli: %s\n", qPrintable(note));
        told.insert(note);
    }
    return store.nodes();
}

std::optional<QList<NodeConfig>> resolve(const QStringList &nodeArgs, const QString &configFile,
                                         QString *error)
{
    std::optional<QList<NodeConfig>> known = configured(configFile, error);
    if (!known)
        return std::nullopt;
    if (nodeArgs.isEmpty())
        return known;
    QList<NodeConfig> picked;
    for (const QString &arg : nodeArgs) {
        const NodeConfig *match = nullptr;
        for (const NodeConfig &n : std::as_const(*known)) {
            if (n.name.compare(arg, Qt::CaseInsensitive) == 0 ||
                n.id.compare(arg, Qt::CaseInsensitive) == 0) {
                match = &n;
                break;
            }
        }
        if (match) {
            picked.append(*match);
            continue;
        }
        if (!arg.contains(QLatin1String("://"))) {
            *error = QCoreApplication::translate("CliNodes",
                                                 "unknown node '%1': not a configured name and not a URL")
                         .arg(arg);
            return std::nullopt;
        }
        const NodeUrlCheck check = NodeUrlCheck::check(arg);
        if (!check.isValid()) {
            *error = QStringLiteral("%1: %2").arg(arg, check.error);
            return std::nullopt;
        }
        NodeConfig adhoc;
        adhoc.id = check.url.toString(); // unique per URL; the same URL twice is one node
        adhoc.url = check.url;
        adhoc.name = check.url.port() > 0
                         ? QStringLiteral("%1:%2").arg(check.url.host()).arg(check.url.port())
                         : check.url.host();
        picked.append(adhoc);
    }
    return picked;
}

} // namespace CliNodes
