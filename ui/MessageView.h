#pragma once

#include "MessageDrag.h"
#include "model/MessageListModel.h"

#include <QSortFilterProxyModel>
#include <QTreeView>

namespace Poplar::Ui {

/// Sorts by Model::SortRole and filters on sender and subject (Model::FilterRole).
class MessageFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit MessageFilterProxy(QObject *parent = nullptr);
    /// Adds the paper-clip icon to the attachment column's header.
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

protected:
    /// Compares rows of the MessageListModel directly (see MessageListModel::lessThan).
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
};

/// The message list: sortable columns, status icons, multi-selection, and dragging messages
/// out as .eml files.
class MessageView : public QTreeView {
    Q_OBJECT
public:
    MessageView(Model::MessageListModel *model, QWidget *parent = nullptr);

    MessageFilterProxy *proxy() const { return m_proxy; }
    Model::MessageListModel *sourceModel() const { return m_model; }
    /// The selected messages' rows, in view order.
    QVector<Store::StoredMessage> selectedMessages() const;
    QVector<QByteArray> selectedUids() const;
    /// How many rows are selected, without listing them.
    int selectedCount() const;
    /// Used by drags to fetch messages still on the server.
    void setFetch(MessageMimeData::Fetch fetch) { m_fetch = std::move(fetch); }
    /// Drag data for the current selection (what startDrag hands to QDrag).
    MessageMimeData *createMimeData() const;
    /// Gives the status, sender, date, size and attachment columns the width their widest
    /// values need (in bold, in this locale); Subject takes the rest of the width.
    void fitColumnsToContent();
    /// The width `column` needs for its widest values and its header.
    int contentWidth(int column) const;

protected:
    void startDrag(Qt::DropActions supportedActions) override;
    /// A narrow list (the preview beside it) takes width from the sender before the subject.
    void resizeEvent(QResizeEvent *event) override;

private:
    Model::MessageListModel *m_model;
    MessageFilterProxy *m_proxy;
    MessageMimeData::Fetch m_fetch;
};

} // namespace Poplar::Ui
