#pragma once

#include <QByteArray>
#include <QString>

namespace Poplar::Display {

/// Text that came from outside Poplar (a server's reply, a message header, a file name) made
/// safe to show. Nothing here interprets markup: callers show the result as plain text (QLabel
/// with Qt::PlainText, an item view's DisplayRole) or escape it with forRichText().

/// Longest text a label shows before it is cut with an ellipsis.
constexpr qsizetype MaxLabelChars = 2000;

/// True for characters that must never be shown as they are: C0 controls other than TAB, LF
/// and CR, DEL, C1 controls, and the bidirectional embeddings, overrides and isolates
/// (U+202A-U+202E, U+2066-U+2069), which reorder what surrounds them.
bool isUnsafeCharacter(char32_t c);

/// Text for a label, tooltip or dialog: unsafe characters become U+FFFD, CR/LF/TAB a space
/// when `singleLine` (else CR LF and CR become LF), and the result is cut to `maxChars` with
/// an ellipsis.
QString forLabel(const QString &text, bool singleLine = true, qsizetype maxChars = MaxLabelChars);

/// forLabel(), then HTML-escaped, for insertion into rich text that Poplar composes itself.
QString forRichText(const QString &text, bool singleLine = true, qsizetype maxChars = MaxLabelChars);

/// A tooltip that Qt always shows as rich text with `text` escaped inside it, so markup in
/// outside text is never interpreted (a plain tooltip string is auto-detected as rich text).
QString toolTip(const QString &text);

/// Text for one terminal line: ESC, BEL and every other C0 control, DEL and C1 control become
/// visible escapes (\x1b, \t, \r, \n, \u{9b}), bidirectional controls become \u{202e} and
/// so on, and a backslash is doubled so that an escape can't be forged. Nothing printed can
/// move the cursor, change the terminal's state or span two lines.
QString forTerminal(const QString &text);

/// The same for bytes from a server: valid UTF-8 is decoded, every invalid byte shown as \xNN.
QString forTerminal(const QByteArray &bytes);

} // namespace Poplar::Display
