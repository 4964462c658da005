#pragma once

#include "models/node/backend.h"

#include <QList>
#include <QString>
#include <QUrl>

// One configured node as the user entered it. Value type; persisted by NodeConfigStore.
// The API key lives here in memory only for requests: it is never logged, exported or stored in history.
// NodeConfigStore fills it from the SecretStore (system keychain) or, when none is stored, from the
// environment variable named by apiKeyEnv (apiKeyFromEnv then says so, and the key is never stored).
struct NodeConfig
{
    QString id;                   // stable identifier (uuid-ish), survives renames
    QString name;                 // "DGX1"
    QUrl url;                     // base URL without /v1, e.g. http://dgx1.local:30000
    QString role;                 // builder | reviewer | interactive | free text
    Backend backendHint = Backend::Unknown; // Unknown = detect automatically
    bool thinkingDefault = false; // thinking ON/OFF preselected in Compare
    QString apiKey;               // optional bearer token (in memory only)
    QString apiKeyEnv;            // name of an environment variable holding the key; a name, not a key
    bool apiKeyFromEnv = false;   // apiKey was read from apiKeyEnv (so it is not the stored key)
    int pollIntervalMs = 2000;
    int requestTimeoutMs = 1500;  // per poll request
    QString proxy;                // empty = no proxy (the environment's http_proxy is ignored)
    bool simulated = false;       // true for the in-app simulated lab: labelled SIMULATED everywhere

    bool operator==(const NodeConfig &) const = default;

    // The user's lab: DGX1 (vLLM, builder, thinking off), DGX2 (vLLM, reviewer, thinking on),
    // Desktop 5090 (llama.cpp, interactive). Hostnames, never IP addresses.
    static QList<NodeConfig> defaultLab();
    static QString newId();
};
