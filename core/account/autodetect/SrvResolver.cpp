#include "account/autodetect/SrvResolver.h"

#include <QCoreApplication>
#include <QDnsLookup>
#include <QPointer>
#include <QTimer>

#include <algorithm>
#include <memory>

namespace Poplar::Autodetect {

void DnsSrvResolver::lookupSrv(const QString &name, QObject *context, Callback done)
{
    auto *lookup = new QDnsLookup(QDnsLookup::SRV, name, context);
    auto *timer = new QTimer(lookup);
    timer->setSingleShot(true);
    auto answered = std::make_shared<bool>(false);
    QObject::connect(lookup, &QDnsLookup::finished, lookup, [lookup, done, answered] {
        if (*answered)
            return;
        *answered = true;
        QList<SrvRecord> records;
        QString error;
        if (lookup->error() == QDnsLookup::NoError) {
            for (const QDnsServiceRecord &r : lookup->serviceRecords()) {
                QString target = r.target();
                if (target.endsWith(QLatin1Char('.')))
                    target.chop(1);
                records.append({target, r.port(), r.priority(), r.weight()});
            }
        } else if (lookup->error() != QDnsLookup::NotFoundError) {
            error = lookup->errorString();
        }
        lookup->deleteLater();
        done(records, error);
    });
    QObject::connect(timer, &QTimer::timeout, lookup, [lookup, done, answered] {
        if (*answered)
            return;
        *answered = true;
        lookup->abort();
        lookup->deleteLater();
        done({}, QCoreApplication::translate("Poplar::Autodetect::SrvResolver", "The DNS lookup timed out."));
    });
    timer->start(m_timeoutMs);
    lookup->lookup();
}

QList<SrvRecord> sortedSrvRecords(QList<SrvRecord> records)
{
    records.erase(std::remove_if(records.begin(), records.end(),
                                 [](const SrvRecord &r) { return r.target.isEmpty() || r.target == QLatin1String(".") || r.port == 0; }),
                  records.end());
    std::stable_sort(records.begin(), records.end(), [](const SrvRecord &a, const SrvRecord &b) {
        if (a.priority != b.priority)
            return a.priority < b.priority;
        return a.weight > b.weight;
    });
    return records;
}

} // namespace Poplar::Autodetect
