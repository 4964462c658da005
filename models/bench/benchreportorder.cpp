#include "models/bench/benchreportorder.h"

#include <QHash>
#include <climits>
#include <algorithm>
#include <tuple>

BenchReport BenchReportOrder::sorted(const BenchReport &report, const QList<Suite> &suites)
{
    // Suite rank: the run's own suite list first, then the given suites' order.
    QHash<QString, int> suiteRank;
    for (const QString &s : report.run.suites)
        suiteRank.insert(s, int(suiteRank.size()));
    for (const Suite &s : suites)
        if (!suiteRank.contains(s.name))
            suiteRank.insert(s.name, int(suiteRank.size()));
    QHash<QString, int> taskRank; // "suite/task" -> index in its suite
    for (const Suite &s : suites)
        for (int i = 0; i < s.tasks.size(); ++i)
            taskRank.insert(s.name + QLatin1Char('/') + s.tasks.at(i).id, i);
    QHash<QString, int> nodeRank;
    for (const NodeFingerprint &n : report.run.nodes)
        nodeRank.insert(n.node, int(nodeRank.size()));

    const auto key = [&](const QString &suite, const QString &task) {
        return std::make_tuple(suiteRank.value(suite, INT_MAX), suite,
                               taskRank.value(suite + QLatin1Char('/') + task, INT_MAX), task);
    };
    BenchReport out = report;
    std::stable_sort(out.cells.begin(), out.cells.end(), [&](const BenchCell &a, const BenchCell &b) {
        return std::tuple_cat(key(a.suite, a.task), std::make_tuple(nodeRank.value(a.node, INT_MAX), a.node)) <
               std::tuple_cat(key(b.suite, b.task), std::make_tuple(nodeRank.value(b.node, INT_MAX), b.node));
    });
    std::stable_sort(out.verdicts.begin(), out.verdicts.end(), [&](const TaskVerdict &a, const TaskVerdict &b) {
        return key(a.suite, a.task) < key(b.suite, b.task);
    });
    return out;
}
