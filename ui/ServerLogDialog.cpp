#include "ServerLogDialog.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTime>
#include <QVBoxLayout>

namespace Poplar::Ui {

ServerLogDialog::ServerLogDialog(QWidget *parent) : QDialog(parent), m_text(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Server Log"));
    m_text->setReadOnly(true);
    m_text->setMaximumBlockCount(MaxLines);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *clear = buttons->addButton(tr("C&lear"), QDialogButtonBox::ResetRole);
    connect(clear, &QPushButton::clicked, m_text, &QPlainTextEdit::clear);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::hide);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(buttons);
    resize(760, 480);
}

void ServerLogDialog::append(const QString &account, Pop3::Session::Direction direction, const QByteArray &line)
{
    const QString arrow = direction == Pop3::Session::Direction::Client ? QStringLiteral("C:") : QStringLiteral("S:");
    // Server text is shown as text, never interpreted; control characters are made visible.
    QString text = QString::fromUtf8(line);
    for (QChar &c : text) {
        if (c.category() == QChar::Other_Control)
            c = QChar(0xfffd);
    }
    m_text->appendPlainText(QStringLiteral("%1 %2 %3 %4")
                                .arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss.zzz")), account, arrow, text));
}

QString ServerLogDialog::contents() const
{
    return m_text->toPlainText();
}

} // namespace Poplar::Ui
