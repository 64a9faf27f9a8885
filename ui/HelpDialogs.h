#pragma once

#include <QDialog>

class QAction;
class QTableWidget;

namespace Poplar::Ui {

class SafeTextBrowser;

/// Help > Keyboard Shortcuts: every shortcut of a window, read from its actions (so the list is
/// never out of date), with what each does.
class ShortcutsDialog : public QDialog {
    Q_OBJECT
public:
    /// Lists the shortcuts of `window`'s actions (its own and its children's).
    explicit ShortcutsDialog(QWidget *window);
    /// The actions listed, in order (those with at least one shortcut).
    static QList<QAction *> actionsWithShortcuts(QWidget *window);
    /// An action's text as a menu shows it, without its accelerator and ellipsis.
    static QString plainText(const QAction *action);
    QTableWidget *table() const { return m_table; }

private:
    QTableWidget *m_table;
};

/// Help > Documentation: Poplar's README, built into the program, shown read-only through the
/// same browser as messages, which loads nothing (no images, no links followed).
class DocumentationDialog : public QDialog {
    Q_OBJECT
public:
    explicit DocumentationDialog(QWidget *parent = nullptr);
    SafeTextBrowser *browser() const { return m_browser; }

private:
    SafeTextBrowser *m_browser;
};

/// Opens a `Dialog` made with `parent`, deleted when closed (or raises the one already open).
template<typename Dialog>
Dialog *openDialog(QWidget *parent)
{
    Dialog *dialog = parent->findChild<Dialog *>(QString(), Qt::FindDirectChildrenOnly);
    if (!dialog) {
        dialog = new Dialog(parent);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    dialog->show();
    dialog->raise();
    return dialog;
}

} // namespace Poplar::Ui
