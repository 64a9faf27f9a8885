#include "triage/TriageStore.h"

#include "store/Database.h"
#include "triage/RuleFile.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Poplar::Triage {

using Store::ReadResult;

namespace {

bool failQuery(QString *error, const QSqlQuery &query)
{
    if (error)
        *error = query.lastError().text();
    return false;
}

QString kindName(ListKind kind)
{
    return kind == ListKind::Friends ? QStringLiteral("friend") : QStringLiteral("block");
}

QString conditionsText(const QVector<Condition> &conditions)
{
    QStringList lines;
    for (const Condition &c : conditions)
        lines << conditionText(c);
    return lines.join(QLatin1Char('\n'));
}

QVector<Condition> conditionsFromText(const QString &text)
{
    QVector<Condition> conditions;
    for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        QStringList words;
        QString error;
        if (splitRuleLine(line, &words))
            conditions.append(parseCondition(words, &error)); // an unusable one never matches (RuleSet)
    }
    return conditions;
}

QVariant nullable(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

} // namespace

ReadResult<QVector<Rule>> TriageStore::rules() const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT r.id, r.name, r.account_id, a.name, r.match_all, r.conditions, r.action, "
                                   "r.without_review, r.enabled, r.match_count, r.last_matched FROM triage_rules r "
                                   "LEFT JOIN accounts a ON a.id = r.account_id ORDER BY r.position, r.id")))
        return ReadResult<QVector<Rule>>::failure(query.lastError().text());
    QVector<Rule> rules;
    while (query.next()) {
        Rule r;
        r.id = query.value(0).toLongLong();
        r.name = query.value(1).toString();
        r.accountId = query.value(2).toLongLong();
        r.accountName = query.value(3).toString();
        r.matchAll = query.value(4).toBool();
        r.conditions = conditionsFromText(query.value(5).toString());
        r.action = actionFromName(query.value(6).toString()).value_or(Action::MarkSpam);
        r.withoutReview = query.value(7).toBool();
        r.enabled = query.value(8).toBool();
        r.matchCount = query.value(9).toLongLong();
        if (!query.value(10).isNull())
            r.lastMatched = QDateTime::fromSecsSinceEpoch(query.value(10).toLongLong(), Qt::UTC);
        rules.append(r);
    }
    return rules;
}

namespace {

/// The id of the account a rule names; 0 for every account; -1 (with `error`) when there is none.
qint64 accountIdFor(QSqlDatabase db, const Rule &rule, QString *error)
{
    if (rule.accountName.isEmpty())
        return rule.accountId;
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT id FROM accounts WHERE name = ?"));
    query.addBindValue(rule.accountName);
    if (!query.exec())
        return failQuery(error, query) ? 0 : -1;
    if (!query.next()) {
        if (error)
            *error = QCoreApplication::translate("Poplar::Triage::TriageStore", "no account named %1").arg(rule.accountName);
        return -1;
    }
    return query.value(0).toLongLong();
}

} // namespace

bool TriageStore::addRule(Rule &rule, QString *error, int position)
{
    QSqlDatabase db = m_database.connection();
    const qint64 accountId = accountIdFor(db, rule, error);
    if (accountId < 0)
        return false;
    Store::Transaction transaction(db);
    QSqlQuery query(db);
    if (position < 0) {
        if (!query.exec(QStringLiteral("SELECT coalesce(max(position) + 1, 0) FROM triage_rules")) || !query.next())
            return failQuery(error, query);
        position = query.value(0).toInt();
    } else {
        query.prepare(QStringLiteral("UPDATE triage_rules SET position = position + 1 WHERE position >= ?"));
        query.addBindValue(position);
        if (!query.exec())
            return failQuery(error, query);
    }
    query.prepare(QStringLiteral("INSERT INTO triage_rules (position, name, account_id, match_all, conditions, action, "
                                 "without_review, enabled) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v : {QVariant(position), QVariant(rule.name), nullable(accountId), QVariant(rule.matchAll),
                              QVariant(conditionsText(rule.conditions)), QVariant(actionName(rule.action)),
                              QVariant(rule.withoutReview), QVariant(rule.enabled)})
        query.addBindValue(v);
    if (!query.exec())
        return failQuery(error, query);
    rule.id = query.lastInsertId().toLongLong();
    rule.accountId = accountId;
    if (!transaction.commit())
        return failQuery(error, query);
    return true;
}

bool TriageStore::updateRule(const Rule &rule, QString *error)
{
    QSqlDatabase db = m_database.connection();
    const qint64 accountId = accountIdFor(db, rule, error);
    if (accountId < 0)
        return false;
    QSqlQuery query(db);
    query.prepare(QStringLiteral("UPDATE triage_rules SET name = ?, account_id = ?, match_all = ?, conditions = ?, "
                                 "action = ?, without_review = ?, enabled = ? WHERE id = ?"));
    for (const QVariant &v : {QVariant(rule.name), nullable(accountId), QVariant(rule.matchAll),
                              QVariant(conditionsText(rule.conditions)), QVariant(actionName(rule.action)),
                              QVariant(rule.withoutReview), QVariant(rule.enabled), QVariant(rule.id)})
        query.addBindValue(v);
    return query.exec() || failQuery(error, query);
}

bool TriageStore::removeRule(qint64 id, QString *error)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM triage_rules WHERE id = ?"));
    query.addBindValue(id);
    return query.exec() || failQuery(error, query);
}

bool TriageStore::moveRule(qint64 id, int position, QString *error)
{
    const auto all = rules();
    if (!all) {
        if (error)
            *error = all.error();
        return false;
    }
    QVector<qint64> order;
    for (const Rule &r : all.value())
        if (r.id != id)
            order.append(r.id);
    order.insert(qBound(0, position, int(order.size())), id);
    QSqlDatabase db = m_database.connection();
    Store::Transaction transaction(db);
    QSqlQuery query(db);
    query.prepare(QStringLiteral("UPDATE triage_rules SET position = ? WHERE id = ?"));
    for (int i = 0; i < order.size(); ++i) {
        query.addBindValue(i);
        query.addBindValue(order.at(i));
        if (!query.exec())
            return failQuery(error, query);
    }
    return transaction.commit() || failQuery(error, query);
}

bool TriageStore::countMatches(const QHash<qint64, int> &matches, QString *error)
{
    if (matches.isEmpty())
        return true;
    QSqlDatabase db = m_database.connection();
    Store::Transaction transaction(db);
    QSqlQuery query(db);
    query.prepare(QStringLiteral("UPDATE triage_rules SET match_count = match_count + ?, last_matched = ? WHERE id = ?"));
    for (auto it = matches.constBegin(); it != matches.constEnd(); ++it) {
        query.addBindValue(it.value());
        query.addBindValue(QDateTime::currentSecsSinceEpoch());
        query.addBindValue(it.key());
        if (!query.exec())
            return failQuery(error, query);
    }
    return transaction.commit() || failQuery(error, query);
}

ReadResult<QVector<ListEntry>> TriageStore::listEntries(ListKind kind) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT entry, origin, added_at FROM sender_lists WHERE kind = ? ORDER BY entry"));
    query.addBindValue(kindName(kind));
    if (!query.exec())
        return ReadResult<QVector<ListEntry>>::failure(query.lastError().text());
    QVector<ListEntry> entries;
    while (query.next())
        entries.append({query.value(0).toString(), query.value(1).toString(),
                        QDateTime::fromSecsSinceEpoch(query.value(2).toLongLong(), Qt::UTC)});
    return entries;
}

bool TriageStore::addToList(ListKind kind, const QStringList &entries, const QString &origin, int *added, QString *error)
{
    QSqlDatabase db = m_database.connection();
    Store::Transaction transaction(db);
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT OR IGNORE INTO sender_lists (kind, entry, origin, added_at) VALUES (?, ?, ?, ?)"));
    int count = 0;
    for (const QString &raw : entries) {
        const QString entry = normalizeEntry(raw);
        if (entry.isEmpty())
            continue;
        query.addBindValue(kindName(kind));
        query.addBindValue(entry);
        query.addBindValue(origin);
        query.addBindValue(QDateTime::currentSecsSinceEpoch());
        if (!query.exec())
            return failQuery(error, query);
        count += query.numRowsAffected() > 0 ? 1 : 0;
    }
    if (!transaction.commit())
        return failQuery(error, query);
    if (added)
        *added = count;
    return true;
}

bool TriageStore::removeFromList(ListKind kind, const QString &entry, bool *removed, QString *error)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("DELETE FROM sender_lists WHERE kind = ? AND entry = ?"));
    query.addBindValue(kindName(kind));
    query.addBindValue(normalizeEntry(entry));
    if (!query.exec())
        return failQuery(error, query);
    if (removed)
        *removed = query.numRowsAffected() > 0;
    return true;
}

ReadResult<SenderLists> TriageStore::senderLists() const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT kind, entry FROM sender_lists")))
        return ReadResult<SenderLists>::failure(query.lastError().text());
    SenderLists lists;
    while (query.next())
        lists.add(query.value(0).toString() == QLatin1String("friend") ? ListKind::Friends : ListKind::Blocklist,
                  query.value(1).toString());
    return lists;
}

QString TriageStore::setting(const QString &key, const QString &fallback) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT value FROM triage_settings WHERE key = ?"));
    query.addBindValue(key);
    if (query.exec() && query.next())
        return query.value(0).toString();
    return fallback;
}

bool TriageStore::setSetting(const QString &key, const QString &value, QString *error)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO triage_settings (key, value) VALUES (?, ?)"));
    query.addBindValue(key);
    query.addBindValue(value);
    return query.exec() || failQuery(error, query);
}

ReadResult<QHash<QByteArray, Mark>> TriageStore::marks(qint64 accountId) const
{
    QHash<QByteArray, Mark> marks;
    QString error;
    if (!selectMarks(QString(), accountId, {}, &marks, &error))
        return ReadResult<QHash<QByteArray, Mark>>::failure(error);
    return marks;
}

ReadResult<QHash<QByteArray, Mark>> TriageStore::marks(qint64 accountId, const QVector<QByteArray> &uids) const
{
    // Few values per statement: Qt's driver finds each one's place by a name SQLite looks up one by one.
    constexpr qsizetype Chunk = 64;
    QHash<QByteArray, Mark> marks;
    QString error;
    for (qsizetype start = 0; start < uids.size(); start += Chunk) {
        const qsizetype n = qMin(Chunk, uids.size() - start);
        QVariantList values;
        for (qsizetype i = start; i < start + n; ++i)
            values.append(uids.at(i));
        const QStringList places(n, QStringLiteral("?"));
        if (!selectMarks(QStringLiteral(" AND uidl IN (%1)").arg(places.join(QLatin1Char(','))), accountId, values,
                         &marks, &error))
            return ReadResult<QHash<QByteArray, Mark>>::failure(error);
    }
    return marks;
}

ReadResult<QHash<QByteArray, Mark>> TriageStore::standingMarks(qint64 accountId) const
{
    QHash<QByteArray, Mark> marks;
    QString error;
    if (!selectMarks(QStringLiteral(" AND (spam <> 0 OR marked_delete <> 0 OR hidden <> 0 OR action = ?)"), accountId,
                     {actionName(Action::AlwaysDownload)}, &marks, &error))
        return ReadResult<QHash<QByteArray, Mark>>::failure(error);
    return marks;
}

bool TriageStore::selectMarks(const QString &condition, qint64 accountId, const QVariantList &values,
                              QHash<QByteArray, Mark> *marks, QString *error) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT uidl, score, spam, reasons, rule_name, action, marked_delete, hidden, "
                                 "user_verdict FROM triage_marks WHERE account_id = ?")
                  + condition);
    query.addBindValue(accountId);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    while (query.next()) {
        Mark m;
        m.uid = query.value(0).toByteArray();
        m.score = query.value(1).toInt();
        m.spam = query.value(2).toBool();
        m.reasons = query.value(3).toString();
        m.ruleName = query.value(4).toString();
        m.action = query.value(5).toString();
        m.markedDelete = query.value(6).toBool();
        m.hidden = query.value(7).toBool();
        m.userVerdict = query.value(8).toInt();
        marks->insert(m.uid, m);
    }
    return true;
}

bool TriageStore::saveMarks(qint64 accountId, const QVector<Mark> &marks, QString *error)
{
    QSqlDatabase db = m_database.connection();
    Store::Transaction transaction(db);
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "INSERT INTO triage_marks (account_id, uidl, score, spam, reasons, rule_name, action, marked_delete, hidden, "
        "user_verdict, judged_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (account_id, uidl) DO UPDATE SET "
        "score = excluded.score, spam = excluded.spam, reasons = excluded.reasons, rule_name = excluded.rule_name, "
        "action = excluded.action, marked_delete = excluded.marked_delete, hidden = excluded.hidden, "
        "user_verdict = CASE WHEN excluded.user_verdict <> 0 THEN excluded.user_verdict ELSE user_verdict END, "
        "judged_at = excluded.judged_at"));
    for (const Mark &m : marks) {
        for (const QVariant &v : {QVariant(accountId), QVariant(m.uid), QVariant(m.score), QVariant(m.spam),
                                  QVariant(m.reasons), QVariant(m.ruleName.isEmpty() ? QVariant() : QVariant(m.ruleName)),
                                  QVariant(m.action), QVariant(m.markedDelete), QVariant(m.hidden),
                                  QVariant(m.userVerdict), QVariant(QDateTime::currentSecsSinceEpoch())})
            query.addBindValue(v);
        if (!query.exec())
            return failQuery(error, query);
    }
    return transaction.commit() || failQuery(error, query);
}

namespace {

/// Runs `sql` (an upsert taking account, UIDL and then `values`) for each UIDL in one transaction.
bool upsertEach(QSqlDatabase db, const QString &sql, qint64 accountId, const QVector<QByteArray> &uids,
                const QVariantList &values, QString *error)
{
    Store::Transaction transaction(db);
    QSqlQuery query(db);
    query.prepare(sql);
    for (const QByteArray &uid : uids) {
        query.addBindValue(accountId);
        query.addBindValue(uid);
        for (const QVariant &v : values)
            query.addBindValue(v);
        if (!query.exec())
            return failQuery(error, query);
    }
    return transaction.commit() || failQuery(error, query);
}

} // namespace

bool TriageStore::setUserVerdict(qint64 accountId, const QVector<QByteArray> &uids, int verdict, QString *error)
{
    return upsertEach(m_database.connection(),
                      QStringLiteral("INSERT INTO triage_marks (account_id, uidl, spam, user_verdict) VALUES (?, ?, ?, ?) "
                                     "ON CONFLICT (account_id, uidl) DO UPDATE SET spam = excluded.spam, "
                                     "user_verdict = excluded.user_verdict"),
                      accountId, uids, {verdict > 0, verdict}, error);
}

bool TriageStore::setMarkedDelete(qint64 accountId, const QVector<QByteArray> &uids, bool marked, QString *error)
{
    return upsertEach(m_database.connection(),
                      QStringLiteral("INSERT INTO triage_marks (account_id, uidl, marked_delete) VALUES (?, ?, ?) "
                                     "ON CONFLICT (account_id, uidl) DO UPDATE SET marked_delete = excluded.marked_delete"),
                      accountId, uids, {marked}, error);
}

namespace {

ReadResult<QVector<QByteArray>> selectUids(QSqlDatabase db, const QString &sql, qint64 accountId)
{
    QSqlQuery query(db);
    query.prepare(sql);
    query.addBindValue(accountId);
    if (!query.exec())
        return ReadResult<QVector<QByteArray>>::failure(query.lastError().text());
    QVector<QByteArray> uids;
    while (query.next())
        uids.append(query.value(0).toByteArray());
    return uids;
}

} // namespace

ReadResult<QVector<QByteArray>> TriageStore::unjudged(qint64 accountId) const
{
    return selectUids(m_database.connection(),
                      QStringLiteral("SELECT m.uidl FROM messages m LEFT JOIN triage_marks t ON t.account_id = m.account_id "
                                     "AND t.uidl = m.uidl WHERE m.account_id = ? AND m.on_server = 1 AND "
                                     "m.downloaded_at IS NULL AND m.headers IS NOT NULL AND t.uidl IS NULL LIMIT %1")
                          .arg(MaxUnjudgedPerRun),
                      accountId);
}

ReadResult<QVector<QByteArray>> TriageStore::markedForDeletion(qint64 accountId) const
{
    return selectUids(m_database.connection(),
                      QStringLiteral("SELECT t.uidl FROM triage_marks t JOIN messages m ON m.account_id = t.account_id "
                                     "AND m.uidl = t.uidl WHERE t.account_id = ? AND t.marked_delete = 1 "
                                     "AND m.on_server = 1"),
                      accountId);
}

ReadResult<QVector<DeletedMessage>> TriageStore::deletedMessages(qint64 accountId, const QString &search, int limit) const
{
    QString sql = QStringLiteral("SELECT account_id, uidl, deleted_at, reason, rule_name, from_text, subject, date, "
                                 "headers FROM deleted_on_server WHERE 1");
    QVariantList values;
    if (accountId > 0) {
        sql += QLatin1String(" AND account_id = ?");
        values << accountId;
    }
    if (!search.isEmpty()) {
        // instr on lower(): no LIKE wildcards to escape in what the user typed.
        sql += QLatin1String(" AND (instr(lower(coalesce(from_text, '')), ?) OR instr(lower(coalesce(subject, '')), ?) "
                             "OR instr(lower(coalesce(rule_name, '')), ?) OR instr(lower(CAST(headers AS TEXT)), ?))");
        const QString needle = search.toLower();
        values << needle << needle << needle << needle;
    }
    sql += QLatin1String(" ORDER BY deleted_at DESC, id DESC LIMIT ?");
    values << limit;
    QSqlQuery query(m_database.connection());
    query.prepare(sql);
    for (const QVariant &v : std::as_const(values))
        query.addBindValue(v);
    if (!query.exec())
        return ReadResult<QVector<DeletedMessage>>::failure(query.lastError().text());
    QVector<DeletedMessage> result;
    while (query.next()) {
        DeletedMessage d;
        d.accountId = query.value(0).toLongLong();
        d.uid = query.value(1).toByteArray();
        d.deletedAt = QDateTime::fromSecsSinceEpoch(query.value(2).toLongLong(), Qt::UTC);
        d.reason = query.value(3).toString();
        d.ruleName = query.value(4).toString();
        d.from = query.value(5).toString();
        d.subject = query.value(6).toString();
        if (!query.value(7).isNull())
            d.date = QDateTime::fromSecsSinceEpoch(query.value(7).toLongLong(), Qt::UTC);
        d.headers = query.value(8).toByteArray();
        result.append(d);
    }
    return result;
}

} // namespace Poplar::Triage
