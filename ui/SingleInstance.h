#pragma once

#include <QObject>
#include <QStringList>

#include <memory>

class QLocalServer;
class QLocalSocket;
class QLockFile;

namespace Poplar::Ui {

/// One running Poplar per user and profile. The first instance listens on a local socket in
/// the user's runtime directory, named after the profile; a later launch hands its files to it
/// and exits, and the first raises its window and opens them.
class SingleInstance : public QObject {
    Q_OBJECT
public:
    explicit SingleInstance(const QString &profileDir, QObject *parent = nullptr);
    ~SingleInstance() override;

    /// The socket path for `profileDir`: private to the user, one per profile; empty when no
    /// private directory can be had (then there is no single instance).
    static QString socketPath(const QString &profileDir);

    /// Offers `files` (absolute paths) to a running instance, which has `timeoutMs` to confirm.
    /// Ends, in the event loop, with `handedOver` (this process should exit) or, when no instance
    /// confirms, with `listening` once this process has become the running instance. Nothing
    /// waits meanwhile.
    void start(const QStringList &files, int timeoutMs = 3000);

signals:
    /// A running instance took the files: this launch is done.
    void handedOver();
    /// No other instance answered: this one listens now and should show its window.
    void listening();
    /// Another launch asked to be shown, with the files it was given (perhaps none).
    void activationRequested(const QStringList &files);

private:
    /// Nobody took the files: listen (replacing a socket left over from a crash).
    void listen();
    void onNewConnection();

    QString m_path;
    QLocalServer *m_server = nullptr;
    QLocalSocket *m_offer = nullptr;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace Poplar::Ui
