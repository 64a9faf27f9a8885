// libFuzzer harness: the Mozilla autoconfig parser. The input is what an autoconfig server
// (or anyone on the path of a plain-HTTP fetch) sends; the parser's promises to the wizard are
// checked: a result is either an error or at least one usable POP3 server, and every server it
// offers has a plausible host name, a real port and a user name without control characters.

#include "account/autodetect/Autoconfig.h"

#include "FuzzSupport.h"

#include <QCoreApplication>

#include <cstdint>

using namespace Poplar;

namespace {

using Fuzz::violated;

bool hasControlCharacter(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return true;
    }
    return false;
}

void checkResult(const Autodetect::AutoconfigResult &result, qsizetype inputSize)
{
    if (result.ok() == result.servers.isEmpty())
        violated("a result must be an error or name at least one server, never both or neither");
    if (inputSize > Autodetect::MaxAutoconfigBytes && result.ok())
        violated("an oversized document was accepted");
    for (const Autodetect::AutoconfigServer &server : result.servers) {
        if (!Autodetect::isPlausibleHostName(server.host))
            violated("a server with an implausible host name was offered");
        if (server.port == 0)
            violated("a server without a port was offered");
        if (hasControlCharacter(server.user))
            violated("a user name with control characters was offered");
    }
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
    // The placeholders are substituted from the address the user typed; the wizard only passes
    // addresses without control characters, so a fixed one and one with odd but legal
    // characters cover what reaches the parser.
    for (const QString &address : {QStringLiteral("jane.doe@example.org"), QStringLiteral("o'neil+tag@[192.0.2.1]")})
        checkResult(Autodetect::parseAutoconfig(input, address), input.size());
    return 0;
}
