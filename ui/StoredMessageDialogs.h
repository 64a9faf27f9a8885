#pragma once

#include "store/MessageStore.h"

#include <QVector>


class QWidget;

namespace Poplar::Sync { class SyncThread; }

namespace Poplar::Ui {

/// The dialogs of the main window about stored message files. Their texts keep the main
/// window's translation context.

/// File > Verify Stored Messages: reads every stored file of the account in the sync thread,
/// with a cancellable progress dialog, then says what it found (window-modal, not blocking).
void verifyStoredMessages(QWidget *parent, Sync::SyncThread *sync, qint64 accountId);

/// Says which messages an export left out because their file is missing or damaged, and records
/// their states so the list shows them as damaged. Does nothing for an empty `damaged`.
void reportDamagedExport(QWidget *parent, Sync::SyncThread *sync, qint64 accountId,
                         const QVector<Store::StoredMessage> &damaged);

} // namespace Poplar::Ui
