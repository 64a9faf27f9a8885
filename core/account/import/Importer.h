#pragma once

#include "account/import/ImportFormats.h"

#include <QDir>

namespace Poplar::Store {
class AccountStore;
class MessageStore;
}

namespace Poplar::Import {

/// One account found in another program, ready to import: its settings and the UIDLs that
/// program already fetched from it.
struct Candidate {
    Program program = Program::Thunderbird;
    QString name;                      ///< the Poplar account name it gets (or the existing one it matches)
    Account::AccountSettings settings; ///< never a password
    QVector<QByteArray> uids;          ///< fetched by the other program
    QString stateFile;                 ///< where those UIDLs were read from
    bool stateFound = false;           ///< false: no state file, so no UIDLs (everything would be new)
};

/// Everything found for one program: accounts, what was left out and why, the files read.
struct Found {
    Program program = Program::Thunderbird;
    QVector<Candidate> accounts;
    QVector<Skipped> skipped;
    QStringList filesRead;
    QString error; ///< set when no configuration was found or readable at all
};

/// Reads the program's configuration and state files, never changing them: at `path` (a file,
/// or for Thunderbird and getmail a folder) or, when empty, in its usual places under `home`
/// (Thunderbird: ~/.thunderbird, ~/.mozilla-thunderbird, snap and flatpak folders; mpop:
/// $XDG_CONFIG_HOME/mpop/config, ~/.mpoprc; fetchmail: ~/.fetchmailrc; getmail: getmailrc* in
/// ~/.getmail and $XDG_CONFIG_HOME/getmail).
Found findAccounts(Program program, const QString &path, const QString &home = QDir::homePath());

/// What an import did (or, in a dry run, would do) to one account.
struct ImportedAccount {
    QString name;
    Program program = Program::Thunderbird;
    bool created = false;  ///< false: an account with the same server and user existed and was kept as it is
    int uidsAdded = 0;     ///< UIDLs recorded as "fetched by" the program
    int uidsKnown = 0;     ///< UIDLs Poplar knew already (left as they are)
};

/// The outcome of importAccounts().
struct ImportReport {
    QVector<ImportedAccount> accounts;
    QString error; ///< set when the store failed; what came before it stays imported
    bool ok() const { return error.isEmpty(); }
};

/// Creates the accounts of `found` that Poplar lacks (one with the same host and user is reused,
/// its settings untouched) and records each one's UIDLs as fetched by the program. Running it
/// again changes nothing. With `dryRun` nothing is written; the report says what would be.
ImportReport importAccounts(Store::AccountStore &accounts, Store::MessageStore &messages, const Found &found,
                            bool dryRun);

} // namespace Poplar::Import
