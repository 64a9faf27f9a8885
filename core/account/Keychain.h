#pragma once

#include <QObject>
#include <QString>

namespace Poplar::Account {

/// Account secrets in the system keychain (Secret Service or KWallet on Linux) through
/// QtKeychain; the only place Poplar ever keeps a password. Asynchronous: each call answers
/// with one signal. Each account has up to two entries, both keyed by its name: its password (or
/// OAuth grant), and the password of its proxy, filed under a service of their own.
class Keychain : public QObject {
    Q_OBJECT
public:
    /// Which of an account's entries an instance reads and writes.
    enum class Entry {
        Login, ///< the server password or OAuth grant (service org.poplar.Poplar)
        Proxy, ///< the proxy's password (service org.poplar.Poplar.proxy)
    };

    explicit Keychain(QObject *parent = nullptr, Entry entry = Entry::Login);

    /// The keychain service name entries of that kind are filed under.
    static QString serviceName(Entry entry = Entry::Login);

    void readSecret(const QString &accountName);
    void writeSecret(const QString &accountName, const QByteArray &secret);
    void removeSecret(const QString &accountName);

signals:
    /// `ok` false with `error` when there is no keychain, no entry, or access was denied.
    void secretRead(const QString &accountName, bool ok, const QByteArray &secret, const QString &error);
    void secretWritten(const QString &accountName, bool ok, const QString &error);
    void secretRemoved(const QString &accountName, bool ok, const QString &error);

private:
    Entry m_entry;
};

} // namespace Poplar::Account
