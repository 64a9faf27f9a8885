#include "store/Profile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QCoreApplication>

#include <unistd.h>

namespace Poplar::Store {

QString Profile::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

std::unique_ptr<Profile> Profile::open(const QString &directory, QString *error)
{
    const QString databasePath = QDir(directory).filePath(QStringLiteral("poplar.sqlite"));
    // Read-only media, or a profile of another user shared for reading: never try to write.
    const bool readOnly = QFileInfo::exists(databasePath)
        && (::access(QFile::encodeName(directory).constData(), W_OK) != 0
            || ::access(QFile::encodeName(databasePath).constData(), W_OK) != 0);
    if (!readOnly && !QDir().mkpath(directory)) {
        if (error)
            *error = QCoreApplication::translate("Poplar::Store::Profile", "cannot create the profile directory %1").arg(directory);
        return nullptr;
    }
    // Messages and the database are the user's private mail.
    if (!readOnly)
        QFile::setPermissions(directory, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    std::unique_ptr<Profile> profile(new Profile);
    profile->m_directory = QDir(directory).absolutePath();
    profile->m_database = Database::open(databasePath, error,
                                         readOnly ? Database::Access::ReadOnly : Database::Access::ReadWrite);
    if (!profile->m_database)
        return nullptr;
    profile->m_accounts = std::make_unique<AccountStore>(*profile->m_database);
    profile->m_messages = std::make_unique<MessageStore>(*profile->m_database, profile->m_directory);
    profile->m_trash = std::make_unique<Trash>(*profile->m_database, profile->m_directory);
    return profile;
}

QString Profile::readOnlyMessage()
{
    return QCoreApplication::translate("Poplar::Store::Profile", "the profile is read-only (its folder or database cannot be written): nothing can be changed in it");
}

} // namespace Poplar::Store
