#include "widgets/bench/benchresumeplan.h"

#include <nlohmann/json.hpp>

std::optional<BenchSettings> BenchResumePlan::fromStoredRun(const BenchRunInfo &run,
                                                            const QList<Suite> &suites,
                                                            const QList<NodeConfig> &nodes, QString *error)
{
    BenchSettings settings;
    QStringList missing;
    for (const QString &name : run.suites) {
        const auto it =
            std::find_if(suites.cbegin(), suites.cend(), [&name](const Suite &s) { return s.name == name; });
        if (it == suites.cend())
            missing << tr("suite %1").arg(name);
        else
            settings.suites.append(*it);
    }
    for (const NodeFingerprint &fp : run.nodes) {
        const auto it = std::find_if(nodes.cbegin(), nodes.cend(), [&fp](const NodeConfig &n) {
            return BenchRunner::nodeKey(n) == fp.node;
        });
        if (it == nodes.cend())
            missing << tr("node %1").arg(fp.node);
        else
            settings.nodes.append(*it);
    }
    if (!missing.isEmpty() || settings.nodes.isEmpty()) {
        *error = tr("Cannot resume run %1: not available now: %2")
                     .arg(run.id)
                     .arg(missing.isEmpty() ? tr("no nodes") : missing.join(QLatin1String(", ")));
        return std::nullopt;
    }
    const nlohmann::json stored = nlohmann::json::parse(run.settingsJson.toStdString(), nullptr, false);
    if (stored.is_object()) {
        settings.runs = stored.value("runs", 3);
        if (const auto t = stored.find("thinking"); t != stored.end() && t->is_boolean())
            settings.thinkingOverride = t->get<bool>();
        settings.cacheBust = stored.value("cache_bust", false);
        settings.stableSpread = stored.value("stable_spread", 10.0);
    }
    return settings;
}
