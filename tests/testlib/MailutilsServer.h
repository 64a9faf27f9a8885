#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace Poplar::Test {

/// A private GNU Mailutils pop3d (package mailutils-pop3d) on 127.0.0.1: a second real POP3
/// server beside DovecotServer. Its own temp directory, self-signed certificate, virtual-domain
/// passwd file (users log in as "NAME@poplar.test"), one mbox per user, and two free ports: POP3
/// with STLS on demand, and POP3S. Needs root: pop3d always switches to group `mail` when it starts
/// (needsRoot() says so; tests skip without it), and to the mailbox owner, DovecotServer::MailUser,
/// at login.
///
/// Mailutils behaves unlike Dovecot in ways a client meets: the greeting always carries an APOP
/// timestamp (APOP fails for users without an APOP secret), CAPA spells EXPIRE with its value glued
/// on ("EXPIRE0", "EXPIRENEVER") and LOGIN-DELAY as a bare number, there is no SASL, and the
/// first session writes X-UIDL, X-UID and Status headers into the messages, so a message's size
/// and bytes change after it was first listed.
class MailutilsServer {
public:
    /// The virtual domain every user belongs to: log in as user + "@" + Domain.
    static constexpr const char *Domain = "poplar.test";

    /// Prepares the temp dir and certificate; nothing runs until start().
    MailutilsServer();
    /// Stops the server if it runs; the temp dir goes with it.
    ~MailutilsServer();
    MailutilsServer(const MailutilsServer &) = delete;
    MailutilsServer &operator=(const MailutilsServer &) = delete;

    /// True when this process cannot start pop3d because it is not root.
    static bool needsRoot();
    /// False when the temp dir, mail user or certificate could not be set up; error() says why.
    bool isValid() const { return m_valid; }
    /// The last setup or start failure, with pop3d's log when it has one.
    QString error() const { return m_error; }

    /// Before start(): the days announced and applied by `expire` (with delete-expired), -1 for none.
    void setExpireDays(int days) { m_expireDays = days; }
    /// Before start(): pop3d's login-delay in seconds (0 for none).
    void setLoginDelaySeconds(int seconds) { m_loginDelaySeconds = seconds; }

    /// The name `user` logs in with: "user@poplar.test".
    static QByteArray loginName(const QByteArray &user);
    /// Adds or replaces a user (its password stored as a SHA-512 crypt hash). Works while running.
    bool addUser(const QByteArray &user, const QByteArray &password);
    /// Appends a message (LF or CRLF endings) to `user`'s mbox, with mboxrd quoting of "From "
    /// lines; POP3 message numbers follow the order of the calls.
    bool addMessage(const QByteArray &user, const QByteArray &rfc822);
    /// The messages in `user`'s mbox as stored (LF endings, headers pop3d added included), in order.
    QList<QByteArray> messagesOnDisk(const QByteArray &user) const;

    /// Writes the config, runs `pop3d --foreground` and waits (up to `timeoutMs`) until both ports accept.
    bool start(int timeoutMs = 20000);
    /// Terminates pop3d and waits for it; safe to call when not running.
    void stop();
    bool isRunning() const { return m_running; }

    /// POP3 port (plaintext greeting, STLS offered); 0 before start().
    quint16 pop3Port() const { return m_pop3Port; }
    /// POP3S port (TLS from the first byte); 0 before start().
    quint16 pop3sPort() const { return m_pop3sPort; }
    /// PEM file of the self-signed server certificate (CN=localhost, IP:127.0.0.1), to trust as a CA.
    QString caCertificatePath() const;
    /// Everything pop3d has logged so far.
    QByteArray logContents() const;

private:
    bool makeCertificate();
    bool writeConfig() const;
    bool writePasswd();
    QString mailboxPath(const QByteArray &user) const;
    void chownToMailUser(const QString &path) const;
    QString path(const QString &relative) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_process;
    QMap<QByteArray, QByteArray> m_hashes; ///< user -> crypt hash
    QString m_error;
    bool m_valid = false;
    bool m_running = false;
    quint16 m_pop3Port = 0;
    quint16 m_pop3sPort = 0;
    uint m_mailUid = 0;
    uint m_mailGid = 0;
    int m_expireDays = -1;
    int m_loginDelaySeconds = 0;
};

} // namespace Poplar::Test
