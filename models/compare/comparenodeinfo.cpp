#include "models/compare/comparenodeinfo.h"

CompareNodeInfo CompareNodeInfo::fromConfig(const NodeConfig &node)
{
    CompareNodeInfo info;
    info.name = node.name;
    if (info.name.isEmpty()) {
        info.name = node.url.host();
        if (node.url.port() != -1)
            info.name += QLatin1Char(':') + QString::number(node.url.port());
    }
    info.url = node.url.adjusted(QUrl::RemoveUserInfo);
    info.simulated = node.simulated;
    info.backend = node.backendHint;
    return info;
}

CompareNodeInfo CompareNodeInfo::fromSample(const NodeConfig &node, const NodeSample &sample)
{
    CompareNodeInfo info = fromConfig(node);
    if (sample.backend != Backend::Unknown)
        info.backend = sample.backend;
    info.simulated = info.simulated || sample.simulated;
    info.serverVersion = sample.model.serverVersion;
    info.modelId = sample.model.id;
    info.contextLength = sample.model.contextLength;
    return info;
}

bool CompareNodeInfo::learnFrom(const ChatResult &result)
{
    bool changed = false;
    if (modelId.isEmpty() && !result.model.isEmpty()) {
        modelId = result.model;
        changed = true;
    }
    const bool llamaCpp = !result.serverTimingsJson.isEmpty();
    if (backend == Backend::Unknown && llamaCpp) {
        backend = Backend::LlamaCpp;
        changed = true;
    }
    if (serverVersion.isEmpty() && backend == Backend::LlamaCpp && !result.systemFingerprint.isEmpty()) {
        serverVersion = result.systemFingerprint;
        changed = true;
    }
    return changed;
}
