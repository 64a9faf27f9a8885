#include "wizard/CertificateDialog.h"

#include "display/OutsideText.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Poplar::Ui {

namespace {

QString distinguishedName(const QSslCertificate &cert, bool issuer)
{
    struct Part {
        QSslCertificate::SubjectInfo info;
        const char *label;
    };
    const Part parts[] = {{QSslCertificate::CommonName, "CN"},
                          {QSslCertificate::Organization, "O"},
                          {QSslCertificate::OrganizationalUnitName, "OU"},
                          {QSslCertificate::LocalityName, "L"},
                          {QSslCertificate::StateOrProvinceName, "ST"},
                          {QSslCertificate::CountryName, "C"}};
    QStringList out;
    for (const Part &p : parts) {
        const QStringList values = issuer ? cert.issuerInfo(p.info) : cert.subjectInfo(p.info);
        for (const QString &v : values)
            out << QStringLiteral("%1=%2").arg(QLatin1String(p.label), v);
    }
    return out.isEmpty() ? CertificateDialog::tr("(empty)") : out.join(QStringLiteral(", "));
}

} // namespace

CertificateDialog::CertificateDialog(const QString &host, quint16 port, const QList<QSslCertificate> &chain,
                                     const QList<QSslError> &errors, QWidget *parent)
    : QDialog(parent), m_chain(chain), m_details(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Untrusted Certificate"));
    setObjectName(QStringLiteral("certificateDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("<p><b>%1 port %2 presented a certificate Poplar cannot verify.</b></p>"
           "<p>Someone between you and the server could be pretending to be it. Trust this certificate only if "
           "you can confirm its SHA-256 fingerprint another way (your provider's web page, your administrator). "
           "Only this exact certificate will be trusted, only for this server and port; if it ever changes, "
           "Poplar asks again.</p>")
            .arg(host.toHtmlEscaped())
            .arg(port),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    const QSslCertificate leaf = chain.value(0);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QStringList lines;
    lines << tr("Server: %1:%2").arg(host).arg(port);
    lines << tr("Problems:");
    for (const QSslError &e : errors)
        lines << QStringLiteral("  \u2022 ") + e.errorString();
    if (errors.isEmpty())
        lines << QStringLiteral("  \u2022 ") + tr("The certificate could not be verified.");
    if (leaf.isNull()) {
        lines << tr("The server presented no certificate.");
    } else {
        lines << tr("Subject: %1").arg(distinguishedName(leaf, false));
        lines << tr("Issuer: %1").arg(distinguishedName(leaf, true));
        QString validity = tr("Valid from %1 to %2")
                               .arg(QLocale().toString(leaf.effectiveDate().toLocalTime(), QLocale::LongFormat),
                                    QLocale().toString(leaf.expiryDate().toLocalTime(), QLocale::LongFormat));
        if (leaf.expiryDate() < now)
            validity += tr(" (expired)");
        else if (leaf.effectiveDate() > now)
            validity += tr(" (not yet valid)");
        lines << validity;
        QStringList names;
        const auto alternates = leaf.subjectAlternativeNames();
        for (auto it = alternates.cbegin(); it != alternates.cend(); ++it) {
            const QString kind = it.key() == QSsl::DnsEntry         ? QStringLiteral("DNS:")
                                 : it.key() == QSsl::IpAddressEntry ? QStringLiteral("IP:")
                                                                    : QStringLiteral("email:");
            names << kind + it.value();
        }
        if (!names.isEmpty())
            lines << tr("Names: %1").arg(names.join(QStringLiteral(", ")));
        lines << tr("SHA-256 fingerprint: %1").arg(formatFingerprint(leafSha256()));
        lines << tr("Serial number: %1").arg(QString::fromLatin1(leaf.serialNumber()));
        if (chain.size() > 1) {
            lines << tr("Chain (%n certificate(s), server's first):", nullptr, int(chain.size()));
            for (const QSslCertificate &c : chain)
                lines << QStringLiteral("  ") + distinguishedName(c, false);
        }
    }
    m_details->setObjectName(QStringLiteral("certificateDetails"));
    m_details->setReadOnly(true);
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_details->setPlainText(Display::forLabel(lines.join(QLatin1Char('\n')), false, 100000));
    m_details->setMinimumSize(560, 240);
    layout->addWidget(m_details, 1);

    auto *buttons = new QDialogButtonBox(this);
    m_trust = buttons->addButton(tr("&Trust This Certificate for %1:%2").arg(host).arg(port), QDialogButtonBox::AcceptRole);
    m_trust->setObjectName(QStringLiteral("trustCertificate"));
    m_trust->setEnabled(!leaf.isNull());
    m_trust->setAutoDefault(false);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancel"));
    cancel->setDefault(true); // Enter does not trust anything
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QByteArray CertificateDialog::leafSha256() const
{
    return m_chain.isEmpty() ? QByteArray() : m_chain.first().digest(QCryptographicHash::Sha256);
}

QString CertificateDialog::formatFingerprint(const QByteArray &digest)
{
    return QString::fromLatin1(digest.toHex(':').toUpper());
}

QString CertificateDialog::detailsText() const
{
    return m_details->toPlainText();
}

} // namespace Poplar::Ui
