#pragma once

#include "store/MessageStore.h"

#include <QObject>

class QAction;
class QMenu;

namespace Poplar::Store { class Profile; }

namespace Poplar::Ui {

class MessageView;
class PreviewPane;

/// Reply, Reply All, Forward and Print for the selected message. Poplar is a retrieval client:
/// replies go to the user's own mail program as a mailto: URL (Mime::replyMailto), a forward
/// hands the message's .eml file to the program that opens such files, and Print prints what
/// the preview shows, remote content still blocked.
class MessageActions : public QObject {
    Q_OBJECT
public:
    /// Reads messages from `profile`, acts on `view`'s selection and prints `preview`; dialogs
    /// open over `window`, which owns this object.
    MessageActions(Store::Profile *profile, MessageView *view, PreviewPane *preview, QWidget *window);

    /// reply, replyAll, forward, print (by object name).
    QList<QAction *> actions() const { return m_actions; }
    /// A "Message" menu with the actions and their tooltips.
    QMenu *createMenu(QWidget *parent) const;
    /// Enables the actions for the selection (one message; Forward only when downloaded).
    void updateActions();

    /// Hands a reply to `message` to the mail program; false (and a message box) when it can't.
    bool reply(const Store::StoredMessage &message, bool toAll);
    /// Hands the downloaded `message` as an .eml file to the program that opens such files.
    bool forward(const Store::StoredMessage &message);
    /// Where forwarded messages are written for the mail program to open.
    static QString forwardFolder();

private:
    QAction *add(const QString &name, const QString &text, const QKeySequence &shortcut);
    std::optional<Store::StoredMessage> selectedMessage() const;
    void complain(const QString &text);

    Store::Profile *m_profile;
    MessageView *m_view;
    PreviewPane *m_preview;
    QWidget *m_window;
    QList<QAction *> m_actions;
};

} // namespace Poplar::Ui
