#include "SearchCommand.h"

#include "CommandLine.h"
#include "display/OutsideText.h"
#include "store/SearchIndex.h"

namespace Poplar::Cli {

int searchCommand(Context &c)
{
    if (c.args.size() < 2) {
        printError(c.err, QStringLiteral("search NAME QUERY"));
        return ExitUsage;
    }
    int failure = ExitOk;
    const auto account = accountNamed(c, c.args.first(), &failure);
    if (!account)
        return failure;
    Store::SearchIndex index(c.profile.messages());
    if (!c.profile.isReadOnly()) {
        const auto pending = index.pending();
        if (pending && pending.value() > 0)
            c.err << "poplar-sync: " << Text::tr("indexing %n message(s) for search", nullptr, pending.value()) << Qt::endl;
        for (;;) {
            const auto done = index.catchUp();
            if (!done)
                return readFailure(c, done.error());
            if (done.value() == 0)
                break;
        }
    }
    // The shell took the quotes off `search NAME "two words"`: an argument with a space is a phrase again.
    QStringList words;
    for (const QString &word : c.args.mid(1))
        words << (word.contains(QLatin1Char(' ')) && !word.contains(QLatin1Char('"')) ? QLatin1Char('"') + word + QLatin1Char('"') : word);
    const Store::SearchQuery query = Store::parseSearchQuery(words.join(QLatin1Char(' ')));
    const auto hits = index.search(query, account->id);
    if (!hits)
        return readFailure(c, hits.error());
    QVector<QByteArray> uids;
    for (const Store::SearchIndex::Hit &hit : hits.value())
        uids.append(hit.uid);
    const auto rows = c.profile.messages().messages(account->id, uids, Store::MessageStore::Headers::Omit);
    if (!rows)
        return readFailure(c, rows.error());
    QHash<QByteArray, const Store::StoredMessage *> byUid;
    for (const Store::StoredMessage &m : rows.value())
        byUid.insert(m.uid, &m);
    for (const QByteArray &uid : std::as_const(uids)) {
        const Store::StoredMessage *m = byUid.value(uid);
        if (!m)
            continue;
        const QString state = m->isDownloaded() ? QStringLiteral("downloaded") : QStringLiteral("headers");
        c.out << uidForTerminal(m->uid) << '\t' << state << '\t' << m->summary.date.toLocalTime().toString(Qt::ISODate)
              << '\t' << Display::forTerminal(m->summary.from) << '\t' << Display::forTerminal(m->summary.subject)
              << '\n';
    }
    c.out.flush();
    return ExitOk;
}

} // namespace Poplar::Cli
