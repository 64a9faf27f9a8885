#include "MessageView.h"

#include "Icons.h"
#include "display/DataSize.h"

#include <array>
#include <limits>
#include <QDrag>
#include <QHeaderView>
#include <QPainter>
#include <QStyle>
#include <QStyledItemDelegate>

namespace Poplar::Ui {

namespace {

/// Theme names for each status; ui/Icons.h bundles a fallback for every one.
QString statusIconName(Model::MessageStatus status)
{
    using S = Model::MessageStatus;
    switch (status) {
    case S::Damaged: return QStringLiteral("dialog-warning");
    case S::DeletePending: return QStringLiteral("edit-delete");
    case S::Gone: return QStringLiteral("dialog-cancel");
    case S::TooLarge: return QStringLiteral("dialog-warning");
    case S::New: return QStringLiteral("mail-unread");
    case S::OnServerOnly: return QStringLiteral("network-server");
    case S::Downloaded: return QStringLiteral("mail-read");
    }
    return {};
}

/// Icons are looked up once, not on every paint.
const QIcon &statusIcon(Model::MessageStatus status)
{
    static const std::array<QIcon, 7> icons = [] {
        std::array<QIcon, 7> all;
        for (size_t i = 0; i < all.size(); ++i)
            all[i] = themedIcon(statusIconName(Model::MessageStatus(i)));
        return all;
    }();
    return icons.at(size_t(status));
}

const QIcon &attachmentIcon()
{
    static const QIcon icon = themedIcon(QStringLiteral("mail-attachment"));
    return icon;
}

/// Paints the status column as an icon and the attachment column as a paper clip; unread
/// messages in bold.
class MessageDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const auto status = Model::MessageStatus(index.data(Model::StatusRole).toInt());
        if (index.data(Model::UnreadRole).toBool())
            option->font.setBold(true);
        if (index.column() == Model::StatusColumn) {
            option->icon = statusIcon(status);
            option->features |= QStyleOptionViewItem::HasDecoration;
            option->decorationAlignment = Qt::AlignCenter;
        } else if (index.column() == Model::AttachmentColumn && index.data(Model::SortRole).toBool()) {
            option->icon = attachmentIcon();
            option->features |= QStyleOptionViewItem::HasDecoration;
            option->decorationAlignment = Qt::AlignCenter;
        }
    }
};

} // namespace

MessageFilterProxy::MessageFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(Model::SortRole);
    setFilterRole(Model::FilterRole);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setFilterKeyColumn(0);
}

QVariant MessageFilterProxy::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && section == Model::AttachmentColumn && role == Qt::DecorationRole)
        return attachmentIcon();
    return QSortFilterProxyModel::headerData(section, orientation, role);
}

void MessageFilterProxy::setSearch(const QString &text, const QHash<qint64, double> &found, bool byRelevance)
{
    const bool ordered = m_byRelevance;
    m_searchText = text;
    m_found = found;
    m_byRelevance = byRelevance && !text.isEmpty();
    // Only an order by relevance depends on the matches; otherwise filtering again keeps the order.
    if (ordered || m_byRelevance)
        invalidate();
    else
        invalidateFilter();
}

void MessageFilterProxy::setRelevanceOrder(bool byRelevance)
{
    if (m_byRelevance == byRelevance)
        return;
    m_byRelevance = byRelevance;
    invalidate();
}

bool MessageFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_rowFilter && !m_rowFilter(sourceRow))
        return false;
    if (m_searchText.isEmpty())
        return true;
    if (const auto *model = qobject_cast<const Model::MessageListModel *>(sourceModel());
        model && m_found.contains(model->message(sourceRow).id))
        return true;
    // Messages the index has not caught up with yet are still found by sender and subject.
    return sourceModel()->index(sourceRow, 0, sourceParent).data(Model::FilterRole).toString()
        .contains(m_searchText, Qt::CaseInsensitive);
}

bool MessageFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const auto *model = qobject_cast<const Model::MessageListModel *>(sourceModel());
    if (model && m_byRelevance) {
        constexpr double NotFound = std::numeric_limits<double>::max();
        const double a = m_found.value(model->message(left.row()).id, NotFound);
        const double b = m_found.value(model->message(right.row()).id, NotFound);
        // The most relevant first, in either sort order.
        if (a != b)
            return sortOrder() == Qt::AscendingOrder ? a < b : a > b;
    }
    if (model)
        return model->lessThan(left.row(), right.row(), left.column());
    return QSortFilterProxyModel::lessThan(left, right);
}

void MessageFilterProxy::setRowFilter(std::function<bool(int)> filter)
{
    m_rowFilter = std::move(filter);
    invalidateFilter();
}

MessageView::MessageView(Model::MessageListModel *model, QWidget *parent)
    : QTreeView(parent), m_model(model), m_proxy(new MessageFilterProxy(this))
{
    m_proxy->setSourceModel(model);
    setModel(m_proxy);
    setItemDelegate(new MessageDelegate(this));
    // The header shows no selection, yet it asks on every paint whether each column is fully
    // selected, which walks every selected row: with all of 100,000 rows selected that took
    // 16 ms per header paint. An empty selection model of its own answers at once.
    header()->setSelectionModel(new QItemSelectionModel(m_proxy, header()));
    setRootIsDecorated(false);
    setUniformRowHeights(true); // keeps 100,000 rows cheap to lay out
    setAllColumnsShowFocus(true);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setDragEnabled(true);
    setDragDropMode(QAbstractItemView::DragOnly);
    setSortingEnabled(true);
    sortByColumn(Model::DateColumn, Qt::DescendingOrder);
    setContextMenuPolicy(Qt::ActionsContextMenu);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(Model::SubjectColumn, QHeaderView::Stretch);
    fitColumnsToContent();
}

int MessageView::contentWidth(int column) const
{
    // Measured on samples of the widest values in bold (new messages are bold), not on the rows:
    // 100,000 rows are never walked, and the width does not change as mail arrives.
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    const int padding = 2 * (style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, this) + 1) + 8;
    const int icon = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    int content = 0;
    switch (column) {
    case Model::StatusColumn:
    case Model::AttachmentColumn:
        content = icon;
        break;
    case Model::DateColumn: {
        // Not today (which shows the time only), a two-digit day and month, a late hour.
        const QDateTime sample(QDate(QDate::currentDate().year() - 1, 12, 28), QTime(23, 58));
        content = metrics.horizontalAdvance(Model::MessageListModel::displayDate(sample.toUTC()));
        break;
    }
    case Model::SizeColumn:
        for (qint64 bytes : {qint64(1023) * 1024, qint64(888) * 1024 * 1024 + 900 * 1024, qint64(88) << 30})
            content = qMax(content, metrics.horizontalAdvance(Display::dataSize(bytes)));
        break;
    case Model::FromColumn:
        content = metrics.averageCharWidth() * 16; // a usual name; the address is in the preview
        break;
    default:
        break;
    }
    return qMax(header()->sectionSizeHint(column), content + padding);
}

void MessageView::fitColumnsToContent()
{
    for (int column : {Model::StatusColumn, Model::FromColumn, Model::DateColumn, Model::SizeColumn,
                       Model::AttachmentColumn})
        header()->resizeSection(column, contentWidth(column));
}

void MessageView::resizeEvent(QResizeEvent *event)
{
    QTreeView::resizeEvent(event);
    int fixed = 0;
    for (int column : {Model::StatusColumn, Model::DateColumn, Model::SizeColumn, Model::AttachmentColumn})
        fixed += header()->isSectionHidden(column) ? 0 : header()->sectionSize(column);
    const int shared = viewport()->width() - fixed; // what sender and subject share
    const int minimum = fontMetrics().averageCharWidth() * 8;
    if (shared > 2 * minimum && header()->sectionSize(Model::FromColumn) > shared / 2)
        header()->resizeSection(Model::FromColumn, shared / 2);
}

QVector<Store::StoredMessage> MessageView::selectedMessages() const
{
    QVector<Store::StoredMessage> result;
    for (const QModelIndex &index : selectionModel()->selectedRows()) {
        const int row = m_proxy->mapToSource(index).row();
        if (row >= 0)
            result.append(m_model->message(row));
    }
    return result;
}

QVector<QByteArray> MessageView::selectedUids() const
{
    QVector<QByteArray> uids;
    for (const QModelIndex &index : selectionModel()->selectedRows()) {
        const int row = m_proxy->mapToSource(index).row();
        if (row >= 0)
            uids.append(m_model->message(row).uid);
    }
    return uids;
}

QByteArray MessageView::singleSelectedUid() const
{
    if (selectedCount() != 1)
        return {};
    const QItemSelectionRange range = selectionModel()->selection().first();
    const int row = m_proxy->mapToSource(m_proxy->index(range.top(), 0)).row();
    return row >= 0 ? m_model->message(row).uid : QByteArray();
}

int MessageView::selectedCount() const
{
    int count = 0;
    for (const QItemSelectionRange &range : selectionModel()->selection())
        count += range.height();
    return count;
}

MessageMimeData *MessageView::createMimeData() const
{
    QVector<Store::StoredMessage> downloaded;
    QVector<QByteArray> onServer;
    for (const Store::StoredMessage &m : selectedMessages()) {
        if (m.isDownloaded())
            downloaded.append(m);
        else
            onServer.append(m.uid);
    }
    if (!onServer.isEmpty() && m_downloadRequested)
        m_downloadRequested(onServer);
    return downloaded.isEmpty() ? nullptr : new MessageMimeData(downloaded);
}

void MessageView::startDrag(Qt::DropActions)
{
    MessageMimeData *data = createMimeData();
    if (!data)
        return;
    auto *drag = new QDrag(this);
    drag->setMimeData(data);
    drag->setPixmap(themedIcon(QStringLiteral("message-rfc822")).pixmap(32));
    drag->exec(Qt::CopyAction, Qt::CopyAction);
}

} // namespace Poplar::Ui
