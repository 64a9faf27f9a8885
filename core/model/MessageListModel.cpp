#include "model/MessageListModel.h"
#include "store/NewRule.h"

#include "display/DataSize.h"

#include "display/OutsideText.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <QLocale>

namespace Poplar::Model {

/// Translation context of this file's texts (free functions and members alike).
struct MessageListModelText
{
    Q_DECLARE_TR_FUNCTIONS(Poplar::Model::MessageListModel)
};

QString statusName(MessageStatus status)
{
    switch (status) {
    case MessageStatus::Damaged: return MessageListModelText::tr("Damaged");
    case MessageStatus::DeletePending: return MessageListModelText::tr("Delete pending");
    case MessageStatus::Gone: return MessageListModelText::tr("Gone from server");
    case MessageStatus::TooLarge: return MessageListModelText::tr("Too large");
    //: Message status: new on the server (a short adjective, in the Status column)
    case MessageStatus::New: return MessageListModelText::tr("New");
    case MessageStatus::OnServerOnly: return MessageListModelText::tr("On server");
    case MessageStatus::Downloaded: return MessageListModelText::tr("Downloaded");
    }
    return {};
}

QString statusDescription(MessageStatus status, bool onServer)
{
    switch (status) {
    case MessageStatus::Damaged: return MessageListModelText::tr("The stored copy is missing or damaged: Download fetches it again while the server still has it");
    case MessageStatus::DeletePending: return MessageListModelText::tr("Will be deleted on the server at the next check (Undo to keep it)");
    case MessageStatus::Gone: return MessageListModelText::tr("No longer on the server and never downloaded");
    case MessageStatus::TooLarge: return MessageListModelText::tr("Larger than the account's size limit: only the headers were fetched");
    case MessageStatus::New: return MessageListModelText::tr("New on the server: only the headers and first lines were fetched");
    case MessageStatus::OnServerOnly: return MessageListModelText::tr("On the server: only the headers and first lines were fetched");
    case MessageStatus::Downloaded:
        return onServer ? MessageListModelText::tr("Downloaded and stored locally; the server still has it")
                        : MessageListModelText::tr("Downloaded and stored locally; no longer on the server");
    }
    return {};
}

MessageListModel::MessageListModel(Store::MessageStore *store, QObject *parent)
    : QAbstractTableModel(parent), m_store(store)
{
}

MessageStatus MessageListModel::statusOf(const Store::StoredMessage &m, qint64 sizeLimit)
{
    if (m.isDamaged() && !m.localDeleted)
        return MessageStatus::Damaged;
    if (m.deleteRequested && m.onServer)
        return MessageStatus::DeletePending;
    if (m.isDownloaded())
        return MessageStatus::Downloaded;
    if (!m.onServer)
        return MessageStatus::Gone;
    if (sizeLimit > 0 && m.serverSize > sizeLimit)
        return MessageStatus::TooLarge;
    return Store::isNew(m, sizeLimit) ? MessageStatus::New : MessageStatus::OnServerOnly;
}

void MessageListModel::setAccount(qint64 accountId, qint64 sizeLimit)
{
    m_accountId = accountId;
    m_sizeLimit = sizeLimit;
    load();
}

void MessageListModel::setView(ListView view)
{
    m_view = view;
    load();
}

bool MessageListModel::belongsTo(const Store::StoredMessage &m, ListView view)
{
    if (m.localDeleted || (!m.fetchedBy.isEmpty() && !m.isDownloaded()))
        return false;
    return (view == ListView::Trash) == m.inTrash();
}

bool MessageListModel::awaitsHeaders(const Store::StoredMessage &m)
{
    // Only a message still on the server can have its headers fetched.
    return !m.headersKnown && m.onServer;
}

bool MessageListModel::countsAsUnread(const Store::StoredMessage &m)
{
    return m.isUnread() && !m.deleteRequested && belongsTo(m, ListView::Messages);
}

void MessageListModel::load()
{
    const int before = m_unread;
    beginResetModel();
    m_rows.clear();
    m_loadError.clear();
    if (m_accountId && m_store) {
        auto entries = m_store->listEntries(m_accountId, m_view);
        if (entries)
            m_rows = std::move(entries).value();
        else
            m_loadError = entries.error();
    }
    m_rowByUid.clear();
    m_rowByUid.reserve(m_rows.size());
    m_unread = 0;
    m_headerless = 0;
    for (int i = 0; i < m_rows.size(); ++i) {
        m_rowByUid.insert(m_rows.at(i).uid, i);
        m_unread += countsAsUnread(m_rows.at(i)) ? 1 : 0;
        m_headerless += awaitsHeaders(m_rows.at(i)) ? 1 : 0;
    }
    endResetModel();
    if (!m_loadError.isEmpty())
        emit loadFailed(m_loadError);
    reportUnread(before);
}

void MessageListModel::refresh(const QVector<QByteArray> &uids)
{
    if (!m_accountId || !m_store || uids.isEmpty())
        return;
    // Each UIDL once, however often it was reported.
    const QSet<QByteArray> unique(uids.cbegin(), uids.cend());
    QVector<Store::StoredMessage> appended;
    int first = -1;
    int last = -1;
    auto changed = m_store->messages(m_accountId, QVector<QByteArray>(unique.cbegin(), unique.cend()),
                                     Store::MessageStore::Headers::Omit);
    if (!changed) {
        m_loadError = changed.error();
        emit loadFailed(m_loadError);
        return;
    }
    const int before = m_unread;
    QVector<int> left;
    for (Store::StoredMessage &m : changed.value()) {
        m.headers.clear();
        const int row = rowOf(m.uid);
        if (!belongsTo(m, m_view)) {
            if (row >= 0)
                left.append(row);
            continue;
        }
        if (row < 0) {
            m_unread += countsAsUnread(m) ? 1 : 0;
            m_headerless += awaitsHeaders(m) ? 1 : 0;
            appended.append(std::move(m));
            continue;
        }
        m_unread += (countsAsUnread(m) ? 1 : 0) - (countsAsUnread(m_rows.at(row)) ? 1 : 0);
        m_headerless += (awaitsHeaders(m) ? 1 : 0) - (awaitsHeaders(m_rows.at(row)) ? 1 : 0);
        m_rows[row] = std::move(m);
        first = first < 0 ? row : qMin(first, row);
        last = qMax(last, row);
    }
    // One signal per span, not per row. Only the status and size columns change their sort
    // values (a download changes both); the others are announced without the sort role, so a
    // proxy sorted by date or sender does not re-sort 100,000 rows for a download.
    if (first >= 0) {
        emit dataChanged(index(first, StatusColumn), index(last, StatusColumn));
        emit dataChanged(index(first, SizeColumn), index(last, SizeColumn));
        const QList<int> display{Qt::DisplayRole, Qt::ToolTipRole, StatusRole, DownloadedRole, OnServerRole, UnreadRole};
        emit dataChanged(index(first, FromColumn), index(last, DateColumn), display);
        emit dataChanged(index(first, AttachmentColumn), index(last, AttachmentColumn), display);
    }
    // Removed after the updates above, whose row numbers they would shift.
    removeRows(left);
    if (appended.isEmpty()) {
        reportUnread(before);
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + appended.size() - 1));
    for (Store::StoredMessage &m : appended) {
        m_rowByUid.insert(m.uid, int(m_rows.size()));
        m_rows.append(std::move(m));
    }
    endInsertRows();
    reportUnread(before);
}

void MessageListModel::removeRows(QVector<int> rows)
{
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    // From the end, one signal per run of neighbouring rows.
    int end = int(rows.size()) - 1;
    while (end >= 0) {
        int start = end;
        while (start > 0 && rows.at(start - 1) == rows.at(start) - 1)
            --start;
        beginRemoveRows({}, rows.at(start), rows.at(end));
        for (int r = rows.at(start); r <= rows.at(end); ++r) {
            m_unread -= countsAsUnread(m_rows.at(r)) ? 1 : 0;
            m_headerless -= awaitsHeaders(m_rows.at(r)) ? 1 : 0;
        }
        m_rows.remove(rows.at(start), rows.at(end) - rows.at(start) + 1);
        endRemoveRows();
        end = start - 1;
    }
    m_rowByUid.clear();
    m_rowByUid.reserve(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i)
        m_rowByUid.insert(m_rows.at(i).uid, i);
}

void MessageListModel::setSeen(const QVector<QByteArray> &uids, bool seen)
{
    const int before = m_unread;
    QVector<int> changed;
    for (const QByteArray &uid : uids) {
        const int row = rowOf(uid);
        if (row >= 0 && m_rows.at(row).seen != seen) {
            m_unread -= countsAsUnread(m_rows.at(row)) ? 1 : 0;
            m_rows[row].seen = seen;
            m_unread += countsAsUnread(m_rows.at(row)) ? 1 : 0;
            changed.append(row);
        }
    }
    emitRowsChanged(std::move(changed));
    reportUnread(before);
}

void MessageListModel::setDeleteRequested(const QVector<QByteArray> &uids, bool requested)
{
    const int before = m_unread;
    QVector<int> changed;
    for (const QByteArray &uid : uids) {
        const int row = rowOf(uid);
        if (row >= 0) {
            m_unread -= countsAsUnread(m_rows.at(row)) ? 1 : 0;
            m_rows[row].deleteRequested = requested;
            m_unread += countsAsUnread(m_rows.at(row)) ? 1 : 0;
            changed.append(row);
        }
    }
    emitRowsChanged(std::move(changed));
    reportUnread(before);
}

void MessageListModel::emitRowsChanged(QVector<int> rows, int firstColumn, int lastColumn, const QList<int> &roles)
{
    // One signal per run of neighbouring rows: each listener (a filtering view above all) then
    // looks at the changed rows once, not once per row, nor at every row of the list.
    std::sort(rows.begin(), rows.end());
    for (qsizetype first = 0; first < rows.size();) {
        qsizetype last = first;
        while (last + 1 < rows.size() && rows.at(last + 1) <= rows.at(last) + 1)
            ++last;
        emit dataChanged(index(rows.at(first), firstColumn), index(rows.at(last), lastColumn), roles);
        first = last + 1;
    }
}

void MessageListModel::setFetchingHeaders(bool fetching)
{
    if (fetching == m_fetchingHeaders)
        return;
    m_fetchingHeaders = fetching;
    if (m_headerless == 0)
        return; // no row shows it: 100,000 rows are not walked for nothing
    QVector<int> rows;
    rows.reserve(m_headerless);
    for (int row = 0; row < m_rows.size(); ++row) {
        if (awaitsHeaders(m_rows.at(row)))
            rows.append(row);
    }
    emitRowsChanged(std::move(rows), SubjectColumn, SubjectColumn, {Qt::DisplayRole, Qt::ToolTipRole});
}

void MessageListModel::reportUnread(int before)
{
    if (m_unread != before)
        emit unreadCountChanged(m_unread);
}

namespace {
qint64 dateKey(const Store::StoredMessage &m)
{
    return m.summary.date.isValid() ? m.summary.date.toSecsSinceEpoch() : m.firstSeen.toSecsSinceEpoch();
}
qint64 sizeKey(const Store::StoredMessage &m)
{
    return m.isDownloaded() ? m.rawSize : m.serverSize;
}
} // namespace

bool MessageListModel::lessThan(int leftRow, int rightRow, int column) const
{
    const Store::StoredMessage &a = m_rows.at(leftRow);
    const Store::StoredMessage &b = m_rows.at(rightRow);
    switch (column) {
    case StatusColumn: return int(statusOf(a, m_sizeLimit)) < int(statusOf(b, m_sizeLimit));
    case FromColumn: return a.summary.from.compare(b.summary.from, Qt::CaseInsensitive) < 0;
    case SubjectColumn: return a.summary.subject.compare(b.summary.subject, Qt::CaseInsensitive) < 0;
    case DateColumn: return dateKey(a) < dateKey(b);
    case SizeColumn: return sizeKey(a) < sizeKey(b);
    case AttachmentColumn: return int(a.summary.hasAttachment) < int(b.summary.hasAttachment);
    default: return leftRow < rightRow;
    }
}

int MessageListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MessageListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MessageListModel::data(const QModelIndex &index, int role) const
{
    // Views ask for many roles per cell on every paint: the ones not served return at once.
    switch (role) {
    case Qt::DisplayRole: case Qt::ToolTipRole: case Qt::AccessibleTextRole: case Qt::TextAlignmentRole:
    case UidRole: case AccountIdRole: case StatusRole: case SortRole: case FilterRole: case DownloadedRole:
    case OnServerRole: case UnreadRole:
        break;
    default:
        return {};
    }
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Store::StoredMessage &m = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case UidRole: return m.uid;
    case AccountIdRole: return m.accountId;
    case StatusRole: return int(statusOf(m, m_sizeLimit));
    case DownloadedRole: return m.isDownloaded();
    case OnServerRole: return m.onServer;
    case UnreadRole: return m.isUnread();
    case FilterRole: return m.summary.from + QLatin1Char('\n') + m.summary.subject;
    case Qt::TextAlignmentRole:
        return column == SizeColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case Qt::AccessibleTextRole:
        return column == StatusColumn ? statusName(statusOf(m, m_sizeLimit)) : QVariant();
    case Qt::ToolTipRole:
        if (column == StatusColumn)
            return statusDescription(statusOf(m, m_sizeLimit), m.onServer);
        if (column == AttachmentColumn && m.summary.hasAttachment)
            return MessageListModelText::tr("Has attachments");
        if (column == SubjectColumn && !m.headersKnown)
            return m_fetchingHeaders && awaitsHeaders(m)
                       ? MessageListModelText::tr("The server listed this message; its headers are on their way")
                                     : MessageListModelText::tr("The server listed this message, but its headers were not "
                                                                "fetched: download it to see it");
        return {};
    case SortRole:
        switch (column) {
        case StatusColumn: return int(statusOf(m, m_sizeLimit));
        case DateColumn: return dateKey(m);
        case SizeColumn: return sizeKey(m);
        case AttachmentColumn: return m.summary.hasAttachment;
        case FromColumn: return m.summary.from.toLower();
        case SubjectColumn: return m.summary.subject.toLower();
        default: return {};
        }
    default: // Qt::DisplayRole
        switch (column) {
        // Shown as plain text, but without controls or bidirectional overrides, which could
        // make one sender or subject look like another.
        case FromColumn: return m.headersKnown ? Display::forLabel(m.summary.from, true, 500) : QString();
        case SubjectColumn:
            if (!m.headersKnown)
                return m_fetchingHeaders && awaitsHeaders(m) ? MessageListModelText::tr("fetching headers\u2026")
                                         : MessageListModelText::tr("(headers not fetched)");
            return m.summary.subject.isEmpty() ? MessageListModelText::tr("(no subject)")
                                               : Display::forLabel(m.summary.subject, true, 1000);
        case DateColumn:
            if (!m.headersKnown)
                return QString(); // not the time of the check: the message's date is not known yet
            return displayDate(m.summary.date.isValid() ? m.summary.date : m.firstSeen);
        case SizeColumn: return Display::dataSize(m.isDownloaded() ? m.rawSize : m.serverSize);
        default: return {};
        }
    }
}

QString MessageListModel::displayDate(const QDateTime &utc)
{
    // The formats come from the locale once; building them on every paint shows in profiles.
    static const QLocale locale;
    static const QString dateFormat = locale.dateFormat(QLocale::ShortFormat);
    static const QString timeFormat = [] {
        QString f = locale.timeFormat(QLocale::ShortFormat);
        f.remove(QLatin1String(":ss")); // minutes are enough in a list
        return f;
    }();
    const QDateTime when = utc.toLocalTime();
    if (when.date() == QDate::currentDate())
        return locale.toString(when.time(), timeFormat);
    return locale.toString(when.date(), dateFormat) + QLatin1Char(' ') + locale.toString(when.time(), timeFormat);
}

QVariant MessageListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == AttachmentColumn)
        return MessageListModelText::tr("Attachment");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StatusColumn: return MessageListModelText::tr("Status");
    case FromColumn: return MessageListModelText::tr("From");
    case SubjectColumn: return MessageListModelText::tr("Subject");
    case DateColumn: return MessageListModelText::tr("Date");
    case SizeColumn: return MessageListModelText::tr("Size");
    case AttachmentColumn: return QString(); // the view shows an icon
    default: return {};
    }
}

Qt::ItemFlags MessageListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled | Qt::ItemNeverHasChildren;
}

QStringList MessageListModel::mimeTypes() const
{
    return {QStringLiteral("text/uri-list"), QStringLiteral("message/rfc822")};
}

} // namespace Poplar::Model
