#include "MessageWindow.h"

#include "Icons.h"
#include "PreviewPane.h"
#include "UiLogging.h"
#include "mime/MessagePreview.h"

#include <QAction>
#include <QFile>
#include <QFileInfo>
#include <QKeySequence>

namespace Poplar::Ui {

MessageWindow::MessageWindow(QWidget *parent) : QMainWindow(parent), m_preview(new PreviewPane(this))
{
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowIcon(applicationIcon());
    setCentralWidget(m_preview);
    resize(760, 640);
    auto *close = new QAction(tr("&Close"), this);
    close->setShortcuts({QKeySequence::Close, QKeySequence(Qt::Key_Escape)});
    connect(close, &QAction::triggered, this, &QWidget::close);
    addAction(close);
}

bool MessageWindow::openFile(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        setWindowTitle(tr("%1 - Poplar").arg(name));
        m_preview->showPlaceholder(tr("Could not open %1: %2").arg(path, file.errorString()));
        qCDebug(Log::ui) << "message viewer could not open" << path << file.errorString();
        return false;
    }
    // A message file is the user's own; it is decoded here, on the UI thread, because it was
    // opened on purpose and the read is bounded.
    const QByteArray bytes = file.read(MaxBytes);
    const Mime::MessagePreview preview = Mime::decodeMessage(bytes);
    m_preview->showMessage(preview, bytes, true);
    QString subject = preview.summary.subject.simplified();
    if (subject.isEmpty())
        subject = name;
    setWindowTitle(tr("%1 - Poplar").arg(subject));
    qCDebug(Log::ui) << "message viewer opened" << path << "titled" << windowTitle();
    return true;
}

QList<MessageWindow *> MessageWindow::openFiles(const QStringList &paths)
{
    QList<MessageWindow *> windows;
    for (const QString &path : paths) {
        auto *window = new MessageWindow;
        window->openFile(path);
        window->show();
        window->raise();
        window->activateWindow();
        windows << window;
    }
    return windows;
}

} // namespace Poplar::Ui
