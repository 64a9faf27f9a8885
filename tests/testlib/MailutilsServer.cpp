#include "MailutilsServer.h"

#include "DovecotServer.h"
#include "LoopbackServer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

#include <pwd.h>
#include <unistd.h>

namespace Poplar::Test {

namespace {

constexpr QFile::Permissions DirMode = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
    | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther;
constexpr QFile::Permissions PrivateFileMode = QFile::ReadOwner | QFile::WriteOwner;
constexpr int MaxStartAttempts = 4;
const QByteArray FromLine = "From sender@poplar.test Mon Jan  1 00:00:00 2024\n";

QString pop3dExecutable()
{
    QString found = QStandardPaths::findExecutable(QStringLiteral("pop3d"), {QStringLiteral("/usr/sbin"),
                                                                             QStringLiteral("/usr/local/sbin")});
    return found;
}

// mboxrd: every line that starts with ">*From " gets one more ">".
QByteArray quoteFromLines(const QByteArray &body)
{
    static const QRegularExpression fromLine(QStringLiteral("^(>*From )"), QRegularExpression::MultilineOption);
    return QString::fromLatin1(body).replace(fromLine, QStringLiteral(">\\1")).toLatin1();
}

} // namespace

bool MailutilsServer::needsRoot()
{
    return geteuid() != 0;
}

MailutilsServer::MailutilsServer()
{
    if (needsRoot()) {
        m_error = QStringLiteral("pop3d must be started as root: it always switches to group mail");
        return;
    }
    // As root, pop3d reads the mailbox as its owner, who must reach it: a world-searchable path.
    m_dir = std::make_unique<QTemporaryDir>(QStringLiteral("/tmp/poplar-mailutils-XXXXXX"));
    if (!m_dir->isValid()) {
        m_error = QStringLiteral("cannot create a temp directory: %1").arg(m_dir->errorString());
        return;
    }
    QFile::setPermissions(m_dir->path(), DirMode);
    const passwd *pw = getpwnam(DovecotServer::MailUser);
    if (!pw) {
        m_error = QStringLiteral("cannot look up the mail user; run scripts/install-deps.sh");
        return;
    }
    m_mailUid = pw->pw_uid;
    m_mailGid = pw->pw_gid;
    for (const char *dir : {"mail", "domains"}) {
        if (!QDir().mkpath(path(QLatin1String(dir)))) {
            m_error = QStringLiteral("cannot create %1").arg(path(QLatin1String(dir)));
            return;
        }
        QFile::setPermissions(path(QLatin1String(dir)), DirMode);
    }
    m_valid = makeCertificate() && writePasswd();
    if (!m_valid && m_error.isEmpty())
        m_error = QStringLiteral("cannot write the passwd file");
}

MailutilsServer::~MailutilsServer()
{
    stop();
}

QString MailutilsServer::path(const QString &relative) const
{
    return m_dir ? m_dir->filePath(relative) : QString();
}

QString MailutilsServer::caCertificatePath() const
{
    return path(QStringLiteral("cert.pem"));
}

QByteArray MailutilsServer::loginName(const QByteArray &user)
{
    return user + '@' + Domain;
}

QString MailutilsServer::mailboxPath(const QByteArray &user) const
{
    return path(QStringLiteral("mail/") + QString::fromUtf8(user) + QStringLiteral("/INBOX"));
}

void MailutilsServer::chownToMailUser(const QString &p) const
{
    if (::chown(QFile::encodeName(p).constData(), m_mailUid, m_mailGid) != 0)
        qWarning("MailutilsServer: cannot chown %s", qPrintable(p));
}

bool MailutilsServer::makeCertificate()
{
    return makeSelfSignedCertificate(caCertificatePath(), path(QStringLiteral("key.pem")), &m_error);
}

bool MailutilsServer::addUser(const QByteArray &user, const QByteArray &password)
{
    if (!m_valid)
        return false;
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"), {QStringLiteral("passwd"), QStringLiteral("-6"), QStringLiteral("-stdin")});
    openssl.write(password + '\n');
    openssl.closeWriteChannel();
    if (!openssl.waitForFinished(30000) || openssl.exitCode() != 0) {
        m_error = QStringLiteral("openssl passwd failed");
        return false;
    }
    m_hashes.insert(user, openssl.readAllStandardOutput().trimmed());
    const QString home = path(QStringLiteral("mail/") + QString::fromUtf8(user));
    if (!QDir().mkpath(home))
        return false;
    QFile::setPermissions(home, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    chownToMailUser(home);
    return writePasswd();
}

bool MailutilsServer::writePasswd()
{
    // The virtdomain module reads passwd(5) lines from a file named after the domain.
    QSaveFile file(path(QStringLiteral("domains/")) + QLatin1String(Domain));
    if (!file.open(QIODevice::WriteOnly))
        return false;
    for (auto it = m_hashes.cbegin(); it != m_hashes.cend(); ++it) {
        const QByteArray home = QFile::encodeName(path(QStringLiteral("mail/") + QString::fromUtf8(it.key())));
        file.write(it.key() + ':' + it.value() + ':' + QByteArray::number(m_mailUid) + ':'
                   + QByteArray::number(m_mailGid) + "::" + home + ":/bin/false\n");
    }
    return file.commit();
}

bool MailutilsServer::addMessage(const QByteArray &user, const QByteArray &rfc822)
{
    if (!m_hashes.contains(user))
        return false;
    QByteArray data = rfc822;
    data.replace("\r\n", "\n");
    if (!data.endsWith('\n'))
        data += '\n';
    const QString mbox = mailboxPath(user);
    QFile file(mbox);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append))
        return false;
    const QByteArray entry = FromLine + quoteFromLines(data) + '\n';
    if (file.write(entry) != entry.size())
        return false;
    file.close();
    QFile::setPermissions(mbox, PrivateFileMode);
    chownToMailUser(mbox); // pop3d reads and rewrites it as the mailbox owner
    return true;
}

QList<QByteArray> MailutilsServer::messagesOnDisk(const QByteArray &user) const
{
    QList<QByteArray> messages;
    const QByteArray mbox = readWholeFile(mailboxPath(user));
    // A message starts at a "From " line at the start of the file or after an empty line.
    qsizetype start = mbox.startsWith("From ") ? 0 : -1;
    while (start >= 0) {
        const qsizetype bodyStart = mbox.indexOf('\n', start) + 1;
        const qsizetype next = mbox.indexOf("\n\nFrom ", bodyStart);
        const qsizetype end = next < 0 ? mbox.size() : next + 1;
        QByteArray message = mbox.mid(bodyStart, end - bodyStart);
        if (message.endsWith("\n\n"))
            message.chop(1); // the separator's empty line
        messages << message;
        start = next < 0 ? -1 : next + 2;
    }
    return messages;
}

bool MailutilsServer::writeConfig() const
{
    const QString root = m_dir->path();
    QByteArray conf;
    auto line = [&conf](const QString &text) { conf += text.toUtf8() + '\n'; };
    line(QStringLiteral("# Private test instance of Poplar's Mailutils fixture."));
    line(QStringLiteral("mailbox { mailbox-type mbox; }"));
    line(QStringLiteral("auth { authentication generic; authorization virtdomain; }"));
    line(QStringLiteral("virtdomain { passwd-dir \"%1/domains\"; }").arg(root));
    line(QStringLiteral("logging { syslog no; print-severity yes; }"));
    line(QStringLiteral("tls-file-checks { key-file none; cert-file none; ca-file none; }"));
    line(QStringLiteral("apop-database-file \"%1/apop.db\";").arg(root));
    line(QStringLiteral("mode daemon;"));
    line(QStringLiteral("foreground yes;"));
    line(QStringLiteral("pidfile \"%1/pop3d.pid\";").arg(root));
    line(QStringLiteral("max-children 50;"));
    if (m_expireDays >= 0) {
        line(QStringLiteral("expire %1;").arg(m_expireDays));
        line(QStringLiteral("delete-expired yes;"));
    }
    if (m_loginDelaySeconds > 0) {
        line(QStringLiteral("login-delay %1;").arg(m_loginDelaySeconds));
        line(QStringLiteral("stat-file \"%1/login.stat\";").arg(root));
    }
    line(QStringLiteral("tls { ssl-certificate-file \"%1\"; ssl-key-file \"%2/key.pem\"; }")
             .arg(caCertificatePath(), root));
    line(QStringLiteral("server 127.0.0.1:%1 { tls-mode ondemand; }").arg(m_pop3Port));
    line(QStringLiteral("server 127.0.0.1:%1 { tls-mode connection; }").arg(m_pop3sPort));
    QSaveFile file(path(QStringLiteral("pop3d.conf")));
    return file.open(QIODevice::WriteOnly) && file.write(conf) == conf.size() && file.commit();
}

bool MailutilsServer::start(int timeoutMs)
{
    if (m_running)
        return true;
    if (!m_valid)
        return false;
    const QString pop3d = pop3dExecutable();
    if (pop3d.isEmpty()) {
        m_error = QStringLiteral("pop3d is not installed (package mailutils-pop3d); run scripts/install-deps.sh");
        return false;
    }
    for (int attempt = 1; attempt <= MaxStartAttempts; ++attempt) {
        m_pop3Port = freeLoopbackPort();
        m_pop3sPort = freeLoopbackPort();
        if (m_pop3Port == 0 || m_pop3sPort == 0 || m_pop3Port == m_pop3sPort) {
            m_error = QStringLiteral("no free port on 127.0.0.1");
            continue;
        }
        if (!writeConfig()) {
            m_error = QStringLiteral("cannot write pop3d.conf");
            return false;
        }
        QFile::remove(path(QStringLiteral("pop3d.log")));
        m_process = std::make_unique<QProcess>();
        m_process->setProcessChannelMode(QProcess::MergedChannels);
        m_process->setStandardOutputFile(path(QStringLiteral("pop3d.log")), QIODevice::Append);
        m_process->start(pop3d, {QStringLiteral("--config-file=") + path(QStringLiteral("pop3d.conf")),
                                 QStringLiteral("--foreground")});
        if (!m_process->waitForStarted(10000)) {
            m_error = QStringLiteral("cannot run pop3d: %1").arg(m_process->errorString());
            m_process.reset();
            return false;
        }
        m_running = true;
        if (waitForPop3Ports(*m_process, m_pop3Port, m_pop3sPort, timeoutMs))
            return true;
        const QByteArray log = logContents();
        stop();
        m_error = QStringLiteral("pop3d did not start:\n%1").arg(QString::fromLocal8Bit(log));
        if (!log.contains("in use"))
            return false;
    }
    return false;
}

void MailutilsServer::stop()
{
    stopServerProcess(m_process);
    m_running = false;
}

QByteArray MailutilsServer::logContents() const
{
    return readWholeFile(path(QStringLiteral("pop3d.log")));
}

} // namespace Poplar::Test
