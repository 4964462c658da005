#pragma once

#include <QString>
#include <optional>

// Cross-node verdict of one task: UNANIMOUS (every node passes), MAJORITY (more than half),
// SPLIT (at least one, at most half), ALL_FAIL (none: show the failing checks, the harness may be wrong).
enum class Verdict
{
    Unanimous,
    Majority,
    Split,
    AllFail
};

Verdict verdictFor(int passingNodes, int totalNodes);
QString verdictKey(Verdict verdict); // UNANIMOUS | MAJORITY | SPLIT | ALL_FAIL
std::optional<Verdict> verdictFromKey(const QString &key);
QString verdictDisplayName(Verdict verdict); // translated
