#pragma once

#include "CommandLine.h"
#include "Commands.h"
#include "Progress.h"
#include "sync/Runner.h"
#include "triage/Triager.h"

#include <memory>

namespace Poplar::Cli {

/// poplar-sync's front end to Sync::Runner: runs `operation` on the accounts one after the
/// other, drawing progress on stderr and printing one summary line (or the failure) each, then
/// calls `done` with the exit code of the last failure, or ExitOk. Never waits: each step
/// follows a signal. Deletes itself after calling `done`.
class SyncSequence : public QObject {
public:
    SyncSequence(const Context &c, QVector<Account::AccountSettings> accounts, Sync::Operation operation,
                 QVector<QByteArray> uids, Done done);
    void start() { next(); }

private:
    void next();
    /// Whether each message's triage is printed (--apply-rules, --dry-run).
    bool printsDecisions() const;
    void onFinished(const Account::AccountSettings &account, const Sync::SyncResult &result);

    Context m_c;
    QVector<Account::AccountSettings> m_accounts;
    Sync::Operation m_operation;
    QVector<QByteArray> m_uids;
    Done m_done;
    int m_next = 0;
    int m_exitCode = ExitOk;
    std::unique_ptr<Sync::Runner> m_runner;
    std::unique_ptr<Progress> m_progress;
    std::unique_ptr<Triage::Triager> m_triager; ///< judges new previews unless --no-rules
};

/// Prints how one run ended, as poplar-sync does after each account; its exit code.
int reportResult(Context &c, const Account::AccountSettings &account, const Sync::SyncResult &result);

} // namespace Poplar::Cli
