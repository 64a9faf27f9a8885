// libFuzzer harness: the header and preview decoder (GMime underneath). The input is a header
// block, a whole message or a TOP reply; every entry point of core/mime sees it, and a few
// properties the message list relies on are checked.

#include "mime/HeaderDecoder.h"
#include "mime/HeaderSummary.h"

#include "FuzzSupport.h"

#include <QCoreApplication>

#include <cstdint>

using namespace Poplar;

namespace {

using Fuzz::violated;

/// Decoded text for one line of the message list: no line breaks may survive.
void checkDisplayText(const QString &text, const char *what)
{
    if (text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r')))
        violated(what);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    Fuzz::initializeQt(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));

    const QByteArray block = Mime::headerBlock(input);
    if (block.size() > input.size() || !input.startsWith(block))
        violated("headerBlock is not a prefix of the message");

    const Mime::HeaderSummary summary = Mime::summarizeHeaders(input);
    checkDisplayText(summary.subject, "line break in the subject");
    checkDisplayText(summary.from, "line break in From");
    checkDisplayText(summary.to, "line break in To");
    if (summary.contentType != summary.contentType.toLower())
        violated("content type not lower case");

    for (const char *name : {"Subject", "from", "TO", "Date", "Message-ID", "Content-Type", ""}) {
        const QByteArray raw = Mime::headerField(block, name);
        if (raw.contains('\n'))
            violated("headerField kept a line break");
        checkDisplayText(Mime::decodeHeaderText(raw), "line break in decoded header text");
    }
    // The whole input as one header value, as a TOP preview line may arrive.
    checkDisplayText(Mime::decodeHeaderText(input), "line break in decoded raw text");
    return 0;
}
