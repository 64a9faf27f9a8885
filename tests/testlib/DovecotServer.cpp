#include "DovecotServer.h"

#include "LoopbackServer.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>

#include <algorithm>

#include <grp.h>
#include <pwd.h>
#include <unistd.h>

namespace Poplar::Test {

namespace {

constexpr QFile::Permissions DirMode = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
    | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther;
constexpr QFile::Permissions PublicFileMode = QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther;
constexpr int MaxStartAttempts = 4;

// Dovecot's auth process runs as user `dovecot` and must reach the passwd-file.
bool isWorldSearchable(const QString &dir)
{
    QDir d(dir);
    while (true) {
        const QFileInfo info(d.absolutePath());
        if (!(info.permissions() & QFile::ExeOther))
            return false;
        if (d.isRoot())
            return true;
        if (!d.cdUp())
            return false;
    }
}

// Dovecot lives in /usr/sbin, which an unprivileged user's PATH often lacks.
QString dovecotExecutable()
{
    QString found = QStandardPaths::findExecutable(QStringLiteral("dovecot"));
    if (found.isEmpty())
        found = QStandardPaths::findExecutable(QStringLiteral("dovecot"),
                                               {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/local/sbin")});
    return found;
}

// Maildir keeps flags after ":2,"; the part before it is the file's stable base name.
QString baseName(const QString &fileName)
{
    return fileName.section(QLatin1Char(':'), 0, 0);
}

} // namespace

DovecotServer::DovecotServer()
{
    QString base = QDir::tempPath();
    if (!isWorldSearchable(base))
        base = QStringLiteral("/tmp");
    if (!isWorldSearchable(base)) {
        m_error = QStringLiteral("no world-searchable temp directory for Dovecot's auth process");
        return;
    }
    m_dir = std::make_unique<QTemporaryDir>(base + QStringLiteral("/poplar-dovecot-XXXXXX"));
    if (!m_dir->isValid()) {
        m_error = QStringLiteral("cannot create a temp directory: %1").arg(m_dir->errorString());
        return;
    }
    QFile::setPermissions(m_dir->path(), DirMode);

    if (geteuid() == 0) {
        const passwd *pw = getpwnam(MailUser);
        if (!pw) {
            m_error = QStringLiteral("user %1 does not exist; run scripts/install-deps.sh").arg(QLatin1String(MailUser));
            return;
        }
        m_mailUid = pw->pw_uid;
        m_mailGid = pw->pw_gid;
    } else {
        const passwd *pw = getpwuid(getuid());
        if (!pw) {
            m_error = QStringLiteral("cannot look up the current user");
            return;
        }
        m_mailUid = pw->pw_uid;
        m_mailGid = pw->pw_gid;
        m_runUser = QString::fromLocal8Bit(pw->pw_name);
    }

    for (const char *dir : {"mail", "run", "state"}) {
        const QString p = path(QLatin1String(dir));
        if (!QDir().mkpath(p)) {
            m_error = QStringLiteral("cannot create %1").arg(p);
            return;
        }
        QFile::setPermissions(p, DirMode);
    }
    chownToMailUser(path(QStringLiteral("mail")));
    if (!makeCertificate())
        return;
    m_valid = writePasswd();
    if (!m_valid)
        m_error = QStringLiteral("cannot write the passwd-file");
}

DovecotServer::~DovecotServer()
{
    stop();
}

QString DovecotServer::path(const QString &relative) const
{
    return m_dir ? m_dir->filePath(relative) : QString();
}

QString DovecotServer::rootPath() const
{
    return m_dir ? m_dir->path() : QString();
}

QString DovecotServer::caCertificatePath() const
{
    return path(QStringLiteral("cert.pem"));
}

bool DovecotServer::makeCertificate()
{
    if (!makeSelfSignedCertificate(caCertificatePath(), path(QStringLiteral("key.pem")), &m_error))
        return false;
    const QList<QSslCertificate> certs = QSslCertificate::fromPath(caCertificatePath(), QSsl::Pem);
    if (certs.isEmpty()) {
        m_error = QStringLiteral("openssl wrote no readable certificate");
        return false;
    }
    m_certificate = certs.first();
    QFile::setPermissions(caCertificatePath(), PublicFileMode);
    return true;
}

void DovecotServer::chownToMailUser(const QString &p) const
{
    if (geteuid() == 0 && ::chown(QFile::encodeName(p).constData(), m_mailUid, m_mailGid) != 0)
        qWarning("DovecotServer: cannot chown %s", qPrintable(p));
}

void DovecotServer::addUser(const QByteArray &user, const QByteArray &password)
{
    m_users.insert(user, password);
    if (m_valid && !writePasswd())
        qWarning("DovecotServer: cannot rewrite the passwd-file");
}

bool DovecotServer::writePasswd() const
{
    // Replaced atomically: Dovecot rereads the file when it changes, possibly mid-write.
    QSaveFile file(path(QStringLiteral("passwd")));
    if (!file.open(QIODevice::WriteOnly))
        return false;
    for (auto it = m_users.cbegin(); it != m_users.cend(); ++it)
        file.write(it.key() + ":{PLAIN}" + it.value() + '\n');
    if (!file.commit())
        return false;
    return QFile::setPermissions(path(QStringLiteral("passwd")), PublicFileMode);
}

bool DovecotServer::ensureMaildir(const QByteArray &user) const
{
    const QString home = path(QStringLiteral("mail/") + QString::fromUtf8(user));
    for (const QString &sub : {QString(), QStringLiteral("/cur"), QStringLiteral("/new"), QStringLiteral("/tmp")}) {
        const QString dir = home + sub;
        if (QFileInfo::exists(dir))
            continue;
        if (!QDir().mkpath(dir))
            return false;
        QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        chownToMailUser(dir);
    }
    return true;
}

QString DovecotServer::addMessage(const QByteArray &user, const QByteArray &rfc822, bool seen)
{
    if (!m_valid || !ensureMaildir(user))
        return {};
    // Dovecot numbers new files by the time in their names, so rising times keep call order.
    const int n = ++m_messageCounter;
    const QString name = QStringLiteral("%1.M%2P%3.poplar-test")
                             .arg(1700000000 + n)
                             .arg(n, 6, 10, QLatin1Char('0'))
                             .arg(QCoreApplication::applicationPid());
    const QString home = path(QStringLiteral("mail/") + QString::fromUtf8(user));
    const QString tmpPath = home + QStringLiteral("/tmp/") + name;
    const QString finalPath = seen ? home + QStringLiteral("/cur/") + name + QStringLiteral(":2,S")
                                   : home + QStringLiteral("/new/") + name;
    QFile file(tmpPath);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    QByteArray data = rfc822;
    data.replace("\r\n", "\n");
    if (file.write(data) != data.size())
        return {};
    file.close();
    QFile::setPermissions(tmpPath, QFile::ReadOwner | QFile::WriteOwner);
    chownToMailUser(tmpPath);
    if (!QFile::rename(tmpPath, finalPath))
        return {};
    return finalPath;
}

QStringList DovecotServer::messageFilesOnDisk(const QByteArray &user) const
{
    const QString home = path(QStringLiteral("mail/") + QString::fromUtf8(user));
    QStringList files;
    for (const QString &sub : {QStringLiteral("/new"), QStringLiteral("/cur")}) {
        const QDir dir(home + sub);
        for (const QString &name : dir.entryList(QDir::Files | QDir::NoDotAndDotDot))
            files << dir.filePath(name);
    }
    std::sort(files.begin(), files.end(), [](const QString &a, const QString &b) {
        return baseName(QFileInfo(a).fileName()) < baseName(QFileInfo(b).fileName());
    });
    return files;
}

QList<QByteArray> DovecotServer::messagesOnDisk(const QByteArray &user) const
{
    QList<QByteArray> messages;
    for (const QString &file : messageFilesOnDisk(user))
        messages << readWholeFile(file);
    return messages;
}

bool DovecotServer::writeConfig() const
{
    const QString root = rootPath();
    QByteArray conf;
    auto line = [&conf](const QString &text) { conf += text.toUtf8() + '\n'; };
    line(QStringLiteral("# Private test instance of Poplar's Dovecot fixture."));
    line(QStringLiteral("base_dir = %1/run").arg(root));
    line(QStringLiteral("state_dir = %1/state").arg(root));
    line(QStringLiteral("log_path = %1/dovecot.log").arg(root));
    line(QStringLiteral("instance_name = poplar-%1").arg(m_pop3Port));
    line(QStringLiteral("protocols = pop3"));
    line(QStringLiteral("listen = 127.0.0.1"));
    line(QStringLiteral("auth_verbose = yes"));
    // Tests fail logins on purpose: no delay per failure, and no growing penalty per client IP
    // (the auth process turns the penalty off when it cannot reach this anvil socket).
    line(QStringLiteral("auth_failure_delay = 0"));
    if (m_tlsEnabled) {
        line(QStringLiteral("ssl = yes"));
        line(QStringLiteral("ssl_cert = <%1").arg(caCertificatePath()));
        line(QStringLiteral("ssl_key = <%1/key.pem").arg(root));
    } else {
        line(QStringLiteral("ssl = no"));
    }
    line(QStringLiteral("disable_plaintext_auth = no"));
    QString mechanisms = QStringLiteral("plain login cram-md5 digest-md5 scram-sha-1 scram-sha-256 apop");
    if (!m_introspectionUrl.isEmpty()) {
        // Tokens first: a token is no password, so the passwd-file passdb only sees what this
        // one refused.
        mechanisms += QStringLiteral(" xoauth2 oauthbearer");
        const QByteArray oauth = QStringLiteral("introspection_mode = post\nintrospection_url = %1\n"
                                                "username_attribute = username\nusername_format = %%Lu\n"
                                                "force_introspection = yes\ntimeout_msecs = 5000\n")
                                     .arg(m_introspectionUrl)
                                     .toUtf8();
        QSaveFile ext(path(QStringLiteral("dovecot-oauth2.conf.ext")));
        if (!ext.open(QIODevice::WriteOnly) || ext.write(oauth) != oauth.size() || !ext.commit()
            || !QFile::setPermissions(ext.fileName(), PublicFileMode))
            return false;
        line(QStringLiteral("passdb {\n  driver = oauth2\n  mechanisms = xoauth2 oauthbearer\n  args = %1/dovecot-oauth2.conf.ext\n}")
                 .arg(root));
    }
    line(QStringLiteral("auth_mechanisms = %1").arg(mechanisms));
    line(QStringLiteral("passdb {\n  driver = passwd-file\n  args = scheme=PLAIN %1/passwd\n}").arg(root));
    line(QStringLiteral("userdb {\n  driver = static\n  args = uid=%1 gid=%2 home=%3/mail/%u\n}")
             .arg(m_mailUid)
             .arg(m_mailGid)
             .arg(root));
    line(QStringLiteral("first_valid_uid = 1"));
    line(QStringLiteral("first_valid_gid = 1"));
    line(QStringLiteral("mail_location = maildir:%1/mail/%u").arg(root));
    line(QStringLiteral("mail_fsync = never"));
    line(QStringLiteral("pop3_uidl_format = %08Xu%08Xv"));
    line(QStringLiteral("pop3_enable_last = yes"));
    QString listeners = QStringLiteral("  inet_listener pop3 {\n    address = 127.0.0.1\n    port = %1\n  }\n")
                            .arg(m_pop3Port);
    if (m_tlsEnabled)
        listeners += QStringLiteral("  inet_listener pop3s {\n    address = 127.0.0.1\n    port = %1\n    ssl = yes\n  }\n")
                         .arg(m_pop3sPort);
    QString loginExtra;
    if (!m_runUser.isEmpty()) {
        // Unprivileged: every service runs as the current user and nothing can chroot.
        const group *gr = getgrgid(m_mailGid);
        line(QStringLiteral("default_internal_user = %1").arg(m_runUser));
        line(QStringLiteral("default_login_user = %1").arg(m_runUser));
        if (gr)
            line(QStringLiteral("default_internal_group = %1").arg(QString::fromLocal8Bit(gr->gr_name)));
        line(QStringLiteral("service auth-worker {\n  user = $default_internal_user\n}"));
        loginExtra = QStringLiteral("  chroot =\n");
    }
    line(QStringLiteral("service pop3-login {\n%1%2}").arg(listeners, loginExtra));
    line(QStringLiteral("service anvil {\n%1  unix_listener anvil-auth-penalty {\n    mode = 0\n  }\n}")
             .arg(m_runUser.isEmpty() ? QString() : QStringLiteral("  chroot =\n")));

    QSaveFile file(path(QStringLiteral("dovecot.conf")));
    if (!file.open(QIODevice::WriteOnly) || file.write(conf) != conf.size() || !file.commit())
        return false;
    return QFile::setPermissions(path(QStringLiteral("dovecot.conf")), PublicFileMode);
}

bool DovecotServer::start(int timeoutMs)
{
    if (m_running)
        return true;
    if (!m_valid)
        return false;
    const QString dovecot = dovecotExecutable();
    if (dovecot.isEmpty()) {
        m_error = QStringLiteral("dovecot is not installed (package dovecot-pop3d); run scripts/install-deps.sh");
        return false;
    }
    for (int attempt = 1; attempt <= MaxStartAttempts; ++attempt) {
        m_pop3Port = freeLoopbackPort();
        m_pop3sPort = m_tlsEnabled ? freeLoopbackPort() : 0;
        if (m_pop3Port == 0 || (m_tlsEnabled && (m_pop3sPort == 0 || m_pop3sPort == m_pop3Port))) {
            m_error = QStringLiteral("no free port on 127.0.0.1");
            continue;
        }
        if (!writeConfig()) {
            m_error = QStringLiteral("cannot write dovecot.conf");
            return false;
        }
        QFile::remove(path(QStringLiteral("dovecot.log")));
        m_process = std::make_unique<QProcess>();
        m_process->setProcessChannelMode(QProcess::MergedChannels);
        m_process->setStandardOutputFile(path(QStringLiteral("dovecot.out")), QIODevice::Append);
        m_process->start(dovecot,
                         {QStringLiteral("-F"), QStringLiteral("-c"), path(QStringLiteral("dovecot.conf"))});
        if (!m_process->waitForStarted(10000)) {
            m_error = QStringLiteral("cannot run dovecot: %1").arg(m_process->errorString());
            m_process.reset();
            return false;
        }
        m_running = true;
        if (waitForPop3Ports(*m_process, m_pop3Port, m_pop3sPort, timeoutMs))
            return true;
        const QByteArray log = logContents();
        stop();
        m_error = QStringLiteral("Dovecot did not start:\n%1").arg(QString::fromLocal8Bit(log));
        // Only a port lost to another process is worth another try.
        if (!log.contains("Address already in use"))
            return false;
    }
    return false;
}

void DovecotServer::stop()
{
    stopServerProcess(m_process);
    m_running = false;
}

QByteArray DovecotServer::logContents() const
{
    return readWholeFile(path(QStringLiteral("dovecot.out"))) + readWholeFile(path(QStringLiteral("dovecot.log")));
}

} // namespace Poplar::Test
