#include "models/measure/runstate.h"

#include <QCoreApplication>

QString runStateKey(RunState state)
{
    switch (state) {
    case RunState::Pending:
        return QStringLiteral("PENDING");
    case RunState::Running:
        return QStringLiteral("RUNNING");
    case RunState::Done:
        return QStringLiteral("DONE");
    case RunState::Error:
        return QStringLiteral("ERROR");
    case RunState::Timeout:
        return QStringLiteral("TIMEOUT");
    case RunState::Runaway:
        return QStringLiteral("RUNAWAY");
    case RunState::Cancelled:
        return QStringLiteral("CANCELLED");
    case RunState::Incomplete:
        return QStringLiteral("INCOMPLETE");
    }
    return QStringLiteral("PENDING");
}

RunState runStateFromKey(const QString &key)
{
    static const RunState all[] = {RunState::Pending,   RunState::Running,   RunState::Done,
                                   RunState::Error,     RunState::Timeout,   RunState::Runaway,
                                   RunState::Cancelled, RunState::Incomplete};
    const QString k = key.trimmed().toUpper();
    for (RunState s : all) {
        if (runStateKey(s) == k)
            return s;
    }
    return RunState::Pending;
}

QString runStateDisplayName(RunState state)
{
    switch (state) {
    case RunState::Pending:
        return QCoreApplication::translate("RunState", "pending");
    case RunState::Running:
        return QCoreApplication::translate("RunState", "running");
    case RunState::Done:
        return QCoreApplication::translate("RunState", "done");
    case RunState::Error:
        return QCoreApplication::translate("RunState", "error");
    case RunState::Timeout:
        return QCoreApplication::translate("RunState", "timed out");
    case RunState::Runaway:
        return QCoreApplication::translate("RunState", "runaway");
    case RunState::Cancelled:
        return QCoreApplication::translate("RunState", "cancelled");
    case RunState::Incomplete:
        return QCoreApplication::translate("RunState", "incomplete");
    }
    return QString();
}
