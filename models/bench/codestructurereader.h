#pragma once

#include "models/bench/check.h"
#include "models/bench/codestructure.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

// Computes CodeStructure values with Python's own `ast` module, run in the same Sandbox as the code
// checks (never unsandboxed: without a sandbox every structure is unavailable with the reason). All
// sources of one call go to one sandbox run (sol_0.py ... sol_N.py), so a task's three solutions cost
// one start-up. Nothing is executed: the analyser only parses. Blocks: call from a worker thread.
class CodeStructureReader final
{
    Q_DECLARE_TR_FUNCTIONS(CodeStructureReader)

public:
    static QList<CodeStructure> read(const QStringList &sources);
    static CodeStructure read(const QString &source);
    // The structure of the code the first code check graded (its `read`: the extracted solution);
    // nullopt when no code check ran. No code: unavailable without starting the sandbox.
    static std::optional<CodeStructure> readGraded(const QList<CheckResult> &checks);
    static QByteArray analyserSource(); // the Python script (structure.py in the sandbox)
};
