#pragma once

#include "mime/MessagePreview.h"
#include "store/MessageStore.h"

#include <QObject>

namespace Poplar::Ui {

/// Reads and decodes the message to preview off the UI thread (a downloaded message may be
/// large): its stored file when downloaded, else the headers fetched with TOP. Only the result
/// of the latest load() is delivered; older ones, finishing later, are dropped.
class PreviewLoader : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    /// Starts reading `message` (a row with its headers); `loaded` follows unless another
    /// load() or cancel() comes first.
    void load(const Store::StoredMessage &message);
    /// Drops the result of the load under way.
    void cancel() { ++m_generation; }

signals:
    /// The decoded preview, the bytes it came from (at most PreviewPane::MaxMessageBytes),
    /// whether they are the whole downloaded message, and whether they were cut.
    void loaded(const Poplar::Mime::MessagePreview &preview, const QByteArray &bytes, bool complete, bool cut);

private:
    quint64 m_generation = 0;
};

} // namespace Poplar::Ui
