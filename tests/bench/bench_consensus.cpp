// Cost of structural consensus (docs/consensus.md): reading a solution's structure with Python's ast in
// the bubblewrap sandbox, alone (a benchmark cell does this once per node) and three at once (the
// Compare page's batch), plus the comparison itself. Target: one structure < 500 ms, a fraction of a
// code check's own sandbox run; the comparison is microseconds.
#include "models/bench/codeconsensus.h"
#include "models/bench/codestructurereader.h"
#include "models/bench/sandbox.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

const QString solution = QStringLiteral(R"(import heapq
from collections import defaultdict


def shortest(edges, start):
    graph = defaultdict(list)
    for a, b, w in edges:
        graph[a].append((b, w))
    dist = {start: 0}
    queue = [(0, start)]
    while queue:
        d, node = heapq.heappop(queue)
        if d > dist.get(node, float("inf")):
            continue
        for nxt, w in graph[node]:
            if d + w < dist.get(nxt, float("inf")):
                dist[nxt] = d + w
                heapq.heappush(queue, (d + w, nxt))
    return dist
)");

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v.at(v.size() / 2);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const Sandbox::Availability sandbox = Sandbox::availability();
    if (!sandbox.available) {
        std::printf("consensus: SKIPPED, sandbox unavailable: %s\n", qPrintable(sandbox.reason));
        return 0;
    }
    constexpr int rounds = 7;
    std::vector<double> one, three;
    QList<CodeStructure> structures;
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer t;
        t.start();
        const CodeStructure s = CodeStructureReader::read(solution);
        one.push_back(t.nsecsElapsed() / 1e6);
        if (!s.available)
            std::printf("structure unavailable: %s\n", qPrintable(s.reason));
        t.restart();
        structures = CodeStructureReader::read(QStringList{solution, solution, solution});
        three.push_back(t.nsecsElapsed() / 1e6);
    }
    QList<QPair<QString, CodeStructure>> named;
    for (int i = 0; i < structures.size(); ++i)
        named.append({QString::number(i), structures.at(i)});
    QElapsedTimer t;
    t.start();
    constexpr int compares = 1000;
    for (int i = 0; i < compares; ++i)
        (void)CodeConsensus::compute(named);
    const double compareUs = t.nsecsElapsed() / 1e3 / compares;
    std::printf("structure_one_solution: %.1f ms (target <= 500 ms; median of %d)\n", median(one), rounds);
    std::printf("structure_three_solutions_batch: %.1f ms (%.1f ms per structure; median of %d)\n",
                median(three), median(three) / 3, rounds);
    std::printf("consensus_compare_3: %.1f us (target <= 100 us)\n", compareUs);
    return 0;
}
