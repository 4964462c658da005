#pragma once

#include <QString>

// Where API keys are kept: one secret per node id. models/ owns this interface; the implementations are
// MemorySecretStore (tests) and KeychainSecretStore (app/keychain: the system keychain through
// QtKeychain, outside the GUI-free core). Calls are synchronous: an implementation that talks to a
// service waits for it, bounded by its own timeout. No implementation logs, prints or returns a secret
// anywhere but in Result::value of a read; error texts never contain it.
class SecretStore
{
public:
    enum class Status
    {
        Ok,          // done; for a read, value holds the secret
        NotFound,    // a read or remove of a node id that has no secret
        Unavailable, // no backend at all (e.g. no Secret Service on D-Bus): error says so in plain words
        Failed       // the backend answered with an error (locked, access denied ...): error says why
    };
    struct Result
    {
        Status status = Status::Ok;
        QString value; // only for a successful read
        QString error; // translated; empty when status is Ok or NotFound
        bool ok() const { return status == Status::Ok; }
    };

    SecretStore() = default;
    virtual ~SecretStore() = default;
    SecretStore(const SecretStore &) = delete;
    SecretStore &operator=(const SecretStore &) = delete;

    // Ok when the store can be used; Unavailable (and error) when it cannot. May ask the backend once
    // and remember the answer.
    virtual Result availability() = 0;
    // Where the secrets go, for the user ("the system keychain", "memory").
    virtual QString displayName() const = 0;
    virtual Result read(const QString &nodeId) = 0;
    virtual Result write(const QString &nodeId, const QString &secret) = 0;
    virtual Result remove(const QString &nodeId) = 0;
};
