#include "PreviewLoader.h"

#include "StoredMessageLoader.h"

namespace Poplar::Ui {

void PreviewLoader::load(const Store::StoredMessage &message)
{
    const quint64 generation = ++m_generation;
    loadStoredMessage(message, this, [this, generation](const Mime::MessagePreview &preview, const QByteArray &bytes,
                                                        bool complete, bool cut) {
        if (m_generation == generation) // a later selection wins
            emit loaded(preview, bytes, complete, cut);
    });
}

} // namespace Poplar::Ui
