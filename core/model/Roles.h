#pragma once

#include <Qt>

namespace Poplar::Model {

/// Item data roles of the message list, shared by the model, its proxies and the views.
enum Role {
    UidRole = Qt::UserRole + 1, ///< QByteArray: the message's UIDL
    AccountIdRole,              ///< qint64
    StatusRole,                 ///< int: a MessageStatus value
    SortRole,                   ///< the value the column sorts by (dates and sizes as numbers)
    FilterRole,                 ///< QString: the text the quick filter searches (sender and subject)
    DownloadedRole,             ///< bool
    OnServerRole,               ///< bool
    UnreadRole,                 ///< bool: not looked at, or marked unread (shown in bold)
};

/// The states a message's status icon shows, most urgent first.
enum class MessageStatus {
    Damaged,       ///< downloaded, but the stored file was found missing or damaged
    DeletePending, ///< marked for deletion on the server at the next sync
    Gone,          ///< no longer on the server and never downloaded
    TooLarge,      ///< over the account's size limit: headers only until asked
    New,           ///< not looked at yet
    OnServerOnly,  ///< headers known, not downloaded
    Downloaded,    ///< stored locally
};

/// Columns of the message list.
enum Column { StatusColumn, FromColumn, SubjectColumn, DateColumn, SizeColumn, AttachmentColumn, ColumnCount };

} // namespace Poplar::Model
