#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QProcess>
#include <QSslCertificate>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace Poplar::Test {

/// A private Dovecot POP3 server on 127.0.0.1 for integration tests and demos: its own temp
/// directory, self-signed certificate, passwd-file, maildirs and two free ports (POP3 with STLS,
/// and POP3S). Several instances may run at once. It blocks only in the constructor (openssl),
/// start() and stop().
class DovecotServer {
public:
    /// The system user Dovecot delivers mail as when running as root (it refuses uid 0).
    static constexpr const char *MailUser = "poplar-mail";

    /// Prepares the temp dir and certificate; nothing runs until start().
    DovecotServer();
    /// Stops the server if it runs; the temp dir goes with it.
    ~DovecotServer();
    DovecotServer(const DovecotServer &) = delete;
    DovecotServer &operator=(const DovecotServer &) = delete;

    /// False when the temp dir, mail user or certificate could not be set up; error() says why.
    bool isValid() const { return m_valid; }
    /// The last setup or start failure, with Dovecot's log when it has one.
    QString error() const { return m_error; }

    /// With false (before start) the server runs with `ssl = no`: no STLS, and pop3sPort() is 0.
    void setTlsEnabled(bool enabled) { m_tlsEnabled = enabled; }
    bool isTlsEnabled() const { return m_tlsEnabled; }
    /// Before start(): also accept XOAUTH2 and OAUTHBEARER, with tokens checked by Dovecot's oauth2
    /// passdb against this RFC 7662 introspection endpoint (POST token=...); the introspection's
    /// "username" must be the login name. Password logins keep working for added users.
    void setOAuth2IntrospectionUrl(const QString &url) { m_introspectionUrl = url; }
    /// Dovecot always announces PIPELINING and has no setting to hide it, so there is no option.
    static constexpr bool CanDisablePipelining = false;

    /// Adds or replaces a user (passwd-file entry `user:{PLAIN}password`). Add users before start():
    /// a running Dovecot rereads the file only when its mtime (whole seconds) or size changes.
    void addUser(const QByteArray &user, const QByteArray &password);
    /// Stores a message in `user`'s maildir (new/, or cur/ marked seen) with LF line endings as
    /// maildir keeps them; POP3 message numbers follow the order of the calls. Returns the path.
    QString addMessage(const QByteArray &user, const QByteArray &rfc822, bool seen = false);
    /// Contents of the message files of `user` as stored (LF endings), in message-number order.
    QList<QByteArray> messagesOnDisk(const QByteArray &user) const;
    /// Paths of those files, in the same order.
    QStringList messageFilesOnDisk(const QByteArray &user) const;

    /// Writes the config, runs `dovecot -F` and waits (up to `timeoutMs`) until both ports accept.
    bool start(int timeoutMs = 20000);
    /// Terminates Dovecot and waits for it; safe to call when not running.
    void stop();
    bool isRunning() const { return m_running; }

    /// POP3 port (plaintext greeting, STLS when TLS is enabled); 0 before start().
    quint16 pop3Port() const { return m_pop3Port; }
    /// POP3S port (TLS from the first byte); 0 before start() or without TLS.
    quint16 pop3sPort() const { return m_pop3sPort; }
    /// PEM file of the self-signed server certificate, to be trusted as a CA.
    QString caCertificatePath() const;
    /// The server certificate (CN=localhost, SAN IP:127.0.0.1 and DNS:localhost).
    QSslCertificate certificate() const { return m_certificate; }
    /// The temp directory holding config, certificate, log and mail.
    QString rootPath() const;
    /// Everything Dovecot has logged so far.
    QByteArray logContents() const;

private:
    bool makeCertificate();
    bool writeConfig() const;
    bool writePasswd() const;
    bool ensureMaildir(const QByteArray &user) const;
    void chownToMailUser(const QString &path) const;
    QString path(const QString &relative) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_process;
    QSslCertificate m_certificate;
    QMap<QByteArray, QByteArray> m_users;
    QString m_error;
    bool m_valid = false;
    bool m_tlsEnabled = true;
    bool m_running = false;
    quint16 m_pop3Port = 0;
    quint16 m_pop3sPort = 0;
    int m_messageCounter = 0;
    uint m_mailUid = 0;
    uint m_mailGid = 0;
    QString m_introspectionUrl;
    QString m_runUser; ///< set when not root: Dovecot's internal and login user
};

} // namespace Poplar::Test
