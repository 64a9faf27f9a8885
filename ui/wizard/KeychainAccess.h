#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

#include "account/Keychain.h"

class QThread;

namespace Poplar::Sync { class SyncThread; }

namespace Poplar::Ui {

/// Account::Keychain for the UI, with the work done in the sync thread. QtKeychain keeps one
/// process-wide job queue that is not safe to use from two threads, and the sync service
/// already reads secrets in its thread; so every keychain call of the process goes there.
/// Same calls and signals as Account::Keychain, delivered in this object's thread.
class KeychainAccess : public QObject {
    Q_OBJECT
public:
    /// Works in `sync`'s thread on the `entry` entries; `sync` must outlive this object.
    explicit KeychainAccess(Sync::SyncThread *sync, QObject *parent = nullptr,
                            Account::Keychain::Entry entry = Account::Keychain::Entry::Login);
    ~KeychainAccess() override;

    void readSecret(const QString &accountName);
    void writeSecret(const QString &accountName, const QByteArray &secret);
    void removeSecret(const QString &accountName);

signals:
    /// As Account::Keychain::secretRead.
    void secretRead(const QString &accountName, bool ok, const QByteArray &secret, const QString &error);
    /// As Account::Keychain::secretWritten.
    void secretWritten(const QString &accountName, bool ok, const QString &error);
    /// As Account::Keychain::secretRemoved.
    void secretRemoved(const QString &accountName, bool ok, const QString &error);

private:
    Account::Keychain *m_keychain;
};

} // namespace Poplar::Ui
