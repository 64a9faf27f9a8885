#pragma once

// Shared by the GMime-based decoders. GLib names a struct member "signals", which Qt defines as
// a keyword: include this before any Qt header.
#include <gmime/gmime.h>

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include "mime/HeaderSummary.h"

namespace Poplar::Mime::Internal {

/// Initialises GMime once per process.
void ensureGMime();

/// The raw value of header `name` of `object`, unfolded and not decoded; empty when absent.
QByteArray rawHeader(GMimeObject *object, const char *name);

/// An address list in display form ("Name <addr>, ..."): names decoded, IDN domains in
/// Unicode, "Name <>" kept. When GMime finds no address in a non-empty `raw` value, the decoded
/// raw text is shown instead, so a sender is never blank.
QString addressList(InternetAddressList *list, const QByteArray &raw);

/// A message parsed by GMime from bytes, unreferenced when it goes; get() is null when GMime found none.
class ParsedMessage {
public:
    explicit ParsedMessage(const QByteArray &bytes);
    ~ParsedMessage();
    ParsedMessage(const ParsedMessage &) = delete;
    ParsedMessage &operator=(const ParsedMessage &) = delete;
    GMimeMessage *get() const { return m_message; }

private:
    GMimeMessage *m_message = nullptr;
};

/// The bytes a GMime memory stream holds.
QByteArray memoryStreamBytes(GMimeStream *memory);
/// A leaf part's content with its transfer encoding (base64, quoted-printable) undone.
QByteArray decodedContent(GMimePart *part);
/// "type/subtype" of an object, lower case.
QString mimeTypeOf(GMimeObject *object);

/// The Date of `message`: parseMailDate() first (obsolete forms, minutes), GMime's parse next.
QDateTime messageDate(GMimeMessage *message);

/// summarizeHeaders() of a message GMime has parsed already (its headers and top-level type).
HeaderSummary summarize(GMimeMessage *message);

} // namespace Poplar::Mime::Internal
