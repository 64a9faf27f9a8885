#include "wizard/StartPages.h"

#include "account/autodetect/Autoconfig.h"
#include "account/autodetect/Autodetector.h"
#include "account/oauth/Provider.h"
#include "wizard/AccountWizard.h"
#include "wizard/SignInBox.h"

#include "display/OutsideText.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Poplar::Ui {

using Autodetect::Candidate;

namespace {

bool plausibleAddress(const QString &email)
{
    const qsizetype at = email.lastIndexOf(QLatin1Char('@'));
    return at > 0 && Autodetect::isPlausibleHostName(Autodetect::emailDomain(email)) && !email.contains(QLatin1Char(' '));
}

QString statusWords(const Candidate &c)
{
    switch (c.status) {
    case Candidate::Status::Pending: return DetectPage::tr("checking\u2026");
    case Candidate::Status::Secure: return DetectPage::tr("encrypted, trusted");
    case Candidate::Status::CertificateUntrusted: return DetectPage::tr("encrypted, certificate not trusted");
    case Candidate::Status::NoTls: return DetectPage::tr("NOT encrypted");
    case Candidate::Status::Unreachable: return DetectPage::tr("not usable");
    }
    return {};
}

} // namespace

// ---- IdentityPage ----

IdentityPage::IdentityPage(AccountWizard *wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_email(new QLineEdit(this)), m_password(new QLineEdit(this)),
      m_signIn(new SignInBox(this)), m_name(new QLineEdit(this)),
      m_manual(new QCheckBox(tr("I will enter the server settings myself"), this)), m_hint(new QLabel(this))
{
    setTitle(tr("Your Account"));
    setSubTitle(tr("Type your e-mail address and password; Poplar looks up the rest."));
    m_name->setObjectName(QStringLiteral("accountName"));
    m_email->setObjectName(QStringLiteral("email"));
    m_password->setObjectName(QStringLiteral("password"));
    m_manual->setObjectName(QStringLiteral("manualSetup"));
    m_name->setPlaceholderText(tr("e.g. Work (the address if left empty)"));
    m_email->setPlaceholderText(tr("you@example.org"));
    m_password->setEchoMode(QLineEdit::Password);
    m_hint->setWordWrap(true);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&E-mail address:"), m_email);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(QString(), m_signIn);
    form->addRow(tr("Account &name:"), m_name);
    form->addRow(m_manual);
    form->addRow(m_hint);
    for (QLineEdit *edit : {m_name, m_email})
        connect(edit, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    connect(m_email, &QLineEdit::textChanged, m_signIn, &SignInBox::setAddress);
    connect(m_signIn, &SignInBox::grantChanged, this, [this] {
        // Signed in: the password is not needed, and never sent.
        m_password->setEnabled(!m_signIn->grant().has_value());
        emit completeChanged();
    });
}

QString IdentityPage::emailAddress() const
{
    return m_email->text().trimmed();
}

QByteArray IdentityPage::password() const
{
    if (const auto &grant = m_signIn->grant())
        return grant->accessToken;
    return m_password->text().toUtf8();
}

void IdentityPage::initializePage()
{
    if (!m_wizard->isEditing())
        return;
    m_name->setText(m_wizard->draft().name);
    setSubTitle(tr("Change what you need; the server settings follow on the next pages."));
    // The address is not stored apart from the user name, which usually is the address.
    if (m_email->text().isEmpty() && m_wizard->draft().user.contains(QLatin1Char('@'))) {
        m_email->setText(m_wizard->draft().user);
        m_defaultUser = m_wizard->draft().user; // a changed address changes the user name with it
    }
    m_manual->setChecked(true);
    const Pop3::AuthMethod auth = m_wizard->draft().auth;
    if (auth == Pop3::AuthMethod::XOAuth2 || auth == Pop3::AuthMethod::OAuthBearer)
        m_signIn->setAddress(m_wizard->draft().user); // offers to sign in again
    m_password->setPlaceholderText(tr("unchanged"));
    m_hint->setText(tr("Leave the password empty to keep the one stored in the keychain. Type an address and "
                       "untick the box above to look the server up again."));
}

bool IdentityPage::isComplete() const
{
    if (m_wizard->isEditing())
        return !m_name->text().trimmed().isEmpty() || plausibleAddress(emailAddress());
    return plausibleAddress(emailAddress());
}

bool IdentityPage::validatePage()
{
    Account::AccountSettings &draft = m_wizard->draft();
    const QString name = m_name->text().trimmed();
    draft.name = name.isEmpty() ? emailAddress() : name;
    // The address is the user name until something better is known; a changed address
    // replaces the one it put there before.
    if (draft.user.isEmpty() || draft.user == m_defaultUser)
        draft.user = emailAddress();
    m_defaultUser = emailAddress();
    if (m_signIn->grant()) {
        // The provider's own POP3 server with its token login; the next page shows it for review.
        const auto provider = OAuth::providerById(m_signIn->grant()->provider);
        if (provider) {
            draft.host = provider->popHost;
            draft.port = Pop3::Pop3TlsPort;
            draft.security = Pop3::Security::ImplicitTls;
            draft.auth = provider->auth;
            draft.user = emailAddress();
            draft.passwordCommand.clear();
        }
    }
    return true;
}

int IdentityPage::nextId() const
{
    if (m_manual->isChecked() || m_signIn->grant() || !plausibleAddress(emailAddress()))
        return AccountWizard::ManualPageId;
    return AccountWizard::DetectPageId;
}

// ---- DetectPage ----

DetectPage::DetectPage(AccountWizard *wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_status(new QLabel(this)), m_busy(new QProgressBar(this)),
      m_log(new QListWidget(this)), m_candidates(new QTreeWidget(this)), m_reason(new QLabel(this)),
      m_consent(new QCheckBox(tr("Use this server without encryption. I accept that my password and my mail can be "
                                 "read by anyone on the network path."), this)),
      m_byHand(new QCheckBox(tr("Review or change the settings by hand"), this)),
      m_stop(new QPushButton(tr("&Stop"), this)), m_again(new QPushButton(tr("Search &Again"), this))
{
    setTitle(tr("Finding Your Server"));
    setSubTitle(tr("DNS records, your provider's published settings and the usual server names are tried at once."));
    m_status->setObjectName(QStringLiteral("detectStatus"));
    m_log->setObjectName(QStringLiteral("detectLog"));
    m_candidates->setObjectName(QStringLiteral("candidates"));
    m_reason->setObjectName(QStringLiteral("choiceReason"));
    m_consent->setObjectName(QStringLiteral("plaintextConsent"));
    m_byHand->setObjectName(QStringLiteral("editByHand"));
    m_stop->setObjectName(QStringLiteral("stopDetection"));
    m_again->setObjectName(QStringLiteral("searchAgain"));
    m_status->setWordWrap(true);
    m_reason->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText); // names hosts found in DNS and autoconfig files
    m_reason->setTextFormat(Qt::PlainText);
    m_consent->setVisible(false);
    m_candidates->setHeaderLabels({tr("Server"), tr("Security"), tr("Result")});
    m_candidates->setRootIsDecorated(false);
    m_candidates->header()->setStretchLastSection(true);
    m_log->setMinimumHeight(100);

    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    top->addWidget(m_status, 1);
    top->addWidget(m_busy);
    top->addWidget(m_stop);
    top->addWidget(m_again);
    layout->addLayout(top);
    layout->addWidget(m_log, 1);
    layout->addWidget(m_candidates, 1);
    layout->addWidget(m_reason);
    layout->addWidget(m_consent);
    layout->addWidget(m_byHand);

    Autodetect::Autodetector *detector = m_wizard->autodetector();
    connect(detector, &Autodetect::Autodetector::progress, this, [this](const QString &line) {
        m_log->addItem(line);
        m_log->scrollToBottom();
    });
    connect(detector, &Autodetect::Autodetector::candidatesChanged, this, &DetectPage::refill);
    connect(detector, &Autodetect::Autodetector::finished, this, &DetectPage::onFinished);
    connect(m_candidates, &QTreeWidget::currentItemChanged, this, &DetectPage::onSelectionChanged);
    connect(m_consent, &QCheckBox::toggled, this, &QWizardPage::completeChanged);
    connect(m_byHand, &QCheckBox::toggled, this, &QWizardPage::completeChanged);
    connect(m_stop, &QPushButton::clicked, detector, &Autodetect::Autodetector::cancel);
    connect(m_again, &QPushButton::clicked, this, &DetectPage::restart);
}

void DetectPage::initializePage()
{
    if (m_searchedFor != m_wizard->emailAddress() || !m_finished)
        restart();
}

void DetectPage::cleanupPage()
{
    if (m_wizard->autodetector()->isRunning()) {
        m_searchedFor.clear(); // stopped half-way: search afresh next time
        m_wizard->autodetector()->cancel();
    }
}

void DetectPage::restart()
{
    m_finished = false;
    m_searchedFor = m_wizard->emailAddress();
    m_log->clear();
    m_candidates->clear();
    m_reason->clear();
    m_consent->setChecked(false);
    m_consent->setVisible(false);
    m_status->setText(tr("Looking for the server of %1\u2026").arg(Autodetect::emailDomain(m_searchedFor)));
    m_busy->setRange(0, 0);
    m_busy->setVisible(true);
    m_stop->setEnabled(true);
    m_again->setEnabled(false);
    emit completeChanged();
    m_wizard->autodetector()->start(m_searchedFor);
}

void DetectPage::refill()
{
    const QVector<Candidate> all = m_wizard->autodetector()->candidates();
    const QString current = m_candidates->currentItem() ? m_candidates->currentItem()->data(0, Qt::UserRole).toString()
                                                        : QString();
    QSignalBlocker block(m_candidates);
    m_candidates->clear();
    for (const Candidate &c : all) {
        auto *item = new QTreeWidgetItem(m_candidates, {Display::forLabel(QStringLiteral("%1:%2").arg(c.host).arg(c.port)),
                                                        Autodetect::securityLabel(c.security), statusWords(c)});
        const QString key = QStringLiteral("%1:%2").arg(c.host).arg(c.port);
        item->setData(0, Qt::UserRole, key);
        item->setToolTip(2, Display::toolTip(c.reason.isEmpty() ? c.problem : c.reason));
        if (c.chosen)
            item->setText(2, tr("%1 \u2014 chosen").arg(statusWords(c)));
        if (key == current)
            m_candidates->setCurrentItem(item);
    }
    m_candidates->resizeColumnToContents(0);
    m_candidates->resizeColumnToContents(1);
}

void DetectPage::onFinished()
{
    m_finished = true;
    m_busy->setRange(0, 1);
    m_busy->setValue(1);
    m_busy->setVisible(false);
    m_stop->setEnabled(false);
    m_again->setEnabled(true);
    refill();
    const auto best = m_wizard->autodetector()->best();
    if (!best) {
        m_status->setText(tr("No POP3 server was found for %1. Next lets you enter the settings yourself.")
                              .arg(Autodetect::emailDomain(m_searchedFor)));
        m_reason->clear();
    } else {
        m_status->setText(tr("Found %1.").arg(best->label()));
        for (int i = 0; i < m_candidates->topLevelItemCount(); ++i) {
            QTreeWidgetItem *item = m_candidates->topLevelItem(i);
            if (item->data(0, Qt::UserRole).toString() == QStringLiteral("%1:%2").arg(best->host).arg(best->port))
                m_candidates->setCurrentItem(item);
        }
    }
    onSelectionChanged();
}

std::optional<Candidate> DetectPage::selectedCandidate() const
{
    const QTreeWidgetItem *item = m_candidates->currentItem();
    if (!item || !m_finished)
        return std::nullopt;
    for (const Candidate &c : m_wizard->autodetector()->candidates()) {
        if (QStringLiteral("%1:%2").arg(c.host).arg(c.port) == item->data(0, Qt::UserRole).toString() && c.isUsable())
            return c;
    }
    return std::nullopt;
}

void DetectPage::onSelectionChanged()
{
    if (!m_finished)
        return;
    const QTreeWidgetItem *item = m_candidates->currentItem();
    QString reason;
    for (const Candidate &c : m_wizard->autodetector()->candidates()) {
        if (item && QStringLiteral("%1:%2").arg(c.host).arg(c.port) == item->data(0, Qt::UserRole).toString())
            reason = c.reason;
    }
    m_reason->setText(Display::forLabel(reason, false));
    const auto selected = selectedCandidate();
    const bool plaintext = selected && selected->needsPlaintextConsent();
    m_consent->setVisible(plaintext);
    if (!plaintext)
        m_consent->setChecked(false);
    emit completeChanged();
}

bool DetectPage::isComplete() const
{
    if (!m_finished)
        return false;
    if (m_byHand->isChecked())
        return true;
    const auto selected = selectedCandidate();
    if (!selected)
        return m_wizard->autodetector()->best() == std::nullopt; // nothing found: on to the manual page
    return !selected->needsPlaintextConsent() || m_consent->isChecked();
}

bool DetectPage::validatePage()
{
    const auto selected = selectedCandidate();
    if (!selected)
        return true;
    Account::AccountSettings &draft = m_wizard->draft();
    if (draft.host != selected->host || draft.port != selected->port)
        draft.pinnedSha256.clear(); // a pin belongs to one host and port
    draft.host = selected->host;
    draft.port = selected->port;
    draft.security = selected->security;
    draft.auth = selected->auth;
    draft.user = selected->user.isEmpty() ? m_wizard->emailAddress() : selected->user;
    m_wizard->setPlaintextAccepted(selected->needsPlaintextConsent() && m_consent->isChecked());
    return true;
}

int DetectPage::nextId() const
{
    if (m_byHand->isChecked() || !selectedCandidate())
        return AccountWizard::ManualPageId;
    return AccountWizard::TestPageId;
}

} // namespace Poplar::Ui
