#pragma once

#include <QByteArray>
#include <QString>

#include "mime/HeaderSummary.h"

namespace Poplar::Mime {

/// The words of a message a search looks at, decoded: senders, recipients (To and Cc), subject,
/// and the readable text of the body (text parts in their charsets, HTML reduced to its text,
/// embedded messages included; attachments, images and markup left out).
struct SearchText {
    QString from;
    QString recipients;
    QString subject;
    QString body;
};

/// Most characters of body text kept per message: enough for every letter a person writes, while a
/// pasted log of megabytes does not grow the index without end.
constexpr qsizetype MaxSearchBodyChars = 512 * 1024;

/// Extracts the searchable text of a whole message, or of the headers and first lines TOP returned.
SearchText searchText(const QByteArray &message);

/// A message's summary for the list (as summarizeHeaders()) and its searchable text.
struct SummaryAndText {
    HeaderSummary summary;
    SearchText text;
};
/// summarizeHeaders() and searchText() of one message from one parse of it: parsing is most of
/// what each costs, and storing a downloaded message needs both.
SummaryAndText summaryAndText(const QByteArray &message);

/// The text of an HTML document as a reader sees it: tags, comments, scripts and styles removed,
/// character references decoded, block ends as line breaks.
QString htmlToText(const QString &html);

} // namespace Poplar::Mime
