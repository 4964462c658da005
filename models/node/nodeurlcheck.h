#pragma once

#include <QString>
#include <QUrl>

// Validation of a node's base URL as the user types it (node editor, `tokscope-cli` flags).
// Accepted: http or https, a host, an optional port, and no path beyond "/" (the /v1 prefix is
// added by the clients), no query, fragment or user info (credentials belong in the API key field).
struct NodeUrlCheck
{
    QUrl url;      // normalized (trailing "/" removed) when valid
    QString error; // translated, empty when valid

    bool isValid() const { return error.isEmpty(); }
    static NodeUrlCheck check(const QString &text);
};
