#pragma once

#include <QString>
#include <QStringList>

namespace Poplar::Store {

/// `text` as the search index takes it: each Chinese, Japanese or Korean character set apart as a
/// word of its own, since those scripts write words without spaces. A query is prepared the same
/// way, so a word of two characters is found as a phrase of two, wherever it stands in a sentence.
QString segmentForIndex(const QString &text);

/// A search as the user typed it, turned into an SQLite FTS5 expression that can never be a syntax
/// error: every word and phrase is quoted, so quotes, parentheses, `AND`, `NEAR`, `^` and the like
/// are only text.
struct SearchQuery {
    /// The FTS5 MATCH expression; empty when the query holds nothing to look for.
    QString match;
    /// The words and phrases to mark in a message shown (those not limited to a header field).
    QStringList highlightTerms;
    bool isEmpty() const { return match.isEmpty(); }
};

/// Whether the last word, still being typed, also matches longer words (once it has MinTypedPrefix
/// characters).
enum class LastWord { AsTyped, Prefix };
constexpr int MinTypedPrefix = 3;

/// Parses the usual syntax: words (all must occur, accents and case ignored), "quoted phrases",
/// `word*` for words beginning so, and `from:`, `to:` (To and Cc), `subject:` and `body:` before a
/// word or phrase to look in that part only. An unbalanced quote runs to the end.
SearchQuery parseSearchQuery(const QString &query, LastWord lastWord = LastWord::AsTyped);

} // namespace Poplar::Store
