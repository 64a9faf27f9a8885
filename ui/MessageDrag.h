#pragma once

#include "store/MessageStore.h"

#include <QMimeData>
#include <QTemporaryDir>

#include <functional>
#include <memory>

namespace Poplar::Ui {

/// Drag data for messages leaving the list: text/uri-list of .eml files (written on demand,
/// named from the subjects) and message/rfc822 bytes exactly as received. Messages still only
/// on the server are retrieved through `fetch` first, when the drop target asks for the data.
class MessageMimeData : public QMimeData {
    Q_OBJECT
public:
    /// Downloads these UIDLs and returns their stored rows once all are downloaded, or an empty
    /// list if the user cancelled or the download failed.
    using Fetch = std::function<QVector<Store::StoredMessage>(const QVector<QByteArray> &uids)>;

    MessageMimeData(QVector<Store::StoredMessage> messages, Fetch fetch);

    QStringList formats() const override;
    bool hasFormat(const QString &mimeType) const override;
    /// The .eml files handed over so far (after a text/uri-list request).
    QStringList files() const { return m_files; }

protected:
    QVariant retrieveData(const QString &mimeType, QMetaType type) const override;

private:
    bool ensureReady() const;

    mutable QVector<Store::StoredMessage> m_messages;
    Fetch m_fetch;
    mutable std::shared_ptr<QTemporaryDir> m_dir;
    mutable QStringList m_files;
    mutable bool m_failed = false;
};

} // namespace Poplar::Ui
