// The GUI half of the benchmark (see README.md here).
//
//   poplar-gui-bench fill DIR COUNT    a profile in DIR with one account holding COUNT messages
//   poplar-gui-bench open DIR          opens DIR as the application does and prints, as one JSON
//                                      line: milliseconds from main() to the message list painted
//                                      with its rows, resident memory then and at peak, and the
//                                      CPU time of repainting the list (median and longest of 20), and
//                                      the median with every row selected; then the CPU time of
//                                      showing 2,000 newly stored messages (appended to the profile)
//
// The stall during a download is measured by poplar-stall-bench, which the benchmark runs; this
// tool covers what happens before the user can do anything.

#include "BulkMessages.h"
#include "MainWindow.h"
#include "MessageView.h"
#include "model/MessageListModel.h"
#include "store/Profile.h"

#include <QApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QHeaderView>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

using namespace Poplar;

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "poplar-gui-bench: %s\n", qPrintable(message));
    return 1;
}

/// A field of /proc/self/status in megabytes (VmRSS, VmHWM).
double statusMegabytes(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(int(qstrlen(field)) + 1).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

int fill(const QString &dir, int count)
{
    QString error;
    auto profile = Store::Profile::open(dir, &error);
    if (!profile)
        return fail(error);
    Account::AccountSettings account;
    account.name = QStringLiteral("Archive");
    account.host = QStringLiteral("pop.example.org");
    account.user = QStringLiteral("archive");
    account.id = profile->accounts().add(account, &error);
    if (!account.id)
        return fail(error);
    if (!Test::insertOldMessages(profile->database().connection(), account.id, count, &error))
        return fail(error);
    return 0;
}

/// Notes when the viewport has been painted with rows in the model.
class FirstPaint : public QObject {
public:
    FirstPaint(Model::MessageListModel *model, QElapsedTimer *clock) : m_model(model), m_clock(clock) {}
    qint64 shownMs = -1;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && shownMs < 0 && m_model->rowCount() > 0) {
            // Measured once this paint and its flush are done.
            QTimer::singleShot(0, this, [this] { shownMs = m_clock->elapsed(); });
        }
        return false;
    }

private:
    Model::MessageListModel *m_model;
    QElapsedTimer *m_clock;
};

/// CPU times of 20 repaints of the list (rows, header and scroll bars), sorted.
std::vector<double> repaintTimes(QTreeView *view)
{
    std::vector<double> times;
    for (int i = 0; i < 20; ++i) {
        const double before = threadCpuMs();
        view->viewport()->repaint();
        view->header()->viewport()->repaint();
        times.push_back(threadCpuMs() - before);
    }
    std::sort(times.begin(), times.end());
    return times;
}

/// CPU time the UI thread spends showing `count` new messages (newer than every stored one) that
/// a sync has just committed, all rows selected; -1 if they could not be stored.
double appendTime(const QString &dir, Model::MessageListModel *model, int count)
{
    QString error;
    auto profile = Store::Profile::open(dir, &error);
    const QByteArray prefix = "new-" + QByteArray::number(QDateTime::currentMSecsSinceEpoch()) + '-';
    if (!profile || !Test::insertOldMessages(profile->database().connection(), model->accountId(), count, &error,
                                             prefix, QDateTime::currentSecsSinceEpoch())) {
        fail(error);
        return -1;
    }
    QVector<QByteArray> uids;
    for (int i = 0; i < count; ++i)
        uids << prefix + QByteArray::number(i);
    const double before = threadCpuMs();
    model->refresh(uids);
    QCoreApplication::processEvents(); // the view's own handling of the new rows
    const double spent = threadCpuMs() - before;
    // The profile stays as it was for the next run.
    QSqlQuery remove(profile->database().connection());
    remove.prepare(QStringLiteral("DELETE FROM messages WHERE account_id = ? AND substr(uidl, 1, ?) = ?"));
    remove.addBindValue(model->accountId());
    remove.addBindValue(prefix.size());
    remove.addBindValue(prefix);
    if (!remove.exec()) {
        fail(remove.lastError().text());
        return -1;
    }
    return spent;
}

int open(QElapsedTimer &clock, const QString &dir)
{
    Ui::MainWindow window(dir);
    if (!window.profileError().isEmpty())
        return fail(window.profileError());
    FirstPaint first(window.messageModel(), &clock);
    window.messageView()->viewport()->installEventFilter(&first);
    window.resize(1200, 800);
    window.show();
    while (first.shownMs < 0) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        if (clock.elapsed() > 60000)
            return fail(QStringLiteral("the list was not shown within 60 s"));
    }
    const double rss = statusMegabytes("VmRSS:");
    const double peak = statusMegabytes("VmHWM:");

    const std::vector<double> paints = repaintTimes(window.messageView());
    window.messageView()->selectAll();
    const std::vector<double> selectedPaints = repaintTimes(window.messageView());
    const double append = appendTime(dir, window.messageModel(), 2000);
    if (append < 0)
        return 1;
    QJsonObject result{{QStringLiteral("rows"), window.messageModel()->rowCount()},
                       {QStringLiteral("open_ms"), first.shownMs},
                       {QStringLiteral("rss_mb"), rss},
                       {QStringLiteral("peak_rss_mb"), peak},
                       {QStringLiteral("paint_cpu_ms_median"), paints[paints.size() / 2]},
                       {QStringLiteral("paint_cpu_ms_max"), paints.back()},
                       {QStringLiteral("paint_all_selected_cpu_ms_median"), selectedPaints[selectedPaints.size() / 2]},
                       {QStringLiteral("append_2000_cpu_ms"), append}};
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer clock;
    clock.start();
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 4 && args.at(1) == QLatin1String("fill"))
        return fill(args.at(2), args.at(3).toInt());
    if (args.size() == 3 && args.at(1) == QLatin1String("open"))
        return open(clock, args.at(2));
    return fail(QStringLiteral("usage: poplar-gui-bench fill DIR COUNT | open DIR"));
}
