#pragma once

#include "MessageWindow.h"

#include <QByteArray>
#include <QPointer>

class QAction;

namespace Poplar::Store { class MessageStore; }

namespace Poplar::Ui {

class MessageView;

/// A message of the main window's list in a window of its own (double-click or Enter on a row):
/// a downloaded message whole, one still on the server by its preview with the offer to download
/// it. Previous and Next (buttons, P and N, Ctrl+, and Ctrl+.) go through the list in its current
/// order (sorting and search included) and select the message there too. Deletes itself when closed.
class StoredMessageWindow : public MessageWindow {
    Q_OBJECT
public:
    /// `list` and `store` (the UI's read connection) must outlive the window or be its parents.
    StoredMessageWindow(MessageView *list, Store::MessageStore *store, QWidget *parent = nullptr);

    /// Shows `uid` of the list's account in a new window (child of `parent`), or raises the one
    /// already showing it.
    static StoredMessageWindow *open(MessageView *list, Store::MessageStore *store, const QByteArray &uid,
                                     QWidget *parent);
    /// Shows the message of `uid` of the list's account.
    void showStored(const QByteArray &uid);
    QByteArray currentUid() const { return m_uid; }
    /// Marks these words of a search in the messages shown.
    void setHighlightTerms(const QStringList &terms);
    QAction *previousAction() const { return m_previous; }
    QAction *nextAction() const { return m_next; }

signals:
    /// The user asked to download the message shown (it is still on the server).
    void downloadRequested(const QVector<QByteArray> &uids);

private:
    /// Moves `delta` rows through the list's current order.
    void step(int delta);
    /// The row of the message shown in the list's current order, or -1 when the list no longer shows it.
    int listRow() const;
    void updateActions();
    /// Shows the message again when the list reports it changed (downloaded, say).
    void onRowsChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight);

    QPointer<MessageView> m_list;
    Store::MessageStore *m_store;
    qint64 m_accountId = 0;
    QByteArray m_uid;
    bool m_shownDownloaded = false;
    quint64 m_generation = 0;
    QAction *m_previous;
    QAction *m_next;
};

} // namespace Poplar::Ui
