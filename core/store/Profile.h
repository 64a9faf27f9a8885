#pragma once

#include "store/AccountStore.h"
#include "store/Database.h"
#include "store/MessageStore.h"
#include "store/Trash.h"

#include <QString>

#include <memory>

namespace Poplar::Store {

/// One user's data: the database and the message files beside it, opened together.
class Profile {
public:
    /// Where profiles live by default: the application data directory of QStandardPaths.
    static QString defaultDirectory();
    /// Opens (creating) the profile in `directory`; nullptr with `error` on failure. A profile whose
    /// folder or database this user cannot write is opened read-only (see isReadOnly()).
    static std::unique_ptr<Profile> open(const QString &directory, QString *error);
    /// The sentence every writing command reports on a read-only profile.
    static QString readOnlyMessage();

    /// True when the profile could only be opened for reading: listing and exporting work, every
    /// write fails with readOnlyMessage().
    bool isReadOnly() const { return m_database->isReadOnly(); }

    QString directory() const { return m_directory; }
    Database &database() { return *m_database; }
    AccountStore &accounts() { return *m_accounts; }
    MessageStore &messages() { return *m_messages; }
    Trash &trash() { return *m_trash; }

private:
    Profile() = default;
    QString m_directory;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<AccountStore> m_accounts;
    std::unique_ptr<MessageStore> m_messages;
    std::unique_ptr<Trash> m_trash;
};

} // namespace Poplar::Store
