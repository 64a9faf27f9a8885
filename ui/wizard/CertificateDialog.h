#pragma once

#include <QDialog>
#include <QList>
#include <QSslCertificate>
#include <QSslError>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace Poplar::Ui {

/// Shows a server certificate that failed verification (subject, issuer, validity, SHA-256
/// fingerprint and the exact errors) and lets the user trust exactly this certificate for one
/// host and port. Nothing else is ever accepted: a different certificate asks again.
class CertificateDialog : public QDialog {
    Q_OBJECT
public:
    /// `chain` is the server's, leaf first; `errors` are the verification errors as reported.
    CertificateDialog(const QString &host, quint16 port, const QList<QSslCertificate> &chain,
                      const QList<QSslError> &errors, QWidget *parent = nullptr);

    /// SHA-256 digest of the leaf certificate: the value to pin when the user trusts it.
    QByteArray leafSha256() const;
    /// "AB:CD:..." form of a SHA-256 digest, as shown to the user.
    static QString formatFingerprint(const QByteArray &digest);
    /// Everything the dialog shows, as plain text (for tests and for copying).
    QString detailsText() const;
    /// The button that trusts the certificate (accepts the dialog).
    QPushButton *trustButton() const { return m_trust; }

private:
    QList<QSslCertificate> m_chain;
    QPlainTextEdit *m_details;
    QPushButton *m_trust;
};

} // namespace Poplar::Ui
