#include "SyncSequence.h"

#include "CommandLine.h"
#include "TriageCommands.h"
#include "display/DataSize.h"
#include "display/OutsideText.h"

#include <QLocale>

namespace Poplar::Cli {

SyncSequence::SyncSequence(const Context &c, QVector<Account::AccountSettings> accounts, Sync::Operation operation,
                           QVector<QByteArray> uids, Done done)
    : m_c(c), m_accounts(std::move(accounts)), m_operation(operation), m_uids(std::move(uids)), m_done(std::move(done))
{
}

void SyncSequence::next()
{
    if (m_next >= m_accounts.size()) {
        const Done done = m_done;
        const int code = m_exitCode;
        deleteLater();
        done(code);
        return;
    }
    const Account::AccountSettings account = m_accounts.at(m_next++);
    m_runner = std::make_unique<Sync::Runner>(m_c.profile);
    // Rules, lists and spam hints judge new previews as in the application (--no-rules: not).
    if (!m_c.parser.isSet(QStringLiteral("no-rules"))) {
        m_triager = std::make_unique<Triage::Triager>(m_c.profile.database(), m_c.profile.messages(), m_c.profile.directory());
        m_triager->setDryRun(m_c.parser.isSet(QStringLiteral("dry-run")));
        m_triager->setKeepDecisions(printsDecisions());
        m_runner->setTriage(m_triager.get());
    }
    m_runner->setPasswordCommandUsesTerminal(true);
    if (m_c.parser.isSet(QStringLiteral("wait")))
        m_runner->setLockWait(int(qBound(0.0, m_c.parser.value(QStringLiteral("wait")).toDouble(), 86400.0) * 1000));
    m_progress = std::make_unique<Progress>(m_c.err);
    connect(m_runner.get(), &Sync::Runner::progress, this,
            [this, name = account.name](const Sync::SyncProgress &p) { m_progress->update(name, p); });
    // Queued: the runner is replaced by the next one, which must not happen inside its signal.
    connect(m_runner.get(), &Sync::Runner::finished, this,
            [this, account](const Sync::SyncResult &r) { onFinished(account, r); }, Qt::QueuedConnection);
    m_runner->start({m_operation, account, {}, m_uids});
}

bool SyncSequence::printsDecisions() const
{
    return m_c.parser.isSet(QStringLiteral("apply-rules")) || m_c.parser.isSet(QStringLiteral("dry-run"));
}

void SyncSequence::onFinished(const Account::AccountSettings &account, const Sync::SyncResult &result)
{
    m_progress->done();
    m_runner.reset();
    if (m_triager && printsDecisions())
        printDecisions(m_c, account, m_triager->decisions());
    m_triager.reset();
    const int code = reportResult(m_c, account, result);
    if (code != ExitOk)
        m_exitCode = code;
    next();
}

int reportResult(Context &c, const Account::AccountSettings &account, const Sync::SyncResult &r)
{
    const QString prefix = account.name + QLatin1String(": ");
    switch (r.secretMissing) {
    case Sync::SecretSource::None:
        break;
    case Sync::SecretSource::Keychain:
        printError(c.err, prefix + Text::tr("no password: the keychain says: %1 (use account set-password, or "
                                            "--password-command)").arg(r.error.message));
        return ExitAuth;
    case Sync::SecretSource::OAuthGrant:
        printError(c.err, prefix + Text::tr("no token: the keychain says: %1 (use account authorize, or "
                                            "--password-command)").arg(r.error.message));
        return ExitAuth;
    case Sync::SecretSource::ProxyKeychain:
        printError(c.err, prefix + Text::tr("no proxy password: %1").arg(r.error.message));
        return ExitAuth;
    case Sync::SecretSource::PasswordCommand:
        printError(c.err, prefix + r.error.message);
        return ExitAuth;
    }
    if (!r.storeError.isEmpty()) {
        printError(c.err, prefix + Text::tr("local store: %1").arg(r.storeError));
        return ExitFailure;
    }
    // At every check, whatever its outcome: the server may be deleting what the user keeps.
    if (!r.retentionWarning.isEmpty())
        c.err << "poplar-sync: " << Display::forTerminal(account.name) << ": "
              << Text::tr("warning: %1").arg(r.retentionWarning) << Qt::endl;
    if (r.error.isError()) {
        c.err << "poplar-sync: " << Display::forTerminal(account.name) << ": " << failureText(r.error) << Qt::endl;
        if (const QString advice = adviceText(r.error, account.errorContext()); !advice.isEmpty())
            c.err << "poplar-sync: " << Display::forTerminal(account.name) << ": " << advice << Qt::endl;
        return exitCodeFor(r.error.kind);
    }
    // One summary line; in the C locale its words are what scripts (and the benchmarks) read.
    QStringList parts{Text::tr("%n new", "summary: messages new on the server", r.newMessages)};
    if (r.downloaded)
        parts << Text::tr("%n downloaded (%1)", "summary: messages and bytes downloaded", r.downloaded)
                     .arg(Display::dataSize(r.bytesDownloaded));
    if (r.deleted)
        parts << Text::tr("%n deleted on server", "summary", r.deleted);
    if (r.skippedOversized)
        parts << Text::tr("%n over the size limit (headers only)", "summary", r.skippedOversized);
    if (r.headersUnavailable)
        parts << Text::tr("%n listed by size only (headers not available from this server)", "summary",
                          r.headersUnavailable);
    if (r.unusableListings)
        parts << Text::tr("%n skipped (bad or duplicate UIDL)", "summary", r.unusableListings);
    QString line = Display::forTerminal(account.name) + QLatin1String(": ") + parts.join(Text::tr(", ", "summary: list separator"));
    if (r.usedFallbackKeys)
        line += Text::tr(" (server has no UIDL: keys derived from headers)");
    c.out << line << Qt::endl;
    return ExitOk;
}

} // namespace Poplar::Cli
