#pragma once

#include "account/Account.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

// Pure parsers of other POP3 programs' configuration and "already fetched" state files. Each
// takes the file's bytes and returns values; none reads a file, and none ever keeps a password.
namespace Poplar::Import {

/// The programs Poplar imports from.
enum class Program { Thunderbird, Mpop, Fetchmail, Getmail };

/// "thunderbird", "mpop", "fetchmail" or "getmail": the name poplar-sync takes and the store records.
QString programName(Program program);
std::optional<Program> programFromName(const QString &name);
/// The program's name as shown to people ("Thunderbird", "mpop", ...).
QString programDisplayName(Program program);

/// Something found in a file that is not imported, and why (one line each, shown to the user).
struct Skipped {
    QString what; ///< e.g. "account imap.example.org (alice)" or "popstate.dat line 7"
    QString why;
};

/// One POP3 account as another program had it configured. Never a password.
struct FoundAccount {
    QString name;             ///< the other program's name for it (account name, or user@host)
    Account::AccountSettings settings; ///< host, port, security, auth, user, retention
    QString stateFile;        ///< where that program keeps the UIDLs it fetched (as configured, resolved)
    QString key;              ///< program-specific: Thunderbird's server directory, getmail's rc file
};

/// What a configuration file yields.
struct ParsedConfig {
    QVector<FoundAccount> accounts;
    QVector<Skipped> skipped;
};

/// The UIDLs one state file records for one server and user.
struct UidList {
    QString host;
    QString user;
    QVector<QByteArray> uids;
};

/// What a state file yields: its lists, and lines or entries left out.
struct ParsedState {
    QVector<UidList> lists;
    QVector<Skipped> skipped;
    bool valid = true; ///< false when the file is not of the expected format at all
};

// --- Thunderbird ---

/// A profile listed in profiles.ini: its path (relative to the ini's folder when `relative`).
struct ThunderbirdProfile {
    QString name;
    QString path;
    bool relative = true;
    bool isDefault = false;
};
/// The [ProfileN] sections of profiles.ini (and [Install...] Default= marks the default one).
QVector<ThunderbirdProfile> parseProfilesIni(const QByteArray &ini);
/// POP3 accounts of prefs.js (user_pref("mail.server.serverN.*") linked through mail.account.*);
/// IMAP, news, RSS and Local Folders are skipped. stateFile is the server's directory, or
/// directory-rel with [ProfD] replaced by `profileDir`, plus "/popstate.dat".
ParsedConfig parseThunderbirdPrefs(const QByteArray &prefsJs, const QString &profileDir);
/// popstate.dat: "*host user" starts a list; "k UIDL time" and "d UIDL time" were downloaded,
/// "b" (too big: headers only) and "f" (marked to fetch later) were not, and are skipped.
ParsedState parsePopstate(const QByteArray &data);

// --- mpop ---

/// mpop's configuration (~/.mpoprc): "defaults" and "account NAME [: PARENT, ...]" blocks with
/// host, port, tls, tls_starttls, user, auth, keep, uidls_file. uidls_file gets %U and %H expanded,
/// a leading ~ replaced by `home`; default ~/.mpop_uidls/%U_at_%H.
ParsedConfig parseMpoprc(const QByteArray &config, const QString &home);
/// mpop's UIDLs file as mpop 1.4 writes it: "#" comment lines first, then per list a line
/// " N host user" followed by N UIDLs, one per line.
ParsedState parseMpopUidls(const QByteArray &data);

// --- fetchmail ---

/// .fetchmailrc "poll"/"skip" entries (and "defaults"): proto, port/service, user, is, ssl,
/// sslproto, keep/nokeep, auth; quoted strings and comments. Only POP3 (and APOP) entries are
/// returned; "skip" entries and other protocols are listed as skipped. stateFile is the idfile
/// ("set idfile") resolved against `defaultIdFile`'s folder, or `defaultIdFile`.
ParsedConfig parseFetchmailrc(const QByteArray &rc, const QString &defaultIdFile);
/// .fetchids: "user@host UIDL" per line (the user may itself contain '@'; the UIDL is the rest).
ParsedState parseFetchids(const QByteArray &data);

// --- getmail ---

/// One getmailrc (INI): [retriever] type SimplePOP3Retriever, SimplePOP3SSLRetriever,
/// MultidropPOP3(SSL)Retriever; server, port, username, use_apop; [options] delete,
/// delete_after. IMAP and BrokenUIDL retrievers are skipped. stateFile is
/// `getmailDir`/oldmail-SERVER-PORT-USER.
ParsedConfig parseGetmailrc(const QByteArray &rc, const QString &getmailDir, const QString &fileName);
/// An oldmail file: "UIDL\0timestamp" per line; `host` and `user` name the one list it yields.
ParsedState parseOldmail(const QByteArray &data, const QString &host, const QString &user);

/// Tokens of a configuration line or file: words, "quoted strings" with backslash escapes,
/// '#' comments to the end of the line skipped. Used by the mpop and fetchmail parsers.
QStringList configTokens(const QByteArray &text);

} // namespace Poplar::Import
