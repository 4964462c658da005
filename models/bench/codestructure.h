#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

// The shape of one code solution, as Python's own `ast` sees it (CodeStructureReader computes it in
// the sandbox): top-level definitions with their signatures, imports, the kinds of control flow and the
// data structures used. A value type; CodeConsensus compares two of them through features().
// docs/consensus.md lists every feature and why it is there.
struct CodeStructure
{
    Q_DECLARE_TR_FUNCTIONS(CodeStructure)

public:
    struct Definition
    {
        QString kind; // def | async def | class
        QString name;
        QString text;        // "f(a, b, *args)" / "class Name"
        int positional = 0;  // def: positional parameters (positional-only included)
        int defaults = 0;    // def: parameters with a default
        int keywordOnly = 0; // def: keyword-only parameters
        bool varargs = false;
        bool varkw = false;
        QStringList methods; // class: method signatures, in order
    };

    bool analysed = false;  // false: no structure was computed (no code check, not run yet)
    bool available = false; // true: the code parsed; the lists below hold its structure
    QString reason;         // why not available, translated ("no code", "syntax error: ... (line 3)")
    int runIndex = -1;      // the run whose solution this is (the first DONE run with code)
    QList<Definition> definitions;
    QStringList imports;        // "collections.deque", "heapq", sorted
    QStringList controlFlow;    // for, while, recursion, comprehension, generator, try, with, lambda...
    QStringList dataStructures; // dict, set, list, deque, heap, sort, ...

    // What similarity is computed over: "def:name/positional[*][**]", "class:name/methods",
    // "import:module", "flow:kind", "data:kind". Empty when not available.
    QSet<QString> features() const;
    // One line for people: "def fib(n) · for · dict"; the reason when not available.
    QString summary() const;

    nlohmann::ordered_json toJson() const;
    static CodeStructure fromJson(const nlohmann::ordered_json &json);
    // Reads the analyser's own output for one solution (available / reason_kind / lists).
    static CodeStructure fromAnalyser(const nlohmann::ordered_json &json);
};
