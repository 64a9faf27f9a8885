#include "PreferencesDialog.h"

#include "Icons.h"
#include "ReadStateActions.h"
#include "store/Trash.h"
#include "sync/SyncService.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QSpinBox>

namespace Poplar::Ui {

PreferencesDialog::PreferencesDialog(int markReadSeconds, int trashKeepDays, QWidget *parent)
    : QDialog(parent), m_markRead(new QSpinBox(this)), m_trashDays(new QSpinBox(this))
{
    setWindowTitle(tr("Preferences"));
    setObjectName(QStringLiteral("preferencesDialog"));
    m_markRead->setRange(0, 3600);
    m_markRead->setSuffix(tr(" s", "seconds"));
    m_markRead->setSpecialValueText(tr("At once"));
    m_markRead->setValue(markReadSeconds);
    m_trashDays->setRange(0, 3650);
    m_trashDays->setSuffix(tr(" days", "after N days"));
    m_trashDays->setSpecialValueText(tr("Never"));
    m_trashDays->setValue(trashKeepDays);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Mark a message as &read after it is shown for:"), m_markRead);
    form->addRow(tr("Delete messages in the &Trash for good after:"), m_trashDays);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QAction *PreferencesDialog::createAction(QWidget *window, ReadStateActions *read, Sync::SyncThread *sync,
                                         Store::Trash *trash)
{
    auto *action = new QAction(themedIcon(QStringLiteral("preferences-system")), tr("&Preferences..."), window);
    action->setObjectName(QStringLiteral("preferences"));
    action->setShortcut(QKeySequence::Preferences);
    QObject::connect(action, &QAction::triggered, window, [window, read, sync, trash] {
        const auto days = trash ? trash->keepDays() : Store::ReadResult<int>(Store::Trash::DefaultKeepDays);
        const int keepDays = days ? *days : Store::Trash::DefaultKeepDays; // unreadable: shown, not written
        auto *dialog = new PreferencesDialog(read->markReadDelay(), keepDays, window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        QObject::connect(dialog, &QDialog::accepted, window, [dialog, read, sync, keepDays] {
            read->setMarkReadDelay(dialog->markReadSeconds());
            if (sync && dialog->trashKeepDays() != keepDays)
                sync->setTrashKeepDays(dialog->trashKeepDays());
        });
        dialog->open();
    });
    return action;
}

int PreferencesDialog::markReadSeconds() const
{
    return m_markRead->value();
}

int PreferencesDialog::trashKeepDays() const
{
    return m_trashDays->value();
}

} // namespace Poplar::Ui
