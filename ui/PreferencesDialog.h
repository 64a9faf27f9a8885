#pragma once

#include <QDialog>

class QAction;
class QSpinBox;

namespace Poplar::Store { class Trash; }
namespace Poplar::Sync { class SyncThread; }

namespace Poplar::Ui {

class ReadStateActions;

/// The application's preferences: how long the preview shows a message before it counts as read,
/// and how many days the Trash keeps messages. Accepting it applies both at once (the first to the
/// window's ReadStateActions, the second to the profile through the sync thread).
class PreferencesDialog : public QDialog {
    Q_OBJECT
public:
    /// Shows `markReadSeconds` and `trashKeepDays` as they are now.
    PreferencesDialog(int markReadSeconds, int trashKeepDays, QWidget *parent = nullptr);

    /// The "preferences" action: opens the dialog (window modal) with the values of `read` and
    /// `trash` (read only), and applies what the user accepts.
    static QAction *createAction(QWidget *window, ReadStateActions *read, Sync::SyncThread *sync, Store::Trash *trash);

    int markReadSeconds() const;
    int trashKeepDays() const;
    QSpinBox *markReadBox() const { return m_markRead; }
    QSpinBox *trashDaysBox() const { return m_trashDays; }

private:
    QSpinBox *m_markRead;
    QSpinBox *m_trashDays;
};

} // namespace Poplar::Ui
