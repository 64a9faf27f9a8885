#pragma once

#include "account/Account.h"

#include <QVector>

#include <optional>

namespace Poplar::Store {

class Database;

/// Reads and writes account settings in the profile database. Never stores a secret.
class AccountStore {
public:
    explicit AccountStore(Database &database) : m_database(database) {}

    /// Inserts a new account (name must be unique) and returns its id; 0 with `error` on failure.
    qint64 add(const Account::AccountSettings &account, QString *error);
    [[nodiscard]] bool update(const Account::AccountSettings &account, QString *error);
    /// Removes the account and, through the foreign key, every message row of it.
    [[nodiscard]] bool remove(qint64 id, QString *error);
    /// Records the end of a successful sync of the account.
    [[nodiscard]] bool setLastChecked(qint64 id, const QDateTime &when, QString *error);
    /// Remembers what the server said at a login (Account::ServerFacts), replacing what was known.
    [[nodiscard]] bool rememberServer(qint64 id, const Account::ServerFacts &facts, QString *error);
    /// Every account by name. With `error`, a failed query sets it (the list is then not the
    /// accounts); callers that report failures pass it.
    QVector<Account::AccountSettings> all(QString *error = nullptr) const;
    /// The account of that name or id; nullopt when there is none, or (with `error` set) when the
    /// query failed.
    std::optional<Account::AccountSettings> findByName(const QString &name, QString *error = nullptr) const;
    std::optional<Account::AccountSettings> findById(qint64 id, QString *error = nullptr) const;

private:
    QVector<Account::AccountSettings> select(const QString &where, const QVariant &value, QString *error) const;
    Database &m_database;
};

} // namespace Poplar::Store
