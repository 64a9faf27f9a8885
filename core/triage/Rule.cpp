#include "triage/Rule.h"

#include "mime/HeaderDecoder.h"
#include "mime/MessagePreview.h"
#include "triage/Address.h"

#include <QCoreApplication>

namespace Poplar::Triage {

namespace {

/// The translation context of this file's texts.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Poplar::Triage::Rule)
};

bool isFlagField(const QString &field)
{
    return field == QLatin1String("friend") || field == QLatin1String("blocked") || field == QLatin1String("spam");
}

bool isNumberField(const QString &field)
{
    return field == QLatin1String("size") || field == QLatin1String("score");
}

/// "100000", "100k", "2M" as a number; nullopt when it is none.
std::optional<qint64> parseNumber(const QString &text)
{
    QString t = text.trimmed().toLower();
    qint64 factor = 1;
    if (t.endsWith(QLatin1Char('k'))) {
        factor = 1024;
        t.chop(1);
    } else if (t.endsWith(QLatin1Char('m'))) {
        factor = 1024 * 1024;
        t.chop(1);
    }
    bool ok = false;
    const qint64 n = t.toLongLong(&ok);
    return ok ? std::optional<qint64>(n * factor) : std::nullopt;
}

std::optional<bool> parseFlag(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("yes") || t == QLatin1String("true"))
        return true;
    if (t == QLatin1String("no") || t == QLatin1String("false"))
        return false;
    return std::nullopt;
}

QRegularExpression compile(const Condition &c)
{
    return QRegularExpression(c.value, QRegularExpression::CaseInsensitiveOption
                                           | QRegularExpression::DontCaptureOption
                                           | QRegularExpression::UseUnicodePropertiesOption);
}

} // namespace

QString operatorName(Operator op)
{
    switch (op) {
    case Operator::Contains: return QStringLiteral("contains");
    case Operator::Is: return QStringLiteral("is");
    case Operator::Matches: return QStringLiteral("matches");
    case Operator::Greater: return QStringLiteral("greater");
    case Operator::Less: return QStringLiteral("less");
    }
    return {};
}

std::optional<Operator> operatorFromName(const QString &name)
{
    for (Operator op : {Operator::Contains, Operator::Is, Operator::Matches, Operator::Greater, Operator::Less}) {
        if (operatorName(op) == name)
            return op;
    }
    return std::nullopt;
}

QString actionName(Action action)
{
    switch (action) {
    case Action::MarkSpam: return QStringLiteral("mark-spam");
    case Action::DeleteOnServer: return QStringLiteral("delete-on-server");
    case Action::KeepOnServer: return QStringLiteral("keep-on-server");
    case Action::AlwaysDownload: return QStringLiteral("always-download");
    case Action::DownloadNow: return QStringLiteral("download-now");
    }
    return {};
}

std::optional<Action> actionFromName(const QString &name)
{
    for (Action a : {Action::MarkSpam, Action::DeleteOnServer, Action::KeepOnServer, Action::AlwaysDownload,
                     Action::DownloadNow}) {
        if (actionName(a) == name)
            return a;
    }
    return std::nullopt;
}

QString actionText(Action action, bool withoutReview)
{
    switch (action) {
    case Action::MarkSpam: return Text::tr("Mark as spam");
    case Action::DeleteOnServer:
        return withoutReview ? Text::tr("Delete on the server at once") : Text::tr("Mark for deletion on the server");
    case Action::KeepOnServer: return Text::tr("Never download (keep on the server, hidden)");
    case Action::AlwaysDownload: return Text::tr("Always download");
    case Action::DownloadNow: return Text::tr("Download now");
    }
    return {};
}

QString conditionText(const Condition &c)
{
    QString value = c.value;
    value.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('"'), QLatin1String("\\\""));
    return (c.negate ? QStringLiteral("not ") : QString()) + c.field + QLatin1Char(' ') + operatorName(c.op)
           + QLatin1String(" \"") + value + QLatin1Char('"');
}

QString checkCondition(const Condition &c)
{
    static const QRegularExpression headerName(QStringLiteral("^[!-9;-~]+$")); // RFC 5322 field name
    if (!headerName.match(c.field).hasMatch())
        return Text::tr("\"%1\" is not a header name").arg(c.field);
    if (isFlagField(c.field)) {
        if (c.op != Operator::Is || !parseFlag(c.value))
            return Text::tr("%1 takes \"is yes\" or \"is no\"").arg(c.field);
        return {};
    }
    if (c.op == Operator::Greater || c.op == Operator::Less) {
        if (!isNumberField(c.field))
            return Text::tr("greater and less compare size or score");
        if (!parseNumber(c.value))
            return Text::tr("\"%1\" is not a number").arg(c.value);
        return {};
    }
    if (isNumberField(c.field) && c.op != Operator::Is)
        return Text::tr("%1 is compared with is, greater or less").arg(c.field);
    if (c.op == Operator::Matches) {
        if (c.value.size() > MaxPatternChars)
            return Text::tr("the pattern is longer than %1 characters").arg(MaxPatternChars);
        const QRegularExpression re = compile(c);
        if (!re.isValid())
            return Text::tr("the pattern is not valid: %1").arg(re.errorString());
        // A quantified group that itself holds a quantifier, as in (a+)+, can take exponential time.
        static const QRegularExpression nested(QStringLiteral(R"(\((?:[^()\\]|\\.)*[+*}](?:[^()\\]|\\.)*\)\s*[+*{])"));
        if (nested.match(c.value).hasMatch())
            return Text::tr("the pattern repeats a group that repeats itself, which can take very long to match");
    }
    return {};
}

MessageFacts::MessageFacts(const QByteArray &preview, qint64 size)
    : m_preview(preview), m_headers(preview), m_size(size), m_sender(m_headers.fromAddress()),
      m_senderDomain(domainOf(m_sender))
{
}

QString MessageFacts::previewText() const
{
    if (!m_previewText)
        m_previewText = Mime::decodeMessage(m_preview).text.left(MaxMatchChars);
    return *m_previewText;
}

RuleSet::RuleSet(QVector<Rule> rules) : m_rules(std::move(rules))
{
    for (const Rule &rule : std::as_const(m_rules)) {
        QVector<QRegularExpression> patterns;
        bool usable = rule.enabled && !rule.conditions.isEmpty();
        for (const Condition &c : rule.conditions) {
            usable = usable && checkCondition(c).isEmpty();
            patterns.append(c.op == Operator::Matches ? compile(c) : QRegularExpression());
            if (c.op == Operator::Matches)
                patterns.last().optimize();
        }
        m_patterns.append(patterns);
        m_usable.append(usable);
    }
}

int RuleSet::firstMatch(const MessageFacts &facts, qint64 accountId) const
{
    for (int i = 0; i < m_rules.size(); ++i) {
        const Rule &rule = m_rules.at(i);
        if (!m_usable.at(i) || (rule.accountId != 0 && rule.accountId != accountId))
            continue;
        if (matches(i, facts))
            return i;
    }
    return -1;
}

bool RuleSet::matches(int index, const MessageFacts &facts) const
{
    const Rule &rule = m_rules.at(index);
    if (rule.conditions.isEmpty())
        return false;
    for (int c = 0; c < rule.conditions.size(); ++c) {
        const Condition &condition = rule.conditions.at(c);
        const bool hit = test(condition, m_patterns.at(index).at(c), facts) != condition.negate;
        if (rule.matchAll && !hit)
            return false;
        if (!rule.matchAll && hit)
            return true;
    }
    return rule.matchAll;
}

bool RuleSet::test(const Condition &c, const QRegularExpression &pattern, const MessageFacts &facts) const
{
    if (isFlagField(c.field)) {
        const bool wanted = parseFlag(c.value).value_or(true);
        const bool actual = c.field == QLatin1String("friend")  ? facts.isFriend
                            : c.field == QLatin1String("blocked") ? facts.isBlocked
                                                                  : facts.isSpam;
        return actual == wanted;
    }
    if (isNumberField(c.field)) {
        const qint64 actual = c.field == QLatin1String("size") ? facts.size() : facts.score;
        const qint64 value = parseNumber(c.value).value_or(0);
        return c.op == Operator::Greater ? actual > value : c.op == Operator::Less ? actual < value : actual == value;
    }
    if (c.field == QLatin1String("sender-domain") && c.op == Operator::Is)
        return isWithinDomain(facts.senderDomain(), c.value);
    QString text;
    if (c.field == QLatin1String("preview"))
        text = facts.previewText();
    else if (c.field == QLatin1String("sender-domain"))
        text = facts.senderDomain();
    else {
        text = facts.headers().allText(c.field.toLatin1()).left(MaxMatchChars);
    }
    switch (c.op) {
    case Operator::Contains:
        return text.contains(c.value, Qt::CaseInsensitive);
    case Operator::Is: {
        if (text.trimmed().compare(c.value.trimmed(), Qt::CaseInsensitive) == 0)
            return true;
        const QString address = parseMailbox(text).address;
        return !address.isEmpty() && address.compare(c.value.trimmed(), Qt::CaseInsensitive) == 0;
    }
    case Operator::Matches:
        return pattern.match(text).hasMatch();
    case Operator::Greater:
    case Operator::Less:
        return false;
    }
    return false;
}

} // namespace Poplar::Triage
