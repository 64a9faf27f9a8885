#pragma once

#include "mime/MessagePreview.h"

#include <QSet>
#include <QTextBrowser>

namespace Poplar::Ui {

/// A QTextBrowser that shows one message's HTML and loads nothing but that message's own
/// parts (Mime::decideResource): raster images by Content-ID and small data: images, within a
/// pixel budget. Every other resource - remote, local file, FIFO, device, qrc:, style sheet,
/// SVG - is refused with a placeholder, so Qt never falls back to loading it itself. Tooltips
/// from the HTML (title attributes) are escaped, there are no scripts, and links open nothing.
class SafeTextBrowser : public QTextBrowser {
    Q_OBJECT
public:
    /// Largest image, in pixels, that is decoded; a bigger one shows as a blocked item.
    static constexpr qint64 MaxImagePixels = 6000 * 6000;
    /// Most pixels all the images of one message may take together.
    static constexpr qint64 MaxTotalPixels = 64 * 1000 * 1000;

    explicit SafeTextBrowser(QWidget *parent = nullptr);

    /// The parts that the next HTML shown may use by Content-ID; resets the pixel budget.
    void setMessageParts(const QHash<QString, Mime::InlinePart> &parts);
    /// Shows message HTML: parsed into a new document (style sheets are asked for through
    /// loadResource()), its images not of the message renamed so nothing local is even looked
    /// for, and its tooltips escaped, before anything is laid out.
    void showHtml(const QString &html);
    /// Answers every request: the part, or a placeholder. Never an empty QVariant.
    QVariant loadResource(int type, const QUrl &name) override;
    /// How many distinct resources (by name) were refused while showing the current message:
    /// a tracking pixel is one, however often the view asks for it while painting.
    int blockedResources() const { return int(m_blocked.size()); }
    void resetBlocked() { m_blocked.clear(); }

private:
    QImage imageFor(const QUrl &name);
    /// Counts `name` as refused (once).
    void block(const QString &name);

    QHash<QString, Mime::InlinePart> m_parts;
    QHash<QByteArray, QImage> m_decoded; ///< by part, so many names for one part share it
    qint64 m_pixels = 0;
    QSet<QByteArray> m_blocked; ///< digests of the refused names
};

} // namespace Poplar::Ui
