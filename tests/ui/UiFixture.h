#pragma once

#include "DovecotServer.h"
#include "MainWindow.h"
#include "store/Profile.h"

#include <QAction>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace Poplar::Test {

/// A Dovecot with a mailbox and a profile whose one account points at it, for driving the
/// main window as a user would.
class UiFixture {
public:
    explicit UiFixture(const QList<QByteArray> &messages, const QByteArray &password = "pw")
    {
        server.addUser("ui", "pw");
        for (const QByteArray &m : messages)
            server.addMessage("ui", m);
        started = server.start();
        QString error;
        auto profile = Store::Profile::open(dir.path(), &error);
        account.name = QStringLiteral("Work");
        account.host = QStringLiteral("127.0.0.1");
        account.port = server.pop3sPort();
        account.security = Pop3::Security::ImplicitTls;
        account.user = QStringLiteral("ui");
        account.caFile = server.caCertificatePath();
        account.passwordCommand = QStringLiteral("echo ") + QString::fromUtf8(password);
        account.id = profile->accounts().add(account, &error);
    }

    /// Changes the stored account (e.g. its password command) before the next sync.
    void updateAccount()
    {
        QString error;
        auto profile = Store::Profile::open(dir.path(), &error);
        (void)profile->accounts().update(account, &error);
    }

    QByteArray serverCopy(const QByteArray &subjectLine) const
    {
        for (QByteArray m : server.messagesOnDisk("ui")) {
            if (m.contains(subjectLine))
                return m.replace("\n", "\r\n");
        }
        return {};
    }

    DovecotServer server;
    QTemporaryDir dir;
    Account::AccountSettings account;
    bool started = false;
};

/// Checks the selected account with the Check action and waits until that sync has run.
inline bool checkAndWait(Ui::MainWindow &w, qint64 accountId, int waitMs = 30000)
{
    w.action(QStringLiteral("check"))->trigger();
    return QTest::qWaitFor([&] { return w.isBusy(accountId); }, waitMs)
           && QTest::qWaitFor([&] { return !w.isBusy(accountId); }, waitMs);
}

/// A plain message with a given subject and body.
inline QByteArray uiMessage(int n, const QByteArray &subject, const QByteArray &body = "Hello there.\n")
{
    return "Message-ID: <" + QByteArray::number(n) + "@ui.test>\n"
           "Date: Wed, 08 Nov 2023 1" + QByteArray::number(n % 10) + ":00:00 +0000\n"
           "From: Person " + QByteArray::number(n) + " <p" + QByteArray::number(n) + "@example.org>\n"
           "To: ui@example.org\n"
           "Subject: " + subject + "\n\n" + body;
}

} // namespace Poplar::Test
