#include "triage/RuleFile.h"

#include <QCoreApplication>

namespace Poplar::Triage {

namespace {

/// The translation context of this file's texts.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Poplar::Triage::RuleFile)
};

QString quoted(QString value)
{
    value.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('"'), QLatin1String("\\\""));
    return QLatin1Char('"') + value + QLatin1Char('"');
}

} // namespace

QByteArray writeRules(const QVector<Rule> &rules)
{
    QString out = QStringLiteral("# Poplar triage rules. First matching rule wins; see README \"Triage\".\n");
    for (const Rule &rule : rules) {
        out += QLatin1String("\nrule ") + quoted(rule.name) + QLatin1Char('\n');
        if (!rule.accountName.isEmpty())
            out += QLatin1String("    account ") + quoted(rule.accountName) + QLatin1Char('\n');
        out += rule.matchAll ? QLatin1String("    match all\n") : QLatin1String("    match any\n");
        for (const Condition &c : rule.conditions)
            out += QLatin1String("    if ") + conditionText(c) + QLatin1Char('\n');
        out += QLatin1String("    then ") + actionName(rule.action)
               + (rule.action == Action::DeleteOnServer && rule.withoutReview ? QLatin1String(" without-review") : QLatin1String(""))
               + QLatin1Char('\n');
        if (!rule.enabled)
            out += QLatin1String("    disabled\n");
        out += QLatin1String("end\n");
    }
    return out.toUtf8();
}

bool splitRuleLine(const QString &line, QStringList *words)
{
    words->clear();
    qsizetype i = 0;
    const qsizetype n = line.size();
    while (i < n) {
        const QChar c = line.at(i);
        if (c.isSpace()) {
            ++i;
            continue;
        }
        if (c == QLatin1Char('#'))
            break;
        QString word;
        if (c == QLatin1Char('"')) {
            ++i;
            bool closed = false;
            while (i < n) {
                const QChar d = line.at(i++);
                if (d == QLatin1Char('\\') && i < n) {
                    word += line.at(i++);
                } else if (d == QLatin1Char('"')) {
                    closed = true;
                    break;
                } else {
                    word += d;
                }
            }
            if (!closed)
                return false;
        } else {
            while (i < n && !line.at(i).isSpace())
                word += line.at(i++);
        }
        words->append(word);
    }
    return true;
}

Condition parseCondition(const QStringList &words, QString *error)
{
    Condition c;
    QStringList w = words;
    if (!w.isEmpty() && w.first() == QLatin1String("not")) {
        c.negate = true;
        w.removeFirst();
    }
    if (w.size() != 3) {
        *error = Text::tr("a condition is: [not] FIELD contains|is|matches|greater|less VALUE");
        return c;
    }
    c.field = w.at(0).toLower();
    const auto op = operatorFromName(w.at(1).toLower());
    if (!op) {
        *error = Text::tr("unknown operator \"%1\"").arg(w.at(1));
        return c;
    }
    c.op = *op;
    c.value = w.at(2);
    *error = checkCondition(c);
    return c;
}

QVector<Rule> readRules(const QByteArray &text, QString *error)
{
    QVector<Rule> rules;
    std::optional<Rule> current;
    bool haveAction = false;
    int ruleLine = 0;
    const QStringList lines = QString::fromUtf8(text).split(QLatin1Char('\n'));
    auto fail = [&](int line, const QString &message) {
        *error = Text::tr("line %1: %2").arg(line).arg(message);
        return QVector<Rule>{};
    };
    for (int i = 0; i < lines.size(); ++i) {
        const int lineNumber = i + 1;
        QStringList words;
        if (!splitRuleLine(lines.at(i), &words))
            return fail(lineNumber, Text::tr("a quote is not closed"));
        if (words.isEmpty())
            continue;
        const QString keyword = words.takeFirst().toLower();
        if (!current) {
            if (keyword != QLatin1String("rule") || words.size() != 1)
                return fail(lineNumber, Text::tr("expected: rule \"NAME\""));
            current = Rule{};
            current->name = words.first();
            haveAction = false;
            ruleLine = lineNumber;
            continue;
        }
        if (keyword == QLatin1String("account") && words.size() == 1) {
            current->accountName = words.first();
        } else if (keyword == QLatin1String("match") && words.size() == 1
                   && (words.first() == QLatin1String("all") || words.first() == QLatin1String("any"))) {
            current->matchAll = words.first() == QLatin1String("all");
        } else if (keyword == QLatin1String("if")) {
            QString conditionError;
            const Condition c = parseCondition(words, &conditionError);
            if (!conditionError.isEmpty())
                return fail(lineNumber, conditionError);
            current->conditions.append(c);
        } else if (keyword == QLatin1String("then") && !words.isEmpty() && words.size() <= 2) {
            const auto action = actionFromName(words.first());
            if (!action)
                return fail(lineNumber, Text::tr("unknown action \"%1\"").arg(words.first()));
            if (words.size() == 2 && (words.at(1) != QLatin1String("without-review") || *action != Action::DeleteOnServer))
                return fail(lineNumber, Text::tr("only delete-on-server may be followed by without-review"));
            current->action = *action;
            current->withoutReview = words.size() == 2;
            haveAction = true;
        } else if (keyword == QLatin1String("disabled") && words.isEmpty()) {
            current->enabled = false;
        } else if (keyword == QLatin1String("end") && words.isEmpty()) {
            if (current->conditions.isEmpty())
                return fail(lineNumber, Text::tr("the rule \"%1\" has no condition").arg(current->name));
            if (!haveAction)
                return fail(lineNumber, Text::tr("the rule \"%1\" has no action (then ...)").arg(current->name));
            rules.append(*current);
            current.reset();
        } else {
            return fail(lineNumber, Text::tr("unexpected \"%1\"").arg(keyword));
        }
    }
    if (current)
        return fail(ruleLine, Text::tr("the rule \"%1\" has no end").arg(current->name));
    error->clear();
    return rules;
}

} // namespace Poplar::Triage
