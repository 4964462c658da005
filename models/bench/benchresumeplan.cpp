#include "models/bench/benchresumeplan.h"

#include "models/bench/suiteloader.h"

const NodeConfig *BenchResumePlan::findNode(const QList<NodeConfig> &configured, const QString &storedName)
{
    for (const NodeConfig &n : configured)
        if (BenchRunner::nodeKey(n).compare(storedName, Qt::CaseInsensitive) == 0 ||
            n.id.compare(storedName, Qt::CaseInsensitive) == 0)
            return &n;
    return nullptr;
}

std::optional<BenchSettings> BenchResumePlan::fromStoredRun(const BenchRunInfo &run,
                                                            const QList<Suite> &suites,
                                                            const QList<NodeConfig> &nodes, QString *error,
                                                            MissingNode missingNode)
{
    BenchSettings settings = BenchSettings::fromJson(run.settingsJson).value_or(BenchSettings{});
    const QList<NodeConfig> storedNodes = settings.nodes;
    settings.nodes.clear();

    // Suites loaded now first; the run's own suite files and folders for the ones that are not.
    QList<Suite> available = suites;
    auto findSuite = [&available](const QString &name) {
        return std::find_if(available.cbegin(), available.cend(), [&name](const Suite &s) { return s.name == name; });
    };
    const bool allLoaded = std::all_of(run.suites.cbegin(), run.suites.cend(),
                                       [&](const QString &name) { return findSuite(name) != available.cend(); });
    if (!allLoaded) {
        for (const QString &file : std::as_const(settings.suiteFiles))
            if (const std::optional<Suite> s = SuiteLoader::loadFile(file, nullptr))
                available.append(*s);
        if (!settings.suiteDirs.isEmpty())
            available.append(SuiteLoader::loadAll(settings.suiteDirs, false).suites);
    }
    QStringList missing;
    for (const QString &name : run.suites) {
        const auto it = findSuite(name);
        if (it == available.cend())
            missing << tr("suite %1").arg(name);
        else
            settings.suites.append(*it);
    }

    QStringList names;
    for (const NodeConfig &n : storedNodes)
        names << n.name;
    if (names.isEmpty())
        for (const NodeFingerprint &fp : run.nodes)
            names << fp.node;
    for (const QString &name : std::as_const(names)) {
        if (const NodeConfig *configured = findNode(nodes, name)) {
            NodeConfig c = *configured;
            c.name = name; // the history identity stays the stored one
            settings.nodes.append(c);
            continue;
        }
        const auto stored = std::find_if(storedNodes.cbegin(), storedNodes.cend(),
                                         [&name](const NodeConfig &n) { return n.name == name; });
        if (missingNode == MissingNode::UseStored && stored != storedNodes.cend())
            settings.nodes.append(*stored);
        else
            missing << tr("node %1").arg(name);
    }
    if (!missing.isEmpty() || settings.nodes.isEmpty()) {
        *error = tr("Cannot resume run %1: not available now: %2")
                     .arg(run.id)
                     .arg(missing.isEmpty() ? tr("no nodes") : missing.join(QLatin1String(", ")));
        return std::nullopt;
    }
    return settings;
}
