// A 200 MB message downloaded by the in-process SyncEngine from a real Dovecot: the stored copy
// is byte-exact, and the process's peak resident memory grows by less than 64 MB meanwhile.

#include "DovecotServer.h"
#include "store/Profile.h"
#include "sync/SyncEngine.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

#include <malloc.h>

using namespace Poplar;

namespace {

constexpr qint64 BodyBytes = 200LL * 1024 * 1024;
constexpr qint64 MaxGrowth = 64LL * 1024 * 1024;
constexpr int RunTimeoutMs = 240000;
constexpr qint64 StallAfterBytes = 64LL * 1024 * 1024; ///< by then TCP has grown its receive window
const QByteArray Password = "two-hundred";

/// A field of /proc/self/status in bytes (its values are in kB), or -1.
qint64 procStatus(const QByteArray &field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field + ':'))
            return line.mid(field.size() + 1).trimmed().split(' ').first().toLongLong() * 1024;
    }
    return -1;
}

/// Resets VmHWM to the current VmRSS (Linux 4.0+); false where that is not possible.
bool resetPeak()
{
    QFile clearRefs(QStringLiteral("/proc/self/clear_refs"));
    return clearRefs.open(QIODevice::WriteOnly) && clearRefs.write("5") == 1;
}

/// What the message looks like on the server and as downloaded.
struct Generated {
    qint64 serverBytes = 0;   ///< the maildir file (LF line ends)
    qint64 crlfBytes = 0;     ///< as POP3 delivers it and the store keeps it
    QByteArray crlfSha256;
};

/// Writes the message to `path` in 1 MB pieces: a header, then base64-like lines of 76
/// characters from a fixed pseudo-random sequence, a few of them starting with a dot.
Generated writeLargeMessage(const QString &path)
{
    Generated g;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return g;
    QCryptographicHash sha(QCryptographicHash::Sha256);
    auto emitLf = [&](const QByteArray &lf) {
        file.write(lf);
        g.serverBytes += lf.size();
        QByteArray crlf = lf;
        crlf.replace("\n", "\r\n");
        sha.addData(crlf);
        g.crlfBytes += crlf.size();
    };
    emitLf("Message-ID: <large.200mb@poplar.test>\n"
           "Date: Thu, 09 Nov 2023 12:00:00 +0000\n"
           "From: Sender <sender@example.net>\n"
           "To: Alice <alice@example.org>\n"
           "Subject: Two hundred megabytes\n"
           "MIME-Version: 1.0\n"
           "Content-Type: application/octet-stream\n"
           "Content-Transfer-Encoding: base64\n"
           "\n");
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    quint64 state = 0x9E3779B97F4A7C15ULL;
    QByteArray chunk;
    chunk.reserve(1024 * 1024 + 80);
    qint64 written = 0;
    for (qint64 line = 0; written < BodyBytes; ++line) {
        char text[77];
        for (int i = 0; i < 76; ++i) {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            text[i] = alphabet[state & 63];
        }
        if (line % 100000 == 50000)
            text[0] = '.'; // dot-stuffed on the wire
        text[76] = '\n';
        chunk.append(text, 77);
        written += 77;
        if (chunk.size() >= 1024 * 1024) {
            emitLf(chunk);
            chunk.clear();
        }
    }
    emitLf(chunk);
    g.crlfSha256 = sha.result();
    if (!file.flush())
        g.serverBytes = -1;
    return g;
}

/// SHA-256 of a file, read in pieces.
QByteArray fileSha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash sha(QCryptographicHash::Sha256);
    while (!file.atEnd())
        sha.addData(file.read(1024 * 1024));
    return sha.result();
}

} // namespace

class TestSyncLarge : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void downloadWithinBoundedMemory_data();
    void downloadWithinBoundedMemory();

private:
    std::unique_ptr<Test::DovecotServer> m_server;
    Generated m_generated;
};

void TestSyncLarge::initTestCase()
{
    m_server = std::make_unique<Test::DovecotServer>();
    QVERIFY2(m_server->isValid(), qPrintable(m_server->error()));
    m_server->addUser("large", Password);
    // A placeholder through the fixture (ownership, maildir name), then its contents replaced by
    // the streamed 200 MB before Dovecot ever sees it.
    const QString path = m_server->addMessage("large", "Subject: placeholder\n\n.\n");
    QVERIFY(!path.isEmpty());
    QElapsedTimer clock;
    clock.start();
    m_generated = writeLargeMessage(path);
    QVERIFY(m_generated.serverBytes > BodyBytes);
    QCOMPARE(QFileInfo(path).size(), m_generated.serverBytes);
    qInfo("generated %lld bytes in %lld ms", m_generated.serverBytes, clock.elapsed());
    QVERIFY2(m_server->start(), qPrintable(m_server->error()));
}

void TestSyncLarge::cleanupTestCase()
{
    m_server.reset();
}

void TestSyncLarge::downloadWithinBoundedMemory_data()
{
    QTest::addColumn<int>("stallMs");
    QTest::newRow("steady") << 0;
    // The client stops reading for a moment, as on a disk stall, while the server keeps sending:
    // the kernel's socket buffer fills (tcp_rmem allows up to 32 MB here) and arrives in one go.
    QTest::newRow("disk-stall") << 1500;
}

void TestSyncLarge::downloadWithinBoundedMemory()
{
    QFETCH(int, stallMs);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString error;
    auto profile = Store::Profile::open(dir.path(), &error);
    QVERIFY2(profile, qPrintable(error));
    Account::AccountSettings account;
    account.name = QStringLiteral("large");
    account.host = QStringLiteral("127.0.0.1");
    account.port = m_server->pop3Port();
    account.security = Pop3::Security::Plain;
    account.user = QStringLiteral("large");
    account.policy = Account::RetentionPolicy::Keep; // the next row downloads it again
    account.id = profile->accounts().add(account, &error);
    QVERIFY2(account.id > 0, qPrintable(error));

    Sync::SyncEngine engine(profile->messages());
    QByteArray trace;
    connect(&engine, &Sync::SyncEngine::protocolTrace, this,
            [&](Pop3::Session::Direction direction, const QByteArray &line) {
                trace += (direction == Pop3::Session::Direction::Client ? "C: " : "S: ") + line + '\n';
            });
    // Progress comes once per body piece the engine is handed: its steps are the piece sizes.
    qint64 lastBytes = 0;
    qint64 largestPiece = 0;
    int pieces = 0;
    bool stalled = false;
    connect(&engine, &Sync::SyncEngine::progress, this, [&](const Sync::SyncProgress &p) {
        if (p.phase != Sync::Phase::Downloading || p.bytesDone <= lastBytes)
            return;
        largestPiece = qMax(largestPiece, p.bytesDone - lastBytes);
        lastBytes = p.bytesDone;
        ++pieces;
        if (stallMs > 0 && !stalled && p.bytesDone >= StallAfterBytes) {
            stalled = true;
            QThread::msleep(stallMs);
        }
    });
    QSignalSpy finished(&engine, &Sync::SyncEngine::finished);

    malloc_trim(0); // what an earlier row freed is not counted as resident at the start
    const bool peakReset = resetPeak();
    const qint64 rssBefore = procStatus("VmRSS");
    const qint64 peakBefore = procStatus("VmHWM");
    QVERIFY(rssBefore > 0 && peakBefore > 0);
    QElapsedTimer clock;
    clock.start();
    engine.start({Sync::Operation::Download, account, Password, {}});
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, RunTimeoutMs);
    const qint64 elapsedMs = clock.elapsed();
    const qint64 peakAfter = procStatus("VmHWM");
    const auto result = finished.first().first().value<Sync::SyncResult>();
    QVERIFY2(result.ok(), qPrintable(result.error.message + u' ' + result.storeError + u'\n' + QString::fromUtf8(trace)));
    QCOMPARE(result.downloaded, 1);

    // Growth counts from what was resident when the download began, against the peak during it
    // (or, without a resettable peak, the higher of the two starting figures).
    const qint64 base = peakReset ? rssBefore : qMax(rssBefore, peakBefore);
    const qint64 growth = peakAfter - base;
    const QString report =
        QStringLiteral("download of %1 bytes took %2 ms (%3 MB/s); VmRSS before %4 KB, VmHWM before %5 KB%6, "
                       "after %7 KB: growth %8 KB; %9 body pieces, the largest %10 KB")
            .arg(m_generated.crlfBytes)
            .arg(elapsedMs)
            .arg(m_generated.crlfBytes / 1048576.0 / qMax<qint64>(elapsedMs, 1) * 1000, 0, 'f', 1)
            .arg(rssBefore / 1024)
            .arg(peakBefore / 1024)
            .arg(peakReset ? QStringLiteral(" (reset)") : QString())
            .arg(peakAfter / 1024)
            .arg(growth / 1024)
            .arg(pieces)
            .arg(largestPiece / 1024);
    qInfo().noquote() << report;
    if (elapsedMs > 60000)
        qWarning("the download took longer than 60 s: %lld ms", elapsedMs);

    const auto rows = profile->messages().messages(account.id).value();
    QCOMPARE(rows.size(), 1);
    const Store::StoredMessage &stored = rows.first();
    QVERIFY(stored.isDownloaded());
    QCOMPARE(stored.serverSize, m_generated.crlfBytes);
    QCOMPARE(stored.rawSize, m_generated.crlfBytes);
    QCOMPARE(QFileInfo(stored.rawPath).size(), m_generated.crlfBytes);
    QCOMPARE(fileSha256(stored.rawPath).toHex(), m_generated.crlfSha256.toHex());
    QCOMPARE(stored.summary.subject, QStringLiteral("Two hundred megabytes"));

    QVERIFY2(growth < MaxGrowth, qPrintable(report));
}

QTEST_GUILESS_MAIN(TestSyncLarge)
#include "tst_sync_large.moc"
