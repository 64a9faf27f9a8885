#pragma once

#include "store/ReadResult.h"
#include "triage/Rule.h"
#include "triage/SenderLists.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QString>
#include <QVariant>
#include <QVector>

namespace Poplar::Store { class Database; }

namespace Poplar::Triage {

/// What triage found for one message, kept beside it in the store.
struct Mark {
    QByteArray uid;
    int score = 0;          ///< the spam hints' sum (classifier included)
    bool spam = false;      ///< judged spam (hints, classifier, blocklist, a rule, or the user)
    QString reasons;        ///< one translated sentence per line
    QString ruleName;       ///< the rule that matched; empty when none did
    QString action;         ///< actionName() of that rule; empty when none
    bool markedDelete = false; ///< waits for "Delete Marked on Server"
    bool hidden = false;    ///< kept on the server and out of the list (Action::KeepOnServer)
    int userVerdict = 0;    ///< 1: the user said spam, -1: not spam (and the classifier was trained so)
};

/// One friend or blocklist entry.
struct ListEntry {
    QString entry;   ///< address or domain
    QString origin;  ///< "user", "learned" (a sender of downloaded mail) or "vcard"
    QDateTime addedAt;
};

/// A message deleted on the server, as the record keeps it.
struct DeletedMessage {
    qint64 accountId = 0;
    QByteArray uid;
    QDateTime deletedAt;
    QString reason;   ///< "hand", "rule" or "policy"
    QString ruleName; ///< for "rule"
    QString from;
    QString subject;
    QDateTime date;
    QByteArray headers; ///< the preview it had: headers and first lines
};

/// Most messages judged late (TriageStore::unjudged) in one run.
constexpr int MaxUnjudgedPerRun = 2000;

/// Names of the settings triage keeps in the profile.
namespace Setting {
inline const QString LearnFriends = QStringLiteral("learn_friends");       ///< "1" (default) or "0"
inline const QString DeletedKeepDays = QStringLiteral("deleted_keep_days"); ///< days, 30 by default
inline const QString ClassifierCommand = QStringLiteral("classifier");      ///< see Classifier.h
}

/// Rules, lists, marks, settings and the deletion record in the profile's database. Belongs to
/// the thread of its Database.
class TriageStore {
public:
    explicit TriageStore(Store::Database &database) : m_database(database) {}

    /// Every rule in order, with counters and account names.
    Store::ReadResult<QVector<Rule>> rules() const;
    /// Appends a rule (or inserts it at `position`, 0-based); its id is set. Resolves accountName.
    [[nodiscard]] bool addRule(Rule &rule, QString *error, int position = -1);
    /// Replaces a rule's content, keeping its place and counters.
    [[nodiscard]] bool updateRule(const Rule &rule, QString *error);
    [[nodiscard]] bool removeRule(qint64 id, QString *error);
    /// Moves a rule to `position` (0-based) among the others.
    [[nodiscard]] bool moveRule(qint64 id, int position, QString *error);
    /// Adds one to the counter of each rule id (as often as it appears) and stamps the time.
    [[nodiscard]] bool countMatches(const QHash<qint64, int> &matches, QString *error);

    Store::ReadResult<QVector<ListEntry>> listEntries(ListKind kind) const;
    /// Adds entries (normalised; those already there or unusable are skipped); `added` gets the count.
    [[nodiscard]] bool addToList(ListKind kind, const QStringList &entries, const QString &origin, int *added,
                                 QString *error);
    [[nodiscard]] bool removeFromList(ListKind kind, const QString &entry, bool *removed, QString *error);
    /// Both lists, ready to judge with.
    Store::ReadResult<SenderLists> senderLists() const;

    QString setting(const QString &key, const QString &fallback = QString()) const;
    [[nodiscard]] bool setSetting(const QString &key, const QString &value, QString *error);

    /// The marks of an account's messages, by UIDL.
    Store::ReadResult<QHash<QByteArray, Mark>> marks(qint64 accountId) const;
    /// The marks of these messages of an account (those that have one), by UIDL.
    Store::ReadResult<QHash<QByteArray, Mark>> marks(qint64 accountId, const QVector<QByteArray> &uids) const;
    /// Only the marks that decide a download (spam, marked for deletion, hidden, or with the action
    /// "always download"): what a run reads when it starts, whatever the number of messages.
    Store::ReadResult<QHash<QByteArray, Mark>> standingMarks(qint64 accountId) const;
    /// Writes marks (replacing those of the same UIDLs), keeping each user verdict unless given.
    [[nodiscard]] bool saveMarks(qint64 accountId, const QVector<Mark> &marks, QString *error);
    /// Records the user's verdict (1 spam, -1 not spam, 0 none), which also sets or clears spam.
    [[nodiscard]] bool setUserVerdict(qint64 accountId, const QVector<QByteArray> &uids, int verdict, QString *error);
    /// Sets or clears "marked for deletion" by hand (a rule's name stays as it was).
    [[nodiscard]] bool setMarkedDelete(qint64 accountId, const QVector<QByteArray> &uids, bool marked, QString *error);
    /// Messages on the server with a preview, not downloaded and never judged (stored by a dry run,
    /// or before triage existed), at most MaxUnjudgedPerRun of them: a large old profile is judged
    /// over several checks.
    Store::ReadResult<QVector<QByteArray>> unjudged(qint64 accountId) const;
    /// UIDLs marked for deletion of messages still on the server.
    Store::ReadResult<QVector<QByteArray>> markedForDeletion(qint64 accountId) const;

    /// The deletion record, newest first: of one account (0: all), with `search` (empty: all) in
    /// sender, subject, headers or rule, at most `limit` entries.
    Store::ReadResult<QVector<DeletedMessage>> deletedMessages(qint64 accountId, const QString &search = QString(),
                                                               int limit = 1000) const;

private:
    /// The marks of `accountId` meeting `condition` (an SQL "AND ...") with its `values`, added to `marks`.
    [[nodiscard]] bool selectMarks(const QString &condition, qint64 accountId, const QVariantList &values,
                                   QHash<QByteArray, Mark> *marks, QString *error) const;
    Store::Database &m_database;
};

} // namespace Poplar::Triage
