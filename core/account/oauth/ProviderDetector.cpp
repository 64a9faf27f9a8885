#include "account/oauth/ProviderDetector.h"

#include "account/oauth/Provider.h"

#include <QDnsLookup>

namespace Poplar::OAuth {

ProviderDetector::ProviderDetector(QObject *parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] { finish({}); });
}

ProviderDetector::~ProviderDetector()
{
    if (m_lookup) {
        // abort() emits QDnsLookup::finished at once: no `finished` may reach an owner that is
        // itself being destroyed (a widget deletes its children in its destructor).
        m_lookup->disconnect(this);
        m_lookup->abort();
    }
}

void ProviderDetector::detect(const QString &domain)
{
    if (m_lookup) {
        m_lookup->disconnect(this);
        m_lookup->abort();
        m_lookup->deleteLater();
    }
    m_domain = domain.trimmed().toLower();
    const QString known = providerIdForDomain(m_domain);
    if (!known.isEmpty() || m_domain.isEmpty()) {
        QMetaObject::invokeMethod(this, [this, known, d = m_domain] {
            if (d == m_domain && !m_lookup)
                finish(known);
        }, Qt::QueuedConnection);
        return;
    }
    m_lookup = new QDnsLookup(QDnsLookup::MX, m_domain, this);
    connect(m_lookup.data(), &QDnsLookup::finished, this, &ProviderDetector::onLookupFinished);
    m_timer.start(m_timeoutMs);
    m_lookup->lookup();
}

void ProviderDetector::onLookupFinished()
{
    QDnsLookup *lookup = m_lookup.data();
    if (!lookup)
        return;
    QString found;
    if (lookup->error() == QDnsLookup::NoError) {
        // The preferred exchangers decide; a backup MX at a provider does not make it the host.
        const auto records = lookup->mailExchangeRecords();
        quint16 best = 0xffff;
        for (const auto &r : records)
            best = qMin(best, r.preference());
        for (const auto &r : records) {
            if (r.preference() == best && found.isEmpty())
                found = providerIdForMailExchanger(r.exchange());
        }
    }
    finish(found);
}

void ProviderDetector::finish(const QString &providerId)
{
    m_timer.stop();
    if (m_lookup) {
        m_lookup->disconnect(this);
        m_lookup->deleteLater();
        m_lookup.clear();
    }
    emit finished(m_domain, providerId);
}

} // namespace Poplar::OAuth
