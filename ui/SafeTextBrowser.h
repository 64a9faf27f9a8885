#pragma once

#include "mime/MessagePreview.h"

#include <QTextBrowser>

namespace Poplar::Ui {

/// A QTextBrowser that shows one message's HTML and loads nothing but that message's own
/// parts (Mime::decideResource): images by Content-ID and small data: images. Every other
/// resource - remote, local file, FIFO, device, qrc:, style sheet - is refused with a
/// placeholder, so Qt never falls back to loading it itself. There are no scripts to run and
/// links open nothing.
class SafeTextBrowser : public QTextBrowser {
    Q_OBJECT
public:
    /// Largest image, in pixels, that is decoded; a bigger one shows as a blocked item.
    static constexpr qint64 MaxImagePixels = 6000 * 6000;

    explicit SafeTextBrowser(QWidget *parent = nullptr);

    /// The parts that the next HTML shown may use by Content-ID.
    void setMessageParts(const QHash<QString, Mime::InlinePart> &parts);
    /// Answers every request: the part, or a placeholder. Never an empty QVariant.
    QVariant loadResource(int type, const QUrl &name) override;
    /// How many resources were refused while showing the current message.
    int blockedResources() const { return m_blocked; }
    void resetBlocked() { m_blocked = 0; }

private:
    QHash<QString, Mime::InlinePart> m_parts;
    int m_blocked = 0;
};

} // namespace Poplar::Ui
