#include "MessageActions.h"

#include "Icons.h"
#include "MessagePrinter.h"
#include "MessageView.h"
#include "PreviewPane.h"
#include "mime/ReplyLink.h"
#include "store/Export.h"
#include "store/Profile.h"

#include <QAction>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QMenu>
#include <QMessageBox>
#include <QStandardPaths>
#include <QUrl>

namespace Poplar::Ui {

MessageActions::MessageActions(Store::Profile *profile, MessageView *view, PreviewPane *preview, QWidget *window)
    : QObject(window), m_profile(profile), m_view(view), m_preview(preview), m_window(window)
{
    const QString handOff = tr("Poplar is a retrieval client: your mail program writes and sends it.");
    add(QStringLiteral("reply"), tr("&Reply in Mail Program"), QKeySequence(tr("Ctrl+R")))->setToolTip(handOff);
    add(QStringLiteral("replyAll"), tr("Reply to &All in Mail Program"), QKeySequence(tr("Ctrl+Alt+R")))->setToolTip(handOff);
    add(QStringLiteral("forward"), tr("&Forward in Mail Program"), QKeySequence(tr("Ctrl+Alt+F")))
        ->setToolTip(tr("Opens the downloaded message in your mail program to forward it. %1").arg(handOff));
    add(QStringLiteral("print"), tr("&Print..."), QKeySequence::Print)
        ->setToolTip(tr("Print the message as the preview shows it (remote content stays blocked)"));
    m_actions.at(0)->setIcon(themedIcon(QStringLiteral("mail-reply-sender")));
    m_actions.at(1)->setIcon(themedIcon(QStringLiteral("mail-reply-all")));
    m_actions.at(2)->setIcon(themedIcon(QStringLiteral("mail-forward")));
    m_actions.at(3)->setIcon(themedIcon(QStringLiteral("document-print")));
    connect(m_actions.at(0), &QAction::triggered, this, [this] {
        if (const auto m = selectedMessage())
            reply(*m, false);
    });
    connect(m_actions.at(1), &QAction::triggered, this, [this] {
        if (const auto m = selectedMessage())
            reply(*m, true);
    });
    connect(m_actions.at(2), &QAction::triggered, this, [this] {
        if (const auto m = selectedMessage())
            forward(*m);
    });
    connect(m_actions.at(3), &QAction::triggered, this, [this] {
        if (selectedMessage())
            MessagePrinter::openPreview(m_preview->message(), m_preview->isComplete(), m_window);
    });
    updateActions();
}

QAction *MessageActions::add(const QString &name, const QString &text, const QKeySequence &shortcut)
{
    auto *action = new QAction(text, m_window);
    action->setObjectName(name);
    action->setShortcut(shortcut);
    m_actions.append(action);
    return action;
}

QMenu *MessageActions::createMenu(QWidget *parent) const
{
    auto *menu = new QMenu(tr("M&essage"), parent);
    menu->setToolTipsVisible(true);
    menu->menuAction()->setToolTip(tr("Poplar is a retrieval client: replies are written in your mail program."));
    menu->addActions(m_actions.mid(0, 3));
    menu->addSeparator();
    menu->addAction(m_actions.at(3));
    return menu;
}

std::optional<Store::StoredMessage> MessageActions::selectedMessage() const
{
    if (!m_view->selectionModel() || m_view->selectedCount() != 1)
        return std::nullopt;
    const QVector<Store::StoredMessage> selected = m_view->selectedMessages();
    return selected.isEmpty() ? std::nullopt : std::optional(selected.first());
}

void MessageActions::updateActions()
{
    const auto m = selectedMessage();
    for (QAction *a : m_actions)
        a->setEnabled(m.has_value());
    m_actions.at(2)->setEnabled(m && m->isDownloaded() && !m->isDamaged());
}

void MessageActions::complain(const QString &text)
{
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Mail Program"), text, QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("handOffProblem"));
    box->setTextFormat(Qt::PlainText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

bool MessageActions::reply(const Store::StoredMessage &message, bool toAll)
{
    if (!m_profile)
        return false;
    const auto read = m_profile->messages().message(message.accountId, message.uid);
    if (!read || !read.value()) {
        complain(tr("The message could not be read from the profile: %1").arg(read ? QString() : read.error()));
        return false;
    }
    const Store::StoredMessage &full = *read.value();
    QByteArray bytes = full.headers;
    if (full.isDownloaded()) {
        QFile file(full.rawPath);
        if (file.open(QIODevice::ReadOnly))
            bytes = file.read(PreviewPane::MaxMessageBytes); // the text needed is at its beginning
    }
    QStringList own;
    if (const auto account = m_profile->accounts().findById(message.accountId); account && account->user.contains(QLatin1Char('@')))
        own << account->user;
    const QUrl url = Mime::replyMailto(bytes, toAll ? Mime::ReplyKind::ReplyAll : Mime::ReplyKind::Reply, own);
    if (!QDesktopServices::openUrl(url)) {
        complain(tr("No mail program is set up to write messages (mailto: links). Choose one in your desktop's "
                    "settings for default applications."));
        return false;
    }
    return true;
}

QString MessageActions::forwardFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation)).filePath(QStringLiteral("poplar-forward"));
}

bool MessageActions::forward(const Store::StoredMessage &message)
{
    if (!m_profile || !message.isDownloaded())
        return false;
    const auto read = m_profile->messages().messages(message.accountId, {message.uid}, Store::MessageStore::Headers::Omit);
    if (!read || read.value().isEmpty()) {
        complain(tr("The message could not be read from the profile: %1").arg(read ? QString() : read.error()));
        return false;
    }
    // A copy outside the profile, named from its subject: the other program may change or move it.
    QString error;
    QVector<Store::StoredMessage> damaged;
    if (!QDir().mkpath(forwardFolder()))
        error = tr("%1 cannot be created").arg(forwardFolder());
    const QStringList written = error.isEmpty() ? Store::exportToFolder(read.value(), forwardFolder(), &error, &damaged)
                                                : QStringList();
    if (written.isEmpty()) {
        complain(damaged.isEmpty() ? tr("The message could not be written for your mail program: %1").arg(error)
                                   : tr("The stored copy of this message is damaged; download it again first."));
        return false;
    }
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(written.first()))) {
        complain(tr("No program is set up to open e-mail files (.eml). The message was saved as %1.").arg(written.first()));
        return false;
    }
    return true;
}

} // namespace Poplar::Ui
