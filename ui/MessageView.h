#pragma once

#include "MessageDrag.h"
#include "model/MessageListModel.h"

#include <QSortFilterProxyModel>
#include <QTreeView>

#include <functional>

namespace Poplar::Ui {

/// Sorts by Model::SortRole, and filters by a search: the rows the full-text index found, and those
/// whose sender or subject (Model::FilterRole) contain the search text as typed.
class MessageFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit MessageFilterProxy(QObject *parent = nullptr);
    /// Adds the paper-clip icon to the attachment column's header.
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    /// Shows the rows `found` (message row id -> rank, lower is better) and those whose sender or
    /// subject contain `text`; an empty `text` shows every row. With `byRelevance` the best matches
    /// come first whatever the sort column, until setRelevanceOrder(false).
    void setSearch(const QString &text, const QHash<qint64, double> &found, bool byRelevance);
    void setRelevanceOrder(bool byRelevance);
    bool isSearching() const { return !m_searchText.isEmpty(); }
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
    QString m_searchText;
    QHash<qint64, double> m_found;
    bool m_byRelevance = false;
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
    /// The UIDL of the one selected message; empty unless exactly one is selected. Unlike
    /// selectedUids(), it costs nothing however many rows are selected.
    QByteArray singleSelectedUid() const;
    /// How many rows are selected, without listing them.
    int selectedCount() const;
    /// Called by a drag with the selected messages still on the server (see createMimeData).
    void setDownloadRequested(std::function<void(const QVector<QByteArray> &uids)> request)
    {
        m_downloadRequested = std::move(request);
    }
    /// Drag data for the downloaded messages of the current selection (what startDrag hands to
    /// QDrag); the others are handed to the download request instead. nullptr when none is
    /// downloaded.
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
    std::function<void(const QVector<QByteArray> &uids)> m_downloadRequested;
};

} // namespace Poplar::Ui
