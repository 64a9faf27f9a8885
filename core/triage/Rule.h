#pragma once

#include "triage/HeaderFields.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QString>
#include <QVector>

#include <optional>

namespace Poplar::Triage {

/// How a condition compares.
enum class Operator { Contains, Is, Matches, Greater, Less };

/// One test on a message's preview. `field` is a header name ("from", "subject", "list-id", any
/// other) or one of: "preview" (the first body lines), "size" (bytes on the server),
/// "sender-domain" (the From address's domain; `is` also takes its subdomains), "friend",
/// "blocked", "spam" (yes or no), "score" (the spam hints' sum).
struct Condition {
    QString field;
    Operator op = Operator::Contains;
    QString value;
    bool negate = false; ///< "not": true when the test fails
    bool operator==(const Condition &o) const
    {
        return field == o.field && op == o.op && value == o.value && negate == o.negate;
    }
};

/// What a matching rule does.
enum class Action {
    MarkSpam,        ///< marks it spam (shown with the rule as reason)
    DeleteOnServer,  ///< marks it for deletion on the server (or deletes at once, without review)
    KeepOnServer,    ///< never downloaded, hidden from the list
    AlwaysDownload,  ///< downloaded by every download run, whatever the size limit
    DownloadNow,     ///< downloaded by the run that found it, even a check
};

/// A rule: conditions (all or any), one action, for one account or all; rules apply in order
/// and the first that matches wins.
struct Rule {
    qint64 id = 0;
    QString name;
    qint64 accountId = 0;  ///< 0: every account
    QString accountName;   ///< in files and for display; empty for every account
    bool matchAll = true;  ///< all conditions must hold (false: any one)
    QVector<Condition> conditions;
    Action action = Action::MarkSpam;
    bool withoutReview = false; ///< DeleteOnServer only: delete in the run that finds it
    bool enabled = true;
    qint64 matchCount = 0;
    QDateTime lastMatched;
};

/// The names used in rule files and on the command line.
QString operatorName(Operator op);
std::optional<Operator> operatorFromName(const QString &name);
QString actionName(Action action);
std::optional<Action> actionFromName(const QString &name);
/// A sentence describing the action, translated, for lists and reasons.
QString actionText(Action action, bool withoutReview = false);
/// The condition as a rule file writes it, e.g. `subject contains "lottery"`.
QString conditionText(const Condition &condition);

/// Longest regular expression a rule may hold, and the most text one is matched against: with
/// nested quantifiers refused (see checkCondition) this bounds the cost of every match.
constexpr int MaxPatternChars = 256;
constexpr int MaxMatchChars = 16 * 1024;

/// Why a condition cannot be used (unknown field, bad number, bad or too costly pattern); empty
/// when it is fine.
QString checkCondition(const Condition &condition);

/// What a rule knows of a message: its preview (headers and first lines), size, and what the
/// lists and spam hints found. The preview's text is decoded only if a rule asks for it.
class MessageFacts {
public:
    MessageFacts(const QByteArray &preview, qint64 size);
    const HeaderFields &headers() const { return m_headers; }
    qint64 size() const { return m_size; }
    QString senderAddress() const { return m_sender; }
    QString senderDomain() const { return m_senderDomain; }
    /// The preview's body text, decoded (computed once, on first use).
    QString previewText() const;

    bool isFriend = false;
    bool isBlocked = false;
    bool isSpam = false;
    int score = 0;

private:
    QByteArray m_preview;
    HeaderFields m_headers;
    qint64 m_size = 0;
    QString m_sender;
    QString m_senderDomain;
    mutable std::optional<QString> m_previewText;
};

/// Rules ready to apply: regular expressions compiled once. Disabled rules and rules with an
/// unusable condition never match.
class RuleSet {
public:
    RuleSet() = default;
    explicit RuleSet(QVector<Rule> rules);
    const QVector<Rule> &rules() const { return m_rules; }
    /// The index of the first rule for `accountId` that matches; -1 when none does.
    int firstMatch(const MessageFacts &facts, qint64 accountId) const;
    /// Whether one rule matches (ignoring its account and whether it is enabled).
    bool matches(int index, const MessageFacts &facts) const;

private:
    bool test(const Condition &c, const QRegularExpression &pattern, const MessageFacts &facts) const;
    QVector<Rule> m_rules;
    QVector<QVector<QRegularExpression>> m_patterns; ///< per rule, per condition (invalid if unused)
    QVector<bool> m_usable;
};

} // namespace Poplar::Triage
