#include "HelpDialogs.h"

#include "SafeTextBrowser.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFile>
#include <QHeaderView>
#include <QRegularExpression>
#include <QTableWidget>
#include <QTextDocument>
#include <QVBoxLayout>

namespace Poplar::Ui {

QList<QAction *> ShortcutsDialog::actionsWithShortcuts(QWidget *window)
{
    QList<QAction *> result;
    for (QAction *action : window->findChildren<QAction *>()) {
        if (!action->shortcuts().isEmpty() && !action->text().isEmpty() && !result.contains(action))
            result.append(action);
    }
    std::stable_sort(result.begin(), result.end(), [](const QAction *a, const QAction *b) {
        return plainText(a).localeAwareCompare(plainText(b)) < 0;
    });
    return result;
}

QString ShortcutsDialog::plainText(const QAction *action)
{
    // "&Check", "Account &Settings...", "チェック(&C)" -> "Check", "Account Settings", "チェック"
    static const QRegularExpression decoration(QStringLiteral("\\(&[^)]\\)|&(?!&)|\\s*(\\.\\.\\.|\u2026)$"));
    return QString(action->text()).remove(decoration).replace(QLatin1String("&&"), QLatin1String("&")).trimmed();
}

ShortcutsDialog::ShortcutsDialog(QWidget *window) : QDialog(window), m_table(new QTableWidget(this))
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_table->setObjectName(QStringLiteral("shortcuts"));
    m_table->setColumnCount(2);
    m_table->setHorizontalHeaderLabels({tr("Action"), tr("Shortcut")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    const QList<QAction *> actions = actionsWithShortcuts(window);
    m_table->setRowCount(int(actions.size()));
    for (int row = 0; row < actions.size(); ++row) {
        QStringList keys;
        for (const QKeySequence &key : actions.at(row)->shortcuts())
            keys << key.toString(QKeySequence::NativeText);
        auto *what = new QTableWidgetItem(plainText(actions.at(row)));
        what->setToolTip(actions.at(row)->toolTip());
        m_table->setItem(row, 0, what);
        m_table->setItem(row, 1, new QTableWidgetItem(keys.join(tr(" or "))));
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(520, 480);
}

DocumentationDialog::DocumentationDialog(QWidget *parent) : QDialog(parent), m_browser(new SafeTextBrowser(this))
{
    setWindowTitle(tr("Poplar Documentation"));
    m_browser->setObjectName(QStringLiteral("documentation"));
    QFile readme(QStringLiteral(":/doc/README.md"));
    QString markdown;
    if (readme.open(QIODevice::ReadOnly))
        markdown = QString::fromUtf8(readme.readAll());
    if (markdown.isEmpty())
        markdown = tr("The documentation is missing from this build.");
    // Markdown to HTML here, then shown like a message: the pictures it names are not loaded.
    QTextDocument converted;
    converted.setMarkdown(markdown);
    m_browser->showHtml(converted.toHtml());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    resize(760, 600);
}

} // namespace Poplar::Ui
