#pragma once

#include "mime/MessagePreview.h"

#include <QCoreApplication>
#include <QSet>

namespace Poplar::Ui {

/// Turns a decoded message into what the preview pane's browser shows: one HTML document with
/// its body parts in order and its embedded messages inline, each in a frame with its own
/// header block and a link that folds it (`poplar-part:toggle/N`, N counting embedded messages
/// in reading order). Every piece of outside text is escaped; message HTML keeps its markup
/// and is shown through SafeTextBrowser, which loads nothing from outside.
class MessageHtml {
    Q_DECLARE_TR_FUNCTIONS(MessageHtml)
public:
    /// The URL scheme of the fold links.
    static QString toggleScheme() { return QStringLiteral("poplar-part"); }

    /// True when `preview` is one plain text part (or one part shown as text because only the
    /// first lines are known), best shown with setPlainText(); false when it needs document().
    static bool isPlainText(const Mime::MessagePreview &preview, bool complete);
    /// The single text of a plain-text message (see isPlainText()).
    static QString plainText(const Mime::MessagePreview &preview, bool complete);
    /// The whole body as one HTML document; embedded messages whose number is in `folded` show
    /// only their header block.
    static QString document(const Mime::MessagePreview &preview, bool complete, const QSet<int> &folded);
    /// A message's header block as an HTML table, labels translated and the date in the
    /// user's locale.
    static QString headerTable(const Mime::MessagePreview &preview);
};

} // namespace Poplar::Ui
