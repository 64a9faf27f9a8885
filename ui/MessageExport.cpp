#include "MessageExport.h"

#include "StoredMessageDialogs.h"
#include "store/Export.h"
#include "sync/SyncService.h"

#include <QCoreApplication>
#include <QProgressDialog>

namespace Poplar::Ui {

// The texts are the main window's: they keep its translation context.

MessageExporter::MessageExporter(QWidget *window, Sync::SyncThread *sync, Store::MessageStore *store, StartDownload start)
    : QObject(window), m_window(window), m_sync(sync), m_store(store), m_start(std::move(start))
{
    if (!m_sync)
        return;
    Sync::SyncService *service = m_sync->service();
    connect(service, &Sync::SyncService::finished, this, &MessageExporter::onFinished);
    connect(service, &Sync::SyncService::progress, this, [this](qint64 id, const Sync::SyncProgress &p) {
        if (p.phase != Sync::Phase::Downloading)
            return;
        for (const Pending &pending : std::as_const(m_pending)) {
            if (pending.accountId == id && pending.progress)
                pending.progress->setValue(qMin(p.done, pending.progress->maximum()));
        }
    });
}

void MessageExporter::exportMessages(qint64 accountId, const QVector<Store::StoredMessage> &messages, Format format,
                                     const QString &target)
{
    Pending pending{accountId, {}, format, target, {}};
    QVector<QByteArray> missing;
    for (const Store::StoredMessage &m : messages) {
        pending.uids.append(m.uid);
        if (!m.isDownloaded() || m.isDamaged())
            missing.append(m.uid);
    }
    if (missing.isEmpty() || !m_sync) {
        write(pending);
        return;
    }
    const quint64 tag = ++m_lastTag;
    auto *progress = new QProgressDialog(QCoreApplication::translate("Poplar::Ui::MainWindow", "Downloading %n message(s) from the server\u2026", nullptr, int(missing.size())),
                                         QCoreApplication::translate("Poplar::Ui::MainWindow", "Cancel"), 0, int(missing.size()), m_window);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    connect(progress, &QProgressDialog::canceled, this, [this, tag, accountId] {
        if (m_pending.remove(tag))
            m_sync->stop(accountId); // ends the download; its result then finds nothing pending
    });
    pending.progress = progress;
    m_pending.insert(tag, pending);
    m_start(accountId, missing, tag);
}

void MessageExporter::downloadForDrag(qint64 accountId, const QVector<QByteArray> &uids)
{
    if (uids.isEmpty())
        return;
    m_start(accountId, uids, 0);
    emit statusMessage(QCoreApplication::translate("Poplar::Ui::MainWindow", "%n message(s) not downloaded yet: downloading them now; drag them again once they are.", nullptr, int(uids.size())));
}

void MessageExporter::onFinished(qint64, const Sync::SyncResult &result)
{
    if (result.tag == 0 || !m_pending.contains(result.tag))
        return;
    const Pending pending = m_pending.take(result.tag);
    if (pending.progress) {
        pending.progress->disconnect(this); // closing it is not a cancel
        pending.progress->close();
    }
    if (result.error.kind == Pop3::Error::Kind::Aborted)
        return;
    if (!result.ok()) {
        const QString why = result.storeError.isEmpty() ? result.error.message : result.storeError;
        emit errorMessage(QCoreApplication::translate("Poplar::Ui::MainWindow", "Export failed: %1").arg(QCoreApplication::translate("Poplar::Ui::MainWindow", "the messages could not be downloaded: %1").arg(why)));
        return;
    }
    write(pending);
}

void MessageExporter::write(const Pending &pending)
{
    if (!m_store)
        return; // no profile: nothing to export
    const auto read = m_store->messages(pending.accountId, pending.uids, Store::MessageStore::Headers::Omit);
    if (!read) {
        emit errorMessage(QCoreApplication::translate("Poplar::Ui::MainWindow", "The messages could not be read from the profile: %1").arg(read.error()));
        return;
    }
    const QVector<Store::StoredMessage> &messages = read.value();
    QString error;
    QVector<Store::StoredMessage> damaged;
    if (pending.format == Format::Folder) {
        const QStringList written = Store::exportToFolder(messages, pending.target, &error, &damaged);
        if (error.isEmpty())
            emit statusMessage(QCoreApplication::translate("Poplar::Ui::MainWindow", "%n message(s) exported to %1", nullptr, int(written.size())).arg(pending.target));
    } else if (Store::exportToMbox(messages, pending.target, &error, &damaged)) {
        emit statusMessage(QCoreApplication::translate("Poplar::Ui::MainWindow", "Exported to %1").arg(pending.target));
    }
    if (!error.isEmpty())
        emit errorMessage(QCoreApplication::translate("Poplar::Ui::MainWindow", "Export failed: %1").arg(error));
    reportDamagedExport(m_window, m_sync, pending.accountId, damaged);
}

} // namespace Poplar::Ui
