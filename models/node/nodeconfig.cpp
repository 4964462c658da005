#include "models/node/nodeconfig.h"

#include <QUuid>

QList<NodeConfig> NodeConfig::defaultLab()
{
    NodeConfig dgx1;
    dgx1.id = QStringLiteral("dgx1");
    dgx1.name = QStringLiteral("DGX1");
    dgx1.url = QUrl(QStringLiteral("http://dgx1.local:30000"));
    dgx1.role = QStringLiteral("builder");
    dgx1.backendHint = Backend::Vllm;
    dgx1.thinkingDefault = false;

    NodeConfig dgx2 = dgx1;
    dgx2.id = QStringLiteral("dgx2");
    dgx2.name = QStringLiteral("DGX2");
    dgx2.url = QUrl(QStringLiteral("http://dgx2.local:30000"));
    dgx2.role = QStringLiteral("reviewer");
    dgx2.thinkingDefault = true;

    NodeConfig desktop;
    desktop.id = QStringLiteral("desktop5090");
    desktop.name = QStringLiteral("Desktop 5090");
    desktop.url = QUrl(QStringLiteral("http://desktop5090.local:8080"));
    desktop.role = QStringLiteral("interactive");
    desktop.backendHint = Backend::LlamaCpp;
    desktop.thinkingDefault = false;
    return {dgx1, dgx2, desktop};
}

QString NodeConfig::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
}
