#include "PreviewLoader.h"

#include "PreviewPane.h"

#include <QCoreApplication>
#include <QFile>
#include <QPointer>
#include <QThreadPool>

namespace Poplar::Ui {

void PreviewLoader::load(const Store::StoredMessage &message)
{
    const quint64 generation = ++m_generation;
    const bool complete = message.isDownloaded() && !message.rawPath.isEmpty();
    const QString path = message.rawPath;
    const QByteArray headers = message.headers;
    const bool headersCut = message.headersCut;
    QPointer<PreviewLoader> self(this);
    QThreadPool::globalInstance()->start([self, generation, complete, path, headers, headersCut] {
        QByteArray bytes = headers;
        bool cut = headersCut && !complete;
        if (complete) {
            QFile file(path);
            if (file.open(QIODevice::ReadOnly))
                bytes = file.read(PreviewPane::MaxMessageBytes);
            cut = file.isOpen() && file.size() > bytes.size();
        }
        const Mime::MessagePreview preview = Mime::decodeMessage(bytes);
        QMetaObject::invokeMethod(qApp, [self, generation, preview, bytes, complete, cut] {
            if (self && self->m_generation == generation)
                emit self->loaded(preview, bytes, complete, cut);
        });
    });
}

} // namespace Poplar::Ui
