#include "ImportDialog.h"

#include "display/OutsideText.h"
#include "sync/SyncService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Poplar::Ui {

ImportDialog::ImportDialog(Sync::SyncThread *sync, QWidget *parent)
    : QDialog(parent), m_sync(sync), m_program(new QComboBox(this)), m_path(new QLineEdit(this)),
      m_results(new QTreeWidget(this)), m_outcome(new QLabel(this)), m_import(new QPushButton(tr("&Import"), this))
{
    setWindowTitle(tr("Import from Another Program"));
    resize(720, 460);
    for (const Import::Program p : {Import::Program::Thunderbird, Import::Program::Mpop, Import::Program::Fetchmail,
                                    Import::Program::Getmail})
        m_program->addItem(Import::programDisplayName(p), int(p));
    m_program->setObjectName(QStringLiteral("importProgram"));
    m_path->setObjectName(QStringLiteral("importPath"));
    m_path->setPlaceholderText(tr("Its usual places"));
    m_results->setObjectName(QStringLiteral("importResults"));
    m_results->setHeaderLabels({tr("Account"), tr("Server"), tr("Already fetched")});
    m_results->setRootIsDecorated(false);
    m_results->header()->setStretchLastSection(false);
    m_results->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_results->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_results->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_outcome->setObjectName(QStringLiteral("importOutcome"));
    m_outcome->setTextFormat(Qt::PlainText); // names files, accounts and hosts from other programs
    m_outcome->setWordWrap(true);
    m_import->setObjectName(QStringLiteral("importButton"));

    auto *browse = new QPushButton(tr("&Browse..."), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getExistingDirectory(this, tr("Folder of the Other Program"));
        if (!path.isEmpty()) {
            m_path->setText(path);
            search();
        }
    });
    auto *intro = new QLabel(tr("Poplar reads the other program's settings and the list of messages it already "
                                "fetched, so those are not downloaded again. It never reads passwords and never "
                                "changes the other program's files."),
                             this);
    intro->setWordWrap(true);
    auto *where = new QHBoxLayout;
    where->addWidget(m_path, 1);
    where->addWidget(browse);
    auto *form = new QFormLayout;
    form->addRow(tr("&Program:"), m_program);
    auto *lookIn = new QLabel(tr("&Look in:"), this);
    lookIn->setBuddy(m_path);
    form->addRow(lookIn, where);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_import, QDialogButtonBox::AcceptRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_results, 1);
    layout->addWidget(m_outcome);
    layout->addWidget(buttons);

    connect(m_program, &QComboBox::currentIndexChanged, this, &ImportDialog::search);
    connect(m_path, &QLineEdit::editingFinished, this, &ImportDialog::search);
    connect(m_import, &QPushButton::clicked, this, &ImportDialog::importChecked);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_results, &QTreeWidget::itemChanged, this, [this] {
        bool any = false;
        for (int i = 0; i < m_results->topLevelItemCount(); ++i)
            any = any || m_results->topLevelItem(i)->checkState(0) == Qt::Checked;
        m_import->setEnabled(any && !m_busy);
    });
    if (m_sync)
        connect(m_sync->service(), &Sync::SyncService::imported, this, &ImportDialog::onImported);
    search();
}

void ImportDialog::search()
{
    const auto program = Import::Program(m_program->currentData().toInt());
    m_found = Import::findAccounts(program, m_path->text().trimmed());
    showFound();
}

void ImportDialog::showFound()
{
    m_results->clear();
    for (qsizetype i = 0; i < m_found.accounts.size(); ++i) {
        const Import::Candidate &c = m_found.accounts.at(i);
        auto *item = new QTreeWidgetItem(m_results);
        item->setText(0, Display::forLabel(c.name));
        item->setText(1, Display::forLabel(QStringLiteral("%1@%2:%3").arg(c.settings.user, c.settings.host).arg(c.settings.port)));
        item->setText(2, c.stateFound ? tr("%n message(s)", nullptr, int(c.uids.size())) : tr("no record found"));
        item->setToolTip(2, Display::toolTip(c.stateFile));
        item->setData(0, Qt::UserRole, int(i));
        item->setCheckState(0, Qt::Checked);
    }
    for (const Import::Skipped &s : std::as_const(m_found.skipped)) {
        // One line across the columns: what was left out, and why.
        auto *item = new QTreeWidgetItem(m_results);
        item->setText(0, Display::forLabel(QStringLiteral("%1 \u2014 %2").arg(s.what, tr("not imported: %1").arg(s.why))));
        item->setToolTip(0, Display::toolTip(item->text(0)));
        item->setFlags(Qt::ItemIsEnabled);
        item->setForeground(0, palette().brush(QPalette::Disabled, QPalette::Text));
        item->setFirstColumnSpanned(true);
    }
    m_import->setEnabled(!m_found.accounts.isEmpty() && !m_busy);
    m_outcome->setText(m_found.error.isEmpty()
                           ? tr("Found %n account(s).", nullptr, int(m_found.accounts.size()))
                           : Display::forLabel(m_found.error, false));
}

void ImportDialog::importChecked()
{
    if (!m_sync || m_busy)
        return;
    Import::Found chosen = m_found;
    chosen.accounts.clear();
    for (int i = 0; i < m_results->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_results->topLevelItem(i);
        const QVariant index = item->data(0, Qt::UserRole);
        if (index.isValid() && item->checkState(0) == Qt::Checked)
            chosen.accounts.append(m_found.accounts.at(index.toInt()));
    }
    if (chosen.accounts.isEmpty())
        return;
    m_busy = true;
    m_import->setEnabled(false);
    m_outcome->setText(tr("Importing\u2026"));
    m_sync->importAccounts(chosen);
}

void ImportDialog::onImported(const QVector<Import::ImportedAccount> &accounts, const QString &error)
{
    if (!m_busy)
        return;
    m_busy = false;
    QStringList lines;
    for (const Import::ImportedAccount &a : accounts) {
        lines << (a.created ? tr("%1: added; %n message(s) already fetched will not be downloaded again.", nullptr, a.uidsAdded)
                            : tr("%1: already in Poplar, settings kept; %n message(s) recorded as fetched.", nullptr,
                                 a.uidsAdded))
                     .arg(Display::forLabel(a.name));
    }
    if (!error.isEmpty())
        lines << tr("The import stopped: %1").arg(Display::forLabel(error));
    if (std::any_of(accounts.cbegin(), accounts.cend(), [](const auto &a) { return a.created; }))
        lines << tr("Passwords are never imported: Poplar asks for each new account's password at its first "
                    "check, or set it under Account Settings.");
    m_outcome->setText(lines.join(QLatin1Char('\n')));
    emit imported();
}

QString ImportDialog::outcome() const
{
    return m_outcome->text();
}

} // namespace Poplar::Ui
