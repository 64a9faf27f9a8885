#include "RulesDialog.h"

#include "TriageUi.h"
#include "display/OutsideText.h"
#include "store/Profile.h"
#include "triage/Classifier.h"
#include "triage/RuleFile.h"
#include "triage/Triager.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QSaveFile>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Poplar::Ui {

namespace {

const QList<Triage::Action> &allActions()
{
    static const QList<Triage::Action> actions{Triage::Action::MarkSpam, Triage::Action::DeleteOnServer,
                                               Triage::Action::KeepOnServer, Triage::Action::AlwaysDownload,
                                               Triage::Action::DownloadNow};
    return actions;
}

QString operatorText(Triage::Operator op)
{
    switch (op) {
    case Triage::Operator::Contains: return RuleEditDialog::tr("contains");
    case Triage::Operator::Is: return RuleEditDialog::tr("is");
    case Triage::Operator::Matches: return RuleEditDialog::tr("matches (regular expression)");
    case Triage::Operator::Greater: return RuleEditDialog::tr("greater than");
    case Triage::Operator::Less: return RuleEditDialog::tr("less than");
    }
    return {};
}

} // namespace

RuleEditDialog::RuleEditDialog(const Triage::Rule &rule, const QStringList &accounts, QWidget *parent)
    : QDialog(parent), m_rule(rule), m_name(new QLineEdit(rule.name, this)), m_account(new QComboBox(this)),
      m_match(new QComboBox(this)), m_conditions(new QVBoxLayout), m_action(new QComboBox(this)),
      m_withoutReview(new QCheckBox(tr("Delete &without review (in the check that finds it)"), this)),
      m_enabled(new QCheckBox(tr("&Enabled"), this)), m_error(new QLabel(this))
{
    setWindowTitle(rule.id ? tr("Edit Rule") : tr("New Rule"));
    m_account->addItem(tr("Every account"), QString());
    for (const QString &name : accounts)
        m_account->addItem(Display::forLabel(name), name);
    m_account->setCurrentIndex(qMax(0, m_account->findData(rule.accountName)));
    m_match->addItem(tr("all conditions hold"), true);
    m_match->addItem(tr("any condition holds"), false);
    m_match->setCurrentIndex(rule.matchAll ? 0 : 1);
    for (Triage::Action a : allActions())
        m_action->addItem(Triage::actionText(a), int(a));
    m_action->setCurrentIndex(m_action->findData(int(rule.action)));
    m_withoutReview->setChecked(rule.withoutReview);
    m_enabled->setChecked(rule.enabled);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("ruleError"));
    m_name->setObjectName(QStringLiteral("ruleName"));
    m_action->setObjectName(QStringLiteral("ruleAction"));
    m_withoutReview->setObjectName(QStringLiteral("ruleWithoutReview"));
    auto updateReview = [this] {
        m_withoutReview->setEnabled(m_action->currentData().toInt() == int(Triage::Action::DeleteOnServer));
    };
    connect(m_action, &QComboBox::currentIndexChanged, this, updateReview);
    updateReview();

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Account:"), m_account);
    form->addRow(tr("&Applies when:"), m_match);
    auto *addButton = new QPushButton(tr("Add &Condition"), this);
    connect(addButton, &QPushButton::clicked, this, [this] { addCondition(); });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &RuleEditDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(m_conditions);
    layout->addWidget(addButton, 0, Qt::AlignLeft);
    auto *actionForm = new QFormLayout;
    actionForm->addRow(tr("&Then:"), m_action);
    layout->addLayout(actionForm);
    layout->addWidget(m_withoutReview);
    layout->addWidget(m_enabled);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    for (const Triage::Condition &c : rule.conditions)
        addCondition(c);
    if (rule.conditions.isEmpty())
        addCondition();
}

void RuleEditDialog::addCondition(const Triage::Condition &condition)
{
    Row row;
    row.widget = new QWidget(this);
    row.negate = new QCheckBox(tr("not"), row.widget);
    row.field = new QComboBox(row.widget);
    row.field->setEditable(true); // any header name may be typed
    const QList<QPair<QString, QString>> fields{
        {QStringLiteral("from"), tr("From")},       {QStringLiteral("sender-domain"), tr("Sender's domain")},
        {QStringLiteral("to"), tr("To")},           {QStringLiteral("cc"), tr("Cc")},
        {QStringLiteral("reply-to"), tr("Reply-To")}, {QStringLiteral("subject"), tr("Subject")},
        {QStringLiteral("list-id"), tr("List-Id")}, {QStringLiteral("preview"), tr("Preview text")},
        {QStringLiteral("size"), tr("Size (bytes)")}, {QStringLiteral("friend"), tr("Sender is a friend")},
        {QStringLiteral("blocked"), tr("Sender is blocked")}, {QStringLiteral("spam"), tr("Judged spam")},
        {QStringLiteral("score"), tr("Spam score")}};
    for (const auto &[field, text] : fields)
        row.field->addItem(text, field);
    const int known = row.field->findData(condition.field.isEmpty() ? QStringLiteral("from") : condition.field);
    if (known >= 0)
        row.field->setCurrentIndex(known);
    else
        row.field->setEditText(condition.field);
    row.op = new QComboBox(row.widget);
    for (Triage::Operator op : {Triage::Operator::Contains, Triage::Operator::Is, Triage::Operator::Matches,
                                Triage::Operator::Greater, Triage::Operator::Less})
        row.op->addItem(operatorText(op), int(op));
    row.op->setCurrentIndex(row.op->findData(int(condition.op)));
    row.value = new QLineEdit(condition.value, row.widget);
    row.value->setObjectName(QStringLiteral("conditionValue"));
    row.field->setObjectName(QStringLiteral("conditionField"));
    row.op->setObjectName(QStringLiteral("conditionOperator"));
    row.negate->setChecked(condition.negate);
    auto *remove = new QPushButton(tr("Remove"), row.widget);
    auto *layout = new QHBoxLayout(row.widget);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(row.negate);
    layout->addWidget(row.field, 2);
    layout->addWidget(row.op, 2);
    layout->addWidget(row.value, 3);
    layout->addWidget(remove);
    QWidget *widget = row.widget;
    connect(remove, &QPushButton::clicked, this, [this, widget] {
        for (int i = 0; i < m_rows.size(); ++i) {
            if (m_rows.at(i).widget == widget) {
                m_rows.removeAt(i);
                widget->deleteLater();
                return;
            }
        }
    });
    m_conditions->addWidget(row.widget);
    m_rows.append(row);
}

Triage::Rule RuleEditDialog::rule() const
{
    Triage::Rule r = m_rule;
    r.name = m_name->text().trimmed();
    r.accountName = m_account->currentData().toString();
    r.accountId = 0;
    r.matchAll = m_match->currentData().toBool();
    r.action = Triage::Action(m_action->currentData().toInt());
    r.withoutReview = r.action == Triage::Action::DeleteOnServer && m_withoutReview->isChecked();
    r.enabled = m_enabled->isChecked();
    r.conditions.clear();
    for (const Row &row : m_rows) {
        const int index = row.field->findText(row.field->currentText());
        const QString field = index >= 0 ? row.field->itemData(index).toString() : row.field->currentText().trimmed().toLower();
        r.conditions.append({field, Triage::Operator(row.op->currentData().toInt()), row.value->text(),
                             row.negate->isChecked()});
    }
    return r;
}

void RuleEditDialog::accept()
{
    const Triage::Rule r = rule();
    QString problem;
    if (r.name.isEmpty())
        problem = tr("Give the rule a name.");
    else if (r.conditions.isEmpty())
        problem = tr("Add at least one condition.");
    for (const Triage::Condition &c : r.conditions) {
        if (problem.isEmpty())
            problem = Triage::checkCondition(c);
    }
    if (!problem.isEmpty()) {
        m_error->setText(problem);
        return;
    }
    QDialog::accept();
}

RulesDialog::RulesDialog(Store::Profile &profile, TriageUi &triage, QWidget *parent)
    : QDialog(parent), m_profile(profile), m_triage(triage), m_list(new QTreeWidget(this)),
      m_learnFriends(new QCheckBox(tr("Add the senders of downloaded and kept messages to &friends"), this)),
      m_keepDays(new QSpinBox(this)), m_classifier(new QLabel(this))
{
    m_learnFriends->setObjectName(QStringLiteral("learnFriends"));
    m_keepDays->setObjectName(QStringLiteral("keepDays"));
    setWindowTitle(tr("Triage Rules"));
    m_list->setObjectName(QStringLiteral("rulesList"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Rule"), tr("Account"), tr("Action"), tr("Matches"), tr("Last match")});
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    connect(m_list, &QTreeWidget::itemActivated, this, &RulesDialog::editRule);
    m_keepDays->setRange(1, 3650);
    m_keepDays->setSuffix(tr(" days"));
    m_classifier->setWordWrap(true);

    auto *buttons = new QVBoxLayout;
    auto button = [this, buttons](const QString &text, auto slot) {
        auto *b = new QPushButton(text, this);
        connect(b, &QPushButton::clicked, this, slot);
        buttons->addWidget(b);
        return b;
    };
    button(tr("&Add…"), &RulesDialog::addRule);
    button(tr("&Edit…"), &RulesDialog::editRule);
    button(tr("&Remove"), &RulesDialog::removeRule);
    button(tr("Move &Up"), [this] { moveRule(-1); });
    button(tr("Move &Down"), [this] { moveRule(1); });
    button(tr("&Import…"), [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import Rules"));
        QFile file(path);
        if (path.isEmpty() || !file.open(QIODevice::ReadOnly))
            return;
        QString error;
        const QVector<Triage::Rule> rules = Triage::readRules(file.read(1024 * 1024), &error);
        if (!error.isEmpty()) {
            m_classifier->setText(tr("The file could not be imported: %1").arg(Display::forLabel(error)));
            return;
        }
        write([rules](Triage::TriageStore &store, QString *error) {
            for (Triage::Rule r : rules) {
                if (!store.addRule(r, error))
                    return false;
            }
            return true;
        });
    });
    button(tr("E&xport…"), [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export Rules"), QStringLiteral("poplar-rules.txt"));
        QSaveFile file(path);
        const QByteArray text = Triage::writeRules(m_rulesShown);
        if (!path.isEmpty() && (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit()))
            m_classifier->setText(tr("The file could not be written: %1").arg(file.errorString()));
    });
    buttons->addStretch();
    auto *top = new QHBoxLayout;
    top->addWidget(m_list, 1);
    top->addLayout(buttons);
    auto *settings = new QFormLayout;
    settings->addRow(m_learnFriends);
    settings->addRow(tr("&Keep the record of deleted messages for:"), m_keepDays);
    settings->addRow(m_classifier);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addLayout(settings);
    layout->addWidget(close);
    resize(760, 420);

    connect(m_learnFriends, &QCheckBox::toggled, this, [this](bool on) {
        if (!m_loading)
            write([on](Triage::TriageStore &store, QString *error) {
                return store.setSetting(Triage::Setting::LearnFriends, on ? QStringLiteral("1") : QStringLiteral("0"), error);
            });
    });
    connect(m_keepDays, &QSpinBox::valueChanged, this, [this](int days) {
        if (!m_loading)
            write([days](Triage::TriageStore &store, QString *error) {
                return store.setSetting(Triage::Setting::DeletedKeepDays, QString::number(days), error);
            });
    });
}

QStringList RulesDialog::accountNames() const
{
    QStringList names;
    for (const auto &a : m_profile.accounts().all())
        names << a.name;
    return names;
}

void RulesDialog::reload()
{
    m_loading = true;
    Triage::TriageStore store(m_profile.database());
    const auto read = store.rules();
    m_rulesShown = read ? read.value() : QVector<Triage::Rule>();
    const int current = m_list->currentIndex().row();
    m_list->clear();
    for (const Triage::Rule &r : std::as_const(m_rulesShown)) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, Display::forLabel(r.name) + (r.enabled ? QString() : tr(" (disabled)")));
        item->setText(1, r.accountName.isEmpty() ? tr("Every account") : Display::forLabel(r.accountName));
        item->setText(2, Triage::actionText(r.action, r.withoutReview));
        item->setText(3, QLocale().toString(r.matchCount));
        item->setText(4, r.lastMatched.isValid() ? QLocale().toString(r.lastMatched.toLocalTime(), QLocale::ShortFormat)
                                                 : QString());
        QStringList conditions;
        for (const Triage::Condition &c : r.conditions)
            conditions << Triage::conditionText(c);
        item->setToolTip(0, Display::toolTip(conditions.join(QLatin1Char('\n'))));
    }
    if (current >= 0 && current < m_list->topLevelItemCount())
        m_list->setCurrentItem(m_list->topLevelItem(current));
    m_learnFriends->setChecked(store.setting(Triage::Setting::LearnFriends, QStringLiteral("1")) != QLatin1String("0"));
    m_keepDays->setValue(store.setting(Triage::Setting::DeletedKeepDays, QStringLiteral("30")).toInt());
    const Triage::ClassifierConfig classifier =
        Triage::classifierConfig(store.setting(Triage::Setting::ClassifierCommand), m_profile.directory());
    m_classifier->setText(classifier.kind == Triage::ClassifierConfig::Kind::None
                              ? tr("No spam classifier: install bogofilter to have one learn from Mark as Spam.")
                              : tr("Spam classifier: %1, learning from Mark as Spam / Not Spam.").arg(classifier.name()));
    m_loading = false;
}

void RulesDialog::write(std::function<bool(Triage::TriageStore &, QString *)> change)
{
    QPointer<RulesDialog> self(this);
    m_triage.withTriager([self, change](Triage::Triager &triager) {
        QString error;
        const bool ok = change(triager.store(), &error);
        QMetaObject::invokeMethod(qApp, [self, ok, error] {
            if (!self)
                return;
            self->reload();
            if (!ok)
                self->m_classifier->setText(tr("The change could not be saved: %1").arg(Display::forLabel(error)));
        }, Qt::QueuedConnection);
    });
}

void RulesDialog::openEditor(const Triage::Rule &rule)
{
    auto *editor = new RuleEditDialog(rule, accountNames(), this);
    editor->setObjectName(QStringLiteral("ruleEditor"));
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &QDialog::accepted, this, [this, editor] {
        const Triage::Rule r = editor->rule();
        write([r](Triage::TriageStore &store, QString *error) {
            Triage::Rule copy = r;
            return copy.id ? store.updateRule(copy, error) : store.addRule(copy, error);
        });
    });
    editor->open();
}

void RulesDialog::addRule()
{
    openEditor(Triage::Rule{});
}

void RulesDialog::editRule()
{
    const int row = m_list->currentIndex().row();
    if (row >= 0 && row < m_rulesShown.size())
        openEditor(m_rulesShown.at(row));
}

void RulesDialog::removeRule()
{
    const int row = m_list->currentIndex().row();
    if (row < 0 || row >= m_rulesShown.size())
        return;
    const qint64 id = m_rulesShown.at(row).id;
    write([id](Triage::TriageStore &store, QString *error) { return store.removeRule(id, error); });
}

void RulesDialog::moveRule(int delta)
{
    const int row = m_list->currentIndex().row();
    const int target = row + delta;
    if (row < 0 || row >= m_rulesShown.size() || target < 0 || target >= m_rulesShown.size())
        return;
    const qint64 id = m_rulesShown.at(row).id;
    m_list->setCurrentItem(m_list->topLevelItem(target)); // the selection follows the rule
    write([id, target](Triage::TriageStore &store, QString *error) { return store.moveRule(id, target, error); });
}

} // namespace Poplar::Ui
