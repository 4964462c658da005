#pragma once

#include "models/secrets/secretstore.h"

#include <QString>

#include <optional>

// The system keychain (Secret Service on Linux, Keychain on macOS, Credential Store on Windows) through
// QtKeychain, as a SecretStore. Lives outside models/ because QtKeychain pulls in Qt D-Bus. Used by
// tokscope and tokscope-cli. Each call runs one QtKeychain job and waits for it on a local event loop
// (bounded by timeoutMs). QtKeychain's plain-text fallback into QSettings is never enabled.
// The environment variable TOKSCOPE_KEYCHAIN=off makes the store report itself unavailable (scripts,
// tests, machines where probing the keychain would prompt).
class KeychainSecretStore final : public SecretStore
{
public:
    explicit KeychainSecretStore(const QString &service = QStringLiteral("tokscope"), int timeoutMs = 15000);

    Result availability() override;
    QString displayName() const override;
    Result read(const QString &nodeId) override;
    Result write(const QString &nodeId, const QString &secret) override;
    Result remove(const QString &nodeId) override;

private:
    QString m_service;
    int m_timeoutMs;
    std::optional<Result> m_availability;
};
