#pragma once

#include "models/secrets/secretstore.h"

#include <QHash>

// A SecretStore that keeps secrets in memory, for tests. setUnavailable() makes it behave like a machine
// without a keychain service; setFailing() like a keychain that refuses writes (e.g. locked).
class MemorySecretStore final : public SecretStore
{
public:
    MemorySecretStore() = default;

    void setUnavailable(const QString &reason) { m_unavailable = reason; }
    void setFailing(const QString &reason) { m_failing = reason; }
    QHash<QString, QString> contents() const { return m_secrets; }
    int writeCount() const { return m_writes; }

    Result availability() override;
    QString displayName() const override;
    Result read(const QString &nodeId) override;
    Result write(const QString &nodeId, const QString &secret) override;
    Result remove(const QString &nodeId) override;

private:
    QHash<QString, QString> m_secrets;
    QString m_unavailable;
    QString m_failing;
    int m_writes = 0;
};
