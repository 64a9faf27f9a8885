#include "store/AccountStore.h"

#include "store/Database.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Poplar::Store {

namespace {

const char *const columns = "name, host, port, security, auth, user_name, password_command, ca_file, pinned_sha256, "
                            "policy, policy_days, size_limit, preview_lines, check_interval, scram_max_iterations, proxy, plaintext_fallback";

void bindAccount(QSqlQuery &query, const Account::AccountSettings &a)
{
    query.addBindValue(a.name);
    query.addBindValue(a.host);
    query.addBindValue(a.port);
    query.addBindValue(Pop3::securityName(a.security));
    query.addBindValue(Pop3::authMethodName(a.auth));
    query.addBindValue(a.user);
    query.addBindValue(a.passwordCommand);
    query.addBindValue(a.caFile);
    query.addBindValue(a.pinnedSha256);
    query.addBindValue(Account::retentionPolicyName(a.policy));
    query.addBindValue(a.policyDays);
    query.addBindValue(a.sizeLimit);
    query.addBindValue(a.previewLines);
    query.addBindValue(a.checkIntervalMinutes);
    query.addBindValue(a.maxScramIterations);
    query.addBindValue(Net::proxyName(a.proxy));
    query.addBindValue(a.allowPlaintextFallback ? 1 : 0);
}

} // namespace

qint64 AccountStore::add(const Account::AccountSettings &account, QString *error)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO accounts (%1, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
                      .arg(QLatin1String(columns)));
    bindAccount(query, account);
    query.addBindValue(QDateTime::currentSecsSinceEpoch());
    if (!query.exec()) {
        if (error)
            *error = query.lastError().text();
        return 0;
    }
    return query.lastInsertId().toLongLong();
}

bool AccountStore::update(const Account::AccountSettings &account, QString *error)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE accounts SET name=?, host=?, port=?, security=?, auth=?, user_name=?, "
                                 "password_command=?, ca_file=?, pinned_sha256=?, policy=?, policy_days=?, "
                                 "size_limit=?, preview_lines=?, check_interval=?, scram_max_iterations=?, proxy=?, "
                                 "plaintext_fallback=? WHERE id=?"));
    bindAccount(query, account);
    query.addBindValue(account.id);
    if (!query.exec()) {
        if (error)
            *error = query.lastError().text();
        return false;
    }
    return true;
}

bool AccountStore::remove(qint64 id, QString *error)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM accounts WHERE id=?"));
    query.addBindValue(id);
    if (!query.exec()) {
        if (error)
            *error = query.lastError().text();
        return false;
    }
    return true;
}

bool AccountStore::setLastChecked(qint64 id, const QDateTime &when, QString *error)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE accounts SET last_checked=? WHERE id=?"));
    query.addBindValue(when.toSecsSinceEpoch());
    query.addBindValue(id);
    if (!query.exec()) {
        if (error)
            *error = query.lastError().text();
        return false;
    }
    return true;
}

bool AccountStore::rememberServer(qint64 id, const Account::ServerFacts &facts, QString *error)
{
    const auto optional = [](const std::optional<int> &value) { return value ? QVariant(*value) : QVariant(); };
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE accounts SET server_seen_at=?, server_login_method=?, server_expire_days=?, "
                                 "server_login_delay=? WHERE id=?"));
    query.addBindValue(facts.seen.isValid() ? QVariant(facts.seen.toSecsSinceEpoch()) : QVariant());
    query.addBindValue(facts.loginMethod.isEmpty() ? QVariant() : QVariant(QString::fromLatin1(facts.loginMethod)));
    query.addBindValue(optional(facts.expireDays));
    query.addBindValue(optional(facts.loginDelaySeconds));
    query.addBindValue(id);
    if (!query.exec()) {
        if (error)
            *error = query.lastError().text();
        return false;
    }
    return true;
}

QVector<Account::AccountSettings> AccountStore::select(const QString &where, const QVariant &value, QString *error) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT id, %1, last_checked, server_seen_at, server_login_method, "
                                 "server_expire_days, server_login_delay FROM accounts %2 ORDER BY name")
                      .arg(QLatin1String(columns), where));
    if (value.isValid())
        query.addBindValue(value);
    QVector<Account::AccountSettings> result;
    if (!query.exec()) {
        if (error)
            *error = query.lastError().text();
        return result;
    }
    while (query.next()) {
        Account::AccountSettings a;
        a.id = query.value(0).toLongLong();
        a.name = query.value(1).toString();
        a.host = query.value(2).toString();
        a.port = quint16(query.value(3).toUInt());
        a.security = Pop3::securityFromName(query.value(4).toString()).value_or(Pop3::Security::ImplicitTls);
        a.auth = Pop3::authMethodFromName(query.value(5).toString()).value_or(Pop3::AuthMethod::Automatic);
        a.user = query.value(6).toString();
        a.passwordCommand = query.value(7).toString();
        a.caFile = query.value(8).toString();
        a.pinnedSha256 = query.value(9).toByteArray();
        a.policy = Account::retentionPolicyFromName(query.value(10).toString()).value_or(Account::RetentionPolicy::Keep);
        a.policyDays = query.value(11).toInt();
        a.sizeLimit = query.value(12).toLongLong();
        a.previewLines = query.value(13).toInt();
        a.checkIntervalMinutes = query.value(14).toInt();
        a.maxScramIterations = query.value(15).toLongLong();
        a.proxy = Net::proxyFromName(query.value(16).toString()).value_or(Net::ProxySettings{});
        a.allowPlaintextFallback = query.value(17).toInt() != 0;
        if (!query.value(18).isNull())
            a.lastChecked = QDateTime::fromSecsSinceEpoch(query.value(18).toLongLong(), Qt::UTC);
        if (!query.value(19).isNull())
            a.server.seen = QDateTime::fromSecsSinceEpoch(query.value(19).toLongLong(), Qt::UTC);
        a.server.loginMethod = query.value(20).toString().toLatin1();
        if (!query.value(21).isNull())
            a.server.expireDays = query.value(21).toInt();
        if (!query.value(22).isNull())
            a.server.loginDelaySeconds = query.value(22).toInt();
        result.append(a);
    }
    if (query.lastError().isValid() && error)
        *error = query.lastError().text();
    return result;
}

QVector<Account::AccountSettings> AccountStore::all(QString *error) const
{
    return select(QString(), QVariant(), error);
}

std::optional<Account::AccountSettings> AccountStore::findByName(const QString &name, QString *error) const
{
    const auto found = select(QStringLiteral("WHERE name = ?"), name, error);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

std::optional<Account::AccountSettings> AccountStore::findById(qint64 id, QString *error) const
{
    const auto found = select(QStringLiteral("WHERE id = ?"), id, error);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

} // namespace Poplar::Store
