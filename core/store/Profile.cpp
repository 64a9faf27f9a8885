#include "store/Profile.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QCoreApplication>

namespace Poplar::Store {

QString Profile::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

std::unique_ptr<Profile> Profile::open(const QString &directory, QString *error)
{
    if (!QDir().mkpath(directory)) {
        if (error)
            *error = QCoreApplication::translate("Poplar::Store::Profile", "cannot create the profile directory %1").arg(directory);
        return nullptr;
    }
    // Messages and the database are the user's private mail.
    QFile::setPermissions(directory, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    std::unique_ptr<Profile> profile(new Profile);
    profile->m_directory = QDir(directory).absolutePath();
    profile->m_database = Database::open(QDir(directory).filePath(QStringLiteral("poplar.sqlite")), error);
    if (!profile->m_database)
        return nullptr;
    profile->m_accounts = std::make_unique<AccountStore>(*profile->m_database);
    profile->m_messages = std::make_unique<MessageStore>(*profile->m_database, profile->m_directory);
    return profile;
}

} // namespace Poplar::Store
