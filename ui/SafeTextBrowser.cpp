#include "SafeTextBrowser.h"

#include "display/OutsideText.h"
#include "mime/MessageResources.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QImage>
#include <QImageReader>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

namespace Poplar::Ui {

namespace {

/// Raster formats only: an SVG image may itself name files to load.
bool isAllowedFormat(const QByteArray &format)
{
    static const QList<QByteArray> allowed{"png", "jpeg", "jpg", "gif", "bmp", "webp"};
    return allowed.contains(format.toLower());
}

QImage placeholderImage()
{
    QImage image(1, 1, QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    return image;
}

bool isOwnPart(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return scheme == QLatin1String("cid") || scheme == QLatin1String("data");
}

const QString BlockedScheme = QStringLiteral("blocked");

/// Escapes every tooltip of `document` and renames its images that are not the message's own
/// ("blocked:N", one N per name), before the document is laid out or shown; returns the names
/// it renamed.
QStringList neutralize(QTextDocument *document)
{
    QHash<QString, int> numbers;
    struct Change {
        int position;
        int length;
        QTextCharFormat format;
    };
    QList<Change> changes;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            QTextCharFormat format = fragment.charFormat();
            bool changed = false;
            if (!format.toolTip().isEmpty()) {
                format.setToolTip(Display::toolTip(format.toolTip()));
                changed = true;
            }
            if (format.isImageFormat() && !isOwnPart(QUrl(format.toImageFormat().name()))) {
                QTextImageFormat image = format.toImageFormat();
                const auto known = numbers.constFind(image.name());
                const int number = known != numbers.constEnd() ? *known : int(numbers.size()) + 1;
                numbers.insert(image.name(), number);
                image.setName(QStringLiteral("%1:%2").arg(BlockedScheme).arg(number));
                format = image;
                changed = true;
            }
            if (changed)
                changes.append({fragment.position(), fragment.length(), format});
        }
    }
    QTextCursor cursor(document);
    for (const Change &change : std::as_const(changes)) {
        cursor.setPosition(change.position);
        cursor.setPosition(change.position + change.length, QTextCursor::KeepAnchor);
        cursor.setCharFormat(change.format);
    }
    return numbers.keys();
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
    m_decoded.clear();
    m_pixels = 0;
}

void SafeTextBrowser::showHtml(const QString &html)
{
    auto *fresh = new QTextDocument(this); // its resources come from loadResource() here
    fresh->setHtml(html);
    // Counted now: an image with a given size is only asked for when painted.
    for (const QString &name : neutralize(fresh))
        block(name);
    // The first document belongs to the text control, which deletes it when it is replaced;
    // the ones made here belong to this browser.
    QTextDocument *old = document();
    const bool ours = old && old->parent() == this;
    setDocument(fresh);
    if (ours)
        delete old;
}

void SafeTextBrowser::block(const QString &name)
{
    // A digest, not the name: a refused data: URL may be megabytes long.
    m_blocked.insert(QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha1));
}

QImage SafeTextBrowser::imageFor(const QUrl &name)
{
    const Mime::ResourceDecision decision = Mime::decideResource(m_parts, name);
    if (!decision.allowed)
        return {};
    // One decoded image per part, however many names (cid:x?1, cid:x?2...) point at it.
    const QByteArray key = QCryptographicHash::hash(decision.content, QCryptographicHash::Sha256);
    if (const auto known = m_decoded.constFind(key); known != m_decoded.constEnd())
        return *known;
    QBuffer buffer;
    buffer.setData(decision.content);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    const QSize size = reader.size();
    const qint64 pixels = size.isValid() ? qint64(size.width()) * size.height() : 0;
    if (!isAllowedFormat(reader.format()) || pixels <= 0 || pixels > MaxImagePixels
        || m_pixels + pixels > MaxTotalPixels)
        return {};
    const QImage image = reader.read();
    if (!image.isNull()) {
        m_pixels += pixels;
        m_decoded.insert(key, image);
    }
    return image;
}

QVariant SafeTextBrowser::loadResource(int type, const QUrl &name)
{
    // An empty answer would make QTextDocument read the name as a local file itself, so every
    // refusal returns a placeholder of the requested kind.
    if (type == QTextDocument::ImageResource) {
        const QImage image = imageFor(name);
        if (!image.isNull())
            return image;
        if (name.scheme() != BlockedScheme) // those were counted when they were renamed
            block(name.toString());
        return placeholderImage();
    }
    block(name.toString());
    if (type == QTextDocument::StyleSheetResource || type == QTextDocument::HtmlResource
        || type == QTextDocument::MarkdownResource)
        return QStringLiteral(" ");
    return QByteArray(" ");
}

} // namespace Poplar::Ui
