#pragma once

#include "mime/MessagePreview.h"
#include "store/MessageStore.h"

#include <QObject>

#include <functional>

namespace Poplar::Ui {

/// What loadStoredMessage() hands back: the message decoded, its bytes, whether it is whole
/// (downloaded) and whether the bytes are only its beginning.
using StoredMessageShown = std::function<void(const Mime::MessagePreview &preview, const QByteArray &bytes,
                                              bool complete, bool cut)>;

/// Reads (the downloaded file, at most PreviewPane::MaxMessageBytes, or else the stored preview) and
/// decodes `message` off the UI thread, then calls `shown` in the UI thread unless `context` is gone
/// by then. `message` must hold its preview (read with MessageStore::Headers::Include).
void loadStoredMessage(const Store::StoredMessage &message, QObject *context, StoredMessageShown shown);

} // namespace Poplar::Ui
