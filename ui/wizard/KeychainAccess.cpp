#include "wizard/KeychainAccess.h"

#include "account/Keychain.h"
#include "sync/SyncService.h"

namespace Poplar::Ui {

KeychainAccess::KeychainAccess(Sync::SyncThread *sync, QObject *parent, Account::Keychain::Entry entry)
    : QObject(parent), m_keychain(new Account::Keychain(nullptr, entry))
{
    m_keychain->moveToThread(sync->service()->thread());
    // Cross-thread, so these arrive queued in this object's thread.
    connect(m_keychain, &Account::Keychain::secretRead, this, &KeychainAccess::secretRead);
    connect(m_keychain, &Account::Keychain::secretWritten, this, &KeychainAccess::secretWritten);
    connect(m_keychain, &Account::Keychain::secretRemoved, this, &KeychainAccess::secretRemoved);
}

KeychainAccess::~KeychainAccess()
{
    m_keychain->deleteLater(); // in its own thread, after any call still queued there
}

void KeychainAccess::readSecret(const QString &accountName)
{
    QMetaObject::invokeMethod(m_keychain, [k = m_keychain, accountName] { k->readSecret(accountName); },
                              Qt::QueuedConnection);
}

void KeychainAccess::writeSecret(const QString &accountName, const QByteArray &secret)
{
    QMetaObject::invokeMethod(m_keychain, [k = m_keychain, accountName, secret] { k->writeSecret(accountName, secret); },
                              Qt::QueuedConnection);
}

void KeychainAccess::removeSecret(const QString &accountName)
{
    QMetaObject::invokeMethod(m_keychain, [k = m_keychain, accountName] { k->removeSecret(accountName); },
                              Qt::QueuedConnection);
}

} // namespace Poplar::Ui
