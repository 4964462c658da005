#pragma once

#include "models/bench/codeconsensus.h"

#include <QCoreApplication>
#include <QString>

// Rich text of a structural consensus (docs/consensus.md) so a user can judge the flag: the outcome,
// each node's solution structure side by side (one column per node) and the pairwise similarity table.
// Used by the benchmark cell detail and the Compare page. Every node-supplied text is escaped.
class ConsensusHtml final
{
    Q_DECLARE_TR_FUNCTIONS(ConsensusHtml)

public:
    // highlightNode: the node whose column is marked (the cell being looked at); may be empty.
    static QString report(const CodeConsensus &consensus, const QString &highlightNode = {});
    static QString structuresTable(const CodeConsensus &consensus, const QString &highlightNode = {});
    static QString similarityTable(const CodeConsensus &consensus);
};
