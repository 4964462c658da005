#pragma once

#include "models/bench/benchrunner.h"

#include <QCoreApplication>
#include <optional>

// Rebuilds the settings of a stored benchmark run so it can be resumed: its suites (by name, from the
// loaded ones), its runs / thinking / cache-bust choices (from the stored settings JSON) and its nodes
// (by history name, from the configured nodes, which bring their API keys). GUI-free.
class BenchResumePlan final
{
    Q_DECLARE_TR_FUNCTIONS(BenchResumePlan)

public:
    static std::optional<BenchSettings> fromStoredRun(const BenchRunInfo &run, const QList<Suite> &suites,
                                                      const QList<NodeConfig> &nodes, QString *error);
};
