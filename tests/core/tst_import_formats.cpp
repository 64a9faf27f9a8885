// Parsers of other POP3 programs' files (Thunderbird, mpop, fetchmail, getmail), on sample files
// written to each program's documented formats (tests/data/import) and on odd inline cases; then
// finding them on disk and importing them into a profile, twice.
#include "account/import/Importer.h"
#include "store/Profile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace Poplar;
using namespace Poplar::Import;

namespace {

const QString Data = QStringLiteral(POPLAR_TEST_DATA "/import");

QByteArray readData(const QString &relative)
{
    QFile file(QDir(Data).filePath(relative));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList uidStrings(const QVector<QByteArray> &uids)
{
    QStringList result;
    for (const QByteArray &uid : uids)
        result << QString::fromUtf8(uid);
    return result;
}

const FoundAccount *accountFor(const ParsedConfig &config, const QString &host)
{
    for (const FoundAccount &a : config.accounts) {
        if (a.settings.host == host)
            return &a;
    }
    return nullptr;
}

} // namespace

class TestImportFormats : public QObject {
    Q_OBJECT
private slots:
    void tokens_data();
    void tokens();
    void popstate_data();
    void popstate();
    void mpopUidls_data();
    void mpopUidls();
    void fetchids_data();
    void fetchids();
    void oldmail_data();
    void oldmail();
    void profilesIni();
    void thunderbirdPrefs();
    void mpoprc();
    void fetchmailrc();
    void getmailrc_data();
    void getmailrc();
    void findOnDisk_data();
    void findOnDisk();
    void importTwice();
};

void TestImportFormats::tokens_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("words") << QByteArray("host pop.example.org") << QStringList{"host", "pop.example.org"};
    QTest::newRow("comment") << QByteArray("keep on # and not this\nuser x")
                             << QStringList{"keep", "on", "user", "x"};
    QTest::newRow("quoted") << QByteArray("user \"bob smith\" pass 'a b'") << QStringList{"user", "bob smith", "pass", "a b"};
    QTest::newRow("escaped quote") << QByteArray(R"(name "say \"hi\"")") << QStringList{"name", "say \"hi\""};
    QTest::newRow("hash inside quotes") << QByteArray("user \"a#b\"") << QStringList{"user", "a#b"};
    QTest::newRow("empty") << QByteArray("  # only a comment\n") << QStringList{};
}

void TestImportFormats::tokens()
{
    QFETCH(QByteArray, text);
    QFETCH(QStringList, expected);
    QCOMPARE(configTokens(text), expected);
}

void TestImportFormats::popstate_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QStringList>("hosts");
    QTest::addColumn<QStringList>("uids"); // of every list, in order
    QTest::addColumn<int>("skipped");
    QTest::newRow("sample") << readData("thunderbird/abcd1234.default-release/Mail/pop.example.org/popstate.dat")
                            << QStringList{"pop.example.org"}
                            << QStringList{"000000014f8e4a2b", "000000024f8e4a2b", "000000034f8e4a2b", "UID with spaces"}
                            << 2;
    QTest::newRow("crlf, two servers")
        << readData("thunderbird/abcd1234.default-release/Mail/mail.example.net/popstate.dat")
        << QStringList{"mail.example.net", "old.example.net"}
        << QStringList{"<1234.5678@mail.example.net>", "1690000001.M1P2.host,S=1234", "stale-1"} << 0;
    QTest::newRow("uid before host") << QByteArray("k lonely 1\n*h u\nk a 1\n") << QStringList{"h"} << QStringList{"a"} << 1;
    QTest::newRow("unknown flag") << QByteArray("*h u\nx a 1\nk b\n") << QStringList{"h"} << QStringList{"b"} << 1;
    QTest::newRow("empty") << QByteArray() << QStringList{} << QStringList{} << 0;
}

void TestImportFormats::popstate()
{
    QFETCH(QByteArray, data);
    QFETCH(QStringList, hosts);
    QFETCH(QStringList, uids);
    QFETCH(int, skipped);
    const ParsedState state = parsePopstate(data);
    QStringList gotHosts, gotUids;
    for (const UidList &l : state.lists) {
        gotHosts << l.host;
        gotUids += uidStrings(l.uids);
    }
    QCOMPARE(gotHosts, hosts);
    QCOMPARE(gotUids, uids);
    QCOMPARE(state.skipped.size(), skipped);
}

void TestImportFormats::mpopUidls_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QStringList>("users");
    QTest::addColumn<QStringList>("uids");
    QTest::addColumn<int>("skipped");
    QTest::newRow("sample, a uid starting with #") << readData("mpop/.mpop_uidls/alice_at_pop.example.org") << QStringList{"alice", "carol"}
                                                   << QStringList{"#not-a-comment-uid", "000000014f8e4a2b",
                                                                  "000000024f8e4a2b", "carol-1"}
                                                   << 0;
    QTest::newRow("cut short") << QByteArray(" 3 h u\na\nb\n") << QStringList{"u"} << QStringList{"a", "b"} << 1;
    QTest::newRow("no list line") << QByteArray("POP3 UIDLS VERSION 1\nx\n") << QStringList{} << QStringList{} << 1;
    QTest::newRow("comments only") << QByteArray("# generated\n#\n") << QStringList{} << QStringList{} << 0;
}

void TestImportFormats::mpopUidls()
{
    QFETCH(QByteArray, data);
    QFETCH(QStringList, users);
    QFETCH(QStringList, uids);
    QFETCH(int, skipped);
    const ParsedState state = parseMpopUidls(data);
    QStringList gotUsers, gotUids;
    for (const UidList &l : state.lists) {
        gotUsers << l.user;
        gotUids += uidStrings(l.uids);
    }
    QCOMPARE(gotUsers, users);
    QCOMPARE(gotUids, uids);
    QCOMPARE(state.skipped.size(), skipped);
}

void TestImportFormats::fetchids_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QStringList>("who"); // user@host per list
    QTest::addColumn<QStringList>("uids");
    QTest::addColumn<int>("skipped");
    QTest::newRow("sample") << readData("fetchmail/.fetchids")
                            << QStringList{"alice@pop.example.org", "bob@example.net@mail.example.net",
                                           "carol@old.example.org"}
                            << QStringList{"000000014f8e4a2b", "000000024f8e4a2b", "<a b c@mail>", "c1"}
                            << 2; // the garbage line, and a user name with a space (fetchmail cannot write it back)
    QTest::newRow("empty lines") << QByteArray("\n\nu@h 1\n") << QStringList{"u@h"} << QStringList{"1"} << 0;
    QTest::newRow("no uid") << QByteArray("u@h\n") << QStringList{} << QStringList{} << 1;
}

void TestImportFormats::fetchids()
{
    QFETCH(QByteArray, data);
    QFETCH(QStringList, who);
    QFETCH(QStringList, uids);
    QFETCH(int, skipped);
    const ParsedState state = parseFetchids(data);
    QStringList gotWho, gotUids;
    for (const UidList &l : state.lists) {
        gotWho << l.user + QLatin1Char('@') + l.host;
        gotUids += uidStrings(l.uids);
    }
    QCOMPARE(gotWho, who);
    QCOMPARE(gotUids, uids);
    QCOMPARE(state.skipped.size(), skipped);
}

void TestImportFormats::oldmail_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QStringList>("uids");
    QTest::addColumn<int>("skipped");
    QTest::newRow("sample") << readData("getmail/oldmail-pop.example.org-995-alice")
                            << QStringList{"000000014f8e4a2b", "000000024f8e4a2b", "UID with spaces"} << 0;
    QTest::newRow("bad line") << readData("getmail/oldmail-mail.example.net-1110-bob") << QStringList{"home-1"} << 1;
    QTest::newRow("empty") << QByteArray() << QStringList{} << 0;
}

void TestImportFormats::oldmail()
{
    QFETCH(QByteArray, data);
    QFETCH(QStringList, uids);
    QFETCH(int, skipped);
    const ParsedState state = parseOldmail(data, QStringLiteral("h"), QStringLiteral("u"));
    QCOMPARE(state.lists.size(), 1);
    QCOMPARE(uidStrings(state.lists.first().uids), uids);
    QCOMPARE(state.skipped.size(), skipped);
}

void TestImportFormats::profilesIni()
{
    const QVector<ThunderbirdProfile> profiles = parseProfilesIni(readData("thunderbird/profiles.ini"));
    QCOMPARE(profiles.size(), 2);
    QCOMPARE(profiles.at(0).path, QStringLiteral("wxyz9876.default"));
    QVERIFY(!profiles.at(0).isDefault); // [Install...] Default= wins over Default=1
    QCOMPARE(profiles.at(1).path, QStringLiteral("abcd1234.default-release"));
    QVERIFY(profiles.at(1).isDefault);
    QVERIFY(profiles.at(1).relative);
}

void TestImportFormats::thunderbirdPrefs()
{
    const ParsedConfig config = parseThunderbirdPrefs(readData("thunderbird/abcd1234.default-release/prefs.js"),
                                                      QStringLiteral("/p"));
    QCOMPARE(config.accounts.size(), 2);
    const FoundAccount &alice = config.accounts.at(0); // account2 comes first in the account list
    QCOMPARE(alice.name, QStringLiteral("Alice at \"Example\""));
    QCOMPARE(alice.settings.host, QStringLiteral("pop.example.org"));
    QCOMPARE(alice.settings.user, QStringLiteral("alice"));
    QCOMPARE(alice.settings.port, quint16(995));
    QCOMPARE(alice.settings.security, Pop3::Security::ImplicitTls);
    QCOMPARE(alice.settings.auth, Pop3::AuthMethod::User);
    QCOMPARE(alice.settings.policy, Account::RetentionPolicy::DeleteAfterDays);
    QCOMPARE(alice.settings.policyDays, 14);
    QCOMPARE(alice.stateFile, QStringLiteral("/p/Mail/pop.example.org/popstate.dat"));
    const FoundAccount &bob = config.accounts.at(1);
    QCOMPARE(bob.settings.user, QStringLiteral("bob@example.net"));
    QCOMPARE(bob.settings.security, Pop3::Security::StartTls);
    QCOMPARE(bob.settings.port, quint16(110));
    QCOMPARE(bob.settings.auth, Pop3::AuthMethod::CramMd5);
    QCOMPARE(bob.settings.policy, Account::RetentionPolicy::DeleteAfterDownload); // leave_on_server unset
    QCOMPARE(config.skipped.size(), 1); // the IMAP account; Local Folders is no account at all
    QVERIFY(config.skipped.first().why.contains(QLatin1String("imap")));
}

void TestImportFormats::mpoprc()
{
    const ParsedConfig config = parseMpoprc(readData("mpop/mpoprc"), QStringLiteral("/home/alice"));
    QCOMPARE(config.accounts.size(), 2);
    const FoundAccount &work = config.accounts.at(0);
    QCOMPARE(work.name, QStringLiteral("work"));
    QCOMPARE(work.settings.security, Pop3::Security::StartTls); // mpop's default: tls on, tls_starttls on
    QCOMPARE(work.settings.port, quint16(110));
    QCOMPARE(work.settings.auth, Pop3::AuthMethod::ScramSha256);
    QCOMPARE(work.settings.policy, Account::RetentionPolicy::Keep); // from defaults
    QCOMPARE(work.stateFile, QStringLiteral("/home/alice/.mpop_uidls/alice_at_pop.example.org"));
    const FoundAccount &home = config.accounts.at(1);
    QCOMPARE(home.settings.host, QStringLiteral("mail.example.net"));
    QCOMPARE(home.settings.user, QStringLiteral("bob smith"));
    QCOMPARE(home.settings.security, Pop3::Security::ImplicitTls);
    QCOMPARE(home.settings.port, quint16(1995));
    QCOMPARE(home.settings.auth, Pop3::AuthMethod::ScramSha256); // inherited from work
    QCOMPARE(home.settings.policy, Account::RetentionPolicy::DeleteAfterDownload);
    QCOMPARE(home.stateFile, QStringLiteral("/var/mail/uidls/bob smith@mail.example.net"));
    QCOMPARE(config.skipped.size(), 1); // "broken": no host
}

void TestImportFormats::fetchmailrc()
{
    const ParsedConfig config = parseFetchmailrc(readData("fetchmail/fetchmailrc"), QStringLiteral("/h/.fetchids"));
    QCOMPARE(config.accounts.size(), 3);
    const FoundAccount *alice = accountFor(config, QStringLiteral("pop.example.org"));
    QVERIFY(alice);
    QCOMPARE(alice->settings.user, QStringLiteral("alice"));
    QCOMPARE(alice->settings.security, Pop3::Security::ImplicitTls);
    QCOMPARE(alice->settings.port, quint16(995));
    QCOMPARE(alice->settings.policy, Account::RetentionPolicy::Keep); // "keep" in defaults
    QCOMPARE(alice->stateFile, QStringLiteral("/h/.fetchids"));
    const FoundAccount *bob = accountFor(config, QStringLiteral("mail.example.net"));
    QVERIFY(bob);
    QCOMPARE(bob->settings.user, QStringLiteral("bob@example.net"));
    QCOMPARE(bob->settings.port, quint16(1110));
    QCOMPARE(bob->settings.security, Pop3::Security::StartTls);
    QCOMPARE(bob->settings.auth, Pop3::AuthMethod::User);
    QCOMPARE(bob->settings.policy, Account::RetentionPolicy::DeleteAfterDownload); // nokeep
    const FoundAccount *erin = accountFor(config, QStringLiteral("apop.example.com"));
    QVERIFY(erin);
    QCOMPARE(erin->settings.user, QStringLiteral("erin smith"));
    QCOMPARE(erin->settings.auth, Pop3::AuthMethod::Apop);
    QCOMPARE(config.skipped.size(), 2); // the skip entry and the IMAP one
}

void TestImportFormats::getmailrc_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("accounts");
    QTest::addColumn<int>("security");
    QTest::addColumn<int>("port");
    QTest::addColumn<int>("policy");
    QTest::addColumn<int>("auth");
    QTest::addColumn<QString>("stateFile");
    QTest::newRow("ssl, delete after 30 days")
        << "getmailrc" << 1 << int(Pop3::Security::ImplicitTls) << 995 << int(Account::RetentionPolicy::DeleteAfterDays)
        << int(Pop3::AuthMethod::Automatic) << "/g/oldmail-pop.example.org-995-alice";
    QTest::newRow("colons, apop, delete") << "getmailrc-home" << 1 << int(Pop3::Security::StartTls) << 1110
                                          << int(Account::RetentionPolicy::DeleteAfterDownload)
                                          << int(Pop3::AuthMethod::Apop) << "/g/oldmail-mail.example.net-1110-bob";
    QTest::newRow("imap") << "getmailrc-imap" << 0 << 0 << 0 << 0 << 0 << "";
}

void TestImportFormats::getmailrc()
{
    QFETCH(QString, file);
    QFETCH(int, accounts);
    const ParsedConfig config = parseGetmailrc(readData(QStringLiteral("getmail/") + file), QStringLiteral("/g"), file);
    QCOMPARE(config.accounts.size(), accounts);
    QCOMPARE(config.skipped.size(), 1 - accounts);
    if (!accounts)
        return;
    const Account::AccountSettings &s = config.accounts.first().settings;
    QTEST(int(s.security), "security");
    QTEST(int(s.port), "port");
    QTEST(int(s.policy), "policy");
    QTEST(int(s.auth), "auth");
    QTEST(config.accounts.first().stateFile, "stateFile");
}

void TestImportFormats::findOnDisk_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QStringList>("accounts"); // user@host:number of UIDLs
    QTest::newRow("thunderbird") << "thunderbird" << Data + "/thunderbird"
                                 << QStringList{"alice@pop.example.org:4", "bob@example.net@mail.example.net:2"};
    QTest::newRow("mpop") << "mpop" << Data + "/mpop/mpoprc"
                          << QStringList{"alice@pop.example.org:3", "bob smith@mail.example.net:0"};
    QTest::newRow("fetchmail") << "fetchmail" << Data + "/fetchmail/fetchmailrc"
                               << QStringList{"alice@pop.example.org:2", "bob@example.net@mail.example.net:1",
                                              "erin smith@apop.example.com:0"};
    QTest::newRow("getmail") << "getmail" << Data + "/getmail"
                             << QStringList{"alice@pop.example.org:3", "bob@mail.example.net:1"};
}

void TestImportFormats::findOnDisk()
{
    QFETCH(QString, program);
    QFETCH(QString, path);
    QFETCH(QStringList, accounts);
    // mpop's first account keeps its UIDLs under ~ (the sample's own folder here).
    const Found found = findAccounts(*programFromName(program), path, Data + "/mpop");
    QVERIFY2(found.error.isEmpty(), qPrintable(found.error));
    QStringList got;
    for (const Candidate &c : found.accounts)
        got << QStringLiteral("%1@%2:%3").arg(c.settings.user, c.settings.host).arg(c.uids.size());
    got.sort();
    accounts.sort();
    QCOMPARE(got, accounts);
    QVERIFY(!found.skipped.isEmpty()); // every sample holds something to leave out, each with a reason
    for (const Skipped &s : found.skipped)
        QVERIFY2(!s.what.isEmpty() && !s.why.isEmpty(), qPrintable(s.what + s.why));
}

void TestImportFormats::importTwice()
{
    QTemporaryDir dir;
    QString error;
    auto profile = Store::Profile::open(dir.path(), &error);
    QVERIFY2(profile, qPrintable(error));
    const Found found = findAccounts(Program::Thunderbird, Data + "/thunderbird", QStringLiteral("/nonexistent-home"));

    const ImportReport dry = importAccounts(profile->accounts(), profile->messages(), found, true);
    QVERIFY(dry.ok());
    QCOMPARE(dry.accounts.size(), 2);
    QVERIFY(dry.accounts.at(0).created);
    QCOMPARE(dry.accounts.at(0).uidsAdded, 4);
    QVERIFY(profile->accounts().all().isEmpty()); // a dry run writes nothing

    const ImportReport first = importAccounts(profile->accounts(), profile->messages(), found, false);
    QVERIFY2(first.ok(), qPrintable(first.error));
    QCOMPARE(profile->accounts().all().size(), 2);
    const auto alice = profile->accounts().findByName(QStringLiteral("Alice at \"Example\""));
    QVERIFY(alice);
    QCOMPARE(alice->policy, Account::RetentionPolicy::DeleteAfterDays);
    const auto statuses = profile->messages().statuses(alice->id).value();
    QCOMPARE(statuses.size(), 4);
    QCOMPARE(statuses.value("UID with spaces").fetchedBy, QStringLiteral("thunderbird"));
    QCOMPARE(profile->messages().unreadCount(alice->id).value(), 0);
    QVERIFY(profile->messages().listEntries(alice->id).value().isEmpty()); // nothing to show of them

    const ImportReport second = importAccounts(profile->accounts(), profile->messages(), found, false);
    QVERIFY(second.ok());
    QCOMPARE(profile->accounts().all().size(), 2);
    QCOMPARE(second.accounts.size(), 2);
    for (const ImportedAccount &a : second.accounts) {
        QVERIFY(!a.created);
        QCOMPARE(a.uidsAdded, 0);
    }
    QCOMPARE(second.accounts.at(0).uidsKnown, 4);
    QCOMPARE(profile->messages().statuses(alice->id).value().size(), 4);
}

QTEST_GUILESS_MAIN(TestImportFormats)
#include "tst_import_formats.moc"
