// poplar-sync's delete-local and trash commands against a real Dovecot: moving downloaded messages
// to the Trash, listing (escaped), restoring, emptying with the delete-when-deleted-locally policy
// (DELE only at the check after the Trash was emptied), the days the Trash keeps messages.

#include "DovecotServer.h"
#include "PoplarSyncRun.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Poplar;

namespace {

using Run = Test::SyncRun;

QByteArray message(int n, const QByteArray &subject)
{
    return "Message-ID: <" + QByteArray::number(n) + ".trash@poplar.test>\n"
           "Date: Wed, 08 Nov 2023 10:0" + QByteArray::number(n) + ":00 +0000\n"
           "From: Sender <sender@example.net>\n"
           "Subject: " + subject + "\n\nbody " + QByteArray::number(n) + "\n";
}

} // namespace

class TestTrashCommands : public QObject {
    Q_OBJECT
private slots:
    void trashCommandsEndToEnd();

private:
    Run sync(const QStringList &arguments) const;
    /// UIDL -> its `list` line.
    QHash<QByteArray, QByteArray> list() const;
    QTemporaryDir m_profile;
};

Run TestTrashCommands::sync(const QStringList &arguments) const
{
    return Test::runPoplarSync(QStringLiteral(POPLAR_SYNC_PATH), m_profile.path(), arguments);
}

QHash<QByteArray, QByteArray> TestTrashCommands::list() const
{
    QHash<QByteArray, QByteArray> lines;
    for (const QByteArray &line : sync({QStringLiteral("list"), QStringLiteral("acct")}).out.split('\n')) {
        if (!line.isEmpty())
            lines.insert(line.split('\t').first(), line);
    }
    return lines;
}

void TestTrashCommands::trashCommandsEndToEnd()
{
    Test::DovecotServer server;
    QVERIFY2(server.isValid(), qPrintable(server.error()));
    server.addUser("trash", "pw");
    for (int n = 1; n <= 3; ++n)
        server.addMessage("trash", message(n, "Trash " + QByteArray::number(n)));
    server.addMessage("trash", message(4, "Red \x1b[31malert\x1b[0m"));
    QVERIFY2(server.start(), qPrintable(server.error()));
    const QString s = QStringLiteral("acct");
    Run r = sync({QStringLiteral("account"), QStringLiteral("add"), s, QStringLiteral("--host"),
                  QStringLiteral("127.0.0.1"), QStringLiteral("--port"), QString::number(server.pop3Port()),
                  QStringLiteral("--security"), QStringLiteral("plain"), QStringLiteral("--user"),
                  QStringLiteral("trash"), QStringLiteral("--password-command"), QStringLiteral("echo pw"),
                  QStringLiteral("--delete-when-deleted-locally")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = sync({QStringLiteral("download"), s, QStringLiteral("--all")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QHash<QByteArray, QByteArray> lines = list();
    QCOMPARE(lines.size(), 4);
    QByteArray u1, u2, u3, u4;
    for (auto it = lines.cbegin(); it != lines.cend(); ++it) {
        QByteArray &uid = it->contains("Trash 1") ? u1 : it->contains("Trash 2") ? u2 : it->contains("Trash 3") ? u3 : u4;
        uid = it.key();
    }
    QVERIFY(!u1.isEmpty() && !u2.isEmpty() && !u3.isEmpty() && !u4.isEmpty());

    // delete-local: only downloaded messages; an unknown UIDL is named and fails the run.
    r = sync({QStringLiteral("delete-local"), s, QString::fromLatin1(u1), QString::fromLatin1(u2), QStringLiteral("nosuch")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.contains("acct: 2 messages moved to the Trash"), r.out.constData());
    QVERIFY2(r.err.contains("nosuch"), r.err.constData());
    lines = list();
    QVERIFY2(lines.value(u1).contains("\tin-trash\ton-server\t"), lines.value(u1).constData());
    QVERIFY(lines.value(u3).contains("\tdownloaded\t"));
    r = sync({QStringLiteral("trash"), QStringLiteral("list"), s});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.count('\n'), 2);
    QVERIFY(r.out.startsWith("acct\t" + u1 + '\t') || r.out.startsWith("acct\t" + u2 + '\t'));

    // restore: back in the list; what is not in the Trash is named.
    r = sync({QStringLiteral("trash"), QStringLiteral("restore"), s, QString::fromLatin1(u2), QString::fromLatin1(u3)});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.contains("1 message restored"), r.out.constData());
    QVERIFY2(r.err.contains(u3 + " is not in the Trash"), r.err.constData());
    QVERIFY(list().value(u2).contains("\tdownloaded\t"));

    // In the Trash only: a check deletes nothing on the server.
    QVERIFY(sync({QStringLiteral("check"), s}).exitCode == 0);
    QCOMPARE(server.messagesOnDisk("trash").size(), 4);

    // Emptied: deleted locally and marked; the next check sends DELE, the one after nothing more.
    r = sync({QStringLiteral("trash"), QStringLiteral("empty"), s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("acct: 1 message deleted for good; deleted on the server at the next check"),
             r.out.constData());
    QCOMPARE(server.messagesOnDisk("trash").size(), 4);
    QVERIFY2(list().value(u1).contains("\tdeleted-locally\tdelete-pending\t"), list().value(u1).constData());
    QVERIFY(sync({QStringLiteral("check"), s}).exitCode == 0);
    QCOMPARE(server.messagesOnDisk("trash").size(), 3);
    QVERIFY(list().value(u1).contains("\tdeleted-locally\tgone\t"));
    r = sync({QStringLiteral("download"), s, QStringLiteral("--all")});
    QVERIFY(r.exitCode == 0);
    QCOMPARE(server.messagesOnDisk("trash").size(), 3);
    QVERIFY(list().value(u1).contains("\tdeleted-locally\t"));

    // Outside text in the Trash's list is escaped for the terminal.
    QCOMPARE(sync({QStringLiteral("delete-local"), s, QString::fromLatin1(u4)}).exitCode, 0);
    r = sync({QStringLiteral("trash"), QStringLiteral("list")});
    // (The store keeps the escape as U+FFFD; forTerminal spells that out too.)
    QVERIFY2(r.out.contains("Red \\u{fffd}[31malert\\u{fffd}[0m"), r.out.constData());
    QVERIFY(!r.out.contains('\x1b'));
    QCOMPARE(r.out.count('\n'), 1); // one line per message

    // The days the Trash keeps messages: shown, set, and applied at once to what is older.
    r = sync({QStringLiteral("trash"), QStringLiteral("keep-days")});
    QCOMPARE(r.out.trimmed(), QByteArray("30"));
    QCOMPARE(sync({QStringLiteral("trash"), QStringLiteral("keep-days"), QStringLiteral("x")}).exitCode, 2);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("age"));
        db.setDatabaseName(QDir(m_profile.path()).filePath(QStringLiteral("poplar.sqlite")));
        QVERIFY(db.open());
        QSqlQuery age(db);
        QVERIFY(age.exec(QStringLiteral("UPDATE messages SET trashed_at = trashed_at - 2 * 86400 "
                                         "WHERE trashed_at IS NOT NULL")));
        QCOMPARE(age.numRowsAffected(), 1);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("age"));
    QCOMPARE(sync({QStringLiteral("trash"), QStringLiteral("list")}).out.count('\n'), 1); // 2 days < 30
    QCOMPARE(sync({QStringLiteral("trash"), QStringLiteral("keep-days"), QStringLiteral("1")}).exitCode, 0);
    QCOMPARE(sync({QStringLiteral("trash"), QStringLiteral("keep-days")}).out.trimmed(), QByteArray("1"));
    QCOMPARE(sync({QStringLiteral("trash"), QStringLiteral("list")}).out.count('\n'), 0);
    QVERIFY(list().value(u4).contains("\tdeleted-locally\tdelete-pending\t"));
    QCOMPARE(sync({QStringLiteral("trash"), QStringLiteral("restore"), s, QString::fromLatin1(u4)}).exitCode, 1);
}

QTEST_GUILESS_MAIN(TestTrashCommands)
#include "tst_trash_commands.moc"
