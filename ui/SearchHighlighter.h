#pragma once

#include <QString>
#include <QStringList>

class QTextEdit;

namespace Poplar::Ui {

/// Marks the words and phrases of a search in a shown message, as the index matched them: case
/// and accents ignored ("cafe" marks "Café"), a word matched at the start of a word (so a prefix
/// search marks the words it found), Chinese, Japanese and Korean anywhere. Marks are extra
/// selections: the document itself is not changed.
class SearchHighlighter {
public:
    /// Marks every occurrence of `terms` in `view`'s document (none when `terms` is empty); returns
    /// how many were marked.
    static int apply(QTextEdit *view, const QStringList &terms);

    /// `text` folded as the index folds it: lower case, accents removed. `positions` (optional)
    /// gets, for each folded character, the index of the character of `text` it came from.
    static QString fold(const QString &text, QVector<int> *positions = nullptr);
};

} // namespace Poplar::Ui
