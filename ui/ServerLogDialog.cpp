#include "ServerLogDialog.h"

#include <QDateTime>
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

void ServerLogDialog::append(const QString &account, const QVector<Sync::TraceLine> &lines)
{
    // Only the newest MaxLines can stay; older ones in a large batch are never laid out.
    const qsizetype first = qMax<qsizetype>(0, lines.size() - MaxLines);
    QStringList shown;
    shown.reserve(lines.size() - first);
    for (qsizetype i = first; i < lines.size(); ++i) {
        const Sync::TraceLine &line = lines.at(i);
        const QString arrow = line.direction == Pop3::Session::Direction::Client ? QStringLiteral("C:") : QStringLiteral("S:");
        // Server text is shown as text, never interpreted; control characters are made visible.
        QString text = QString::fromUtf8(line.line);
        for (QChar &c : text) {
            if (c.category() == QChar::Other_Control)
                c = QChar(0xfffd);
        }
        const QString time = QDateTime::fromMSecsSinceEpoch(line.msecsSinceEpoch).time().toString(QStringLiteral("HH:mm:ss.zzz"));
        shown << QStringLiteral("%1 %2 %3 %4").arg(time, account, arrow, text);
    }
    if (!shown.isEmpty())
        m_text->appendPlainText(shown.join(QLatin1Char('\n')));
}

QString ServerLogDialog::contents() const
{
    return m_text->toPlainText();
}

} // namespace Poplar::Ui
