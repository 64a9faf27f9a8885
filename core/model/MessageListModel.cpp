#include "model/MessageListModel.h"

#include <QCoreApplication>
#include <QLocale>

namespace Poplar::Model {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Poplar::Model::MessageListModel", text);
}
} // namespace

QString statusName(MessageStatus status)
{
    switch (status) {
    case MessageStatus::DeletePending: return tr("Delete pending");
    case MessageStatus::Gone: return tr("Gone from server");
    case MessageStatus::TooLarge: return tr("Too large");
    case MessageStatus::New: return tr("New");
    case MessageStatus::OnServerOnly: return tr("On server");
    case MessageStatus::Downloaded: return tr("Downloaded");
    }
    return {};
}

QString statusDescription(MessageStatus status)
{
    switch (status) {
    case MessageStatus::DeletePending: return tr("Will be deleted on the server at the next check (Undo to keep it)");
    case MessageStatus::Gone: return tr("No longer on the server and never downloaded");
    case MessageStatus::TooLarge: return tr("Larger than the account's size limit: only the headers were fetched");
    case MessageStatus::New: return tr("New on the server: only the headers and first lines were fetched");
    case MessageStatus::OnServerOnly: return tr("On the server: only the headers and first lines were fetched");
    case MessageStatus::Downloaded: return tr("Downloaded and stored locally");
    }
    return {};
}

MessageListModel::MessageListModel(Store::MessageStore *store, QObject *parent)
    : QAbstractTableModel(parent), m_store(store)
{
}

MessageStatus MessageListModel::statusOf(const Store::StoredMessage &m, qint64 sizeLimit)
{
    if (m.deleteRequested && m.onServer)
        return MessageStatus::DeletePending;
    if (m.isDownloaded())
        return MessageStatus::Downloaded;
    if (!m.onServer)
        return MessageStatus::Gone;
    if (sizeLimit > 0 && m.serverSize > sizeLimit)
        return MessageStatus::TooLarge;
    return m.seen ? MessageStatus::OnServerOnly : MessageStatus::New;
}

void MessageListModel::setAccount(qint64 accountId, qint64 sizeLimit)
{
    beginResetModel();
    m_accountId = accountId;
    m_sizeLimit = sizeLimit;
    m_rows = accountId && m_store ? m_store->listEntries(accountId)
                                 : QVector<Store::StoredMessage>();
    m_rowByUid.clear();
    m_rowByUid.reserve(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i)
        m_rowByUid.insert(m_rows.at(i).uid, i);
    endResetModel();
}

void MessageListModel::refresh(const QVector<QByteArray> &uids)
{
    if (!m_accountId || !m_store || uids.isEmpty())
        return;
    QVector<Store::StoredMessage> appended;
    int first = -1;
    int last = -1;
    for (Store::StoredMessage &m : m_store->messages(m_accountId, uids, Store::MessageStore::Headers::Omit)) {
        m.headers.clear();
        const int row = rowOf(m.uid);
        if (row < 0) {
            appended.append(std::move(m));
            continue;
        }
        m_rows[row] = std::move(m);
        first = first < 0 ? row : qMin(first, row);
        last = qMax(last, row);
    }
    // One signal for the span: views and sorting proxies handle a range at once, not row by row.
    if (first >= 0)
        emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
    if (appended.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + appended.size() - 1));
    for (Store::StoredMessage &m : appended) {
        m_rowByUid.insert(m.uid, int(m_rows.size()));
        m_rows.append(std::move(m));
    }
    endInsertRows();
}

void MessageListModel::setSeen(const QVector<QByteArray> &uids)
{
    for (const QByteArray &uid : uids) {
        const int row = rowOf(uid);
        if (row >= 0 && !m_rows.at(row).seen) {
            m_rows[row].seen = true;
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
}

void MessageListModel::setDeleteRequested(const QVector<QByteArray> &uids, bool requested)
{
    for (const QByteArray &uid : uids) {
        const int row = rowOf(uid);
        if (row >= 0) {
            m_rows[row].deleteRequested = requested;
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
}

int MessageListModel::newCount() const
{
    int count = 0;
    for (const Store::StoredMessage &m : m_rows)
        count += statusOf(m, m_sizeLimit) == MessageStatus::New ? 1 : 0;
    return count;
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
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Store::StoredMessage &m = m_rows.at(index.row());
    const MessageStatus status = statusOf(m, m_sizeLimit);
    switch (role) {
    case UidRole: return m.uid;
    case AccountIdRole: return m.accountId;
    case StatusRole: return int(status);
    case DownloadedRole: return m.isDownloaded();
    case OnServerRole: return m.onServer;
    case FilterRole: return m.summary.from + QLatin1Char('\n') + m.summary.subject;
    default: break;
    }
    const int column = index.column();
    if (role == SortRole) {
        switch (column) {
        case StatusColumn: return int(status);
        case DateColumn: return m.summary.date.isValid() ? m.summary.date.toSecsSinceEpoch() : m.firstSeen.toSecsSinceEpoch();
        case SizeColumn: return m.isDownloaded() ? m.rawSize : m.serverSize;
        case AttachmentColumn: return m.summary.hasAttachment;
        case FromColumn: return m.summary.from.toLower();
        case SubjectColumn: return m.summary.subject.toLower();
        default: return {};
        }
    }
    if (role == Qt::DisplayRole) {
        switch (column) {
        case FromColumn: return m.summary.from;
        case SubjectColumn: return m.summary.subject.isEmpty() ? tr("(no subject)") : m.summary.subject;
        case DateColumn: {
            const QDateTime when = (m.summary.date.isValid() ? m.summary.date : m.firstSeen).toLocalTime();
            QString time = QLocale().timeFormat(QLocale::ShortFormat);
            time.remove(QLatin1String(":ss")); // minutes are enough in a list
            if (when.date() == QDate::currentDate())
                return QLocale().toString(when.time(), time);
            return QLocale().toString(when.date(), QLocale::ShortFormat) + QLatin1Char(' ') + QLocale().toString(when.time(), time);
        }
        case SizeColumn: return QLocale().formattedDataSize(m.isDownloaded() ? m.rawSize : m.serverSize);
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole && column == StatusColumn)
        return statusDescription(status);
    if (role == Qt::ToolTipRole && column == AttachmentColumn && m.summary.hasAttachment)
        return tr("Has attachments");
    if (role == Qt::AccessibleTextRole && column == StatusColumn)
        return statusName(status);
    if (role == Qt::TextAlignmentRole && column == SizeColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant MessageListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == AttachmentColumn)
        return tr("Attachment");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StatusColumn: return tr("Status");
    case FromColumn: return tr("From");
    case SubjectColumn: return tr("Subject");
    case DateColumn: return tr("Date");
    case SizeColumn: return tr("Size");
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
