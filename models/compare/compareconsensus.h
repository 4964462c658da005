#pragma once

#include "models/bench/codeconsensus.h"
#include "models/compare/comparerun.h"

#include <QList>
#include <QPair>
#include <QString>
#include <optional>

// Structural consensus of a comparison whose answers contain code (docs/consensus.md): one solution per
// node x mode (the first DONE measured run whose answer has a code fence; the solution blocks chosen as
// the code checks choose them), compared with CodeConsensus. compute() runs the analyser in the
// sandbox: call it from a worker thread.
class CompareConsensus final
{
public:
    // (label, code) per group with code, in grid order; empty when no answer has a fence.
    static QList<QPair<QString, QString>> solutions(const CompareRun &run);
    // The label of a group: the node name, with the mode when the node ran in both modes.
    static QString label(const CompareRun &run, int nodeIndex, bool thinking);
    // nullopt when no answer contains code.
    static std::optional<CodeConsensus> compute(const CompareRun &run);
};
