#pragma once

#include "models/measure/tokenprices.h"
#include "models/net/chatresult.h"
#include "models/node/backend.h"
#include "models/node/nodeconfig.h"
#include "models/node/nodesample.h"
#include <QString>
#include <QUrl>
#include <optional>

// Who answered: the node as named in the comparison plus what it said about itself (from a probe,
// or from the stream's model field). Never holds an API key; the URL has no user info.
struct CompareNodeInfo
{
    QString name;
    QUrl url;
    bool simulated = false;
    Backend backend = Backend::Unknown;
    QString serverVersion;
    QString modelId;
    std::optional<qint64> contextLength;
    // The user's prices for this node when the run started (from the settings' price table; empty =
    // cost unknown). Exported with the results, never stored in history.
    TokenPrices prices;
    static CompareNodeInfo fromConfig(const NodeConfig &node);
    // The config plus what a probe found (backend, server version, model id, context length).
    static CompareNodeInfo fromSample(const NodeConfig &node, const NodeSample &sample);
    // Fills what is still unknown from a finished stream: model id from the `model` field, llama.cpp
    // from its `timings` object, server version from llama.cpp's system_fingerprint (its build).
    // Returns true when anything changed.
    bool learnFrom(const ChatResult &result);
    bool operator==(const CompareNodeInfo &) const = default;
};
