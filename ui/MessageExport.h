#pragma once

#include "store/MessageStore.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

class QProgressDialog;
class QWidget;

namespace Poplar::Sync { class SyncThread; struct SyncResult; }

namespace Poplar::Ui {

/// The main window's exports: the selected messages to a folder of .eml files or to one mbox
/// file. Messages not yet (soundly) stored are downloaded first: the export queues one "download,
/// then export" request in the sync thread under its own tag, shows a cancellable progress
/// dialog, and exports when that request's result arrives. Results of other runs of the account
/// (a check queued before it, say) are not its own and change nothing. Nothing waits.
class MessageExporter : public QObject {
    Q_OBJECT
public:
    enum class Format { Folder, Mbox };
    /// Queues a download of `uids` of the account under `tag` (MainWindow's startSync).
    using StartDownload = std::function<void(qint64 accountId, const QVector<QByteArray> &uids, quint64 tag)>;

    /// `store` is the window's read connection; `window` parents the dialogs.
    MessageExporter(QWidget *window, Sync::SyncThread *sync, Store::MessageStore *store, StartDownload start);

    /// Exports `messages` of the account to `target` (a folder, or an mbox file), downloading
    /// first those not soundly stored. `statusMessage` or `errorMessage` says how it went.
    void exportMessages(qint64 accountId, const QVector<Store::StoredMessage> &messages, Format format,
                        const QString &target);
    /// A drag of messages still on the server: the drag offers only the stored ones (a drop
    /// target cannot wait for a download), so these are downloaded now to be dragged again.
    void downloadForDrag(qint64 accountId, const QVector<QByteArray> &uids);
    /// Exports waiting for their download.
    int pendingCount() const { return int(m_pending.size()); }

signals:
    /// A line for the status bar.
    void statusMessage(const QString &text);
    /// A failure for the error bar.
    void errorMessage(const QString &text);

private:
    struct Pending {
        qint64 accountId = 0;
        QVector<QByteArray> uids; ///< everything to export, downloaded or not
        Format format = Format::Folder;
        QString target;
        QPointer<QProgressDialog> progress;
    };
    void onFinished(qint64 accountId, const Sync::SyncResult &result);
    /// Reads the rows of `pending` again and writes them out.
    void write(const Pending &pending);

    QWidget *m_window;
    Sync::SyncThread *m_sync;
    Store::MessageStore *m_store;
    StartDownload m_start;
    QHash<quint64, Pending> m_pending; ///< by the tag of their download
    quint64 m_lastTag = 0;
};

} // namespace Poplar::Ui
