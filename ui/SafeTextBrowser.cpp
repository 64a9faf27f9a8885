#include "SafeTextBrowser.h"

#include "mime/MessageResources.h"

#include <QBuffer>
#include <QImage>
#include <QImageReader>
#include <QTextDocument>

namespace Poplar::Ui {

namespace {

/// An image from the message's own bytes, decoded only when its declared size is sane.
QImage decodeImage(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    const QSize size = reader.size();
    if (!size.isValid() || qint64(size.width()) * size.height() > SafeTextBrowser::MaxImagePixels)
        return {};
    return reader.read();
}

QImage placeholderImage()
{
    QImage image(1, 1, QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    return image;
}

} // namespace

SafeTextBrowser::SafeTextBrowser(QWidget *parent) : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
}

void SafeTextBrowser::setMessageParts(const QHash<QString, Mime::InlinePart> &parts)
{
    m_parts = parts;
}

QVariant SafeTextBrowser::loadResource(int type, const QUrl &name)
{
    // An empty answer would make QTextDocument read the name as a local file itself, so every
    // refusal returns a placeholder of the requested kind.
    if (type == QTextDocument::ImageResource) {
        const Mime::ResourceDecision decision = Mime::decideResource(m_parts, name);
        if (decision.allowed) {
            const QImage image = decodeImage(decision.content);
            if (!image.isNull())
                return image;
        }
        ++m_blocked;
        return placeholderImage();
    }
    ++m_blocked;
    if (type == QTextDocument::StyleSheetResource || type == QTextDocument::HtmlResource
        || type == QTextDocument::MarkdownResource)
        return QStringLiteral(" ");
    return QByteArray(" ");
}

} // namespace Poplar::Ui
