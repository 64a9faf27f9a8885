#pragma once

#include "MessageDrag.h"
#include "model/MessageListModel.h"

#include <QSortFilterProxyModel>
#include <QTreeView>

#include <functional>

namespace Poplar::Ui {

/// Sorts by Model::SortRole and filters on sender and subject (Model::FilterRole).
class MessageFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit MessageFilterProxy(QObject *parent = nullptr);
    /// Adds the paper-clip icon to the attachment column's header.
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    /// Hides source rows for which `filter` returns false (e.g. messages kept on the server);
    /// an empty function shows every row.
    void setRowFilter(std::function<bool(int sourceRow)> filter);
    /// Applies the row filter again after what it looks at changed.
    void refilter() { invalidateFilter(); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    /// Compares rows of the MessageListModel directly (see MessageListModel::lessThan).
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    std::function<bool(int)> m_rowFilter;
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

protected:
    void startDrag(Qt::DropActions supportedActions) override;

private:
    Model::MessageListModel *m_model;
    MessageFilterProxy *m_proxy;
    MessageMimeData::Fetch m_fetch;
};

} // namespace Poplar::Ui
