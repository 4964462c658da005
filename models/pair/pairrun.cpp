#include "models/pair/pairrun.h"

QString pairRunStatusKey(PairRunStatus status)
{
    switch (status) {
    case PairRunStatus::Running:
        return QStringLiteral("running");
    case PairRunStatus::Finished:
        return QStringLiteral("finished");
    case PairRunStatus::Cancelled:
        return QStringLiteral("cancelled");
    case PairRunStatus::Failed:
        return QStringLiteral("failed");
    }
    return QStringLiteral("running");
}

PairRunStatus pairRunStatusFromKey(const QString &key)
{
    for (PairRunStatus s :
         {PairRunStatus::Running, PairRunStatus::Finished, PairRunStatus::Cancelled, PairRunStatus::Failed})
        if (pairRunStatusKey(s) == key)
            return s;
    return PairRunStatus::Failed;
}
