#include "StoredMessageLoader.h"

#include "PreviewPane.h"

#include <QApplication>
#include <QFile>
#include <QPointer>
#include <QThreadPool>

namespace Poplar::Ui {

void loadStoredMessage(const Store::StoredMessage &message, QObject *context, StoredMessageShown shown)
{
    const bool complete = message.isDownloaded() && !message.rawPath.isEmpty();
    const QString path = message.rawPath;
    const QByteArray headers = message.headers;
    const bool headersCut = message.headersCut;
    QPointer<QObject> guard(context);
    // Reading and decoding happen off the UI thread: a downloaded message may be large.
    QThreadPool::globalInstance()->start([guard, shown = std::move(shown), complete, path, headers, headersCut] {
        QByteArray bytes = headers;
        bool cut = headersCut && !complete;
        if (complete) {
            QFile file(path);
            if (file.open(QIODevice::ReadOnly))
                bytes = file.read(PreviewPane::MaxMessageBytes);
            cut = file.isOpen() && file.size() > bytes.size();
        }
        const Mime::MessagePreview preview = Mime::decodeMessage(bytes);
        QMetaObject::invokeMethod(qApp, [guard, shown, preview, bytes, complete, cut] {
            if (guard)
                shown(preview, bytes, complete, cut);
        });
    });
}

} // namespace Poplar::Ui
