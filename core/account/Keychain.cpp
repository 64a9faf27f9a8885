#include "account/Keychain.h"

#include "log/Logging.h"

#include <qt6keychain/keychain.h>

namespace Poplar::Account {

Keychain::Keychain(QObject *parent, Entry entry)
    : QObject(parent), m_entry(entry)
{
}

QString Keychain::serviceName(Entry entry)
{
    return entry == Entry::Proxy ? QStringLiteral("org.poplar.Poplar.proxy") : QStringLiteral("org.poplar.Poplar");
}

void Keychain::readSecret(const QString &accountName)
{
    qCDebug(Log::account) << "reading the keychain entry of" << accountName;
    auto *job = new QKeychain::ReadPasswordJob(serviceName(m_entry), this);
    job->setKey(accountName);
    job->setInsecureFallback(false); // never a plaintext file instead of a keychain
    connect(job, &QKeychain::Job::finished, this, [this, accountName](QKeychain::Job *finished) {
        auto *read = static_cast<QKeychain::ReadPasswordJob *>(finished);
        const bool ok = read->error() == QKeychain::NoError;
        qCDebug(Log::account) << "keychain read of" << accountName << (ok ? "succeeded" : "failed");
        emit secretRead(accountName, ok, ok ? read->binaryData() : QByteArray(), ok ? QString() : read->errorString());
    });
    job->start();
}

void Keychain::writeSecret(const QString &accountName, const QByteArray &secret)
{
    qCDebug(Log::account) << "writing the keychain entry of" << accountName;
    auto *job = new QKeychain::WritePasswordJob(serviceName(m_entry), this);
    job->setKey(accountName);
    job->setInsecureFallback(false);
    job->setBinaryData(secret);
    connect(job, &QKeychain::Job::finished, this, [this, accountName](QKeychain::Job *finished) {
        const bool ok = finished->error() == QKeychain::NoError;
        emit secretWritten(accountName, ok, ok ? QString() : finished->errorString());
    });
    job->start();
}

void Keychain::removeSecret(const QString &accountName)
{
    auto *job = new QKeychain::DeletePasswordJob(serviceName(m_entry), this);
    job->setKey(accountName);
    connect(job, &QKeychain::Job::finished, this, [this, accountName](QKeychain::Job *finished) {
        const bool ok = finished->error() == QKeychain::NoError || finished->error() == QKeychain::EntryNotFound;
        emit secretRemoved(accountName, ok, ok ? QString() : finished->errorString());
    });
    job->start();
}

} // namespace Poplar::Account
