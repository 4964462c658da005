#include "models/pair/pairstep.h"

#include <QCoreApplication>

QString pairRoleKey(PairRole role)
{
    switch (role) {
    case PairRole::Build:
        return QStringLiteral("build");
    case PairRole::Review:
        return QStringLiteral("review");
    case PairRole::Revise:
        return QStringLiteral("revise");
    }
    return QStringLiteral("build");
}

std::optional<PairRole> pairRoleFromKey(const QString &key)
{
    for (PairRole r : {PairRole::Build, PairRole::Review, PairRole::Revise})
        if (pairRoleKey(r) == key)
            return r;
    return std::nullopt;
}

QString pairRoleDisplayName(PairRole role)
{
    switch (role) {
    case PairRole::Build:
        return QCoreApplication::translate("PairStep", "Build");
    case PairRole::Review:
        return QCoreApplication::translate("PairStep", "Review");
    case PairRole::Revise:
        return QCoreApplication::translate("PairStep", "Revise");
    }
    return {};
}

QString reviewVerdictKey(ReviewVerdict verdict)
{
    switch (verdict) {
    case ReviewVerdict::None:
        return {};
    case ReviewVerdict::Approve:
        return QStringLiteral("APPROVE");
    case ReviewVerdict::Reject:
        return QStringLiteral("REJECT");
    case ReviewVerdict::Unparsable:
        return QStringLiteral("UNPARSABLE");
    }
    return {};
}

ReviewVerdict reviewVerdictFromKey(const QString &key)
{
    for (ReviewVerdict v : {ReviewVerdict::Approve, ReviewVerdict::Reject, ReviewVerdict::Unparsable})
        if (reviewVerdictKey(v) == key)
            return v;
    return ReviewVerdict::None;
}

QString reviewVerdictDisplayName(ReviewVerdict verdict)
{
    switch (verdict) {
    case ReviewVerdict::None:
        return {};
    case ReviewVerdict::Approve:
        return QCoreApplication::translate("PairStep", "APPROVE");
    case ReviewVerdict::Reject:
        return QCoreApplication::translate("PairStep", "REJECT");
    case ReviewVerdict::Unparsable:
        return QCoreApplication::translate("PairStep", "no verdict");
    }
    return {};
}
