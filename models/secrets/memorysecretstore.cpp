#include "models/secrets/memorysecretstore.h"

#include <QCoreApplication>

SecretStore::Result MemorySecretStore::availability()
{
    if (!m_unavailable.isEmpty())
        return {Status::Unavailable, {}, m_unavailable};
    return {};
}

QString MemorySecretStore::displayName() const
{
    return QCoreApplication::translate("MemorySecretStore", "memory");
}

SecretStore::Result MemorySecretStore::read(const QString &nodeId)
{
    if (!m_unavailable.isEmpty())
        return {Status::Unavailable, {}, m_unavailable};
    const auto it = m_secrets.constFind(nodeId);
    if (it == m_secrets.constEnd())
        return {Status::NotFound, {}, {}};
    return {Status::Ok, it.value(), {}};
}

SecretStore::Result MemorySecretStore::write(const QString &nodeId, const QString &secret)
{
    if (!m_unavailable.isEmpty())
        return {Status::Unavailable, {}, m_unavailable};
    if (!m_failing.isEmpty())
        return {Status::Failed, {}, m_failing};
    ++m_writes;
    m_secrets.insert(nodeId, secret);
    return {};
}

SecretStore::Result MemorySecretStore::remove(const QString &nodeId)
{
    if (!m_unavailable.isEmpty())
        return {Status::Unavailable, {}, m_unavailable};
    if (!m_failing.isEmpty())
        return {Status::Failed, {}, m_failing};
    return m_secrets.remove(nodeId) ? Result{} : Result{Status::NotFound, {}, {}};
}
