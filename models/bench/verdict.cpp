#include "models/bench/verdict.h"

#include <QCoreApplication>

Verdict verdictFor(int passingNodes, int totalNodes)
{
    if (totalNodes <= 0 || passingNodes <= 0)
        return Verdict::AllFail;
    if (passingNodes >= totalNodes)
        return Verdict::Unanimous;
    if (2 * passingNodes > totalNodes)
        return Verdict::Majority;
    return Verdict::Split;
}

QString verdictKey(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Unanimous:
        return QStringLiteral("UNANIMOUS");
    case Verdict::Majority:
        return QStringLiteral("MAJORITY");
    case Verdict::Split:
        return QStringLiteral("SPLIT");
    case Verdict::AllFail:
        return QStringLiteral("ALL_FAIL");
    }
    return {};
}

std::optional<Verdict> verdictFromKey(const QString &key)
{
    for (Verdict v : {Verdict::Unanimous, Verdict::Majority, Verdict::Split, Verdict::AllFail})
        if (verdictKey(v) == key)
            return v;
    return std::nullopt;
}

QString verdictDisplayName(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Unanimous:
        return QCoreApplication::translate("Verdict", "Unanimous");
    case Verdict::Majority:
        return QCoreApplication::translate("Verdict", "Majority");
    case Verdict::Split:
        return QCoreApplication::translate("Verdict", "Split");
    case Verdict::AllFail:
        return QCoreApplication::translate("Verdict", "All fail");
    }
    return {};
}
