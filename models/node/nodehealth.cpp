#include "models/node/nodehealth.h"

#include <QCoreApplication>

QString nodeHealthKey(NodeHealth health)
{
    switch (health) {
    case NodeHealth::Up: return QStringLiteral("up");
    case NodeHealth::Loading: return QStringLiteral("loading");
    case NodeHealth::Degraded: return QStringLiteral("degraded");
    case NodeHealth::Down: return QStringLiteral("down");
    case NodeHealth::Unknown: break;
    }
    return QStringLiteral("unknown");
}

QString nodeHealthDisplayName(NodeHealth health)
{
    switch (health) {
    case NodeHealth::Up: return QCoreApplication::translate("NodeHealth", "up");
    case NodeHealth::Loading: return QCoreApplication::translate("NodeHealth", "loading");
    case NodeHealth::Degraded: return QCoreApplication::translate("NodeHealth", "degraded");
    case NodeHealth::Down: return QCoreApplication::translate("NodeHealth", "down");
    case NodeHealth::Unknown: break;
    }
    return QCoreApplication::translate("NodeHealth", "unknown");
}
