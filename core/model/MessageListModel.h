#pragma once

#include "model/Roles.h"
#include "store/MessageStore.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QVector>

namespace Poplar::Model {

/// The messages of one account as a table, read from the store once per account and then
/// updated row by row as the sync service reports changes: painting never queries the store.
class MessageListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    /// `store` may be null: the model then stays empty.
    explicit MessageListModel(Store::MessageStore *store, QObject *parent = nullptr);

    using ListView = Store::MessageStore::ListView;
    /// Shows `accountId` (0 for none); `sizeLimit` decides which messages count as too large.
    /// When the store cannot be read the list stays empty and loadError() (and `loadFailed`) say why.
    void setAccount(qint64 accountId, qint64 sizeLimit);
    /// Switches between the account's messages and its Trash (reading the rows again).
    void setView(ListView view);
    ListView view() const { return m_view; }
    /// Why the last setAccount() or refresh() could not read the store; empty when it could.
    QString loadError() const { return m_loadError; }
    qint64 accountId() const { return m_accountId; }
    /// Re-reads these UIDLs from the store: changed rows update, new ones are appended, and rows
    /// that left this view (moved to or out of the Trash, deleted) are removed.
    void refresh(const QVector<QByteArray> &uids);
    /// Updates rows locally before the store confirms (e.g. marked read or deletion requested).
    void setSeen(const QVector<QByteArray> &uids, bool seen = true);
    void setDeleteRequested(const QVector<QByteArray> &uids, bool requested);
    /// While true (a check is fetching headers for this account), rows whose headers are not
    /// known yet say "Fetching headers…"; afterwards they say the headers were not fetched.
    void setFetchingHeaders(bool fetching);
    bool isFetchingHeaders() const { return m_fetchingHeaders; }

    /// The row of a UIDL, or -1.
    int rowOf(const QByteArray &uid) const { return m_rowByUid.value(uid, -1); }
    const Store::StoredMessage &message(int row) const { return m_rows.at(row); }
    /// Unread rows, counted as Store::MessageStore::unreadCount counts them (0 in the Trash view);
    /// kept up to date as rows change, without a pass over them.
    int unreadCount() const { return m_unread; }
    /// Whether a row belongs in `view`.
    static bool belongsTo(const Store::StoredMessage &m, ListView view);
    /// Whether a row counts as unread for the account (see Store::MessageStore::unreadCount).
    static bool countsAsUnread(const Store::StoredMessage &m);
    /// Whether a check still fetches this message's headers: on the server, headers not known.
    static bool awaitsHeaders(const Store::StoredMessage &m);
    /// The order of SortRole for `column`, compared without building QVariants: sorting
    /// 100,000 rows makes about two million comparisons.
    bool lessThan(int leftRow, int rightRow, int column) const;
    static MessageStatus statusOf(const Store::StoredMessage &m, qint64 sizeLimit);
    /// A date as the list shows it: time only for today, else short date and time, local time.
    static QString displayDate(const QDateTime &utc);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;

signals:
    /// Reading the store failed (a damaged database): the rows shown are not the account's.
    void loadFailed(const QString &error);
    /// unreadCount() changed (messages arrived, were read, marked unread, trashed or restored).
    void unreadCountChanged(int count);

private:
    void load();
    void removeRows(QVector<int> rows);
    /// Emits dataChanged over the columns (all unless given) and `roles` (all if empty) of `rows`,
    /// one signal per run of neighbouring rows.
    void emitRowsChanged(QVector<int> rows, int firstColumn = 0, int lastColumn = ColumnCount - 1,
                         const QList<int> &roles = {});
    /// Emits unreadCountChanged when m_unread differs from `before`.
    void reportUnread(int before);

    Store::MessageStore *m_store;
    ListView m_view = ListView::Messages;
    qint64 m_accountId = 0;
    qint64 m_sizeLimit = 0;
    QVector<Store::StoredMessage> m_rows;
    QHash<QByteArray, int> m_rowByUid;
    QString m_loadError;
    int m_unread = 0;
    int m_headerless = 0; ///< rows that awaitsHeaders (what setFetchingHeaders repaints)
    bool m_fetchingHeaders = false;
};

/// A user-visible name and a longer description of a status, translated. A downloaded message's
/// description says whether the server still has it (`onServer`).
QString statusName(MessageStatus status);
QString statusDescription(MessageStatus status, bool onServer = true);

} // namespace Poplar::Model
