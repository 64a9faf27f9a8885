#pragma once

#include "store/MessageStore.h"

#include <QMimeData>
#include <QTemporaryDir>

#include <memory>

namespace Poplar::Ui {

/// Drag data for downloaded messages leaving the list: text/uri-list of .eml files (written on
/// demand, named from the subjects) and message/rfc822 bytes exactly as received. A drop target
/// asks for the data while the drag is under way and cannot wait for a download, so messages
/// still only on the server are never part of it (MessageView downloads them instead).
class MessageMimeData : public QMimeData {
    Q_OBJECT
public:
    /// `messages` must all be downloaded.
    explicit MessageMimeData(QVector<Store::StoredMessage> messages);

    QStringList formats() const override;
    bool hasFormat(const QString &mimeType) const override;
    /// The .eml files handed over so far (after a text/uri-list request).
    QStringList files() const { return m_files; }

protected:
    QVariant retrieveData(const QString &mimeType, QMetaType type) const override;

private:
    QVector<Store::StoredMessage> m_messages;
    mutable std::shared_ptr<QTemporaryDir> m_dir;
    mutable QStringList m_files;
};

} // namespace Poplar::Ui
