#include "wizard/ProxyBox.h"

#include "net/HostName.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace Poplar::Ui {

using Kind = Net::ProxySettings::Kind;

ProxyBox::ProxyBox(QWidget *parent)
    : QGroupBox(tr("Proxy"), parent), m_kind(new QComboBox(this)), m_host(new QLineEdit(this)),
      m_port(new QSpinBox(this)), m_user(new QLineEdit(this)), m_password(new QLineEdit(this)),
      m_systemNote(new QLabel(this))
{
    setObjectName(QStringLiteral("proxyBox"));
    m_kind->setObjectName(QStringLiteral("proxyKind"));
    m_host->setObjectName(QStringLiteral("proxyHost"));
    m_port->setObjectName(QStringLiteral("proxyPort"));
    m_user->setObjectName(QStringLiteral("proxyUser"));
    m_password->setObjectName(QStringLiteral("proxyPassword"));
    m_kind->addItem(tr("The system's proxy settings"), int(Kind::System));
    m_kind->addItem(tr("No proxy: connect directly"), int(Kind::None));
    m_kind->addItem(tr("SOCKS5 (the proxy also looks up the server's name)"), int(Kind::Socks5));
    m_kind->addItem(tr("HTTP proxy (CONNECT)"), int(Kind::Http));
    m_port->setRange(1, 65535);
    m_port->setValue(1080);
    m_user->setPlaceholderText(tr("only if the proxy asks for one"));
    m_password->setEchoMode(QLineEdit::Password);
    m_systemNote->setWordWrap(true);
    m_systemNote->setText(tr("As the desktop or the all_proxy, http_proxy and no_proxy variables say."));

    auto *form = new QFormLayout(this);
    form->addRow(tr("Pro&xy:"), m_kind);
    form->addRow(m_systemNote);
    form->addRow(tr("Proxy &host:"), m_host);
    form->addRow(tr("Proxy p&ort:"), m_port);
    form->addRow(tr("Proxy us&er:"), m_user);
    form->addRow(tr("Proxy pass&word:"), m_password);

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        // The usual ports, unless one was typed.
        const auto kind = Kind(m_kind->currentData().toInt());
        if (kind == Kind::Socks5 && m_port->value() == 3128)
            m_port->setValue(1080);
        else if (kind == Kind::Http && m_port->value() == 1080)
            m_port->setValue(3128);
        updateFields();
        emit changed();
    });
    for (QLineEdit *edit : {m_host, m_user, m_password})
        connect(edit, &QLineEdit::textChanged, this, &ProxyBox::changed);
    connect(m_user, &QLineEdit::textChanged, this, &ProxyBox::updateFields);
    connect(m_port, &QSpinBox::valueChanged, this, &ProxyBox::changed);
    updateFields();
}

void ProxyBox::setProxy(const Net::ProxySettings &proxy, bool passwordStored)
{
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(int(proxy.kind))));
    m_host->setText(Net::displayHostName(proxy.host));
    if (proxy.port)
        m_port->setValue(proxy.port);
    m_user->setText(proxy.user);
    m_password->clear();
    m_password->setPlaceholderText(passwordStored ? tr("stored in the keychain; type to change")
                                                  : tr("kept in the keychain"));
    updateFields();
}

Net::ProxySettings ProxyBox::proxy() const
{
    Net::ProxySettings proxy;
    proxy.kind = Kind(m_kind->currentData().toInt());
    if (proxy.kind == Kind::Socks5 || proxy.kind == Kind::Http) {
        proxy.host = m_host->text().trimmed();
        proxy.port = quint16(m_port->value());
        proxy.user = m_user->text().trimmed();
        if (!proxy.user.isEmpty())
            proxy.password = m_password->text();
    }
    return proxy;
}

QString ProxyBox::typedPassword() const
{
    return proxy().password;
}

QString ProxyBox::problem() const
{
    const Net::ProxySettings p = proxy();
    if (p.kind != Kind::Socks5 && p.kind != Kind::Http)
        return {};
    if (p.host.isEmpty() || Net::asciiHostName(p.host).isEmpty())
        return tr("Enter the proxy's host name.");
    if (p.user.contains(QLatin1Char('\n')) || p.password.contains(QLatin1Char('\n')) || p.password.contains(QLatin1Char('\r')))
        return tr("The proxy user name and password must not contain line breaks.");
    return {};
}

void ProxyBox::updateFields()
{
    const auto kind = Kind(m_kind->currentData().toInt());
    const bool own = kind == Kind::Socks5 || kind == Kind::Http;
    for (QWidget *w : {static_cast<QWidget *>(m_host), static_cast<QWidget *>(m_port), static_cast<QWidget *>(m_user)})
        w->setEnabled(own);
    m_password->setEnabled(own && !m_user->text().trimmed().isEmpty());
    m_systemNote->setVisible(kind == Kind::System);
}

} // namespace Poplar::Ui
