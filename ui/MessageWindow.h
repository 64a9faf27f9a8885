#pragma once

#include <QMainWindow>

namespace Poplar::Ui {

class PreviewPane;

/// A window showing one message file (.eml, RFC 5322 bytes as received), for "Open With
/// Poplar" and `poplar FILE.eml`: the same rendering as the main window's preview, remote
/// content blocked, attachments with Save. Deletes itself when closed.
class MessageWindow : public QMainWindow {
    Q_OBJECT
public:
    /// Largest file read; a bigger one shows its beginning, like the main window's preview.
    static constexpr qint64 MaxBytes = 32 * 1024 * 1024;

    explicit MessageWindow(QWidget *parent = nullptr);

    /// Reads and shows `path`; false (and the reason in the window) when it cannot be read.
    bool openFile(const QString &path);
    /// Opens one window per file in `paths`, shown and raised; returns them.
    static QList<MessageWindow *> openFiles(const QStringList &paths);

    const PreviewPane *preview() const { return m_preview; }

private:
    PreviewPane *m_preview;
};

} // namespace Poplar::Ui
