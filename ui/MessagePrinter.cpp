#include "MessagePrinter.h"

#include "MessageHtml.h"
#include "SafeTextBrowser.h"

#include <QAbstractTextDocumentLayout>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QTextCursor>

namespace Poplar::Ui {

void MessagePrinter::render(const Mime::MessagePreview &preview, bool complete, SafeTextBrowser *browser)
{
    browser->resetBlocked();
    browser->setMessageParts(preview.inlineParts);
    if (MessageHtml::isPlainText(preview, complete))
        browser->setPlainText(MessageHtml::plainText(preview, complete));
    else
        browser->showHtml(MessageHtml::document(preview, complete, {}));
    // The header block goes above the body; it is Poplar's own HTML with the values escaped.
    QTextCursor cursor(browser->document());
    cursor.movePosition(QTextCursor::Start);
    cursor.insertHtml(MessageHtml::headerTable(preview) + QStringLiteral("<hr>"));
    cursor.insertBlock();
}

int MessagePrinter::print(const Mime::MessagePreview &preview, bool complete, QPrinter *printer)
{
    SafeTextBrowser browser;
    render(preview, complete, &browser);
    browser.document()->print(printer);
    return browser.blockedResources();
}

void MessagePrinter::openPreview(const Mime::MessagePreview &preview, bool complete, QWidget *parent)
{
    auto *dialog = new QPrintPreviewDialog(parent);
    dialog->setObjectName(QStringLiteral("printPreview"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &QPrintPreviewDialog::paintRequested, dialog,
                     [preview, complete](QPrinter *printer) { print(preview, complete, printer); });
    dialog->open();
}

} // namespace Poplar::Ui
