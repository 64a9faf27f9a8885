#include "account/autodetect/AutoconfigFetcher.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace Poplar::Autodetect {

namespace {

constexpr const char *TooLargeProperty = "poplarTooLarge";

} // namespace

AutoconfigFetcher::AutoconfigFetcher(QObject *parent)
    : QObject(parent), m_network(new QNetworkAccessManager(this))
{
}

AutoconfigFetcher::~AutoconfigFetcher()
{
    abort();
}

QStringList AutoconfigFetcher::defaultUrlTemplates()
{
    return {
        QStringLiteral("https://autoconfig.%EMAILDOMAIN%/mail/config-v1.1.xml?emailaddress=%EMAILADDRESS%"),
        QStringLiteral("https://%EMAILDOMAIN%/.well-known/autoconfig/mail/config-v1.1.xml"),
        QStringLiteral("http://autoconfig.%EMAILDOMAIN%/mail/config-v1.1.xml?emailaddress=%EMAILADDRESS%"),
        QStringLiteral("http://%EMAILDOMAIN%/.well-known/autoconfig/mail/config-v1.1.xml"),
    };
}

QList<QUrl> AutoconfigFetcher::urlsFor(const QStringList &templates, const QString &emailAddress)
{
    const QString domain = emailDomain(emailAddress);
    if (!isPlausibleHostName(domain))
        return {};
    QList<QUrl> urls;
    for (QString t : templates) {
        t.replace(QLatin1String("%EMAILDOMAIN%"), domain);
        t.replace(QLatin1String("%EMAILADDRESS%"), QString::fromLatin1(QUrl::toPercentEncoding(emailAddress)));
        const QUrl url(t, QUrl::StrictMode);
        if (url.isValid() && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http")))
            urls << url;
    }
    return urls;
}

void AutoconfigFetcher::start(const QStringList &urlTemplates, const QString &emailAddress, int timeoutMs)
{
    abort();
    m_email = emailAddress;
    const QList<QUrl> urls = urlsFor(urlTemplates, emailAddress);
    for (const QUrl &url : urls) {
        QNetworkRequest request(url);
        request.setTransferTimeout(timeoutMs);
        // A redirect may go from http to https, never the other way.
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
        request.setMaximumRedirectsAllowed(3);
        request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
        QNetworkReply *reply = m_network->get(request);
        m_replies << reply;
        connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64 total) {
            if (received > MaxAutoconfigBytes || total > MaxAutoconfigBytes) {
                reply->setProperty(TooLargeProperty, true);
                reply->abort();
            }
        });
        connect(reply, &QNetworkReply::finished, this, [this, reply] { onFinished(reply); });
        emit requested(url);
    }
    if (m_replies.isEmpty())
        QMetaObject::invokeMethod(this, &AutoconfigFetcher::finished, Qt::QueuedConnection);
}

void AutoconfigFetcher::abort()
{
    const QList<QNetworkReply *> replies = std::exchange(m_replies, {});
    for (QNetworkReply *reply : replies) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void AutoconfigFetcher::onFinished(QNetworkReply *reply)
{
    if (!m_replies.removeOne(reply))
        return;
    reply->deleteLater();
    const QUrl url = reply->request().url();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    QString error;
    if (reply->property(TooLargeProperty).toBool())
        error = tr("the file is larger than %1 bytes").arg(MaxAutoconfigBytes);
    else if (reply->error() == QNetworkReply::OperationCanceledError || reply->error() == QNetworkReply::TimeoutError)
        error = tr("no answer in time");
    else if (status != 0 && status != 200)
        error = tr("HTTP status %1").arg(status);
    else if (reply->error() != QNetworkReply::NoError)
        error = reply->errorString();
    if (!error.isEmpty()) {
        emit fetched(url, {}, error);
    } else {
        const AutoconfigResult result = parseAutoconfig(reply->read(MaxAutoconfigBytes + 1), m_email);
        emit fetched(url, result, result.error);
    }
    if (m_replies.isEmpty())
        emit finished();
}

} // namespace Poplar::Autodetect
