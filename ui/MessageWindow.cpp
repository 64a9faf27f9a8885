#include "MessageWindow.h"

#include "Icons.h"
#include "MessagePrinter.h"
#include "PreviewPane.h"
#include "UiLogging.h"
#include "display/OutsideText.h"
#include "mime/MessagePreview.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QKeySequence>
#include <QPointer>
#include <QThreadPool>

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
    auto *print = new QAction(tr("&Print..."), this);
    print->setObjectName(QStringLiteral("print"));
    print->setShortcut(QKeySequence::Print);
    connect(print, &QAction::triggered, this,
            [this] { MessagePrinter::openPreview(m_preview->message(), m_preview->isComplete(), this); });
    addAction(print);
}

bool MessageWindow::openFile(const QString &path)
{
    const QString name = Display::forLabel(QFileInfo(path).fileName());
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        setWindowTitle(tr("%1 - Poplar").arg(name));
        m_preview->showPlaceholder(tr("Could not open %1: %2").arg(path, file.errorString()));
        qCDebug(Log::ui) << "message viewer could not open" << path << file.errorString();
        return false;
    }
    file.close();
    setWindowTitle(tr("%1 - Poplar").arg(name));
    // Reading and decoding happen off the UI thread, as for the main window's preview: a file
    // handed over to a running Poplar must not stall its main window.
    QPointer<MessageWindow> self(this);
    QThreadPool::globalInstance()->start([self, path, name] {
        QFile file(path);
        const QByteArray bytes = file.open(QIODevice::ReadOnly) ? file.read(PreviewPane::MaxMessageBytes) : QByteArray();
        const bool cut = file.isOpen() && file.size() > bytes.size();
        const Mime::MessagePreview preview = Mime::decodeMessage(bytes);
        QMetaObject::invokeMethod(qApp, [self, path, name, preview, bytes, cut] {
            if (!self)
                return;
            self->m_preview->showMessage(preview, bytes, true, cut);
            const QString subject = Display::forLabel(preview.summary.subject.simplified());
            self->setWindowTitle(tr("%1 - Poplar").arg(subject.isEmpty() ? name : subject));
            qCDebug(Log::ui) << "message viewer opened" << path << "titled" << self->windowTitle();
        });
    });
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
