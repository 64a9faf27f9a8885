#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>

class QDnsLookup;

namespace Poplar::OAuth {

/// Finds out whether an address's mail is run by a provider Poplar can sign in to: by the
/// domain itself (gmail.com, outlook.com ...), else by its MX records (a company domain hosted
/// by Google Workspace or Microsoft 365). Ends with one `finished` per detect(); a new detect()
/// replaces the one under way.
class ProviderDetector : public QObject {
    Q_OBJECT
public:
    explicit ProviderDetector(QObject *parent = nullptr);
    ~ProviderDetector() override;

    /// Milliseconds the MX lookup may take (default 4 s).
    void setTimeout(int ms) { m_timeoutMs = ms; }
    void detect(const QString &domain);

signals:
    /// `providerId` ("google", "microsoft") or empty when neither runs `domain`'s mail.
    void finished(const QString &domain, const QString &providerId);

private:
    void onLookupFinished();
    void finish(const QString &providerId);

    QPointer<QDnsLookup> m_lookup;
    QTimer m_timer;
    QString m_domain;
    int m_timeoutMs = 4000;
};

} // namespace Poplar::OAuth
