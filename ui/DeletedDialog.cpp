#include "DeletedDialog.h"

#include "TriageUi.h"
#include "display/OutsideText.h"
#include "store/Profile.h"
#include "triage/Address.h"
#include "triage/Triager.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Poplar::Ui {

DeletedDialog::DeletedDialog(Store::Profile &profile, TriageUi &triage, QWidget *parent)
    : QDialog(parent), m_profile(profile), m_triage(triage), m_search(new QLineEdit(this)),
      m_list(new QTreeWidget(this)), m_details(new QPlainTextEdit(this)),
      m_addFriend(new QPushButton(tr("Add Sender to &Friends"), this))
{
    setWindowTitle(tr("Deleted on Server"));
    m_search->setPlaceholderText(tr("Search sender, subject, headers or rule"));
    m_search->setClearButtonEnabled(true);
    m_list->setObjectName(QStringLiteral("deletedList"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Deleted"), tr("Account"), tr("Why"), tr("From"), tr("Subject")});
    m_list->header()->setSectionResizeMode(4, QHeaderView::Stretch);
    m_details->setReadOnly(true);
    m_addFriend->setEnabled(false);
    connect(m_search, &QLineEdit::textChanged, this, &DeletedDialog::reload);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &DeletedDialog::showSelected);
    connect(m_addFriend, &QPushButton::clicked, this, &DeletedDialog::addSenderToFriends);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_list);
    splitter->addWidget(m_details);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_addFriend, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    resize(760, 480);
}

void DeletedDialog::reload()
{
    QHash<qint64, QString> names;
    for (const auto &a : m_profile.accounts().all())
        names.insert(a.id, a.name);
    const auto read = Triage::TriageStore(m_profile.database()).deletedMessages(0, m_search->text().trimmed());
    m_shown = read ? read.value() : QVector<Triage::DeletedMessage>();
    m_list->clear();
    for (const Triage::DeletedMessage &d : std::as_const(m_shown)) {
        auto *item = new QTreeWidgetItem(m_list);
        QString why = d.reason == QLatin1String("rule")   ? tr("Rule: %1").arg(Display::forLabel(d.ruleName))
                      : d.reason == QLatin1String("hand") ? tr("By hand")
                                                          : tr("Account policy");
        item->setText(0, QLocale().toString(d.deletedAt.toLocalTime(), QLocale::ShortFormat));
        item->setText(1, Display::forLabel(names.value(d.accountId)));
        item->setText(2, why);
        item->setText(3, Display::forLabel(d.from));
        item->setText(4, Display::forLabel(d.subject));
    }
    m_details->clear();
    m_addFriend->setEnabled(false);
}

void DeletedDialog::showSelected()
{
    const int row = m_list->currentIndex().row();
    if (row < 0 || row >= m_shown.size()) {
        m_details->clear();
        m_addFriend->setEnabled(false);
        return;
    }
    m_details->setPlainText(Display::forLabel(QString::fromUtf8(m_shown.at(row).headers), false, 64 * 1024));
    m_addFriend->setEnabled(!Triage::parseMailbox(m_shown.at(row).from).address.isEmpty());
}

void DeletedDialog::addSenderToFriends()
{
    const int row = m_list->currentIndex().row();
    if (row < 0 || row >= m_shown.size())
        return;
    const QString address = Triage::parseMailbox(m_shown.at(row).from).address;
    m_triage.withTriager([address](Triage::Triager &triager) {
        QString error;
        int added = 0;
        if (!triager.store().addToList(Triage::ListKind::Friends, {address}, QStringLiteral("user"), &added, &error))
            qWarning() << "cannot add a friend:" << error;
    });
    m_addFriend->setEnabled(false);
}

} // namespace Poplar::Ui
