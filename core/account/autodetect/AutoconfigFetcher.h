#pragma once

#include "account/autodetect/Autoconfig.h"

#include <QList>
#include <QObject>
#include <QStringList>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace Poplar::Autodetect {

/// Downloads Mozilla autoconfig files for an address from the provider's own web servers, all
/// URLs at once, each with a short timeout and a size limit, and parses them.
class AutoconfigFetcher : public QObject {
    Q_OBJECT
public:
    explicit AutoconfigFetcher(QObject *parent = nullptr);
    /// Aborts whatever is still being fetched.
    ~AutoconfigFetcher() override;

    /// https://autoconfig.<domain>/mail/config-v1.1.xml and
    /// https://<domain>/.well-known/autoconfig/mail/config-v1.1.xml, then the same over http.
    static QStringList defaultUrlTemplates();
    /// `templates` with %EMAILDOMAIN% and %EMAILADDRESS% (percent-encoded) filled in; invalid ones dropped.
    static QList<QUrl> urlsFor(const QStringList &templates, const QString &emailAddress);

    /// Starts fetching every URL; one `fetched` per URL, then `finished`. Aborts an earlier run.
    void start(const QStringList &urlTemplates, const QString &emailAddress, int timeoutMs);
    /// Stops every request; `finished` is not emitted.
    void abort();
    /// True while a request is outstanding.
    bool isRunning() const { return !m_replies.isEmpty(); }

signals:
    /// A request started.
    void requested(const QUrl &url);
    /// One URL's outcome: `result` parsed (check result.ok()), or `error` when nothing usable came back.
    void fetched(const QUrl &url, const Poplar::Autodetect::AutoconfigResult &result, const QString &error);
    void finished();

private:
    void onFinished(QNetworkReply *reply);

    QNetworkAccessManager *m_network;
    QList<QNetworkReply *> m_replies;
    QString m_email;
};

} // namespace Poplar::Autodetect
