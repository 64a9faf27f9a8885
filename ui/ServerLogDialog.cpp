#include "ServerLogDialog.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QMessageBox>
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
    QPushButton *clear = buttons->addButton(tr("C&lear..."), QDialogButtonBox::ResetRole);
    clear->setObjectName(QStringLiteral("clearLog"));
    clear->setAutoDefault(false); // Enter must not wipe the log
    clear->setDefault(false);
    buttons->button(QDialogButtonBox::Close)->setDefault(true);
    connect(clear, &QPushButton::clicked, this, &ServerLogDialog::confirmClear);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::hide);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(buttons);
    resize(760, 480);
}

void ServerLogDialog::append(const QString &account, const QVector<Sync::TraceLine> &lines)
{
    const size_t before = m_entries.size();
    for (const Sync::TraceLine &line : lines)
        m_entries.push_back({account, line});
    size_t added = m_entries.size() - before;
    while (m_entries.size() > size_t(MaxLines)) {
        m_entries.pop_front();
        added = qMin(added, m_entries.size());
    }
    if (isVisible() && added > 0)
        m_text->appendPlainText(formatRange(m_entries.size() - added));
}

QString ServerLogDialog::format(const Entry &entry)
{
    const Sync::TraceLine &line = entry.line;
    const QString arrow = line.direction == Pop3::Session::Direction::Client ? QStringLiteral("C:") : QStringLiteral("S:");
    // Server text is shown as text, never interpreted; control characters are made visible.
    QString text = QString::fromUtf8(line.line);
    for (QChar &c : text) {
        if (c.category() == QChar::Other_Control)
            c = QChar(0xfffd);
    }
    const QString time = QDateTime::fromMSecsSinceEpoch(line.msecsSinceEpoch).time().toString(QStringLiteral("HH:mm:ss.zzz"));
    return QStringLiteral("%1 %2 %3 %4").arg(time, entry.account, arrow, text);
}

QString ServerLogDialog::formatRange(size_t first) const
{
    QStringList lines;
    lines.reserve(qsizetype(m_entries.size() - first));
    for (size_t i = first; i < m_entries.size(); ++i)
        lines << format(m_entries[i]);
    return lines.join(QLatin1Char('\n'));
}

void ServerLogDialog::showEvent(QShowEvent *event)
{
    m_text->setPlainText(formatRange(0));
    m_text->moveCursor(QTextCursor::End);
    QDialog::showEvent(event);
}

void ServerLogDialog::confirmClear()
{
    auto *box = new QMessageBox(QMessageBox::Question, tr("Clear Server Log"),
                                tr("Clear the server log? The conversation of every session so far is lost."),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmClearLog"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->button(QMessageBox::Yes)->setText(tr("C&lear"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this](int result) {
        if (result == QMessageBox::Yes)
            clear();
    });
    box->open();
}

void ServerLogDialog::clear()
{
    m_entries.clear();
    m_text->clear();
}

QString ServerLogDialog::contents() const
{
    return formatRange(0);
}

} // namespace Poplar::Ui
