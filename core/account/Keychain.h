#pragma once

#include <QObject>
#include <QString>

namespace Poplar::Account {

/// Account secrets in the system keychain (Secret Service or KWallet on Linux) through
/// QtKeychain; the only place Poplar ever keeps a password. Asynchronous: each call answers
/// with one signal.
class Keychain : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    /// The keychain service name entries are filed under.
    static QString serviceName();

    void readSecret(const QString &accountName);
    void writeSecret(const QString &accountName, const QByteArray &secret);
    void removeSecret(const QString &accountName);

signals:
    /// `ok` false with `error` when there is no keychain, no entry, or access was denied.
    void secretRead(const QString &accountName, bool ok, const QByteArray &secret, const QString &error);
    void secretWritten(const QString &accountName, bool ok, const QString &error);
    void secretRemoved(const QString &accountName, bool ok, const QString &error);
};

} // namespace Poplar::Account
