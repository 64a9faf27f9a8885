#include "wizard/ConnectionTestPage.h"

#include "net/HostName.h"
#include "account/oauth/Grant.h"
#include "pop3/ErrorCatalogue.h"
#include "pop3/Session.h"
#include "wizard/AccountWizard.h"
#include "wizard/CertificateDialog.h"
#include "wizard/KeychainAccess.h"

#include "display/OutsideText.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace Poplar::Ui {

using Pop3::Error;

ConnectionTestPage::ConnectionTestPage(AccountWizard *wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_status(new QLabel(this)), m_busy(new QProgressBar(this)),
      m_details(new QPlainTextEdit(this)), m_retry(new QPushButton(tr("Test &Again"), this)),
      m_showCertificate(new QPushButton(tr("Show &Certificate\u2026"), this)),
      m_saveAnyway(new QCheckBox(tr("Save these settings even though the test did not succeed"), this))
{
    setTitle(tr("Testing the Connection"));
    setSubTitle(tr("Poplar logs in once with these settings; no message is downloaded or deleted."));
    m_status->setObjectName(QStringLiteral("testStatus"));
    m_details->setObjectName(QStringLiteral("testDetails"));
    m_retry->setObjectName(QStringLiteral("testAgain"));
    m_showCertificate->setObjectName(QStringLiteral("showCertificate"));
    m_saveAnyway->setObjectName(QStringLiteral("saveAnyway"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText); // may quote the server
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setReadOnly(true);
    m_busy->setRange(0, 0);

    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    top->addWidget(m_status, 1);
    top->addWidget(m_busy);
    layout->addLayout(top);
    layout->addWidget(m_details, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_retry);
    buttons->addWidget(m_showCertificate);
    buttons->addStretch();
    layout->addLayout(buttons);
    layout->addWidget(m_saveAnyway);

    connect(m_retry, &QPushButton::clicked, this, &ConnectionTestPage::runTest);
    connect(m_showCertificate, &QPushButton::clicked, this, [this] { askAboutCertificate(m_lastError); });
    connect(m_saveAnyway, &QCheckBox::toggled, this, &QWizardPage::completeChanged);
}

ConnectionTestPage::~ConnectionTestPage()
{
    finishSession();
}

void ConnectionTestPage::initializePage()
{
    runTest();
}

void ConnectionTestPage::cleanupPage()
{
    finishSession();
}

bool ConnectionTestPage::isComplete() const
{
    return !isRunning() && (m_succeeded || m_saveAnyway->isChecked());
}

int ConnectionTestPage::nextId() const
{
    return AccountWizard::PolicyPageId;
}

void ConnectionTestPage::finishSession()
{
    if (!m_session)
        return;
    m_session->disconnect(this);
    m_session->abort();
    m_session->deleteLater();
    m_session = nullptr;
}

void ConnectionTestPage::runTest()
{
    finishSession();
    m_succeeded = false;
    m_lastError = {};
    m_saveAnyway->setChecked(false);
    m_saveAnyway->setVisible(false);
    m_showCertificate->setVisible(false);
    m_retry->setEnabled(false);
    m_details->clear();
    m_busy->setVisible(true);
    const Account::AccountSettings &draft = m_wizard->draft();
    m_status->setText(tr("Connecting to %1 port %2\u2026").arg(Net::displayHostName(draft.host)).arg(draft.port));
    emit completeChanged();

    const QByteArray typed = m_wizard->password();
    if (!typed.isEmpty() || !m_wizard->isEditing() || draft.auth == Pop3::AuthMethod::Gssapi) {
        testWithSecret(typed);
        return;
    }
    // Editing without a new password: test with the stored one.
    if (!m_keychain)
        m_keychain = new KeychainAccess(m_wizard->syncThread(), this);
    m_keychain->disconnect(this);
    connect(m_keychain, &KeychainAccess::secretRead, this,
            [this](const QString &, bool ok, const QByteArray &secret, const QString &error) {
                m_keychain->disconnect(this);
                if (ok) {
                    // A stored sign-in: test with its access token as it is (the check renews it when due).
                    const auto grant = OAuth::Grant::fromJson(secret);
                    testWithSecret(grant ? grant->accessToken : secret);
                    return;
                }
                m_busy->setVisible(false);
                m_retry->setEnabled(true);
                m_saveAnyway->setVisible(true);
                m_status->setText(tr("No password was typed, and the stored one could not be read (%1). Go back and "
                                     "type it to test the connection.").arg(error));
                emit completeChanged();
            });
    m_keychain->readSecret(m_wizard->originalName());
}

void ConnectionTestPage::testWithSecret(const QByteArray &secret)
{
    const Account::AccountSettings &draft = m_wizard->draft();
    QString problem;
    auto settings = draft.sessionSettings(&problem);
    if (settings && draft.security == Pop3::Security::Plain && !m_wizard->plaintextAccepted())
        problem = tr("This account would send the password unencrypted, which you have not agreed to.");
    if (!settings || !problem.isEmpty()) {
        Error error;
        error.kind = Error::Kind::InvalidSettings;
        error.message = problem;
        onFailed(error);
        return;
    }
    settings->proxy.password = m_wizard->proxyPassword();
    settings->connectTimeoutMs = 15000;
    settings->replyTimeoutMs = 30000;
    settings->keepaliveIntervalMs = 0;
    m_session = new Pop3::Session(m_wizard->transportFactory(), this);
    connect(m_session, &Pop3::Session::ready, this, &ConnectionTestPage::onReady);
    connect(m_session, &Pop3::Session::failed, this, &ConnectionTestPage::onFailed);
    connect(m_session, &Pop3::Session::stateChanged, this, [this](Pop3::Session::State state) {
        if (state == Pop3::Session::State::Negotiating)
            m_status->setText(tr("Connected; asking the server what it offers\u2026"));
        else if (state == Pop3::Session::State::Authenticating)
            m_status->setText(tr("Logging in\u2026"));
    });
    m_session->open(*settings, secret);
}

void ConnectionTestPage::onReady()
{
    const Account::AccountSettings &draft = m_wizard->draft();
    const Pop3::Capabilities &caps = m_session->capabilities();
    m_succeeded = true;
    m_busy->setVisible(false);
    m_retry->setEnabled(true);
    m_status->setText(tr("The login worked."));
    QStringList lines;
    lines << tr("Logged in as %1 with %2.").arg(draft.user, QString::fromLatin1(m_session->mechanismUsed()));
    if (!m_session->isEncrypted())
        lines << tr("Connection: NOT encrypted. The password and your mail crossed the network readable.");
    else if (draft.security == Pop3::Security::ImplicitTls)
        lines << tr("Connection: encrypted from the start (TLS).");
    else
        lines << tr("Connection: encrypted after STLS.");
    if (!draft.pinnedSha256.isEmpty())
        lines << tr("Certificate: trusted because you chose to trust this one (SHA-256 %1).")
                     .arg(CertificateDialog::formatFingerprint(draft.pinnedSha256));
    lines << tr("Server greeting: %1").arg(QString::fromUtf8(m_session->greeting()).left(200));
    QStringList offered;
    for (const char *name : {"TOP", "UIDL", "USER", "PIPELINING", "RESP-CODES", "AUTH-RESP-CODE", "EXPIRE", "LOGIN-DELAY"}) {
        if (caps.has(name))
            offered << QString::fromLatin1(name);
    }
    if (!caps.saslMechanisms().isEmpty())
        offered << QStringLiteral("SASL (%1)").arg(QString::fromLatin1(caps.saslMechanisms().join(' ')));
    lines << tr("Capabilities: %1").arg(caps.isKnown() ? offered.join(QStringLiteral(", ")) : tr("not announced"));
    if (!caps.implementation().isEmpty())
        lines << tr("Server software: %1").arg(QString::fromUtf8(caps.implementation()).left(100));
    if (caps.isKnown() && !caps.uidl())
        lines << tr("Warning: the server does not offer UIDL, which Poplar needs to recognise messages it has "
                    "already seen.");
    if (caps.isKnown() && !caps.top())
        lines << tr("Note: the server does not offer TOP, so previews need the whole message.");
    if (caps.expireDays() == 0)
        lines << tr("Warning: the server deletes messages as soon as they are downloaded (EXPIRE 0), whatever "
                    "Poplar is set to do.");
    else if (caps.expireDays() && *caps.expireDays() > 0)
        lines << tr("Note: the server deletes messages %n day(s) after they are downloaded (EXPIRE).", nullptr,
                    *caps.expireDays());
    if (const auto delay = caps.loginDelaySeconds(); delay && *delay > 0)
        lines << tr("Note: the server allows a login only every %n minute(s).", nullptr, (*delay + 59) / 60);
    m_details->setPlainText(lines.join(QLatin1Char('\n')));
    m_session->quit(); // a polite goodbye; what happens next no longer matters
    Pop3::Session *done = std::exchange(m_session, nullptr);
    connect(done, &Pop3::Session::closed, done, &QObject::deleteLater);
    connect(done, &Pop3::Session::failed, done, &QObject::deleteLater);
    done->disconnect(this);
    emit completeChanged();
}

void ConnectionTestPage::onFailed(const Error &error)
{
    const Account::AccountSettings &draft = m_wizard->draft();
    if (m_session) {
        m_session->disconnect(this);
        m_session->deleteLater();
        m_session = nullptr;
    }
    m_lastError = error;
    m_busy->setVisible(false);
    m_retry->setEnabled(true);
    m_saveAnyway->setVisible(true);
    Pop3::ErrorContext context;
    context.host = Net::displayHostName(draft.host);
    context.port = draft.port;
    context.security = draft.security;
    m_status->setText(Display::forLabel(Pop3::explainError(error, context).advice, false));
    QStringList lines;
    lines << tr("What happened: %1").arg(error.message);
    if (!error.serverText.isEmpty())
        lines << tr("The server said: %1").arg(QString::fromUtf8(error.serverText.left(300)));
    for (const QSslError &e : error.sslErrors)
        lines << tr("Certificate problem: %1").arg(e.errorString());
    m_details->setPlainText(Display::forLabel(lines.join(QLatin1Char('\n')), false, 20000));
    const bool certificate = error.kind == Error::Kind::CertificateUntrusted && !error.peerChain.isEmpty();
    m_showCertificate->setVisible(certificate);
    emit completeChanged();
    if (certificate)
        askAboutCertificate(error);
}

void ConnectionTestPage::askAboutCertificate(const Error &error)
{
    if (error.peerChain.isEmpty() || findChild<CertificateDialog *>())
        return;
    const Account::AccountSettings &draft = m_wizard->draft();
    auto *dialog = new CertificateDialog(draft.host, draft.port, error.peerChain, error.sslErrors, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString host = draft.host;
    const quint16 port = draft.port;
    connect(dialog, &QDialog::accepted, this, [this, dialog, host, port] {
        Account::AccountSettings &d = m_wizard->draft();
        if (d.host != host || d.port != port)
            return; // the settings changed meanwhile: this decision is about another server
        d.pinnedSha256 = dialog->leafSha256();
        runTest();
    });
    dialog->open();
}

QString ConnectionTestPage::explain(const Error &error, const QString &host, quint16 port)
{
    Pop3::ErrorContext context;
    context.host = host;
    context.port = port;
    return Pop3::explainError(error, context).advice;
}

} // namespace Poplar::Ui
