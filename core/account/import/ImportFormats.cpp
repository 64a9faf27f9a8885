#include "ImportFormats.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

namespace Poplar::Import {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Poplar::Import)
};

QList<QByteArray> lines(const QByteArray &data)
{
    QList<QByteArray> result = data.split('\n');
    for (QByteArray &line : result) {
        if (line.endsWith('\r'))
            line.chop(1);
    }
    if (!result.isEmpty() && result.last().isEmpty())
        result.removeLast();
    return result;
}

bool truthy(const QString &value)
{
    const QString v = value.trimmed().toLower();
    return v == QLatin1String("on") || v == QLatin1String("true") || v == QLatin1String("yes") || v == QLatin1String("1");
}

QString accountLabel(const QString &user, const QString &host)
{
    return Text::tr("account %1 on %2").arg(user.isEmpty() ? QStringLiteral("?") : user,
                                            host.isEmpty() ? QStringLiteral("?") : host);
}

QString expandHome(QString path, const QString &home)
{
    if (path == QLatin1String("~"))
        return home;
    if (path.startsWith(QLatin1String("~/")))
        return home + path.mid(1);
    return path;
}

} // namespace

QString programName(Program program)
{
    switch (program) {
    case Program::Thunderbird: return QStringLiteral("thunderbird");
    case Program::Mpop: return QStringLiteral("mpop");
    case Program::Fetchmail: return QStringLiteral("fetchmail");
    case Program::Getmail: return QStringLiteral("getmail");
    }
    return {};
}

std::optional<Program> programFromName(const QString &name)
{
    for (Program p : {Program::Thunderbird, Program::Mpop, Program::Fetchmail, Program::Getmail}) {
        if (name.compare(programName(p), Qt::CaseInsensitive) == 0)
            return p;
    }
    return std::nullopt;
}

QString programDisplayName(Program program)
{
    return program == Program::Thunderbird ? QStringLiteral("Thunderbird") : programName(program);
}

QStringList configTokens(const QByteArray &text)
{
    const QString s = QString::fromUtf8(text);
    QStringList tokens;
    qsizetype i = 0;
    while (i < s.size()) {
        const QChar c = s.at(i);
        if (c.isSpace()) {
            ++i;
        } else if (c == QLatin1Char('#')) {
            while (i < s.size() && s.at(i) != QLatin1Char('\n'))
                ++i;
        } else if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            const QChar quote = c;
            QString token;
            ++i;
            while (i < s.size() && s.at(i) != quote) {
                if (s.at(i) == QLatin1Char('\\') && i + 1 < s.size()) {
                    const QChar e = s.at(++i);
                    token += e == QLatin1Char('n') ? QChar(QLatin1Char('\n'))
                             : e == QLatin1Char('t') ? QChar(QLatin1Char('\t')) : e;
                } else {
                    token += s.at(i);
                }
                ++i;
            }
            ++i; // the closing quote (or the end)
            tokens << token;
        } else {
            QString token;
            while (i < s.size() && !s.at(i).isSpace() && s.at(i) != QLatin1Char('#') && s.at(i) != QLatin1Char('"'))
                token += s.at(i++);
            tokens << token;
        }
    }
    return tokens;
}

// --- Thunderbird ---

QVector<ThunderbirdProfile> parseProfilesIni(const QByteArray &ini)
{
    QVector<ThunderbirdProfile> profiles;
    QString section;
    QHash<QString, QString> values;
    QString installDefault;
    auto flush = [&] {
        if (section.startsWith(QLatin1String("Profile")) && values.contains(QStringLiteral("path"))) {
            ThunderbirdProfile p;
            p.name = values.value(QStringLiteral("name"));
            p.path = values.value(QStringLiteral("path"));
            p.relative = values.value(QStringLiteral("isrelative"), QStringLiteral("1")) != QLatin1String("0");
            p.isDefault = values.value(QStringLiteral("default")) == QLatin1String("1");
            profiles.append(p);
        } else if (section.startsWith(QLatin1String("Install")) && values.contains(QStringLiteral("default"))) {
            installDefault = values.value(QStringLiteral("default"));
        }
        values.clear();
    };
    for (const QByteArray &raw : lines(ini)) {
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char(';')) || line.startsWith(QLatin1Char('#')))
            continue;
        if (line.startsWith(QLatin1Char('[')) && line.endsWith(QLatin1Char(']'))) {
            flush();
            section = line.mid(1, line.size() - 2);
            continue;
        }
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (eq > 0)
            values.insert(line.left(eq).trimmed().toLower(), line.mid(eq + 1).trimmed());
    }
    flush();
    if (!installDefault.isEmpty()) {
        for (ThunderbirdProfile &p : profiles)
            p.isDefault = p.path == installDefault;
    }
    return profiles;
}

ParsedConfig parseThunderbirdPrefs(const QByteArray &prefsJs, const QString &profileDir)
{
    // user_pref("name", value); value: "string" (JSON escapes), number, true/false.
    static const QRegularExpression pref(QString::fromLatin1(
        R"re(^\s*user_pref\(\s*"((?:[^"\\]|\\.)*)"\s*,\s*("(?:[^"\\]|\\.)*"|[^)\s]+)\s*\)\s*;)re"));
    QHash<QString, QString> prefs;
    for (const QByteArray &raw : lines(prefsJs)) {
        const auto match = pref.match(QString::fromUtf8(raw));
        if (!match.hasMatch())
            continue;
        QString value = match.captured(2);
        if (value.startsWith(QLatin1Char('"'))) {
            const QStringList unquoted = configTokens(value.toUtf8());
            value = unquoted.value(0);
        }
        prefs.insert(match.captured(1), value);
    }
    // Servers in the order of mail.accountmanager.accounts, then any other server.
    QStringList servers;
    for (const QString &account : prefs.value(QStringLiteral("mail.accountmanager.accounts")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString server = prefs.value(QStringLiteral("mail.account.%1.server").arg(account.trimmed()));
        if (!server.isEmpty() && !servers.contains(server))
            servers << server;
    }
    static const QRegularExpression serverType(QStringLiteral(R"(^mail\.server\.([^.]+)\.type$)"));
    QStringList others;
    for (auto it = prefs.constBegin(); it != prefs.constEnd(); ++it) {
        const auto match = serverType.match(it.key());
        if (match.hasMatch() && !servers.contains(match.captured(1)))
            others << match.captured(1);
    }
    others.sort();
    servers += others;

    ParsedConfig result;
    for (const QString &server : std::as_const(servers)) {
        auto value = [&](const char *key, const QString &fallback = QString()) {
            return prefs.value(QStringLiteral("mail.server.%1.%2").arg(server, QLatin1String(key)), fallback);
        };
        const QString type = value("type");
        const QString host = value("realhostname", value("hostName"));
        const QString user = value("realuserName", value("userName"));
        if (type != QLatin1String("pop3")) {
            if (type != QLatin1String("none")) // Local Folders: not an account at all
                result.skipped.append({accountLabel(user, host), Text::tr("an account of type %1, not POP3").arg(type)});
            continue;
        }
        if (host.isEmpty()) {
            result.skipped.append({accountLabel(user, host), Text::tr("no server name in prefs.js")});
            continue;
        }
        FoundAccount a;
        a.key = server;
        a.name = value("name", user + QLatin1Char('@') + host);
        Account::AccountSettings &s = a.settings;
        s.host = host;
        s.user = user;
        switch (value("socketType", QStringLiteral("0")).toInt()) {
        case 3: s.security = Pop3::Security::ImplicitTls; break;
        case 2: case 1: s.security = Pop3::Security::StartTls; break;
        default: s.security = Pop3::Security::Plain; break;
        }
        const int port = value("port").toInt();
        s.port = port > 0 && port < 65536 ? quint16(port) : Pop3::defaultPort(s.security);
        switch (value("authMethod", QStringLiteral("3")).toInt()) {
        case 3: case 2: s.auth = Pop3::AuthMethod::User; break;         // password, sent in clear
        case 4: s.auth = Pop3::AuthMethod::CramMd5; break;              // encrypted password
        case 5: s.auth = Pop3::AuthMethod::Gssapi; break;               // Kerberos
        case 10: s.auth = Pop3::AuthMethod::XOAuth2; break;             // OAuth2
        default: s.auth = Pop3::AuthMethod::Automatic; break;
        }
        if (value("leave_on_server") != QLatin1String("true")) {
            s.policy = Account::RetentionPolicy::DeleteAfterDownload;
        } else if (value("delete_by_age_from_server") == QLatin1String("true")) {
            s.policy = Account::RetentionPolicy::DeleteAfterDays;
            s.policyDays = qMax(0, value("num_days_to_leave_on_server", QStringLiteral("7")).toInt());
        } else if (value("delete_mail_left_on_server") == QLatin1String("true")) {
            s.policy = Account::RetentionPolicy::DeleteWhenDeletedLocally;
        } else {
            s.policy = Account::RetentionPolicy::Keep;
        }
        QString dir = value("directory");
        const QString rel = value("directory-rel");
        if (rel.startsWith(QLatin1String("[ProfD]")))
            dir = QDir(profileDir).filePath(rel.mid(7));
        if (dir.isEmpty())
            dir = QDir(profileDir).filePath(QStringLiteral("Mail/") + host);
        a.stateFile = QDir(dir).filePath(QStringLiteral("popstate.dat"));
        result.accounts.append(a);
    }
    return result;
}

ParsedState parsePopstate(const QByteArray &data)
{
    ParsedState state;
    UidList *current = nullptr;
    int lineNumber = 0;
    for (const QByteArray &raw : lines(data)) {
        ++lineNumber;
        const QByteArray line = raw.trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        if (line.startsWith('*')) {
            const QByteArray rest = line.mid(1);
            const qsizetype space = rest.indexOf(' ');
            state.lists.append({QString::fromUtf8(space < 0 ? rest : rest.left(space)),
                                space < 0 ? QString() : QString::fromUtf8(rest.mid(space + 1).trimmed()), {}});
            current = &state.lists.last();
            continue;
        }
        const QString where = Text::tr("popstate.dat line %1").arg(lineNumber);
        if (!current) {
            state.skipped.append({where, Text::tr("a UIDL before any \"*host user\" line")});
            continue;
        }
        // "FLAG UIDL [TIME]": the time is the last word when it is a number.
        QList<QByteArray> words = line.split(' ');
        const QByteArray flag = words.takeFirst();
        if (words.size() >= 2) {
            bool number = false;
            words.last().toLongLong(&number);
            if (number)
                words.removeLast();
        }
        const QByteArray uid = words.join(' ').trimmed();
        if (flag.size() != 1 || uid.isEmpty()) {
            state.skipped.append({where, Text::tr("not a \"flag UIDL time\" line")});
        } else if (flag == "k" || flag == "d") {
            current->uids.append(uid);
        } else if (flag == "b" || flag == "f") {
            state.skipped.append({where, Text::tr("Thunderbird has only the headers of this message")});
        } else {
            state.skipped.append({where, Text::tr("unknown state \"%1\"").arg(QString::fromUtf8(flag))});
        }
    }
    return state;
}

// --- mpop ---

ParsedConfig parseMpoprc(const QByteArray &config, const QString &home)
{
    using Block = QHash<QString, QString>;
    Block defaults;
    QHash<QString, Block> accounts;
    QStringList order;
    Block *current = &defaults;
    for (const QByteArray &raw : lines(config)) {
        const QStringList t = configTokens(raw);
        if (t.isEmpty())
            continue;
        const QString command = t.first();
        const QString argument = t.mid(1).join(QLatin1Char(' '));
        if (command == QLatin1String("defaults")) {
            current = &defaults;
        } else if (command == QLatin1String("account") && t.size() >= 2) {
            QString name = t.at(1);
            QStringList parents;
            const QString rest = t.mid(2).join(QLatin1Char(' '));
            if (name.endsWith(QLatin1Char(':')) || rest.startsWith(QLatin1Char(':'))) {
                if (name.endsWith(QLatin1Char(':')))
                    name.chop(1);
                QString list = rest;
                if (list.startsWith(QLatin1Char(':')))
                    list = list.mid(1);
                for (const QString &p : list.split(QLatin1Char(','), Qt::SkipEmptyParts))
                    parents << p.trimmed();
            }
            Block block = defaults;
            for (const QString &p : std::as_const(parents)) {
                const Block inherited = accounts.value(p);
                for (auto it = inherited.constBegin(); it != inherited.constEnd(); ++it)
                    block.insert(it.key(), it.value());
            }
            accounts.insert(name, block);
            order.removeAll(name);
            order << name;
            current = &accounts[name];
        } else {
            current->insert(command, argument);
        }
    }
    ParsedConfig result;
    for (const QString &name : std::as_const(order)) {
        const Block &b = accounts.value(name);
        const QString host = b.value(QStringLiteral("host"));
        const QString user = b.value(QStringLiteral("user"));
        if (host.isEmpty()) {
            result.skipped.append({Text::tr("mpop account %1").arg(name), Text::tr("no host")});
            continue;
        }
        FoundAccount a;
        a.name = name;
        Account::AccountSettings &s = a.settings;
        s.host = host;
        s.user = user;
        const bool tls = b.contains(QStringLiteral("tls")) ? truthy(b.value(QStringLiteral("tls"))) : true;
        const bool starttls = b.contains(QStringLiteral("tls_starttls"))
                                  ? truthy(b.value(QStringLiteral("tls_starttls"))) : true;
        s.security = !tls ? Pop3::Security::Plain : starttls ? Pop3::Security::StartTls : Pop3::Security::ImplicitTls;
        const int port = b.value(QStringLiteral("port")).toInt();
        s.port = port > 0 && port < 65536 ? quint16(port) : Pop3::defaultPort(s.security);
        const QString auth = b.value(QStringLiteral("auth"), QStringLiteral("on"));
        s.auth = auth == QLatin1String("on") ? Pop3::AuthMethod::Automatic
                                             : Pop3::authMethodFromName(auth).value_or(Pop3::AuthMethod::Automatic);
        // mpop deletes what it retrieved unless told to keep it.
        s.policy = truthy(b.value(QStringLiteral("keep"), QStringLiteral("off"))) ? Account::RetentionPolicy::Keep
                                                                                   : Account::RetentionPolicy::DeleteAfterDownload;
        QString file = b.value(QStringLiteral("uidls_file"), QStringLiteral("~/.mpop_uidls/%U_at_%H"));
        file.replace(QLatin1String("%U"), user).replace(QLatin1String("%H"), host);
        a.stateFile = expandHome(file, home);
        result.accounts.append(a);
    }
    return result;
}

ParsedState parseMpopUidls(const QByteArray &data)
{
    ParsedState state;
    const QList<QByteArray> all = lines(data);
    qsizetype i = 0;
    while (i < all.size() && all.at(i).startsWith('#'))
        ++i;
    while (i < all.size()) {
        const QByteArray header = all.at(i);
        const QList<QByteArray> words = header.mid(1).split(' ');
        bool ok = false;
        const qint64 n = words.value(0).toLongLong(&ok);
        if (!header.startsWith(' ') || words.size() != 3 || !ok || n < 1 || words.at(1).isEmpty() || words.at(2).isEmpty()) {
            state.skipped.append({Text::tr("UIDLs file line %1").arg(i + 1), Text::tr("not an mpop UIDL list")});
            state.valid = state.valid && !state.lists.isEmpty();
            return state;
        }
        UidList list{QString::fromUtf8(words.at(1)), QString::fromUtf8(words.at(2)), {}};
        ++i;
        for (qint64 k = 0; k < n && i < all.size(); ++k, ++i) {
            if (all.at(i).startsWith(' '))
                break;
            list.uids.append(all.at(i));
        }
        if (list.uids.size() != n)
            state.skipped.append({Text::tr("UIDL list of %1 on %2").arg(list.user, list.host),
                                  Text::tr("%n UIDL(s) missing at the end of the file", nullptr, int(n - list.uids.size()))});
        state.lists.append(list);
    }
    return state;
}

// --- fetchmail ---

ParsedConfig parseFetchmailrc(const QByteArray &rc, const QString &defaultIdFile)
{
    QStringList tokens;
    // Commas, colons and semicolons are noise to fetchmail, as are these words.
    static const QStringList noise{QStringLiteral("and"), QStringLiteral("with"), QStringLiteral("has"),
                                   QStringLiteral("wants"), QStringLiteral("options")};
    for (QString token : configTokens(rc)) {
        if (noise.contains(token))
            continue;
        while (token.endsWith(QLatin1Char(',')) || token.endsWith(QLatin1Char(';')) || token.endsWith(QLatin1Char(':')))
            token.chop(1);
        if (!token.isEmpty())
            tokens << token;
    }
    ParsedConfig result;
    QString idFile = defaultIdFile;
    struct Entry {
        bool skip = false;
        bool isDefaults = false;
        QString server;
        QStringList words;
    };
    QVector<Entry> entries;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const QString &t = tokens.at(i);
        if (t == QLatin1String("set")) {
            if (tokens.value(i + 1) == QLatin1String("idfile") && i + 2 < tokens.size())
                idFile = QDir(QFileInfo(defaultIdFile).absolutePath()).filePath(tokens.at(i + 2));
            i += 2;
        } else if (t == QLatin1String("poll") || t == QLatin1String("server") || t == QLatin1String("skip")) {
            entries.append({t == QLatin1String("skip"), false, tokens.value(i + 1), {}});
            ++i;
        } else if (t == QLatin1String("defaults")) {
            entries.append({false, true, QString(), {}});
        } else if (!entries.isEmpty()) {
            entries.last().words << t;
        }
    }
    QStringList defaultWords;
    for (const Entry &e : std::as_const(entries)) {
        if (e.isDefaults) {
            defaultWords = e.words;
            continue;
        }
        const QStringList w = defaultWords + e.words;
        QString proto = QStringLiteral("auto");
        QString service, authName, via;
        QStringList users; // remote names, one per "user" clause
        bool ssl = false;
        bool keep = false;
        for (qsizetype i = 0; i < w.size(); ++i) {
            const QString &k = w.at(i);
            const QString next = w.value(i + 1);
            if (k == QLatin1String("proto") || k == QLatin1String("protocol")) {
                proto = next.toLower(); ++i;
            } else if (k == QLatin1String("port") || k == QLatin1String("service")) {
                service = next; ++i;
            } else if (k == QLatin1String("auth") || k == QLatin1String("authenticate")) {
                authName = next.toLower(); ++i;
            } else if (k == QLatin1String("via")) {
                via = next; ++i;
            } else if (k == QLatin1String("user") || k == QLatin1String("username")) {
                // "user REMOTE there is LOCAL here", or the other way round: "user LOCAL here is REMOTE there"
                if (w.value(i + 2) == QLatin1String("here") && w.value(i + 3) == QLatin1String("is")) {
                    users << w.value(i + 4);
                    i += 4;
                } else {
                    users << next;
                    ++i;
                }
            } else if (k == QLatin1String("password") || k == QLatin1String("pass") || k == QLatin1String("is")
                       || k == QLatin1String("to") || k == QLatin1String("sslproto") || k == QLatin1String("sslcertfile")
                       || k == QLatin1String("sslfingerprint") || k == QLatin1String("mda") || k == QLatin1String("smtphost")
                       || k == QLatin1String("folder") || k == QLatin1String("limit") || k == QLatin1String("timeout")) {
                ++i; // a value never imported (a password is never even kept)
            } else if (k == QLatin1String("ssl")) {
                ssl = true;
            } else if (k == QLatin1String("keep")) {
                keep = true;
            } else if (k == QLatin1String("nokeep") || (k == QLatin1String("no") && next == QLatin1String("keep"))) {
                keep = false;
            }
        }
        const QString host = via.isEmpty() ? e.server : via;
        if (users.isEmpty())
            users << QString(); // fetchmail then uses the local login name
        for (const QString &user : std::as_const(users)) {
            const QString label = accountLabel(user, host);
            if (e.skip) {
                result.skipped.append({label, Text::tr("a \"skip\" entry: fetchmail does not poll it")});
                continue;
            }
            if (proto != QLatin1String("pop3") && proto != QLatin1String("apop")) {
                result.skipped.append({label, Text::tr("protocol %1, not POP3").arg(proto)});
                continue;
            }
            if (user.isEmpty()) {
                result.skipped.append({label, Text::tr("no user name given")});
                continue;
            }
            FoundAccount a;
            a.name = user + QLatin1Char('@') + host;
            a.key = e.server; // .fetchids names the poll entry's server
            Account::AccountSettings &s = a.settings;
            s.host = host;
            s.user = user;
            // Without "ssl", fetchmail upgrades with STLS when it can; Poplar then requires it.
            s.security = ssl ? Pop3::Security::ImplicitTls : Pop3::Security::StartTls;
            const int port = service.toInt();
            s.port = port > 0 && port < 65536 ? quint16(port) : Pop3::defaultPort(s.security);
            s.auth = proto == QLatin1String("apop") ? Pop3::AuthMethod::Apop
                     : authName == QLatin1String("password") ? Pop3::AuthMethod::User
                     : authName == QLatin1String("cram-md5") ? Pop3::AuthMethod::CramMd5
                     : authName == QLatin1String("gssapi") || authName == QLatin1String("kerberos_v5") ? Pop3::AuthMethod::Gssapi
                     : Pop3::AuthMethod::Automatic;
            s.policy = keep ? Account::RetentionPolicy::Keep : Account::RetentionPolicy::DeleteAfterDownload;
            a.stateFile = idFile;
            result.accounts.append(a);
        }
    }
    return result;
}

ParsedState parseFetchids(const QByteArray &data)
{
    ParsedState state;
    QHash<QString, qsizetype> index; // "user@host" -> list
    int lineNumber = 0;
    for (const QByteArray &raw : lines(data)) {
        ++lineNumber;
        if (raw.trimmed().isEmpty())
            continue;
        const qsizetype space = raw.indexOf(' ');
        const QByteArray who = space < 0 ? raw : raw.left(space);
        const qsizetype at = who.lastIndexOf('@');
        const QByteArray uid = space < 0 ? QByteArray() : raw.mid(space + 1);
        if (at <= 0 || at == who.size() - 1 || uid.isEmpty()) {
            state.skipped.append({Text::tr(".fetchids line %1").arg(lineNumber), Text::tr("not a \"user@host UIDL\" line")});
            continue;
        }
        const QString key = QString::fromUtf8(who);
        auto it = index.constFind(key);
        if (it == index.constEnd()) {
            it = index.insert(key, state.lists.size());
            state.lists.append({QString::fromUtf8(who.mid(at + 1)), QString::fromUtf8(who.left(at)), {}});
        }
        state.lists[*it].uids.append(uid);
    }
    return state;
}

// --- getmail ---

ParsedConfig parseGetmailrc(const QByteArray &rc, const QString &getmailDir, const QString &fileName)
{
    QHash<QString, QString> values; // "section.key"
    QString section;
    for (const QByteArray &raw : lines(rc)) {
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')) || line.startsWith(QLatin1Char(';')))
            continue;
        if (line.startsWith(QLatin1Char('[')) && line.endsWith(QLatin1Char(']'))) {
            section = line.mid(1, line.size() - 2).trimmed().toLower();
            continue;
        }
        qsizetype sep = line.indexOf(QLatin1Char('='));
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (sep < 0 || (colon > 0 && colon < sep))
            sep = colon;
        if (sep > 0)
            values.insert(section + QLatin1Char('.') + line.left(sep).trimmed().toLower(), line.mid(sep + 1).trimmed());
    }
    ParsedConfig result;
    const QString type = values.value(QStringLiteral("retriever.type"));
    const QString host = values.value(QStringLiteral("retriever.server"));
    const QString user = values.value(QStringLiteral("retriever.username"));
    const QString label = Text::tr("%1 (%2)").arg(fileName, accountLabel(user, host));
    static const QStringList pop{QStringLiteral("SimplePOP3Retriever"), QStringLiteral("SimplePOP3SSLRetriever"),
                                 QStringLiteral("MultidropPOP3Retriever"), QStringLiteral("MultidropPOP3SSLRetriever")};
    if (type.isEmpty()) {
        result.skipped.append({label, Text::tr("no [retriever] type")});
        return result;
    }
    if (!pop.contains(type)) {
        result.skipped.append({label, type.contains(QLatin1String("BrokenUIDL"))
                                          ? Text::tr("%1: the server has no usable UIDLs").arg(type)
                                          : Text::tr("%1 is not a POP3 retriever").arg(type)});
        return result;
    }
    if (host.isEmpty() || user.isEmpty()) {
        result.skipped.append({label, Text::tr("no server or user name")});
        return result;
    }
    FoundAccount a;
    a.name = user + QLatin1Char('@') + host;
    a.key = fileName;
    Account::AccountSettings &s = a.settings;
    s.host = host;
    s.user = user;
    s.security = type.contains(QLatin1String("SSL")) ? Pop3::Security::ImplicitTls : Pop3::Security::StartTls;
    const int port = values.value(QStringLiteral("retriever.port")).toInt();
    s.port = port > 0 && port < 65536 ? quint16(port) : Pop3::defaultPort(s.security);
    s.auth = truthy(values.value(QStringLiteral("retriever.use_apop"))) ? Pop3::AuthMethod::Apop : Pop3::AuthMethod::Automatic;
    const int deleteAfter = values.value(QStringLiteral("options.delete_after")).toInt();
    if (truthy(values.value(QStringLiteral("options.delete")))) {
        s.policy = Account::RetentionPolicy::DeleteAfterDownload;
    } else if (deleteAfter > 0) {
        s.policy = Account::RetentionPolicy::DeleteAfterDays;
        s.policyDays = deleteAfter;
    } else {
        s.policy = Account::RetentionPolicy::Keep;
    }
    // getmail names it oldmail-SERVER-PORT-USER, with '/' in any part made '-'.
    QString name = QStringLiteral("oldmail-%1-%2-%3").arg(host).arg(s.port).arg(user);
    name.replace(QLatin1Char('/'), QLatin1Char('-'));
    a.stateFile = QDir(getmailDir).filePath(name);
    result.accounts.append(a);
    return result;
}

ParsedState parseOldmail(const QByteArray &data, const QString &host, const QString &user)
{
    ParsedState state;
    UidList list{host, user, {}};
    int lineNumber = 0;
    for (const QByteArray &raw : lines(data)) {
        ++lineNumber;
        if (raw.isEmpty())
            continue;
        const qsizetype nul = raw.indexOf('\0');
        if (nul <= 0) {
            state.skipped.append({Text::tr("oldmail line %1").arg(lineNumber), Text::tr("no NUL between UIDL and time")});
            continue;
        }
        list.uids.append(raw.left(nul));
    }
    state.lists.append(list);
    return state;
}

} // namespace Poplar::Import
