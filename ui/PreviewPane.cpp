#include "PreviewPane.h"

#include "display/DataSize.h"

#include "Icons.h"
#include "MessageHtml.h"
#include "SearchHighlighter.h"
#include "display/OutsideText.h"

#include <QFileDialog>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QAbstractTextDocumentLayout>
#include <QScrollBar>
#include <QTextDocumentFragment>
#include <QVBoxLayout>

namespace Poplar::Ui {

PreviewPane::PreviewPane(QWidget *parent)
    : QWidget(parent), m_headers(new QLabel(this)), m_notice(new QLabel(this)), m_body(new SafeTextBrowser(this)),
      m_attachments(new QListWidget(this)), m_save(new QPushButton(tr("&Save Attachment..."), this))
{
    m_headers->setTextFormat(Qt::RichText);
    m_headers->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_headers->setWordWrap(true);
    m_notice->setWordWrap(true);
    m_notice->setVisible(false);
    m_notice->setTextFormat(Qt::RichText);
    connect(m_notice, &QLabel::linkActivated, this, [this] { emit downloadRequested(); });
    m_attachments->setMaximumHeight(90);
    m_attachments->setVisible(false);
    m_save->setVisible(false);
    m_save->setEnabled(false);
    connect(m_body, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        // Folding an embedded message: the same message rendered again, scrolled where it was.
        if (url.scheme() != MessageHtml::toggleScheme())
            return;
        const int number = url.path().section(QLatin1Char('/'), 1).toInt();
        if (!m_folded.remove(number))
            m_folded.insert(number);
        const int scroll = m_body->verticalScrollBar()->value();
        renderBody();
        m_body->verticalScrollBar()->setValue(scroll);
    });
    connect(m_attachments, &QListWidget::currentRowChanged, this, [this](int row) { m_save->setEnabled(row >= 0); });
    connect(m_attachments, &QListWidget::itemActivated, this, &PreviewPane::saveAttachment);
    connect(m_save, &QPushButton::clicked, this, &PreviewPane::saveAttachment);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_headers);
    layout->addWidget(m_notice);
    layout->addWidget(m_body, 1);
    auto *attachmentRow = new QHBoxLayout;
    attachmentRow->addWidget(m_attachments, 1);
    attachmentRow->addWidget(m_save, 0, Qt::AlignTop);
    layout->addLayout(attachmentRow);
    showPlaceholder(tr("Select a message to see it here."));
}

void PreviewPane::showPlaceholder(const QString &text)
{
    m_raw.clear();
    m_preview = {};
    m_headers->clear();
    m_notice->setVisible(false);
    m_body->setPlainText(text);
    m_attachments->clear();
    m_attachments->setVisible(false);
    m_save->setVisible(false);
}

void PreviewPane::showMessage(const Mime::MessagePreview &preview, const QByteArray &raw, bool complete, bool cut)
{
    m_raw = raw;
    m_preview = preview;
    m_complete = complete;
    m_cut = cut;
    m_folded.clear();
    m_headers->setText(MessageHtml::headerTable(preview));
    renderBody();

    m_attachments->clear();
    for (const Mime::Attachment &a : preview.attachments) {
        const QString name = Display::forLabel(a.fileName.isEmpty() ? tr("Unnamed (%1)").arg(a.mimeType) : a.fileName);
        const QString icon = a.mimeType == QLatin1String("message/rfc822") ? QStringLiteral("message-rfc822")
                                                                            : QStringLiteral("mail-attachment");
        auto *item = new QListWidgetItem(themedIcon(icon),
                                         QStringLiteral("%1 (%2)").arg(name, Display::dataSize(a.size)));
        item->setData(Qt::UserRole, a.index);
        m_attachments->addItem(item);
    }
    const bool show = complete && !preview.attachments.isEmpty();
    m_attachments->setVisible(show);
    m_save->setVisible(show);
}

void PreviewPane::renderBody()
{
    m_body->resetBlocked();
    m_body->setMessageParts(m_preview.inlineParts);
    if (MessageHtml::isPlainText(m_preview, m_complete))
        m_body->setPlainText(MessageHtml::plainText(m_preview, m_complete));
    else
        m_body->showHtml(MessageHtml::document(m_preview, m_complete, m_folded));
    m_body->document()->documentLayout()->documentSize(); // lays out now, so blocked resources are counted
    SearchHighlighter::apply(m_body, m_highlightTerms);
    QStringList notices;
    if (!m_complete)
        notices << tr("Only the headers and first lines are shown; the message is still on the server. "
                      "<a href=\"download\">Download it</a>");
    if (m_cut)
        notices << (m_complete ? tr("This message is too large to show whole; only its first %1 are shown.")
                                   .arg(Display::dataSize(MaxMessageBytes))
                               : tr("The preview was cut: the server sent more than Poplar keeps for one."));
    if (m_body->blockedResources() > 0)
        notices << tr("Remote content was blocked (%n item(s)).", nullptr, m_body->blockedResources());
    m_notice->setText(notices.join(QStringLiteral("<br>")));
    m_notice->setVisible(!notices.isEmpty());
}

void PreviewPane::setHighlightTerms(const QStringList &terms)
{
    m_highlightTerms = terms;
    SearchHighlighter::apply(m_body, m_highlightTerms);
}

int PreviewPane::highlightCount() const
{
    return int(m_body->extraSelections().size());
}

QString PreviewPane::renderedText() const
{
    return QTextDocumentFragment::fromHtml(m_headers->text()).toPlainText() + QLatin1Char('\n') + m_body->toPlainText();
}

QString PreviewPane::noticeText() const
{
    return m_notice->isHidden() ? QString() : m_notice->text();
}

void PreviewPane::saveAttachment()
{
    const int row = m_attachments->currentRow();
    if (row < 0 || row >= m_preview.attachments.size())
        return;
    const Mime::Attachment &a = m_preview.attachments.at(row);
    QSet<QString> none;
    const QString suggested = a.fileName.isEmpty() ? tr("attachment") : QFileInfo(a.fileName).fileName();
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Attachment"), suggested);
    if (path.isEmpty())
        return;
    const QByteArray content = Mime::attachmentContent(m_raw, a.index);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.commit())
        QMessageBox::warning(this, tr("Save Attachment"), tr("Could not write %1: %2").arg(path, file.errorString()));
}

} // namespace Poplar::Ui
