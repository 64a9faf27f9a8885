#pragma once

#include <QMainWindow>

namespace Poplar::Ui {

class PreviewPane;

/// A window showing one message file (.eml, RFC 5322 bytes as received), for "Open With
/// Poplar" and `poplar FILE.eml`: the same rendering as the main window's preview, remote
/// content blocked, attachments with Save; Ctrl+P prints it the same way. Deletes itself when
/// closed.
class MessageWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MessageWindow(QWidget *parent = nullptr);

    /// Shows `path`: false (and the reason in the window) when it cannot be opened; otherwise
    /// it is read (at most PreviewPane::MaxMessageBytes) and decoded off the UI thread, and
    /// shown when that is done.
    bool openFile(const QString &path);
    /// Opens one window per file in `paths`, shown and raised; returns them.
    static QList<MessageWindow *> openFiles(const QStringList &paths);

    const PreviewPane *preview() const { return m_preview; }

protected:
    PreviewPane *pane() { return m_preview; }

private:
    PreviewPane *m_preview;
};

} // namespace Poplar::Ui
