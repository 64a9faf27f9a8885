// libFuzzer harness: message bytes to what an HTML view of it loads. The input is decoded as
// the preview pane and the message window decode it, its HTML is laid out in the same
// SafeTextBrowser, and the resource policy's promises are checked: every request is answered
// (an empty answer would let Qt read the name as a local file), and only the message's own
// parts (cid:) and bounded data: URLs are ever allowed.

#include "SafeTextBrowser.h"
#include "mime/MessageResources.h"

#include "FuzzSupport.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QTextBlock>
#include <QTextDocument>

#include <cstdint>

using namespace Poplar;

namespace {

using Fuzz::violated;

/// The policy's own promise for one URL, whatever names it.
void checkDecision(const QHash<QString, Mime::InlinePart> &parts, const QUrl &url)
{
    const Mime::ResourceDecision decision = Mime::decideResource(parts, url);
    if (!decision.allowed)
        return;
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("cid") && scheme != QLatin1String("data"))
        violated("a resource outside the message was allowed");
    if (scheme == QLatin1String("data") && decision.content.size() > Mime::MaxDataUrlBytes)
        violated("an oversized data: URL was allowed");
    if (scheme == QLatin1String("cid")) {
        bool own = false;
        for (const Mime::InlinePart &part : parts)
            own = own || part.content == decision.content;
        if (!own)
            violated("a cid: answer that is not one of the message's parts");
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &) {});
    static QApplication *app = new QApplication(*argc, *argv);
    (void)app;
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const Mime::MessagePreview preview = Mime::decodeMessage(input);
    static Ui::SafeTextBrowser *browser = new Ui::SafeTextBrowser;
    browser->resetBlocked();
    browser->setMessageParts(preview.inlineParts);
    // The HTML body, or, when there is none, the whole input taken as HTML: the fuzzer reaches
    // the renderer faster that way.
    browser->showHtml(preview.html.isEmpty() ? QString::fromUtf8(input) : preview.html);
    browser->document()->documentLayout()->documentSize();

    for (QTextBlock block = browser->document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (!format.toolTip().isEmpty() && !format.toolTip().startsWith(QLatin1String("<p style=\"white-space:pre\">")))
                violated("a tooltip from the message was left as it was");
            if (!format.isImageFormat())
                continue;
            const QUrl url(format.toImageFormat().name());
            const QString scheme = url.scheme().toLower();
            if (scheme != QLatin1String("cid") && scheme != QLatin1String("data") && scheme != QLatin1String("blocked"))
                violated("an image outside the message kept its name");
            checkDecision(preview.inlineParts, url);
            const QVariant answer = browser->loadResource(QTextDocument::ImageResource, url);
            if (!answer.isValid() || answer.isNull())
                violated("an image request went unanswered");
        }
    }
    for (const int type : {int(QTextDocument::StyleSheetResource), int(QTextDocument::HtmlResource), 99}) {
        const QVariant answer = browser->loadResource(type, QUrl(QStringLiteral("probe.css")));
        if (!answer.isValid() || answer.isNull())
            violated("a non-image request went unanswered");
    }
    // The input itself as a URL, as an attribute of hostile HTML names it.
    checkDecision(preview.inlineParts, QUrl(QString::fromUtf8(input.left(8192))));
    return 0;
}
