#pragma once

#include <QObject>
#include <QStringList>

class QLocalServer;

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

    /// Hands `files` (absolute paths) to a running instance, waiting at most `timeoutMs` for it
    /// to confirm; true when it did, and this process should exit. Otherwise starts listening,
    /// so that this process becomes the running instance, and returns false.
    bool handOverOrListen(const QStringList &files, int timeoutMs = 3000);

signals:
    /// Another launch asked to be shown, with the files it was given (perhaps none).
    void activationRequested(const QStringList &files);

private:
    bool handOver(const QStringList &files, int timeoutMs);
    void onNewConnection();

    QString m_path;
    QLocalServer *m_server = nullptr;
};

} // namespace Poplar::Ui
