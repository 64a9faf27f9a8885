#include "SearchHighlighter.h"

#include <QPalette>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextEdit>

namespace Poplar::Ui {

namespace {

/// A character of a script written without spaces: its words are found anywhere in a run.
bool isUnspaced(QChar c)
{
    return c.unicode() >= 0x1100 && (c.script() == QChar::Script_Han || c.script() == QChar::Script_Hiragana
                                     || c.script() == QChar::Script_Katakana || c.script() == QChar::Script_Hangul);
}

} // namespace

QString SearchHighlighter::fold(const QString &text, QVector<int> *positions)
{
    QString out;
    out.reserve(text.size());
    if (positions)
        positions->clear();
    for (int i = 0; i < text.size(); ++i) {
        const QChar plain = text.at(i);
        if (plain.unicode() < 0x80) { // most text: no decomposition to do
            out.append(plain.toLower());
            if (positions)
                positions->append(i);
            continue;
        }
        const QString decomposed = QString(text.at(i)).normalized(QString::NormalizationForm_KD);
        for (const QChar c : decomposed) {
            if (c.category() == QChar::Mark_NonSpacing || c.category() == QChar::Mark_Enclosing)
                continue;
            out.append(c.toCaseFolded());
            if (positions)
                positions->append(i);
        }
    }
    return out;
}

int SearchHighlighter::apply(QTextEdit *view, const QStringList &terms)
{
    QList<QTextEdit::ExtraSelection> selections;
    QStringList folded;
    for (const QString &term : terms) {
        const QString f = fold(term).simplified();
        if (!f.isEmpty())
            folded << f;
    }
    QTextCharFormat mark;
    mark.setBackground(view->palette().color(QPalette::Highlight));
    mark.setForeground(view->palette().color(QPalette::HighlightedText));
    QTextDocument *document = view->document();
    for (QTextBlock block = document->begin(); !folded.isEmpty() && block.isValid(); block = block.next()) {
        const QString text = block.text();
        QVector<int> positions;
        const QString haystack = fold(text, &positions);
        for (const QString &needle : std::as_const(folded)) {
            for (int at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
                // The index matches whole words (and their beginnings, for prefixes): not inside a word.
                const bool wordStart = at == 0 || !haystack.at(at - 1).isLetterOrNumber() || isUnspaced(needle.at(0))
                                       || isUnspaced(haystack.at(at - 1));
                if (!wordStart)
                    continue;
                const int start = positions.at(at);
                const int end = positions.at(at + needle.size() - 1) + 1;
                QTextCursor cursor(document);
                cursor.setPosition(block.position() + start);
                cursor.setPosition(block.position() + end, QTextCursor::KeepAnchor);
                selections.append({cursor, mark});
            }
        }
    }
    view->setExtraSelections(selections);
    return int(selections.size());
}

} // namespace Poplar::Ui
