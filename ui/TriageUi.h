#pragma once

#include "DeletedDialog.h"
#include "RulesDialog.h"
#include "sync/SyncEngine.h"
#include "triage/TriageStore.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

class QAction;
class QLabel;
class QMainWindow;
class QMenuBar;

namespace Poplar::Store { class Profile; }
namespace Poplar::Sync { class SyncThread; }
namespace Poplar::Triage { class Triager; }

namespace Poplar::Ui {

class MessageView;
class PreviewPane;

/// Triage in the main window: the spam and marked-for-deletion icons with their reasons as
/// tooltips, the reasons above the preview, Mark as Spam / Not Spam, Add Sender to Friends /
/// Blocklist, Process Marked, the rules dialog and the record of what was deleted on the server.
/// Reads through the window's profile; every write goes to the sync thread's Triager.
class TriageUi : public QObject {
    Q_OBJECT
public:
    /// Starts a run of the window (its own secret handling): an operation on an account.
    using StartSync = std::function<void(Sync::Operation, qint64 accountId, const QVector<QByteArray> &uids)>;

    TriageUi(QMainWindow *window, Store::Profile &profile, Sync::SyncThread &sync, MessageView *view,
             PreviewPane *preview, StartSync startSync);

    /// Adds the Triage menu to `bar` and the message actions to the list's context menu.
    void install(QMenuBar *bar);
    /// One of markSpam, markNotSpam, addFriend, addBlocked, processMarked, rules, deleted, showKept.
    QAction *action(const QString &name) const { return m_actions.value(name); }
    /// The mark of a message of the shown account; null when it has none.
    const Triage::Mark *mark(const QByteArray &uid) const;
    /// What the reasons banner above the preview says now (empty when hidden).
    QString bannerText() const;
    RulesDialog *rulesDialog() const { return m_rules; }
    DeletedDialog *deletedDialog() const { return m_deleted; }

    /// Asks for confirmation, then deletes the marked messages of the shown account on the server
    /// and downloads the rest as the rules say.
    void processMarked();
    /// Runs `task` with the sync thread's Triager (in that thread); nothing when there is none.
    void withTriager(std::function<void(Triage::Triager &)> task);

private:
    void reload();
    void onMessagesChanged(qint64 accountId, const QVector<QByteArray> &uids);
    void updateBanner();
    void updateActions();
    void markSelected(bool spam);
    void addSendersTo(Triage::ListKind kind);

    QMainWindow *m_window;
    Store::Profile &m_profile;
    Sync::SyncThread &m_sync;
    MessageView *m_view;
    QLabel *m_banner;
    StartSync m_startSync;
    qint64 m_accountId = 0;
    QHash<QByteArray, Triage::Mark> m_marks;
    QHash<QString, QAction *> m_actions;
    QPointer<RulesDialog> m_rules;
    QPointer<DeletedDialog> m_deleted;
};

} // namespace Poplar::Ui
