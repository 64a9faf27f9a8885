#include "TriageUi.h"

#include "DeletedDialog.h"
#include "Icons.h"
#include "MessageView.h"
#include "PreviewPane.h"
#include "RulesDialog.h"
#include "display/OutsideText.h"
#include "store/Profile.h"
#include "sync/SyncService.h"
#include "triage/Address.h"
#include "triage/Triager.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QHelpEvent>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPainter>
#include <QStatusBar>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QToolTip>
#include <QVBoxLayout>

namespace Poplar::Ui {

namespace {

/// Paints the status column as before, then a warning sign on spam and a bin on messages marked
/// for deletion by triage; the tooltip lists why.
class TriageStatusDelegate : public QStyledItemDelegate {
public:
    TriageStatusDelegate(const TriageUi *triage, QAbstractItemDelegate *base, QObject *parent)
        : QStyledItemDelegate(parent), m_triage(triage), m_base(base)
    {
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        m_base->paint(painter, option, index);
        const Triage::Mark *mark = m_triage->mark(index.data(Model::UidRole).toByteArray());
        if (!mark || (!mark->spam && !mark->markedDelete))
            return;
        static const QIcon spamIcon = QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        static const QIcon deleteIcon = themedIcon(QStringLiteral("edit-delete"));
        const int side = qMin(option.rect.height(), 16);
        const QRect badge(option.rect.right() - side, option.rect.top() + (option.rect.height() - side) / 2, side, side);
        (mark->markedDelete ? deleteIcon : spamIcon).paint(painter, badge);
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        return m_base->sizeHint(option, index) + QSize(18, 0);
    }

    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override
    {
        const Triage::Mark *mark = m_triage->mark(index.data(Model::UidRole).toByteArray());
        if (event->type() == QEvent::ToolTip && mark && !mark->reasons.isEmpty()) {
            QToolTip::showText(event->globalPos(), Display::toolTip(mark->reasons), view);
            return true;
        }
        return m_base->helpEvent(event, view, option, index);
    }

private:
    const TriageUi *m_triage;
    QAbstractItemDelegate *m_base;
};

} // namespace

TriageUi::TriageUi(QMainWindow *window, Store::Profile &profile, Sync::SyncThread &sync, MessageView *view,
                   PreviewPane *preview, StartSync startSync)
    : QObject(window), m_window(window), m_profile(profile), m_sync(sync), m_view(view), m_banner(new QLabel(preview)),
      m_startSync(std::move(startSync))
{
    m_banner->setObjectName(QStringLiteral("triageBanner"));
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->setWordWrap(true);
    m_banner->setFrameShape(QFrame::StyledPanel);
    m_banner->setAutoFillBackground(true);
    m_banner->hide();
    if (auto *layout = qobject_cast<QVBoxLayout *>(preview->layout()))
        layout->insertWidget(0, m_banner);

    auto add = [this](const QString &name, const QString &text, const QKeySequence &shortcut = {}) {
        auto *a = new QAction(text, this);
        a->setObjectName(name);
        a->setShortcut(shortcut);
        m_actions.insert(name, a);
        return a;
    };
    connect(add(QStringLiteral("markSpam"), tr("Mark as &Spam"), QKeySequence(Qt::CTRL | Qt::Key_J)),
            &QAction::triggered, this, [this] { markSelected(true); });
    connect(add(QStringLiteral("markNotSpam"), tr("Mark as &Not Spam"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_J)),
            &QAction::triggered, this, [this] { markSelected(false); });
    connect(add(QStringLiteral("addFriend"), tr("Add Sender to &Friends")), &QAction::triggered, this,
            [this] { addSendersTo(Triage::ListKind::Friends); });
    connect(add(QStringLiteral("addBlocked"), tr("Add Sender to &Blocklist")), &QAction::triggered, this,
            [this] { addSendersTo(Triage::ListKind::Blocklist); });
    connect(add(QStringLiteral("processMarked"), tr("&Process Marked…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P)),
            &QAction::triggered, this, &TriageUi::processMarked);
    connect(add(QStringLiteral("rules"), tr("&Rules…")), &QAction::triggered, this, [this] {
        if (!m_rules)
            m_rules = new RulesDialog(m_profile, *this, m_window);
        m_rules->reload();
        m_rules->show();
        m_rules->raise();
    });
    connect(add(QStringLiteral("deleted"), tr("&Deleted on Server…")), &QAction::triggered, this, [this] {
        if (!m_deleted)
            m_deleted = new DeletedDialog(m_profile, *this, m_window);
        m_deleted->reload();
        m_deleted->show();
        m_deleted->raise();
    });
    QAction *showKept = add(QStringLiteral("showKept"), tr("Show Messages &Kept on Server"));
    showKept->setCheckable(true);
    connect(showKept, &QAction::toggled, this, [this] { m_view->proxy()->refilter(); });

    m_view->setItemDelegateForColumn(Model::StatusColumn, new TriageStatusDelegate(this, m_view->itemDelegate(), m_view));
    m_view->proxy()->setRowFilter([this, showKept](int row) {
        if (showKept->isChecked())
            return true;
        const Triage::Mark *m = mark(m_view->sourceModel()->message(row).uid);
        return !m || !m->hidden;
    });
    connect(m_view->sourceModel(), &QAbstractItemModel::modelReset, this, &TriageUi::reload);
    connect(m_sync.service(), &Sync::SyncService::messagesChanged, this, &TriageUi::onMessagesChanged);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateBanner();
        updateActions();
    });
    reload();
}

void TriageUi::install(QMenuBar *bar)
{
    QMenu *menu = bar->addMenu(tr("&Triage"));
    for (const char *name : {"markSpam", "markNotSpam", "addFriend", "addBlocked"}) {
        menu->addAction(action(QLatin1String(name)));
        m_view->addAction(action(QLatin1String(name)));
    }
    menu->addSeparator();
    menu->addAction(action(QStringLiteral("processMarked")));
    menu->addAction(action(QStringLiteral("showKept")));
    menu->addSeparator();
    menu->addAction(action(QStringLiteral("rules")));
    menu->addAction(action(QStringLiteral("deleted")));
}

const Triage::Mark *TriageUi::mark(const QByteArray &uid) const
{
    const auto it = m_marks.constFind(uid);
    return it == m_marks.constEnd() ? nullptr : &*it;
}

QString TriageUi::bannerText() const
{
    return m_banner->isHidden() ? QString() : m_banner->text();
}

void TriageUi::reload()
{
    m_accountId = m_view->sourceModel()->accountId();
    m_marks.clear();
    if (m_accountId != 0) {
        const auto read = Triage::TriageStore(m_profile.database()).marks(m_accountId);
        if (read)
            m_marks = read.value();
    }
    m_view->proxy()->refilter();
    m_view->viewport()->update();
    updateBanner();
    updateActions();
}

void TriageUi::onMessagesChanged(qint64 accountId, const QVector<QByteArray> &uids)
{
    if (accountId != m_accountId)
        return;
    // Only the marks of the messages that changed are read again: a download tells of hundreds at
    // a time, and the account may have a hundred thousand.
    const auto read = Triage::TriageStore(m_profile.database()).marks(m_accountId, uids);
    if (!read) {
        reload();
        return;
    }
    bool visibilityChanged = false;
    for (const QByteArray &uid : uids) {
        const auto now = read->constFind(uid);
        const Triage::Mark *before = mark(uid);
        const bool hiddenBefore = before && before->hidden;
        const bool hiddenNow = now != read->constEnd() && now->hidden;
        visibilityChanged = visibilityChanged || hiddenBefore != hiddenNow;
        if (now != read->constEnd())
            m_marks.insert(uid, *now);
        else
            m_marks.remove(uid);
    }
    if (visibilityChanged)
        m_view->proxy()->refilter();
    m_view->viewport()->update();
    updateBanner();
    updateActions();
}

void TriageUi::updateBanner()
{
    const QByteArray uid = m_view->singleSelectedUid();
    const Triage::Mark *m = uid.isEmpty() ? nullptr : mark(uid);
    if (!m || (m->reasons.isEmpty() && !m->spam && !m->markedDelete && !m->hidden)) {
        m_banner->hide();
        return;
    }
    QStringList lines;
    if (m->markedDelete)
        lines << tr("Marked for deletion on the server (Process Marked deletes it).");
    else if (m->hidden)
        lines << tr("Kept on the server: never downloaded.");
    if (m->spam)
        lines << tr("Spam (score %1). Why:").arg(m->score);
    else if (!m->reasons.isEmpty())
        lines << tr("Spam score %1:").arg(m->score);
    if (!m->reasons.isEmpty())
        lines << Display::forLabel(m->reasons, false);
    m_banner->setText(lines.join(QLatin1Char('\n')));
    m_banner->show();
}

void TriageUi::updateActions()
{
    const bool selected = m_view->selectedCount() > 0;
    for (const char *name : {"markSpam", "markNotSpam", "addFriend", "addBlocked"})
        action(QLatin1String(name))->setEnabled(selected);
    action(QStringLiteral("processMarked"))->setEnabled(m_accountId != 0);
}

void TriageUi::withTriager(std::function<void(Triage::Triager &)> task)
{
    Sync::SyncService *service = m_sync.service();
    QMetaObject::invokeMethod(service, [service, task] {
        if (Triage::Triager *triager = service->triager())
            task(*triager);
    }, Qt::QueuedConnection);
}

void TriageUi::markSelected(bool spam)
{
    const QVector<QByteArray> uids = m_view->selectedUids();
    const qint64 accountId = m_accountId;
    if (uids.isEmpty() || accountId == 0)
        return;
    QPointer<TriageUi> self(this);
    withTriager([self, accountId, uids, spam](Triage::Triager &triager) {
        QString error;
        if (!spam && !triager.store().setMarkedDelete(accountId, uids, false, &error))
            qWarning() << "cannot clear the deletion mark:" << error;
        triager.markSpam(accountId, uids, spam, [self](bool ok, const QString &why) {
            QMetaObject::invokeMethod(qApp, [self, ok, why] {
                if (self && !ok && self->m_window->statusBar())
                    self->m_window->statusBar()->showMessage(tr("The spam classifier did not learn: %1").arg(why), 10000);
            }, Qt::QueuedConnection);
        });
    });
}

void TriageUi::addSendersTo(Triage::ListKind kind)
{
    QStringList senders;
    for (const Store::StoredMessage &m : m_view->selectedMessages()) {
        const QString address = Triage::parseMailbox(m.summary.from).address;
        if (!address.isEmpty() && !senders.contains(address))
            senders << address;
    }
    const QVector<QByteArray> uids = m_view->selectedUids();
    const qint64 accountId = m_accountId;
    if (senders.isEmpty())
        return;
    withTriager([kind, senders, accountId, uids](Triage::Triager &triager) {
        QString error;
        int added = 0;
        if (!triager.store().addToList(kind, senders, QStringLiteral("user"), &added, &error))
            qWarning() << "cannot add to the list:" << error;
        triager.rejudge(accountId, uids);
    });
}

void TriageUi::processMarked()
{
    if (m_accountId == 0)
        return;
    const auto marked = Triage::TriageStore(m_profile.database()).markedForDeletion(m_accountId);
    const int count = marked ? int(marked->size()) : 0;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Process Marked"),
                                count > 0 ? tr("Delete %n marked message(s) on the server, then download the others as "
                                               "the rules say? Deleted messages stay in \"Deleted on Server\".",
                                               nullptr, count)
                                          : tr("No message is marked for deletion. Download new messages as the rules "
                                               "say?"),
                                QMessageBox::Ok | QMessageBox::Cancel, m_window);
    box->setObjectName(QStringLiteral("processMarkedConfirmation"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 accountId = m_accountId;
    const QVector<QByteArray> uids = marked ? marked.value() : QVector<QByteArray>();
    connect(box, &QMessageBox::finished, this, [this, box, accountId, uids](int) {
        if (box->clickedButton() != box->button(QMessageBox::Ok))
            return;
        if (!uids.isEmpty())
            m_startSync(Sync::Operation::DeleteOnServer, accountId, uids);
        m_startSync(Sync::Operation::Download, accountId, {});
    });
    box->open();
}

} // namespace Poplar::Ui
