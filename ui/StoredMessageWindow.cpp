#include "StoredMessageWindow.h"

#include "Icons.h"
#include "MessageView.h"
#include "PreviewPane.h"
#include "StoredMessageLoader.h"
#include "display/OutsideText.h"

#include <QAction>
#include <QToolBar>

namespace Poplar::Ui {

StoredMessageWindow::StoredMessageWindow(MessageView *list, Store::MessageStore *store, QWidget *parent)
    : MessageWindow(parent), m_list(list), m_store(store), m_accountId(list->sourceModel()->accountId()),
      m_previous(new QAction(themedIcon(QStringLiteral("go-previous")), tr("&Previous"), this)),
      m_next(new QAction(themedIcon(QStringLiteral("go-next")), tr("&Next"), this))
{
    m_previous->setObjectName(QStringLiteral("previousMessage"));
    m_next->setObjectName(QStringLiteral("nextMessage"));
    m_previous->setShortcuts({QKeySequence(Qt::Key_P), QKeySequence(Qt::CTRL | Qt::Key_Comma)});
    m_next->setShortcuts({QKeySequence(Qt::Key_N), QKeySequence(Qt::CTRL | Qt::Key_Period)});
    m_previous->setToolTip(tr("The previous message in the list (P)"));
    m_next->setToolTip(tr("The next message in the list (N)"));
    connect(m_previous, &QAction::triggered, this, [this] { step(-1); });
    connect(m_next, &QAction::triggered, this, [this] { step(1); });
    //: Name of the message window's toolbar
    QToolBar *bar = addToolBar(tr("Message"));
    bar->setObjectName(QStringLiteral("messageToolbar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(m_previous);
    bar->addAction(m_next);
    connect(pane(), &PreviewPane::downloadRequested, this, [this] { emit downloadRequested({m_uid}); });
    QAbstractItemModel *proxy = list->proxy();
    connect(proxy, &QAbstractItemModel::layoutChanged, this, &StoredMessageWindow::updateActions);
    connect(proxy, &QAbstractItemModel::rowsInserted, this, &StoredMessageWindow::updateActions);
    connect(proxy, &QAbstractItemModel::rowsRemoved, this, &StoredMessageWindow::updateActions);
    connect(proxy, &QAbstractItemModel::modelReset, this, &StoredMessageWindow::updateActions);
    connect(list->sourceModel(), &QAbstractItemModel::dataChanged, this, &StoredMessageWindow::onRowsChanged);
}

StoredMessageWindow *StoredMessageWindow::open(MessageView *list, Store::MessageStore *store, const QByteArray &uid,
                                               QWidget *parent)
{
    StoredMessageWindow *window = nullptr;
    for (StoredMessageWindow *open : parent->findChildren<StoredMessageWindow *>(Qt::FindDirectChildrenOnly)) {
        if (open->m_uid == uid && open->m_accountId == list->sourceModel()->accountId())
            window = open;
    }
    if (!window) {
        window = new StoredMessageWindow(list, store, parent);
        window->showStored(uid);
    }
    window->show();
    window->raise();
    window->activateWindow();
    return window;
}

void StoredMessageWindow::showStored(const QByteArray &uid)
{
    m_uid = uid;
    updateActions();
    const auto read = m_store->message(m_accountId, uid); // one row, its preview included
    if (!read || !read.value()) {
        pane()->showPlaceholder(read ? tr("The message is no longer in the profile.")
                                     : tr("The message could not be read from the profile: %1").arg(read.error()));
        return;
    }
    const Store::StoredMessage &message = *read.value();
    m_shownDownloaded = message.isDownloaded();
    const QString subject = Display::forLabel(message.summary.subject.simplified());
    setWindowTitle(tr("%1 - Poplar").arg(subject.isEmpty() ? tr("(no subject)") : subject));
    const quint64 generation = ++m_generation;
    loadStoredMessage(message, this, [this, generation](const Mime::MessagePreview &preview, const QByteArray &bytes,
                                                        bool complete, bool cut) {
        if (generation == m_generation)
            pane()->showMessage(preview, bytes, complete, cut);
    });
}

void StoredMessageWindow::setHighlightTerms(const QStringList &terms)
{
    pane()->setHighlightTerms(terms);
}

int StoredMessageWindow::listRow() const
{
    if (!m_list || m_list->sourceModel()->accountId() != m_accountId)
        return -1;
    const int source = m_list->sourceModel()->rowOf(m_uid);
    if (source < 0)
        return -1;
    return m_list->proxy()->mapFromSource(m_list->sourceModel()->index(source, 0)).row();
}

void StoredMessageWindow::step(int delta)
{
    const int row = listRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= m_list->proxy()->rowCount())
        return;
    const QModelIndex index = m_list->proxy()->index(target, 0);
    // The list follows, so the window and the list never disagree about where the reader is.
    m_list->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_list->scrollTo(index);
    showStored(index.data(Model::UidRole).toByteArray());
}

void StoredMessageWindow::updateActions()
{
    const int row = listRow();
    m_previous->setEnabled(row > 0);
    m_next->setEnabled(row >= 0 && row + 1 < m_list->proxy()->rowCount());
}

void StoredMessageWindow::onRowsChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    if (!m_list || m_list->sourceModel()->accountId() != m_accountId)
        return;
    const int row = m_list->sourceModel()->rowOf(m_uid);
    if (row < topLeft.row() || row > bottomRight.row())
        return;
    if (m_list->sourceModel()->message(row).isDownloaded() != m_shownDownloaded)
        showStored(m_uid);
}

} // namespace Poplar::Ui
