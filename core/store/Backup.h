#pragma once

#include "store/MessageStore.h"

#include <QString>
#include <QVector>

namespace Poplar::Store {

class Profile;

/// What backupProfile() or restoreProfile() did.
struct BackupReport {
    int messages = 0;                ///< message files in the archive
    QVector<StoredMessage> damaged;  ///< left out (backup) or found bad (restore), fileState set
};

/// Writes a consistent snapshot of `profile` to one ustar file at `tarPath` (replaced atomically):
/// `poplar.sqlite` made with SQLite's VACUUM INTO (a transaction-consistent copy even while
/// another program writes), then every message file that snapshot names, streamed in fixed-size
/// pieces and checked against its recorded size and SHA-256. Missing or damaged files are left
/// out and listed in the report. False with `error` when the snapshot or the archive fails.
[[nodiscard]] bool backupProfile(Profile &profile, const QString &tarPath, BackupReport *report, QString *error);

/// Unpacks a backup made by backupProfile() into `directory`, which must not exist or be empty;
/// accepts only `poplar.sqlite` and `messages/<n>/<hex>.eml` entries. Then opens the profile
/// (migrating an older schema) and checks every message file against its digest; bad ones are
/// in the report. False with `error` on a damaged or foreign archive or a write failure.
[[nodiscard]] bool restoreProfile(const QString &tarPath, const QString &directory, BackupReport *report,
                                  QString *error);

} // namespace Poplar::Store
