#include "Importer.h"

#include "store/AccountStore.h"
#include "store/MessageStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <algorithm>
#include <functional>

namespace Poplar::Import {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Poplar::Import)
};

/// Configuration and state files are small; a larger one is not what it claims to be.
constexpr qint64 MaxFileBytes = 64 * 1024 * 1024;

/// Reads a whole file (read-only); nullopt with a Skipped line when it cannot be read.
std::optional<QByteArray> readFile(const QString &path, Found &found)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        found.skipped.append({path, Text::tr("cannot be read: %1").arg(file.errorString())});
        return std::nullopt;
    }
    if (file.size() > MaxFileBytes) {
        found.skipped.append({path, Text::tr("larger than %1 MiB").arg(MaxFileBytes / (1024 * 1024))});
        return std::nullopt;
    }
    found.filesRead << path;
    return file.readAll();
}

QString firstExisting(const QStringList &candidates)
{
    for (const QString &c : candidates) {
        if (QFileInfo::exists(c))
            return c;
    }
    return {};
}

QString configHome(const QString &home)
{
    const QString xdg = qEnvironmentVariable("XDG_CONFIG_HOME");
    return xdg.isEmpty() ? QDir(home).filePath(QStringLiteral(".config")) : xdg;
}

bool sameServer(const UidList &list, const FoundAccount &account)
{
    const bool host = list.host.compare(account.settings.host, Qt::CaseInsensitive) == 0
                      || (!account.key.isEmpty() && list.host.compare(account.key, Qt::CaseInsensitive) == 0);
    return host && list.user == account.settings.user;
}

/// Turns parsed accounts into candidates with the UIDLs of their state files; lists in a state
/// file that belong to no account are reported.
void addAccounts(Program program, const ParsedConfig &config, Found &found,
                 const std::function<ParsedState(const QByteArray &, const FoundAccount &)> &parseState)
{
    found.skipped += config.skipped;
    QHash<QString, ParsedState> states; // one state file may serve several accounts
    QHash<QString, QSet<int>> used;     // state file -> lists taken by some account
    for (const FoundAccount &a : config.accounts) {
        Candidate c;
        c.program = program;
        c.name = a.name;
        c.settings = a.settings;
        c.stateFile = a.stateFile;
        if (!states.contains(a.stateFile)) {
            if (!QFileInfo::exists(a.stateFile)) {
                found.skipped.append({c.name, Text::tr("no state file %1: every message on the server will be new")
                                                  .arg(a.stateFile)});
                found.accounts.append(c);
                continue;
            }
            const auto bytes = readFile(a.stateFile, found);
            if (!bytes) {
                found.accounts.append(c);
                continue;
            }
            ParsedState state = parseState(*bytes, a);
            found.skipped += state.skipped;
            states.insert(a.stateFile, state);
        }
        const ParsedState &state = states[a.stateFile];
        c.stateFound = true;
        for (int i = 0; i < state.lists.size(); ++i) {
            if (sameServer(state.lists.at(i), a)) {
                c.uids += state.lists.at(i).uids;
                used[a.stateFile].insert(i);
            }
        }
        found.accounts.append(c);
    }
    for (auto it = states.constBegin(); it != states.constEnd(); ++it) {
        for (int i = 0; i < it->lists.size(); ++i) {
            if (!used.value(it.key()).contains(i)) {
                const UidList &l = it->lists.at(i);
                found.skipped.append({Text::tr("%n UIDL(s) of %1 on %2 in %3", nullptr, int(l.uids.size()))
                                          .arg(l.user, l.host, it.key()),
                                      Text::tr("no POP3 account for them in the configuration")});
            }
        }
    }
}

void findThunderbird(const QString &path, const QString &home, Found &found)
{
    QStringList profileDirs;
    QStringList roots;
    if (!path.isEmpty()) {
        if (QFileInfo::exists(QDir(path).filePath(QStringLiteral("prefs.js"))))
            profileDirs << path;
        else
            roots << path;
    } else {
        for (const char *root : {".thunderbird", ".mozilla-thunderbird", "snap/thunderbird/common/.thunderbird",
                                 ".var/app/org.mozilla.Thunderbird/.thunderbird"})
            roots << QDir(home).filePath(QLatin1String(root));
    }
    for (const QString &root : std::as_const(roots)) {
        const QString ini = QDir(root).filePath(QStringLiteral("profiles.ini"));
        if (!QFileInfo::exists(ini))
            continue;
        const auto bytes = readFile(ini, found);
        if (!bytes)
            continue;
        for (const ThunderbirdProfile &p : parseProfilesIni(*bytes))
            profileDirs << (p.relative ? QDir(root).filePath(p.path) : p.path);
    }
    if (profileDirs.isEmpty()) {
        found.error = path.isEmpty() ? Text::tr("no Thunderbird profile found")
                                     : Text::tr("no Thunderbird profile (profiles.ini or prefs.js) in %1").arg(path);
        return;
    }
    for (const QString &dir : std::as_const(profileDirs)) {
        const auto prefs = readFile(QDir(dir).filePath(QStringLiteral("prefs.js")), found);
        if (!prefs)
            continue;
        addAccounts(Program::Thunderbird, parseThunderbirdPrefs(*prefs, dir), found,
                    [](const QByteArray &data, const FoundAccount &) { return parsePopstate(data); });
    }
}

void findMpop(const QString &path, const QString &home, Found &found)
{
    const QString file = !path.isEmpty() ? path
                                         : firstExisting({QDir(configHome(home)).filePath(QStringLiteral("mpop/config")),
                                                          QDir(home).filePath(QStringLiteral(".mpoprc"))});
    if (file.isEmpty() || !QFileInfo(file).isFile()) {
        found.error = Text::tr("no mpop configuration found");
        return;
    }
    const auto bytes = readFile(file, found);
    if (!bytes) {
        found.error = found.skipped.last().why;
        return;
    }
    addAccounts(Program::Mpop, parseMpoprc(*bytes, home), found,
                [](const QByteArray &data, const FoundAccount &) { return parseMpopUidls(data); });
}

void findFetchmail(const QString &path, const QString &home, Found &found)
{
    const QString fetchmailHome = qEnvironmentVariable("FETCHMAILHOME");
    const QString file = !path.isEmpty() ? path
                         : !fetchmailHome.isEmpty() ? QDir(fetchmailHome).filePath(QStringLiteral("fetchmailrc"))
                                                    : QDir(home).filePath(QStringLiteral(".fetchmailrc"));
    if (!QFileInfo(file).isFile()) {
        found.error = Text::tr("no fetchmail configuration found (%1)").arg(file);
        return;
    }
    const auto bytes = readFile(file, found);
    if (!bytes) {
        found.error = found.skipped.last().why;
        return;
    }
    // fetchmail keeps .fetchids beside its configuration (the home folder, or $FETCHMAILHOME).
    const QString idFile = QDir(QFileInfo(file).absolutePath()).filePath(QStringLiteral(".fetchids"));
    addAccounts(Program::Fetchmail, parseFetchmailrc(*bytes, idFile), found,
                [](const QByteArray &data, const FoundAccount &) { return parseFetchids(data); });
}

void findGetmail(const QString &path, const QString &home, Found &found)
{
    QStringList files;
    const QStringList dirs = !path.isEmpty() ? QStringList{path}
                                             : QStringList{QDir(home).filePath(QStringLiteral(".getmail")),
                                                           QDir(configHome(home)).filePath(QStringLiteral("getmail"))};
    for (const QString &dir : dirs) {
        if (QFileInfo(dir).isFile()) {
            files << dir;
            continue;
        }
        for (const QFileInfo &f : QDir(dir).entryInfoList({QStringLiteral("getmailrc*")}, QDir::Files, QDir::Name))
            files << f.absoluteFilePath();
    }
    if (files.isEmpty()) {
        found.error = Text::tr("no getmailrc found");
        return;
    }
    for (const QString &file : std::as_const(files)) {
        const auto bytes = readFile(file, found);
        if (!bytes)
            continue;
        const QFileInfo info(file);
        addAccounts(Program::Getmail, parseGetmailrc(*bytes, info.absolutePath(), info.fileName()), found,
                    [](const QByteArray &data, const FoundAccount &a) {
                        return parseOldmail(data, a.settings.host, a.settings.user);
                    });
    }
}

} // namespace

Found findAccounts(Program program, const QString &path, const QString &home)
{
    Found found;
    found.program = program;
    switch (program) {
    case Program::Thunderbird: findThunderbird(path, home, found); break;
    case Program::Mpop: findMpop(path, home, found); break;
    case Program::Fetchmail: findFetchmail(path, home, found); break;
    case Program::Getmail: findGetmail(path, home, found); break;
    }
    if (found.error.isEmpty() && found.accounts.isEmpty() && found.skipped.isEmpty())
        found.error = Text::tr("no POP3 account found");
    return found;
}

ImportReport importAccounts(Store::AccountStore &accounts, Store::MessageStore &messages, const Found &found,
                            bool dryRun)
{
    ImportReport report;
    QVector<Account::AccountSettings> existing = accounts.all();
    for (const Candidate &c : found.accounts) {
        ImportedAccount done;
        done.program = c.program;
        std::optional<Account::AccountSettings> match;
        for (const Account::AccountSettings &e : std::as_const(existing)) {
            if (e.host.compare(c.settings.host, Qt::CaseInsensitive) == 0 && e.user == c.settings.user)
                match = e;
        }
        if (!match) {
            Account::AccountSettings settings = c.settings;
            settings.name = c.name;
            auto taken = [&](const QString &name) {
                return std::any_of(existing.cbegin(), existing.cend(),
                                   [&](const Account::AccountSettings &e) { return e.name == name; });
            };
            for (int n = 2; taken(settings.name); ++n)
                settings.name = c.name + QLatin1Char('-') + QString::number(n);
            if (!dryRun) {
                settings.id = accounts.add(settings, &report.error);
                if (settings.id == 0)
                    return report;
            }
            existing.append(settings);
            match = settings;
            done.created = true;
        }
        done.name = match->name;
        QHash<QByteArray, Store::MessageStatus> known;
        if (match->id != 0) {
            auto read = messages.statuses(match->id);
            if (!read) {
                report.error = read.error();
                return report;
            }
            known = std::move(read).value();
        }
        QVector<QByteArray> fresh;
        QSet<QByteArray> seen;
        for (const QByteArray &uid : c.uids) {
            if (seen.contains(uid))
                continue;
            seen.insert(uid);
            if (known.contains(uid))
                ++done.uidsKnown;
            else
                fresh.append(uid);
        }
        done.uidsAdded = int(fresh.size());
        if (!dryRun && !fresh.isEmpty()
            && !messages.recordFetchedElsewhere(match->id, fresh, programName(c.program), &done.uidsAdded, &report.error))
            return report;
        report.accounts.append(done);
    }
    return report;
}

} // namespace Poplar::Import
