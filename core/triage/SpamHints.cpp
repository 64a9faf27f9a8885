#include "triage/SpamHints.h"

#include "mime/HeaderDecoder.h"
#include "triage/Address.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Poplar::Triage {

namespace {

/// The translation context of this file's texts.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Poplar::Triage::SpamHints)
};

QString fromDomain(const HeaderFields &headers)
{
    return domainOf(headers.fromAddress());
}

bool startsWithYes(const QByteArray &value)
{
    return value.trimmed().toLower().startsWith("yes");
}

/// The value of `property` (e.g. "smtp.mailfrom") in one Authentication-Results result.
QString propertyValue(const QString &result, const QString &property)
{
    const QRegularExpression pattern(QRegularExpression::escape(property) + QStringLiteral(R"(\s*=\s*"?([^\s;"]+))"),
                                     QRegularExpression::CaseInsensitiveOption);
    const auto match = pattern.match(result);
    return match.hasMatch() ? match.captured(1) : QString();
}

} // namespace

int SpamAssessment::score() const
{
    int sum = 0;
    for (const Hint &h : hints)
        sum += h.score;
    return sum;
}

QString SpamAssessment::reasons() const
{
    QStringList lines;
    for (const Hint &h : hints)
        lines << h.reason;
    return lines.join(QLatin1Char('\n'));
}

QVector<Hint> providerVerdict(const HeaderFields &headers)
{
    if (startsWithYes(headers.raw("X-Spam-Flag")))
        return {{QStringLiteral("provider-verdict"), 6, Text::tr("The provider marked it as spam (X-Spam-Flag).")}};
    if (startsWithYes(headers.raw("X-Spam-Status")))
        return {{QStringLiteral("provider-verdict"), 6, Text::tr("The provider's filter rated it spam (X-Spam-Status).")}};
    const QByteArray action = headers.raw("X-Rspamd-Action").trimmed().toLower();
    if (action == "reject" || action == "add header" || action == "rewrite subject")
        return {{QStringLiteral("provider-verdict"), 6, Text::tr("Rspamd rated it spam (%1).").arg(QString::fromLatin1(action))}};
    const QByteArray spamdResult = headers.raw("X-Spamd-Result").trimmed().toLower();
    if (spamdResult.startsWith("default: true"))
        return {{QStringLiteral("provider-verdict"), 6, Text::tr("Rspamd rated it spam (X-Spamd-Result).")}};
    if (startsWithYes(headers.raw("X-Spam")))
        return {{QStringLiteral("provider-verdict"), 6, Text::tr("The provider marked it as spam (X-Spam).")}};
    return {};
}

QVector<Hint> authenticationFailures(const HeaderFields &headers)
{
    const QString from = fromDomain(headers);
    QVector<Hint> hints;
    bool dmarc = false, spf = false, dkim = false;
    for (const QByteArray &raw : headers.all("Authentication-Results")) {
        // authserv-id; method=result (comment) property=value; ...
        const QStringList results = QString::fromLatin1(raw).split(QLatin1Char(';'));
        for (const QString &result : results) {
            const QString r = result.trimmed().toLower();
            if (!dmarc && r.startsWith(QLatin1String("dmarc=fail"))) {
                const QString domain = propertyValue(r, QStringLiteral("header.from"));
                if (domain.isEmpty() || from.isEmpty() || sameOrganization(domain, from)) {
                    dmarc = true;
                    hints.append({QStringLiteral("dmarc-fail"), 4,
                                  Text::tr("DMARC failed for the sender's domain %1.").arg(from)});
                }
            } else if (!spf && r.startsWith(QLatin1String("spf=fail"))) {
                const QString domain = domainOf(propertyValue(r, QStringLiteral("smtp.mailfrom")));
                if (domain.isEmpty() || from.isEmpty() || sameOrganization(domain, from)) {
                    spf = true;
                    hints.append({QStringLiteral("spf-fail"), 3,
                                  Text::tr("SPF failed: the sending server may not send for %1.").arg(from)});
                }
            } else if (!dkim && r.startsWith(QLatin1String("dkim=fail"))) {
                const QString domain = propertyValue(r, QStringLiteral("header.d"));
                if (domain.isEmpty() || from.isEmpty() || sameOrganization(domain, from)) {
                    dkim = true;
                    hints.append({QStringLiteral("dkim-fail"), 2, Text::tr("Its DKIM signature for %1 did not verify.").arg(from)});
                }
            }
        }
    }
    if (!spf) {
        for (const QByteArray &raw : headers.all("Received-SPF")) {
            const QByteArray value = raw.trimmed().toLower();
            if (!value.startsWith("fail") && !value.startsWith("softfail"))
                continue;
            const QString envelope = domainOf(propertyValue(QString::fromLatin1(value), QStringLiteral("envelope-from")));
            if (!envelope.isEmpty() && !from.isEmpty() && !sameOrganization(envelope, from))
                continue;
            const bool soft = value.startsWith("softfail");
            hints.append({QStringLiteral("spf-fail"), soft ? 1 : 3,
                          soft ? Text::tr("SPF soft-failed for %1 (Received-SPF).").arg(from)
                               : Text::tr("SPF failed for %1 (Received-SPF).").arg(from)});
            break;
        }
    }
    return hints;
}

QVector<Hint> replyToElsewhere(const HeaderFields &headers)
{
    const QString replyTo = domainOf(parseMailbox(headers.text("Reply-To")).address);
    const QString from = fromDomain(headers);
    if (replyTo.isEmpty() || from.isEmpty() || sameOrganization(replyTo, from))
        return {};
    return {{QStringLiteral("reply-to-elsewhere"), 2,
             Text::tr("Replies would go to %1, not to the sender's domain %2.").arg(replyTo, from)}};
}

QVector<Hint> displayNameAddress(const HeaderFields &headers)
{
    const Mailbox from = parseMailbox(headers.text("From"));
    const QString shown = addressIn(from.name);
    if (shown.isEmpty() || from.address.isEmpty() || shown == from.address)
        return {};
    return {{QStringLiteral("display-name-address"), 3,
             Text::tr("The name shown is the address %1, but it was sent from %2.").arg(shown, from.address)}};
}

QVector<Hint> messageIdElsewhere(const HeaderFields &headers)
{
    const QString from = fromDomain(headers);
    QString id = QString::fromLatin1(headers.raw("Message-ID")).trimmed();
    if (id.isEmpty() || from.isEmpty())
        return {};
    id.remove(QLatin1Char('<')).remove(QLatin1Char('>'));
    const QString domain = domainOf(id);
    // Bulk senders and hosted mail use their own ids; only a domain of another country-level or
    // generic organisation counts, and weakly.
    if (domain.isEmpty() || !domain.contains(QLatin1Char('.')) || sameOrganization(domain, from))
        return {};
    return {{QStringLiteral("message-id-elsewhere"), 1,
             Text::tr("Its Message-ID comes from %1, unrelated to the sender's domain %2.").arg(domain, from)}};
}

QVector<Hint> implausibleDate(const HeaderFields &headers, const QDateTime &now)
{
    const QByteArray raw = headers.raw("Date");
    if (raw.isEmpty())
        return {{QStringLiteral("date-missing"), 1, Text::tr("It has no date.")}};
    const QDateTime date = Mime::parseMailDate(raw);
    if (!date.isValid())
        return {{QStringLiteral("date-invalid"), 1, Text::tr("Its date cannot be read.")}};
    if (date > now.addDays(2))
        return {{QStringLiteral("date-future"), 2, Text::tr("It is dated in the future (%1).").arg(date.toString(Qt::ISODate))}};
    if (date < now.addYears(-5))
        return {{QStringLiteral("date-past"), 2, Text::tr("It is dated long ago (%1).").arg(date.toString(Qt::ISODate))}};
    return {};
}

SpamAssessment assessHeaders(const HeaderFields &headers, const QDateTime &now)
{
    SpamAssessment result;
    result.hints += providerVerdict(headers);
    result.hints += authenticationFailures(headers);
    result.hints += replyToElsewhere(headers);
    result.hints += displayNameAddress(headers);
    result.hints += messageIdElsewhere(headers);
    result.hints += implausibleDate(headers, now);
    return result;
}

} // namespace Poplar::Triage
