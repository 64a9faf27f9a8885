#include "StoredMessageDialogs.h"

#include "display/OutsideText.h"
#include "store/Integrity.h"
#include "sync/SyncService.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QProgressDialog>

namespace Poplar::Ui {

// The texts are the main window's: they keep its translation context.

void reportDamagedExport(QWidget *parent, Sync::SyncThread *sync, qint64 accountId,
                         const QVector<Store::StoredMessage> &damaged)
{
    if (damaged.isEmpty())
        return;
    QStringList lines;
    QHash<QByteArray, Store::FileState> states;
    for (const Store::StoredMessage &m : damaged) {
        lines << Display::forLabel(Store::fileStateDescription(m));
        states.insert(m.uid, m.fileState);
    }
    sync->setFileStates(accountId, states); // the list shows them as damaged
    auto *box = new QMessageBox(QMessageBox::Warning, QCoreApplication::translate("Poplar::Ui::MainWindow", "Export"),
                                QCoreApplication::translate("Poplar::Ui::MainWindow", "%n message(s) not exported: the stored file is missing or damaged.", nullptr,
                                   int(damaged.size())),
                                QMessageBox::Ok, parent);
    box->setInformativeText(lines.mid(0, 20).join(QLatin1Char('\n')));
    box->setDetailedText(lines.join(QLatin1Char('\n')));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void verifyStoredMessages(QWidget *parent, Sync::SyncThread *sync, qint64 accountId)
{
    if (!sync || accountId == 0)
        return;
    auto *progress = new QProgressDialog(QCoreApplication::translate("Poplar::Ui::MainWindow", "Checking stored messages\u2026"), QCoreApplication::translate("Poplar::Ui::MainWindow", "Cancel"), 0, 0, parent);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    Sync::SyncService *service = sync->service();
    QObject::connect(progress, &QProgressDialog::canceled, service, [service] { service->cancelVerify(); }, Qt::DirectConnection);
    QObject::connect(service, &Sync::SyncService::verifyProgress, progress, [progress, accountId](qint64 id, int done, int total) {
        if (id == accountId) {
            progress->setMaximum(total);
            progress->setValue(done);
        }
    });
    QObject::connect(service, &Sync::SyncService::verifyFinished, progress,
            [parent, progress, accountId](qint64 id, int checked, const QStringList &damaged, bool) {
                if (id != accountId)
                    return;
                progress->close();
                auto *box = new QMessageBox(parent);
                box->setWindowTitle(QCoreApplication::translate("Poplar::Ui::MainWindow", "Verify Stored Messages"));
                box->setAttribute(Qt::WA_DeleteOnClose);
                if (damaged.isEmpty()) {
                    box->setIcon(QMessageBox::Information);
                    box->setText(QCoreApplication::translate("Poplar::Ui::MainWindow", "All %n stored message(s) are sound.", nullptr, checked));
                } else {
                    QStringList lines;
                    for (const QString &line : damaged)
                        lines << Display::forLabel(line);
                    box->setIcon(QMessageBox::Warning);
                    box->setText(QCoreApplication::translate("Poplar::Ui::MainWindow", "%n stored message(s) are missing or damaged. Download fetches them again while "
                                    "the server still has them.", nullptr, int(damaged.size())));
                    box->setInformativeText(lines.mid(0, 20).join(QLatin1Char('\n')));
                    box->setDetailedText(lines.join(QLatin1Char('\n')));
                }
                box->setObjectName(QStringLiteral("verifyResult"));
                box->open();
            });
    progress->open();
    sync->verifyStored(accountId);
}

} // namespace Poplar::Ui
