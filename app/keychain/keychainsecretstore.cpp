#include "app/keychain/keychainsecretstore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>
#include <qt6keychain/keychain.h>

#include <memory>

namespace {

QString entryKey(const QString &nodeId)
{
    return QStringLiteral("node/") + nodeId;
}

// Runs a job to its end and maps QtKeychain's answer. The secret is never part of an error text.
SecretStore::Result run(QKeychain::Job *job, int timeoutMs)
{
    std::unique_ptr<QKeychain::Job> owner(job);
    job->setAutoDelete(false);
    job->setInsecureFallback(false);
    QEventLoop loop;
    bool finished = false;
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    job->start();
    if (!finished)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (!finished)
        return {SecretStore::Status::Failed,
                {},
                QCoreApplication::translate("KeychainSecretStore", "the keychain did not answer within %1 s")
                    .arg(timeoutMs / 1000)};
    switch (job->error()) {
    case QKeychain::NoError: {
        auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(job);
        return {SecretStore::Status::Ok, read ? read->textData() : QString(), {}};
    }
    case QKeychain::EntryNotFound:
        return {SecretStore::Status::NotFound, {}, {}};
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return {SecretStore::Status::Unavailable,
                {},
                QCoreApplication::translate("KeychainSecretStore", "no keychain service is running: %1")
                    .arg(job->errorString())};
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return {SecretStore::Status::Failed,
                {},
                QCoreApplication::translate("KeychainSecretStore", "access to the keychain was denied: %1")
                    .arg(job->errorString())};
    default:
        return {SecretStore::Status::Failed, {}, job->errorString()};
    }
}

} // namespace

KeychainSecretStore::KeychainSecretStore(const QString &service, int timeoutMs)
    : m_service(service), m_timeoutMs(timeoutMs)
{}

SecretStore::Result KeychainSecretStore::availability()
{
    if (m_availability)
        return *m_availability;
    if (qEnvironmentVariable("TOKSCOPE_KEYCHAIN") == QLatin1String("off")) {
        m_availability =
            Result{Status::Unavailable,
                   {},
                   QCoreApplication::translate("KeychainSecretStore", "turned off by TOKSCOPE_KEYCHAIN=off")};
        return *m_availability;
    }
    // Reading an entry that is not there tells a working keychain (NotFound or Ok) from none at all.
    // A Linux desktop without a Secret Service on D-Bus (a server, CI, a container) answers with an error.
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(QStringLiteral("availability-check"));
    const Result r = run(job, m_timeoutMs);
    if (r.ok() || r.status == Status::NotFound) {
        m_availability = Result{};
    } else {
        // QtKeychain often says only "Unknown error" here: name what is missing instead.
        QString why = QCoreApplication::translate("KeychainSecretStore",
                                                  "no keychain service answered (on Linux: a Secret Service "
                                                  "such as GNOME Keyring or KWallet on the D-Bus session bus)");
        if (!r.error.isEmpty() && !r.error.contains(QLatin1String("Unknown error")))
            why += QStringLiteral(": ") + r.error;
        m_availability = Result{Status::Unavailable, {}, why};
    }
    return *m_availability;
}

QString KeychainSecretStore::displayName() const
{
    return QCoreApplication::translate("KeychainSecretStore", "the system keychain");
}

SecretStore::Result KeychainSecretStore::read(const QString &nodeId)
{
    if (const Result a = availability(); !a.ok())
        return a;
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(entryKey(nodeId));
    return run(job, m_timeoutMs);
}

SecretStore::Result KeychainSecretStore::write(const QString &nodeId, const QString &secret)
{
    if (const Result a = availability(); !a.ok())
        return a;
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(entryKey(nodeId));
    job->setTextData(secret);
    return run(job, m_timeoutMs);
}

SecretStore::Result KeychainSecretStore::remove(const QString &nodeId)
{
    if (const Result a = availability(); !a.ok())
        return a;
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(entryKey(nodeId));
    return run(job, m_timeoutMs);
}
