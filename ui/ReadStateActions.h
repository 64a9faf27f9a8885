#pragma once

#include <QObject>
#include <QTimer>

class QAction;

namespace Poplar::Sync { class SyncThread; }

namespace Poplar::Ui {

class MessageView;

/// Read and unread: Mark as Read, Mark as Unread, and Ctrl+Shift+U that toggles the selection
/// (read when any of it is unread, else unread); and marking a message read once the preview has
/// shown it for markReadDelay() seconds (0: at once). Changes go to the list at once and to the
/// store through the sync thread.
class ReadStateActions : public QObject {
    Q_OBJECT
public:
    /// The setting (QSettings) that keeps the delay, in seconds.
    static const char *const DelaySetting;

    ReadStateActions(MessageView *view, Sync::SyncThread *sync, QObject *parent);

    /// The actions, by object name: markRead, markUnread, toggleRead.
    QList<QAction *> actions() const { return {m_markRead, m_markUnread, m_toggle}; }
    /// Seconds a message is shown in the preview before it counts as read; from the settings.
    int markReadDelay() const { return m_delaySeconds; }
    /// Changes the delay and remembers it in the settings.
    void setMarkReadDelay(int seconds);
    /// The preview now shows the message `uid` of the account (or nothing, with an empty uid):
    /// it is marked read at once or after the delay, if it is still shown by then.
    void messageShown(qint64 accountId, const QByteArray &uid);
    /// Enables the actions for the current selection.
    void updateActions();

private:
    /// Whether any selected message is unread; `anyRead` (optional) gets whether any is read.
    bool selectionHasUnread(bool *anyRead = nullptr) const;
    /// Marks the selected messages read or unread.
    void markSelected(bool read);
    void markShownRead();

    MessageView *m_view;
    Sync::SyncThread *m_sync;
    QAction *m_markRead;
    QAction *m_markUnread;
    QAction *m_toggle;
    QTimer m_timer;
    int m_delaySeconds = 0;
    qint64 m_shownAccount = 0;
    QByteArray m_shownUid;
};

} // namespace Poplar::Ui
