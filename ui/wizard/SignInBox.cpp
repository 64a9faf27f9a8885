#include "wizard/SignInBox.h"

#include "account/autodetect/Autoconfig.h"
#include "account/oauth/AuthorizationFlow.h"
#include "account/oauth/ProviderDetector.h"

#include "display/OutsideText.h"

#include <QDesktopServices>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Poplar::Ui {

SignInBox::SignInBox(QWidget *parent)
    : QWidget(parent), m_button(new QPushButton(this)), m_status(new QLabel(this)),
      m_detector(new OAuth::ProviderDetector(this)), m_opener([](const QUrl &url) { QDesktopServices::openUrl(url); })
{
    m_button->setObjectName(QStringLiteral("signInButton"));
    m_status->setObjectName(QStringLiteral("signInStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText); // may quote the provider
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_button, 0, Qt::AlignLeft);
    layout->addWidget(m_status);
    m_button->hide();
    m_status->hide();
    m_pause.setSingleShot(true);
    m_pause.setInterval(500);
    connect(&m_pause, &QTimer::timeout, this, [this] { m_detector->detect(m_domain); });
    connect(m_detector, &OAuth::ProviderDetector::finished, this, &SignInBox::onDetected);
    connect(m_button, &QPushButton::clicked, this, &SignInBox::signIn);
}

SignInBox::~SignInBox() = default;

void SignInBox::setAddress(const QString &address)
{
    m_address = address.trimmed();
    const QString domain = Autodetect::emailDomain(m_address);
    if (domain == m_domain)
        return;
    m_domain = domain;
    if (m_grant) {
        m_grant.reset(); // made for another address
        m_status->hide();
        emit grantChanged();
    }
    if (Autodetect::isPlausibleHostName(domain) && domain.contains(QLatin1Char('.')))
        m_pause.start();
    else
        onDetected(domain, {});
}

void SignInBox::onDetected(const QString &domain, const QString &providerId)
{
    if (domain != m_domain)
        return;
    m_providerId = providerId;
    const auto provider = OAuth::providerById(providerId);
    m_button->setVisible(provider.has_value());
    if (provider)
        m_button->setText(tr("Sign in with %1\u2026").arg(provider->displayName));
}

void SignInBox::signIn()
{
    const auto provider = OAuth::providerById(m_providerId);
    if (!provider)
        return;
    delete m_flow;
    m_flow = new OAuth::AuthorizationFlow(*provider, this);
    m_flow->setLoginHint(m_address);
    connect(m_flow, &OAuth::AuthorizationFlow::openUrl, this, [this](const QUrl &url) { m_opener(url); });
    connect(m_flow, &OAuth::AuthorizationFlow::finished, this, &SignInBox::onFinished);
    m_status->setText(tr("Waiting for you to sign in with %1 in your browser\u2026").arg(provider->displayName));
    m_status->show();
    m_button->setEnabled(false);
    m_flow->start();
}

void SignInBox::onFinished(const OAuth::Grant &grant, const OAuth::Error &error)
{
    m_button->setEnabled(true);
    m_flow->deleteLater();
    m_flow = nullptr;
    if (error.isError()) {
        m_status->setText(Display::forLabel(error.message, false));
        return;
    }
    m_grant = grant;
    const auto provider = OAuth::providerById(m_providerId);
    m_status->setText(tr("Signed in with %1. No password is needed; the sign-in is kept in the keychain.")
                          .arg(provider ? provider->displayName : m_providerId));
    emit grantChanged();
}

} // namespace Poplar::Ui
