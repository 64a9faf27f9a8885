// The UI thread never waits on the network or on fsync: measured as the longest gap between
// ticks of a short timer on the UI thread while 2,000 messages download into a profile that
// already holds 100,000.

#include "MessageView.h"
#include "UiFixture.h"
#include "model/MessageListModel.h"

#include <QAction>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTest>
#include <QEventLoop>
#include <QTimer>

using namespace Poplar;
using namespace Poplar::Test;

namespace {

/// Records the longest interval between consecutive timer ticks on this thread.
class StallMeter : public QObject {
public:
    explicit StallMeter(int intervalMs)
    {
        m_timer.setInterval(intervalMs);
        m_timer.setTimerType(Qt::PreciseTimer);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            if (m_last >= 0)
                m_longest = qMax(m_longest, now - m_last);
            m_last = now;
        });
    }
    void start()
    {
        m_clock.start();
        m_last = -1;
        m_longest = 0;
        m_timer.start();
    }
    double longestMs() const { return m_longest / 1e6; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = -1;
    qint64 m_longest = 0;
};

} // namespace

class TestResponsiveness : public QObject {
    Q_OBJECT
private slots:
    void longestStallWhileDownloading2000Into100k();
};

void TestResponsiveness::longestStallWhileDownloading2000Into100k()
{
    QList<QByteArray> messages;
    for (int i = 0; i < 2000; ++i)
        messages << uiMessage(i, "Bulk message " + QByteArray::number(i), QByteArray(1500, 'x') + '\n');
    UiFixture f(messages);
    QVERIFY2(f.started, qPrintable(f.server.error()));
    {
        QString error;
        auto profile = Store::Profile::open(f.dir.path(), &error);
        QSqlDatabase db = profile->database().connection();
        QVERIFY(db.transaction());
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral("INSERT INTO messages (account_id, uidl, server_size, first_seen, on_server, "
                                      "from_text, subject, date, seen) VALUES (?, ?, ?, 0, 0, ?, ?, ?, 1)"));
        for (int i = 0; i < 100000; ++i) {
            insert.addBindValue(f.account.id);
            insert.addBindValue(QByteArray("old-") + QByteArray::number(i));
            insert.addBindValue(2000 + i % 5000);
            insert.addBindValue(QStringLiteral("Old sender %1 <o%1@example.org>").arg(i % 700));
            insert.addBindValue(QStringLiteral("An older message, number %1").arg(i));
            insert.addBindValue(1600000000 + i * 60);
            QVERIFY(insert.exec());
        }
        QVERIFY(db.commit());
    }
    Ui::MainWindow w(f.dir.path());
    w.show();
    QCOMPARE(w.messageModel()->rowCount(), 100000);
    w.action(QStringLiteral("check"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(w.isBusy(f.account.id), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!w.isBusy(f.account.id), 120000);
    QCOMPARE(w.messageModel()->rowCount(), 102000);

    StallMeter meter(5);
    w.messageView()->selectAll();
    // Waits in a plain event loop, as the application does: QTRY's sleeps would count as stalls.
    QEventLoop loop;
    bool finished = false;
    connect(w.syncThread()->service(), &Sync::SyncService::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(180000, &loop, &QEventLoop::quit);
    QElapsedTimer download;
    download.start();
    w.action(QStringLiteral("download"))->trigger();
    meter.start();
    loop.exec();
    const qint64 elapsed = download.elapsed();
    QVERIFY(finished);
    QTRY_VERIFY(!w.isBusy(f.account.id));
    int downloaded = 0;
    for (int r = 0; r < w.messageModel()->rowCount(); ++r)
        downloaded += w.messageModel()->message(r).isDownloaded() ? 1 : 0;
    QCOMPARE(downloaded, 2000);
    qInfo("2,000 messages downloaded in %lld ms with 100,000 stored; longest UI-thread stall %.1f ms",
          elapsed, meter.longestMs());
    // The goal is 50 ms. The suite runs with a looser bound (POPLAR_STALL_LIMIT_MS) while
    // paints of the list during a download still take 20-25 ms each on a loaded machine.
    const double limit = qEnvironmentVariableIsSet("POPLAR_STALL_LIMIT_MS")
        ? qEnvironmentVariableIntValue("POPLAR_STALL_LIMIT_MS") : 50.0;
    QVERIFY2(meter.longestMs() < limit, qPrintable(QStringLiteral("%1 ms (limit %2 ms)").arg(meter.longestMs()).arg(limit)));
}

QTEST_MAIN(TestResponsiveness)
#include "tst_responsiveness.moc"
