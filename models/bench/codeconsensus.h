#pragma once

#include "models/bench/codestructure.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <optional>

#include <nlohmann/json.hpp>

// Structural consensus of one code task answered by several nodes (docs/consensus.md).
// similarity(a, b) = Jaccard index of the two feature sets (CodeStructure::features(): signatures,
// imports, control-flow kinds, data structures): |A ∩ B| / |A ∪ B|. Two solutions agree when it is at
// least AgreeThreshold. With three or more analysed solutions, a node that agrees with no other is
// divergent when the nodes that do agree with someone are more than half of them; that is flagged
// ("divergent approach: node X"). Two solutions, or no majority (all different), flag nothing.
struct CodeConsensus
{
    Q_DECLARE_TR_FUNCTIONS(CodeConsensus)

public:
    static constexpr double AgreeThreshold = 0.5;
    static constexpr int MinimumNodes = 3;

    enum class Outcome
    {
        Divergent,  // a majority agrees and the `divergent` nodes do not
        Agreement,  // every analysed solution agrees with at least one other
        NoMajority, // some disagree but no majority agrees: nothing flagged
        TooFew      // fewer than MinimumNodes analysed solutions: nothing compared for a flag
    };

    struct Pair
    {
        QString a, b;
        double similarity = 0;
        bool agree = false;
    };

    Outcome outcome = Outcome::TooFew;
    QStringList nodes;      // every node of the task, in order
    QStringList analysed;   // nodes whose structure is available
    QList<CodeStructure> structures; // one per node in `nodes`
    QList<Pair> pairs;      // every pair of analysed nodes, in node order
    QStringList divergent;  // flagged nodes (Outcome::Divergent only)

    static CodeConsensus compute(const QList<QPair<QString, CodeStructure>> &solutions);
    static double similarity(const CodeStructure &a, const CodeStructure &b);

    bool flagged() const { return outcome == Outcome::Divergent; }
    bool isDivergent(const QString &node) const { return divergent.contains(node); }
    CodeStructure structureOf(const QString &node) const;
    std::optional<double> similarityOf(const QString &a, const QString &b) const;
    // "divergent approach: node X" / "solutions agree" / ...: one translated line.
    QString describe() const;
    static QString outcomeKey(Outcome outcome); // divergent | agreement | no_majority | too_few
    static std::optional<Outcome> outcomeFromKey(const QString &key);

    // {"outcome","threshold","divergent":[...],"pairs":[{"a","b","similarity","agree"}],
    //  "structures":{node: CodeStructure::toJson()}}
    nlohmann::ordered_json toJson() const;
    static CodeConsensus fromJson(const nlohmann::ordered_json &json);
};
