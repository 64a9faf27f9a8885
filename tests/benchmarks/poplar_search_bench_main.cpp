// What full-text search costs: the share of a download's time spent indexing (a real download
// from a private Dovecot through the sync engine, which indexes each batch as it commits), and how
// long queries take over an index of 100,000 messages. Prints the numbers; it fails only when
// something goes wrong, never on a number (this is not a test).
//
//   poplar-search-bench --messages DIR [--count 100000] [--runs 9]   (KEEP=1 keeps the large profile)
//
// DIR holds .eml files (tests/benchmarks/mailgen.py mixed 2000 DIR); the large index repeats them
// as downloaded messages of one account.
#include "DovecotServer.h"
#include "mime/SearchText.h"
#include "store/Profile.h"
#include "store/SearchIndex.h"
#include "sync/SyncEngine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstdio>

using namespace Poplar;

namespace {

QStringList messageFiles(const QString &dir)
{
    QStringList files;
    for (const QString &name : QDir(dir).entryList({QStringLiteral("*.eml")}, QDir::Files, QDir::Name))
        files << QDir(dir).filePath(name);
    return files;
}

double median(QVector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

int fail(const QString &message)
{
    std::fprintf(stderr, "poplar-search-bench: %s\n", qPrintable(message));
    return 1;
}

/// Downloads every message of `files` from a private Dovecot with the sync engine; prints the whole
/// run's time and the part of it spent indexing.
int measureDownload(const QStringList &files)
{
    Test::DovecotServer server;
    if (!server.isValid())
        return fail(server.error());
    server.addUser("bench", "pw");
    qint64 bytes = 0;
    for (const QString &path : files) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return fail(path + QStringLiteral(": ") + file.errorString());
        const QByteArray message = file.readAll();
        bytes += message.size();
        server.addMessage("bench", message);
    }
    if (!server.start())
        return fail(server.error());
    QTemporaryDir dir;
    QString error;
    auto profile = Store::Profile::open(dir.path(), &error);
    if (!profile)
        return fail(error);
    Account::AccountSettings account;
    account.name = QStringLiteral("bench");
    account.host = QStringLiteral("127.0.0.1");
    account.port = server.pop3sPort();
    account.security = Pop3::Security::ImplicitTls;
    account.caFile = server.caCertificatePath();
    account.user = QStringLiteral("bench");
    account.id = profile->accounts().add(account, &error);
    if (!account.id)
        return fail(error);
    Sync::SyncEngine engine(profile->messages());
    QSignalSpy finished(&engine, &Sync::SyncEngine::finished);
    QElapsedTimer clock;
    clock.start();
    engine.start({Sync::Operation::Download, account, "pw", {}});
    if (!QTest::qWaitFor([&] { return !finished.isEmpty(); }, 600000))
        return fail(QStringLiteral("the download did not finish"));
    const double totalMs = clock.nsecsElapsed() / 1e6;
    const auto result = finished.first().first().value<Sync::SyncResult>();
    if (!result.ok() || result.downloaded != files.size())
        return fail(QStringLiteral("download failed: %1 %2").arg(result.error.message, result.storeError));
    const double indexMs = engine.indexingNanoseconds() / 1e6;
    // The decoding part of indexing alone, for the record.
    QElapsedTimer decode;
    decode.start();
    qsizetype chars = 0;
    for (const QString &path : files) {
        QFile file(path);
        file.open(QIODevice::ReadOnly);
        chars += Mime::searchText(file.readAll()).body.size();
    }
    const double decodeMs = decode.nsecsElapsed() / 1e6;
    std::printf("download of %lld messages (%.1f MB), implicit TLS, durable commits, no added latency: %.0f ms, of which "
                "indexing %.0f ms = %.1f%% of the download without it (decoding the text alone: %.0f ms, %.1f M characters)\n",
                qlonglong(files.size()), bytes / 1e6, totalMs, indexMs, 100.0 * indexMs / (totalMs - indexMs), decodeMs,
                chars / 1e6);
    return 0;
}

/// Builds an index of `count` downloaded messages (the files repeated) and times queries on it.
int measureQueries(const QStringList &files, int count, int runs)
{
    QTemporaryDir dir;
    dir.setAutoRemove(qEnvironmentVariableIsEmpty("KEEP"));
    if (!dir.autoRemove())
        std::printf("profile kept in %s\n", qPrintable(dir.path()));
    QString error;
    auto profile = Store::Profile::open(dir.path(), &error);
    if (!profile)
        return fail(error);
    Account::AccountSettings account;
    account.name = QStringLiteral("big");
    account.host = QStringLiteral("pop.example.org");
    account.user = QStringLiteral("big");
    account.id = profile->accounts().add(account, &error);
    QSqlDatabase db = profile->database().connection();
    {
        db.transaction();
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral("INSERT INTO messages (account_id, uidl, server_size, first_seen, on_server, "
                                      "downloaded_at, raw_path, raw_size, seen) VALUES (?, ?, 1, 0, 0, 1, ?, 1, 1)"));
        for (int i = 0; i < count; ++i) {
            insert.addBindValue(account.id);
            insert.addBindValue(QByteArray("m") + QByteArray::number(i));
            insert.addBindValue(QDir(dir.path()).relativeFilePath(files.at(i % files.size())));
            if (!insert.exec())
                return fail(insert.lastError().text());
        }
        db.commit();
    }
    Store::SearchIndex index(profile->messages());
    QElapsedTimer clock;
    clock.start();
    for (;;) {
        const auto done = index.catchUp(500);
        if (!done)
            return fail(done.error());
        if (done.value() == 0)
            break;
    }
    const double buildS = clock.nsecsElapsed() / 1e9;
    const qint64 dbBytes = QFileInfo(dir.filePath(QStringLiteral("poplar.sqlite"))).size()
                           + QFileInfo(dir.filePath(QStringLiteral("poplar.sqlite-wal"))).size();
    std::printf("index of %d messages built by catch-up in %.1f s (%.0f messages/s), database %.0f MB\n", count,
                buildS, count / buildS, dbBytes / 1e6);
    const QStringList queries{QStringLiteral("budget"), QStringLiteral("quarterly budget"),
                              QStringLiteral("\"budget review\""), QStringLiteral("from:alice"),
                              QStringLiteral("subject:invoice"), QStringLiteral("dead*"),
                              QStringLiteral("the"), QStringLiteral("zzzznothing"), QStringLiteral("müller report")};
    std::printf("| query | hits | list filter (ids), median (worst) | poplar-sync (UIDLs), median (worst) |\n|---|---:|---:|---:|\n");
    for (const QString &text : queries) {
        for (const Store::LastWord mode : {Store::LastWord::AsTyped, Store::LastWord::Prefix}) {
            const Store::SearchQuery query = Store::parseSearchQuery(text, mode);
            // search() as poplar-sync asks (UIDLs, one account), rankedIds() as the window's list does.
            QVector<double> times, idTimes;
            qsizetype hits = 0;
            for (int r = 0; r < runs; ++r) {
                clock.restart();
                const auto found = index.search(query, account.id);
                times.append(clock.nsecsElapsed() / 1e6);
                clock.restart();
                const auto ids = index.rankedIds(query);
                idTimes.append(clock.nsecsElapsed() / 1e6);
                if (!found || !ids)
                    return fail(found.error() + ids.error());
                hits = found->size();
            }
            std::printf("| `%s`%s | %lld | %.1f ms (%.1f) | %.1f ms (%.1f) |\n", qPrintable(text),
                        mode == Store::LastWord::Prefix ? " typed" : "", qlonglong(hits), median(idTimes),
                        *std::max_element(idTimes.begin(), idTimes.end()), median(times),
                        *std::max_element(times.begin(), times.end()));
        }
    }
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("messages"), QStringLiteral("Folder of .eml files (mailgen.py mixed)."), QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("count"), QStringLiteral("Messages in the large index."), QStringLiteral("N"), QStringLiteral("100000")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Runs of each query."), QStringLiteral("N"), QStringLiteral("9")});
    parser.process(app);
    const QStringList files = messageFiles(parser.value(QStringLiteral("messages")));
    if (files.isEmpty())
        return fail(QStringLiteral("no .eml files; give --messages DIR"));
    if (const int rc = measureDownload(files))
        return rc;
    return measureQueries(files, parser.value(QStringLiteral("count")).toInt(), parser.value(QStringLiteral("runs")).toInt());
}
