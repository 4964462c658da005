#pragma once

#include "models/bench/suite.h"
#include "models/node/nodeconfig.h"
#include "models/pair/pairsimscript.h"
#include "tests/support/benchsimfixture.h"

#include <QList>

class SimulatedNode;

// What the pair tests share: a one-task code suite ("pair-suite", task "add", with a known-good and a
// known-bad example), simulated nodes scripted as builders and reviewers (PairSimScript), and the
// BenchSimFixture's isolated folders and CLI runner.
class PairSimFixture final
{
public:
    PairSimFixture();
    ~PairSimFixture();

    static const char *suiteJson();
    static QList<Suite> suites();

    // A node that builds with `builder` and reviews with `reviewer`.
    SimulatedNode *addNode(PairSimScript::Builder builder, SimReviewer::Mode reviewer, double timeScale = 0.02);
    NodeConfig node(int index) const; // name "node<index>", simulated
    QString url(int index) const;
    BenchSimFixture &bench() { return m_bench; }

private:
    BenchSimFixture m_bench;
    QList<SimulatedNode *> m_nodes;
};
