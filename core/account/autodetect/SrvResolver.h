#pragma once

#include <QList>
#include <QObject>
#include <QString>

#include <functional>

namespace Poplar::Autodetect {

/// One DNS SRV record (RFC 2782).
struct SrvRecord {
    QString target; ///< host name without the trailing dot; "." in DNS becomes empty
    quint16 port = 0;
    quint16 priority = 0;
    quint16 weight = 0;
};

/// Looks up SRV records. The Autodetector talks only to this, so tests can answer without DNS.
class SrvResolver {
public:
    /// Called once per lookup: the records (empty when there are none) or an error text.
    using Callback = std::function<void(const QList<SrvRecord> &records, const QString &error)>;

    virtual ~SrvResolver() = default;
    /// Starts looking up `name` (e.g. "_pop3s._tcp.example.org"); `done` runs later from the
    /// event loop, unless `context` is destroyed first.
    virtual void lookupSrv(const QString &name, QObject *context, Callback done) = 0;
};

/// The real resolver, with QDnsLookup and a timeout.
class DnsSrvResolver final : public SrvResolver {
public:
    /// A lookup that has not answered after `timeoutMs` reports a timeout.
    explicit DnsSrvResolver(int timeoutMs = 5000) : m_timeoutMs(timeoutMs) {}
    void lookupSrv(const QString &name, QObject *context, Callback done) override;

private:
    int m_timeoutMs;
};

/// Records in the order RFC 2782 says to try them: by priority, then higher weight first.
/// Records whose target is "." (service explicitly not offered, RFC 2782) are dropped.
QList<SrvRecord> sortedSrvRecords(QList<SrvRecord> records);

} // namespace Poplar::Autodetect
