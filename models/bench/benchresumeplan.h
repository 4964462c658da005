#pragma once

#include "models/bench/benchrunner.h"

#include <QCoreApplication>
#include <optional>

// Rebuilds the settings of a stored benchmark run so it can be resumed (GUI and CLI): its suites (by
// name, from the loaded ones, else from its stored suite files and folders), its runs / thinking /
// cache-bust choices (BenchSettings::fromJson) and its nodes (matched by findNode among the configured
// nodes, which bring their API keys).
class BenchResumePlan final
{
    Q_DECLARE_TR_FUNCTIONS(BenchResumePlan)

public:
    // A stored node is not configured any more: error (GUI) or run it at its stored URL (CLI).
    enum class MissingNode
    {
        Fail,
        UseStored
    };

    static std::optional<BenchSettings> fromStoredRun(const BenchRunInfo &run, const QList<Suite> &suites,
                                                      const QList<NodeConfig> &nodes, QString *error,
                                                      MissingNode missing = MissingNode::Fail);
    // The one rule that finds a stored node (its history name, BenchRunner::nodeKey) among the configured
    // ones: the node key or the id, ignoring case. nullptr when none matches.
    static const NodeConfig *findNode(const QList<NodeConfig> &configured, const QString &storedName);
};
