#include "ReadStateActions.h"

#include "Icons.h"
#include "MessageView.h"
#include "sync/SyncService.h"

#include <QAction>
#include <QSettings>

namespace Poplar::Ui {

const char *const ReadStateActions::DelaySetting = "reading/markReadAfterSeconds";

ReadStateActions::ReadStateActions(MessageView *view, Sync::SyncThread *sync, QObject *parent)
    : QObject(parent), m_view(view), m_sync(sync),
      m_markRead(new QAction(themedIcon(QStringLiteral("mail-mark-read")), tr("Mark as &Read"), this)),
      m_markUnread(new QAction(themedIcon(QStringLiteral("mail-mark-unread")), tr("Mark as &Unread"), this)),
      m_toggle(new QAction(tr("&Toggle Read"), this))
{
    m_markRead->setObjectName(QStringLiteral("markRead"));
    m_markUnread->setObjectName(QStringLiteral("markUnread"));
    m_toggle->setObjectName(QStringLiteral("toggleRead"));
    m_toggle->setShortcut(QKeySequence(tr("Ctrl+Shift+U")));
    m_toggle->setToolTip(tr("Mark the selected messages as read, or as unread when all are read (Ctrl+Shift+U)"));
    connect(m_markRead, &QAction::triggered, this, [this] { markSelected(true); });
    connect(m_markUnread, &QAction::triggered, this, [this] { markSelected(false); });
    connect(m_toggle, &QAction::triggered, this, [this] { markSelected(selectionHasUnread()); });
    m_delaySeconds = qMax(0, QSettings().value(QLatin1String(DelaySetting), 0).toInt());
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ReadStateActions::markShownRead);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        const QVector<Store::StoredMessage> selected = m_view->selectedCount() == 1 ? m_view->selectedMessages()
                                                                                   : QVector<Store::StoredMessage>();
        if (selected.isEmpty())
            messageShown(0, {});
        else
            messageShown(selected.first().accountId, selected.first().uid);
    });
    updateActions();
}

void ReadStateActions::setMarkReadDelay(int seconds)
{
    m_delaySeconds = qMax(0, seconds);
    QSettings().setValue(QLatin1String(DelaySetting), m_delaySeconds);
}

void ReadStateActions::messageShown(qint64 accountId, const QByteArray &uid)
{
    if (accountId == m_shownAccount && uid == m_shownUid)
        return; // the same message shown anew (downloaded, say): its read state is the user's
    m_timer.stop();
    m_shownAccount = accountId;
    m_shownUid = uid;
    Model::MessageListModel *model = m_view->sourceModel();
    const int row = uid.isEmpty() ? -1 : model->rowOf(uid);
    if (row < 0 || !model->message(row).isUnread())
        return;
    if (m_delaySeconds == 0)
        markShownRead();
    else
        m_timer.start(m_delaySeconds * 1000);
}

void ReadStateActions::markShownRead()
{
    Model::MessageListModel *model = m_view->sourceModel();
    const int row = model->rowOf(m_shownUid);
    if (m_shownUid.isEmpty() || model->accountId() != m_shownAccount || row < 0 || !model->message(row).isUnread())
        return;
    model->setSeen({m_shownUid}, true);
    if (m_sync)
        m_sync->setSeen(m_shownAccount, {m_shownUid}, true);
    updateActions();
}

void ReadStateActions::markSelected(bool read)
{
    QVector<QByteArray> uids;
    for (const Store::StoredMessage &m : m_view->selectedMessages()) {
        if (m.isUnread() == read)
            uids.append(m.uid);
    }
    if (uids.isEmpty())
        return;
    // A message the user marks unread stays so while it is shown.
    if (!read && uids.contains(m_shownUid))
        m_timer.stop();
    Model::MessageListModel *model = m_view->sourceModel();
    model->setSeen(uids, read);
    if (m_sync)
        m_sync->setSeen(model->accountId(), uids, read);
    updateActions();
}

bool ReadStateActions::selectionHasUnread(bool *anyRead) const
{
    bool unread = false;
    bool read = false;
    // The rows' roles, not copies of the rows: a selection may hold 100,000 messages.
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows()) {
        (index.data(Model::UnreadRole).toBool() ? unread : read) = true;
        if (unread && (read || !anyRead))
            break;
    }
    if (anyRead)
        *anyRead = read;
    return unread;
}

void ReadStateActions::updateActions()
{
    bool anyRead = false;
    const bool anyUnread = selectionHasUnread(&anyRead);
    m_markRead->setEnabled(anyUnread);
    m_markUnread->setEnabled(anyRead);
    m_toggle->setEnabled(anyRead || anyUnread);
}

} // namespace Poplar::Ui
