#pragma once

#include "account/import/Importer.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace Poplar::Sync { class SyncThread; }

namespace Poplar::Ui {

/// File > Import from Another Program: looks for Thunderbird, mpop, fetchmail or getmail
/// accounts (in their usual places or a folder or file the user picks), lists what it found -
/// each account with how many messages that program already fetched, and every entry it leaves
/// out with the reason - and imports the checked ones through the sync thread. Passwords are
/// never read; the dialog says how to give the new accounts one.
class ImportDialog : public QDialog {
    Q_OBJECT
public:
    explicit ImportDialog(Sync::SyncThread *sync, QWidget *parent = nullptr);

    /// Looks again for the chosen program at the chosen place.
    void search();
    /// Imports the checked accounts.
    void importChecked();
    /// The list of what was found (for tests).
    const QTreeWidget *results() const { return m_results; }
    /// The last outcome shown, as plain text.
    QString outcome() const;

signals:
    /// An import finished; accounts may have been added.
    void imported();

private:
    void showFound();
    void onImported(const QVector<Import::ImportedAccount> &accounts, const QString &error);

    Sync::SyncThread *m_sync;
    QComboBox *m_program;
    QLineEdit *m_path;
    QTreeWidget *m_results;
    QLabel *m_outcome;
    QPushButton *m_import;
    Import::Found m_found;
    bool m_busy = false;
};

} // namespace Poplar::Ui
