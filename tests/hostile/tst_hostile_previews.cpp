// Previews from a server whose headers are enormous: a MailboxServer serving messages with one
// header line of 32 MiB, checked by poplar-sync. The check succeeds and lists every message; the
// store keeps at most Store::MaxPreviewBytes of each preview, marked cut, and From/Subject of at
// most Mime::MaxFieldChars; the database stays small; and poplar-sync does all this with its data
// segment limited to 64 MiB (RLIMIT_DATA, enforced by the kernel; the limit is left off under
// AddressSanitizer, whose shadow memory counts as data), less than one header line takes twice.

#include "MailboxServer.h"
#include "SyncProcess.h"
#include "store/Profile.h"

#include <QFileInfo>
#include <QTemporaryDir>

using namespace Poplar;
using namespace Poplar::Test;

namespace {

constexpr qint64 MB = 1024 * 1024;
const QString PoplarSync = QStringLiteral(POPLAR_SYNC_PATH);
const QString PasswordCommand = QStringLiteral("echo '%1'").arg(QString::fromLatin1(HostileSecret));

/// poplar-sync's data limit for the check: heap and every private writable mapping.
constexpr qint64 DataLimit = 64 * MB;

QByteArray message(int n, const QByteArray &headers)
{
    return "Message-ID: <" + QByteArray::number(n) + "@previews.test>\r\n"
           "Date: Tue, 07 Nov 2023 10:00:00 +0000\r\n" + headers + "\r\n"
           "First line of the body.\r\nSecond line.\r\n";
}

} // namespace

class TestHostilePreviews : public QObject {
    Q_OBJECT
private slots:
    void hugeHeaderLines();
};

void TestHostilePreviews::hugeHeaderLines()
{
    QVERIFY2(QFile::exists(PoplarSync), POPLAR_SYNC_PATH);
    const qint64 lineBytes = 32 * MB;
    MailboxServer server;
    server.password = HostileSecret;
    server.messages = {
        // the Subject itself is the huge line
        {message(1, "From: Big Subject <b@example.org>\r\nSubject: " + QByteArray(lineBytes, 'S') + "\r\n"), "uid-1"},
        // a huge line between From and Subject: what follows it is past the cut
        {message(2, "From: Long Header <l@example.org>\r\nX-Filler: " + QByteArray(lineBytes, 'x')
                        + "\r\nSubject: never seen\r\n"), "uid-2"},
        {message(3, "From: Plain <p@example.org>\r\nSubject: an ordinary message\r\n"), "uid-3"},
    };
    QVERIFY(server.listenLocal());
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QStringList profile{QStringLiteral("--profile"), dir.path()};
    const SyncProcessResult add = runPoplarSync(
        PoplarSync, profile + QStringList{QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("big"),
                                          QStringLiteral("--host"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
                                          QString::number(server.port()), QStringLiteral("--security"),
                                          QStringLiteral("plain"), QStringLiteral("--user"), QStringLiteral("alice"),
                                          QStringLiteral("--password-command"), PasswordCommand});
    QVERIFY2(add.finished && add.exitCode == 0, add.err.constData());

    // Holding one header line whole, or a copy of it, would break the limit (and did: the check
    // needed over 200 MiB). Under AddressSanitizer the limit can't apply; everything else does.
    const qint64 limit = residentSizeIsMeaningful() ? DataLimit : 0;
    const SyncProcessResult check = runPoplarSync(
        PoplarSync, profile + QStringList{QStringLiteral("check"), QStringLiteral("big")}, 120000, limit);
    QVERIFY2(check.finished && check.exitCode == 0, check.err.constData());
    QVERIFY2(check.out.startsWith("big: 3 new"), check.out.constData());

    const SyncProcessResult list =
        runPoplarSync(PoplarSync, profile + QStringList{QStringLiteral("list"), QStringLiteral("big")});
    QVERIFY2(list.finished && list.exitCode == 0, list.err.constData());
    QCOMPARE(list.out.count('\n'), 3);
    QVERIFY2(list.out.contains("\tSSSS"), list.out.left(300).constData());
    QVERIFY2(list.out.contains("SSS\xe2\x80\xa6\n"), list.out.left(300).constData()); // the subject is cut, visibly
    QVERIFY(list.out.size() < 3 * 8192);

    QString error;
    {
        auto opened = Store::Profile::open(dir.path(), &error);
        QVERIFY2(opened, qPrintable(error));
        const auto account = opened->accounts().findByName(QStringLiteral("big"));
        QVERIFY(account);
        const QVector<Store::StoredMessage> stored = opened->messages().messages(account->id).value();
        QCOMPARE(stored.size(), 3);
        for (const Store::StoredMessage &m : stored) {
            QVERIFY2(m.headers.size() <= Store::MaxPreviewBytes, m.uid.constData());
            QVERIFY(m.summary.subject.size() <= Mime::MaxFieldChars);
            QVERIFY(m.summary.from.size() <= Mime::MaxFieldChars);
        }
        QCOMPARE(stored.at(0).uid, QByteArray("uid-1"));
        QVERIFY(stored.at(0).headersCut);
        QVERIFY(stored.at(0).headers.startsWith(server.messages.at(0).content.left(1000)));
        QCOMPARE(stored.at(0).summary.subject.size(), Mime::MaxFieldChars);
        QCOMPARE(stored.at(0).summary.subject, QString(Mime::MaxFieldChars - 1, QLatin1Char('S')) + QChar(0x2026));
        QCOMPARE(stored.at(0).summary.from, QStringLiteral("Big Subject <b@example.org>"));
        QVERIFY(stored.at(1).headersCut);
        QCOMPARE(stored.at(1).summary.from, QStringLiteral("Long Header <l@example.org>"));
        QVERIFY(stored.at(1).summary.subject.isEmpty()); // past the cut
        QVERIFY(!stored.at(2).headersCut);
        QCOMPARE(stored.at(2).summary.subject, QStringLiteral("an ordinary message"));
        QVERIFY(stored.at(2).headers.endsWith("Second line.\r\n"));
    }
    qint64 databaseBytes = 0;
    for (const QString &name : {QStringLiteral("poplar.sqlite"), QStringLiteral("poplar.sqlite-wal")})
        databaseBytes += QFileInfo(dir.filePath(name)).size();
    qInfo("database and its log: %lld bytes", databaseBytes);
    QVERIFY2(databaseBytes < 4 * MB, QByteArray::number(databaseBytes).constData());
}

QTEST_GUILESS_MAIN(TestHostilePreviews)
#include "tst_hostile_previews.moc"
