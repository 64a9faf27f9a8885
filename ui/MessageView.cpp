#include "MessageView.h"

#include <QApplication>

#include <array>
#include <QDrag>
#include <QHeaderView>
#include <QPainter>
#include <QStyle>
#include <QStyledItemDelegate>

namespace Poplar::Ui {

namespace {

QIcon makeStatusIcon(Model::MessageStatus status)
{
    using S = Model::MessageStatus;
    QStyle *style = QApplication::style();
    switch (status) {
    case S::DeletePending: return QIcon::fromTheme(QStringLiteral("edit-delete"), style->standardIcon(QStyle::SP_TrashIcon));
    case S::Gone: return QIcon::fromTheme(QStringLiteral("dialog-cancel"), style->standardIcon(QStyle::SP_DialogCancelButton));
    case S::TooLarge: return QIcon::fromTheme(QStringLiteral("dialog-warning"), style->standardIcon(QStyle::SP_MessageBoxWarning));
    case S::New: return QIcon::fromTheme(QStringLiteral("mail-unread"), style->standardIcon(QStyle::SP_FileDialogNewFolder));
    case S::OnServerOnly: return QIcon::fromTheme(QStringLiteral("network-server"), style->standardIcon(QStyle::SP_DriveNetIcon));
    case S::Downloaded: return QIcon::fromTheme(QStringLiteral("mail-read"), style->standardIcon(QStyle::SP_DialogApplyButton));
    }
    return {};
}

/// Icons are looked up in the theme once, not on every paint.
const QIcon &statusIcon(Model::MessageStatus status)
{
    static const std::array<QIcon, 6> icons{
        makeStatusIcon(Model::MessageStatus::DeletePending), makeStatusIcon(Model::MessageStatus::Gone),
        makeStatusIcon(Model::MessageStatus::TooLarge),      makeStatusIcon(Model::MessageStatus::New),
        makeStatusIcon(Model::MessageStatus::OnServerOnly),  makeStatusIcon(Model::MessageStatus::Downloaded)};
    return icons.at(size_t(status));
}

const QIcon &attachmentIcon()
{
    static const QIcon icon = QIcon::fromTheme(QStringLiteral("mail-attachment"),
                                               QApplication::style()->standardIcon(QStyle::SP_FileIcon));
    return icon;
}

/// Paints the status column as an icon and the attachment column as a paper clip; new
/// messages in bold.
class MessageDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const auto status = Model::MessageStatus(index.data(Model::StatusRole).toInt());
        if (status == Model::MessageStatus::New)
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

bool MessageFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (const auto *model = qobject_cast<const Model::MessageListModel *>(sourceModel()))
        return model->lessThan(left.row(), right.row(), left.column());
    return QSortFilterProxyModel::lessThan(left, right);
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
    header()->resizeSection(Model::StatusColumn, 48);
    header()->resizeSection(Model::FromColumn, 200);
    header()->resizeSection(Model::DateColumn, 130);
    header()->resizeSection(Model::SizeColumn, 85);
    header()->resizeSection(Model::AttachmentColumn, 32);
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

int MessageView::selectedCount() const
{
    int count = 0;
    for (const QItemSelectionRange &range : selectionModel()->selection())
        count += range.height();
    return count;
}

MessageMimeData *MessageView::createMimeData() const
{
    const QVector<Store::StoredMessage> messages = selectedMessages();
    return messages.isEmpty() ? nullptr : new MessageMimeData(messages, m_fetch);
}

void MessageView::startDrag(Qt::DropActions)
{
    MessageMimeData *data = createMimeData();
    if (!data)
        return;
    auto *drag = new QDrag(this);
    drag->setMimeData(data);
    drag->setPixmap(QIcon::fromTheme(QStringLiteral("message-rfc822"),
                                     style()->standardIcon(QStyle::SP_FileIcon)).pixmap(32));
    drag->exec(Qt::CopyAction, Qt::CopyAction);
}

} // namespace Poplar::Ui
