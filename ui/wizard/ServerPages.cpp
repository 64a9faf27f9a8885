#include "wizard/ServerPages.h"

#include "account/autodetect/Autoconfig.h"
#include "account/autodetect/Autodetector.h"
#include "wizard/AccountWizard.h"
#include "wizard/ProxyBox.h"
#include "wizard/ServerFactsBox.h"

#include "display/OutsideText.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Poplar::Ui {

using Pop3::AuthMethod;
using Pop3::Security;

// ---- ManualPage ----

ManualPage::ManualPage(AccountWizard *wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_host(new QLineEdit(this)), m_port(new QSpinBox(this)),
      m_security(new QComboBox(this)), m_auth(new QComboBox(this)), m_user(new QLineEdit(this)),
      m_caFile(new QLineEdit(this)),
      m_consent(new QCheckBox(tr("I accept that my password and my mail cross the network unencrypted, "
                                 "readable by anyone on the way."), this)),
      m_plaintextFallback(new QCheckBox(tr("After a refused secure login method (such as APOP), also send the "
                                           "password unencrypted"), this)),
      m_proxy(new ProxyBox(this)), m_warning(new QLabel(this))
{
    setTitle(tr("Server Settings"));
    setSubTitle(tr("The incoming (POP3) server, as your provider documents it."));
    m_host->setObjectName(QStringLiteral("host"));
    m_port->setObjectName(QStringLiteral("port"));
    m_security->setObjectName(QStringLiteral("security"));
    m_auth->setObjectName(QStringLiteral("authMethod"));
    m_user->setObjectName(QStringLiteral("user"));
    m_caFile->setObjectName(QStringLiteral("caFile"));
    m_consent->setObjectName(QStringLiteral("plaintextConsent"));
    m_plaintextFallback->setObjectName(QStringLiteral("plaintextFallback"));
    m_warning->setObjectName(QStringLiteral("manualWarning"));
    m_port->setRange(1, 65535);
    m_security->addItem(tr("TLS from the start (usually port 995)"), int(Security::ImplicitTls));
    m_security->addItem(tr("STLS: TLS after connecting (usually port 110)"), int(Security::StartTls));
    m_security->addItem(tr("None: password and mail unencrypted"), int(Security::Plain));
    const std::pair<AuthMethod, QString> methods[] = {
        {AuthMethod::Automatic, tr("Automatic: the strongest the server offers")},
        {AuthMethod::ScramSha256, QStringLiteral("SCRAM-SHA-256")}, {AuthMethod::ScramSha1, QStringLiteral("SCRAM-SHA-1")},
        {AuthMethod::DigestMd5, QStringLiteral("DIGEST-MD5")}, {AuthMethod::CramMd5, QStringLiteral("CRAM-MD5")},
        {AuthMethod::Plain, QStringLiteral("PLAIN")}, {AuthMethod::Login, QStringLiteral("LOGIN")},
        {AuthMethod::User, tr("USER/PASS")}, {AuthMethod::Apop, QStringLiteral("APOP")},
        {AuthMethod::Gssapi, tr("GSSAPI (Kerberos)")},
        {AuthMethod::XOAuth2, tr("XOAUTH2 (password field holds an access token)")},
        {AuthMethod::OAuthBearer, tr("OAUTHBEARER (password field holds an access token)")},
    };
    for (const auto &[method, label] : methods)
        m_auth->addItem(label, Pop3::authMethodName(method));
    m_caFile->setPlaceholderText(tr("optional: a PEM file of extra certificate authorities"));
    m_consent->setVisible(false);
    m_warning->setWordWrap(true);
    m_warning->setTextFormat(Qt::PlainText);

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("P&ort:"), m_port);
    form->addRow(tr("S&ecurity:"), m_security);
    form->addRow(m_consent);
    form->addRow(tr("&Login method:"), m_auth);
    form->addRow(tr("&User name:"), m_user);
    form->addRow(m_plaintextFallback);
    form->addRow(tr("&CA file:"), m_caFile);
    form->addRow(m_proxy);
    form->addRow(m_warning);

    connect(m_security, &QComboBox::currentIndexChanged, this, &ManualPage::onSecurityChanged);
    for (QLineEdit *edit : {m_host, m_user})
        connect(edit, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    connect(m_port, &QSpinBox::valueChanged, this, &QWizardPage::completeChanged);
    connect(m_auth, &QComboBox::currentIndexChanged, this, &QWizardPage::completeChanged);
    connect(m_consent, &QCheckBox::toggled, this, &QWizardPage::completeChanged);
    connect(m_proxy, &ProxyBox::changed, this, &QWizardPage::completeChanged);
}

void ManualPage::initializePage()
{
    const Account::AccountSettings &draft = m_wizard->draft();
    m_host->setText(draft.host);
    m_lastSecurity = -1;
    m_security->setCurrentIndex(m_security->findData(int(draft.security)));
    m_lastSecurity = int(draft.security);
    m_port->setValue(draft.port ? draft.port : Pop3::defaultPort(draft.security));
    m_auth->setCurrentIndex(qMax(0, m_auth->findData(Pop3::authMethodName(draft.auth))));
    m_user->setText(draft.user.isEmpty() ? m_wizard->emailAddress() : draft.user);
    m_caFile->setText(draft.caFile);
    m_consent->setChecked(draft.security == Security::Plain && m_wizard->plaintextAccepted());
    m_plaintextFallback->setChecked(draft.allowPlaintextFallback);
    m_proxy->setProxy(draft.proxy, m_wizard->proxyPasswordStored());
    m_warning->clear();
    onSecurityChanged();
}

void ManualPage::onSecurityChanged()
{
    const auto security = Security(m_security->currentData().toInt());
    // Follow the usual port unless the user typed another one.
    if (m_lastSecurity >= 0 && m_port->value() == Pop3::defaultPort(Security(m_lastSecurity)))
        m_port->setValue(Pop3::defaultPort(security));
    m_lastSecurity = int(security);
    m_consent->setVisible(security == Security::Plain);
    // Only a connection without TLS holds back the password after a refused method.
    m_plaintextFallback->setVisible(security == Security::Plain);
    if (security != Security::Plain)
        m_consent->setChecked(false);
    emit completeChanged();
}

bool ManualPage::isComplete() const
{
    const auto auth = Pop3::authMethodFromName(m_auth->currentData().toString()).value_or(AuthMethod::Automatic);
    const auto security = Security(m_security->currentData().toInt());
    return Autodetect::isPlausibleHostName(m_host->text().trimmed()) && m_port->value() > 0
           && (!m_user->text().trimmed().isEmpty() || auth == AuthMethod::Gssapi)
           && (security != Security::Plain || m_consent->isChecked()) && m_proxy->problem().isEmpty();
}

bool ManualPage::validatePage()
{
    Account::AccountSettings candidate = m_wizard->draft();
    const QString host = m_host->text().trimmed();
    const auto port = quint16(m_port->value());
    if (candidate.host != host || candidate.port != port)
        candidate.pinnedSha256.clear(); // a pin belongs to one host and port
    candidate.host = host;
    candidate.port = port;
    candidate.security = Security(m_security->currentData().toInt());
    candidate.auth = Pop3::authMethodFromName(m_auth->currentData().toString()).value_or(AuthMethod::Automatic);
    candidate.user = m_user->text().trimmed();
    candidate.caFile = m_caFile->text().trimmed();
    candidate.allowPlaintextFallback = candidate.security == Security::Plain && m_plaintextFallback->isChecked();
    candidate.proxy = m_proxy->proxy();
    candidate.proxy.password.clear(); // the draft is saved; the password goes to the keychain only
    QString problem;
    if (!candidate.sessionSettings(&problem)) {
        m_warning->setText(Display::forLabel(problem, false));
        return false;
    }
    m_wizard->draft() = candidate;
    if (!m_proxy->typedPassword().isEmpty())
        m_wizard->setTypedProxyPassword(m_proxy->typedPassword());
    m_wizard->setPlaintextAccepted(candidate.security == Security::Plain && m_consent->isChecked());
    return true;
}

int ManualPage::nextId() const
{
    return AccountWizard::TestPageId;
}

// ---- PolicyPage ----

PolicyPage::PolicyPage(AccountWizard *wizard)
    : QWizardPage(wizard), m_wizard(wizard),
      m_keep(new QRadioButton(tr("&Leave messages on the server"), this)),
      m_days(new QRadioButton(tr("Delete from the server &this many days after downloading:"), this)),
      m_whenDeletedLocally(new QRadioButton(tr("Delete from the server when I &delete them in Poplar"), this)),
      m_afterDownload(new QRadioButton(tr("Delete from the server as soon as they are safely &downloaded"), this)),
      m_dayCount(new QSpinBox(this)),
      m_limitSize(new QCheckBox(tr("Fetch only the &headers of messages larger than:"), this)),
      m_sizeKb(new QSpinBox(this)),
      m_checkPeriodically(new QCheckBox(tr("&Check for new mail every:"), this)), m_interval(new QSpinBox(this)),
      m_previewLines(new QSpinBox(this)), m_serverFacts(new ServerFactsBox(this)), m_error(new QLabel(this))
{
    setTitle(tr("Mail on the Server"));
    setSubTitle(tr("Poplar deletes a message on the server only after it is safely stored here."));
    m_keep->setObjectName(QStringLiteral("policyKeep"));
    m_days->setObjectName(QStringLiteral("policyDays"));
    m_whenDeletedLocally->setObjectName(QStringLiteral("policyWhenDeletedLocally"));
    m_afterDownload->setObjectName(QStringLiteral("policyAfterDownload"));
    m_dayCount->setObjectName(QStringLiteral("policyDayCount"));
    m_limitSize->setObjectName(QStringLiteral("limitSize"));
    m_sizeKb->setObjectName(QStringLiteral("sizeLimitKb"));
    m_checkPeriodically->setObjectName(QStringLiteral("checkPeriodically"));
    m_interval->setObjectName(QStringLiteral("checkInterval"));
    m_error->setObjectName(QStringLiteral("policyError"));
    m_previewLines->setObjectName(QStringLiteral("previewLines"));
    m_previewLines->setRange(0, 1000);
    m_previewLines->setSuffix(tr(" lines"));
    m_dayCount->setRange(1, 3650);
    m_dayCount->setSuffix(tr(" days"));
    m_sizeKb->setRange(1, 1024 * 1024);
    m_sizeKb->setSuffix(tr(" KB"));
    m_interval->setRange(1, 24 * 60);
    m_interval->setSuffix(tr(" minutes"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));

    auto *group = new QButtonGroup(this);
    for (QRadioButton *b : {m_keep, m_days, m_whenDeletedLocally, m_afterDownload})
        group->addButton(b);
    auto *retention = new QGroupBox(tr("After downloading"), this);
    auto *rl = new QVBoxLayout(retention);
    rl->addWidget(m_keep);
    auto *daysRow = new QHBoxLayout;
    daysRow->addWidget(m_days);
    daysRow->addWidget(m_dayCount);
    daysRow->addStretch();
    rl->addLayout(daysRow);
    rl->addWidget(m_whenDeletedLocally);
    rl->addWidget(m_afterDownload);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(retention);
    auto *sizeRow = new QHBoxLayout;
    sizeRow->addWidget(m_limitSize);
    sizeRow->addWidget(m_sizeKb);
    sizeRow->addStretch();
    layout->addLayout(sizeRow);
    auto *intervalRow = new QHBoxLayout;
    intervalRow->addWidget(m_checkPeriodically);
    intervalRow->addWidget(m_interval);
    intervalRow->addStretch();
    layout->addLayout(intervalRow);
    auto *previewRow = new QHBoxLayout;
    auto *previewLabel = new QLabel(tr("&Preview of a message still on the server:"), this);
    previewLabel->setBuddy(m_previewLines);
    previewRow->addWidget(previewLabel);
    previewRow->addWidget(m_previewLines);
    previewRow->addStretch();
    layout->addLayout(previewRow);
    layout->addWidget(m_serverFacts);
    layout->addWidget(m_error);
    layout->addStretch();

    connect(m_days, &QRadioButton::toggled, m_dayCount, &QWidget::setEnabled);
    connect(m_limitSize, &QCheckBox::toggled, m_sizeKb, &QWidget::setEnabled);
    connect(m_checkPeriodically, &QCheckBox::toggled, m_interval, &QWidget::setEnabled);
    // What the server said about its retention, weighed against the policy chosen right now.
    const auto updateFacts = [this] {
        const auto [policy, days] = chosenPolicy();
        m_serverFacts->setFacts(m_wizard->draft().server, policy, days);
    };
    for (QRadioButton *b : {m_keep, m_days, m_whenDeletedLocally, m_afterDownload})
        connect(b, &QRadioButton::toggled, this, updateFacts);
    connect(m_dayCount, &QSpinBox::valueChanged, this, updateFacts);
}

std::pair<Account::RetentionPolicy, int> PolicyPage::chosenPolicy() const
{
    using P = Account::RetentionPolicy;
    const P policy = m_days->isChecked()                 ? P::DeleteAfterDays
                     : m_whenDeletedLocally->isChecked() ? P::DeleteWhenDeletedLocally
                     : m_afterDownload->isChecked()      ? P::DeleteAfterDownload
                                                         : P::Keep;
    return {policy, policy == P::DeleteAfterDays ? m_dayCount->value() : 0};
}

void PolicyPage::initializePage()
{
    m_error->clear();
    if (m_initialized)
        return; // keep what the user chose when coming back here
    m_initialized = true;
    const Account::AccountSettings &draft = m_wizard->draft();
    using P = Account::RetentionPolicy;
    m_keep->setChecked(draft.policy == P::Keep);
    m_days->setChecked(draft.policy == P::DeleteAfterDays);
    m_whenDeletedLocally->setChecked(draft.policy == P::DeleteWhenDeletedLocally);
    m_afterDownload->setChecked(draft.policy == P::DeleteAfterDownload);
    m_dayCount->setValue(draft.policyDays > 0 ? draft.policyDays : 14);
    m_dayCount->setEnabled(m_days->isChecked());
    m_limitSize->setChecked(draft.sizeLimit > 0);
    m_sizeKb->setValue(draft.sizeLimit > 0 ? int(qMax<qint64>(1, draft.sizeLimit / 1024)) : 1024);
    m_sizeKb->setEnabled(m_limitSize->isChecked());
    int interval = draft.checkIntervalMinutes;
    if (!m_wizard->isEditing()) {
        if (const auto hints = m_wizard->autodetector()->providerHints(); hints && hints->checkIntervalMinutes)
            interval = *hints->checkIntervalMinutes; // the provider's suggestion
    }
    m_checkPeriodically->setChecked(interval > 0);
    m_interval->setValue(interval > 0 ? interval : Account::DefaultCheckIntervalMinutes);
    m_interval->setEnabled(m_checkPeriodically->isChecked());
    m_previewLines->setValue(draft.previewLines);
    const auto [policy, days] = chosenPolicy();
    m_serverFacts->setFacts(draft.server, policy, days);
}

bool PolicyPage::validatePage()
{
    Account::AccountSettings &draft = m_wizard->draft();
    std::tie(draft.policy, draft.policyDays) = chosenPolicy();
    draft.previewLines = m_previewLines->value();
    draft.sizeLimit = m_limitSize->isChecked() ? qint64(m_sizeKb->value()) * 1024 : 0;
    draft.checkIntervalMinutes = m_checkPeriodically->isChecked() ? m_interval->value() : 0;
    return true;
}

void PolicyPage::showError(const QString &text)
{
    m_error->setText(Display::forLabel(text, false));
}

} // namespace Poplar::Ui
