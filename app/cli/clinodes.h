#pragma once

#include "models/node/nodeconfig.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// Which nodes a tokscope-cli command talks to. The node list comes from `--config FILE` (the format
// NodeConfigStore writes), else from the GUI's saved list, else the default lab. Each `--node` value is
// a configured node's name or id (case-insensitive) or a base URL (http://host:port) for a node that
// is not configured. Without `--node`, every configured node.
namespace CliNodes {

// The configured list (no --node filtering). nullopt + *error when the --config file is unusable.
std::optional<QList<NodeConfig>> configured(const QString &configFile, QString *error);
// nullopt + *error (translated, names the bad value) on an unknown name or a bad URL.
std::optional<QList<NodeConfig>> resolve(const QStringList &nodeArgs, const QString &configFile,
                                         QString *error);

} // namespace CliNodes
