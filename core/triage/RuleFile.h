#pragma once

#include "triage/Rule.h"

#include <QByteArray>
#include <QString>
#include <QVector>

namespace Poplar::Triage {

/// Rules as a text file people can read and edit (UTF-8). Each rule is a block:
///
///     # comments and empty lines are ignored
///     rule "Delete lottery scams"
///         account "Work"            # optional; without it the rule is for every account
///         match any                 # all (the default) or any
///         if subject contains "lottery"
///         if not sender-domain is "example.com"
///         if size greater 100k
///         then delete-on-server without-review
///         disabled                  # optional
///     end
///
/// Values are words or double-quoted strings (\" and \\ inside quotes). Fields, operators and
/// actions are those of Rule.h. Counters are not part of the file.
QByteArray writeRules(const QVector<Rule> &rules);

/// The rules of a file in order; on a mistake nothing is returned and `error` names the line.
QVector<Rule> readRules(const QByteArray &text, QString *error);

/// Splits one line into words and quoted strings; false when a quote is not closed.
bool splitRuleLine(const QString &line, QStringList *words);

/// Parses a condition as written after "if", e.g. {"not", "subject", "contains", "x"}; an empty
/// `error` when it is usable.
Condition parseCondition(const QStringList &words, QString *error);

} // namespace Poplar::Triage
