#include "mime/GMimeSupport.h" // first: GLib's "signals" member vs Qt's keyword

#include "mime/ReplyLink.h"

#include "mime/HeaderDecoder.h"
#include "mime/MessagePreview.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace Poplar::Mime {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Poplar::Mime::ReplyLink)
};

/// An addr-spec safe for a mailto: URL: local@domain, printable ASCII or letters, no spaces,
/// controls, brackets, commas or query characters.
bool isPlainAddress(const QString &address)
{
    static const QRegularExpression plain(QStringLiteral("^[^\\s<>(),;:\"\\\\?&#%\\[\\]@]+@[^\\s<>(),;:\"\\\\?&#%\\[\\]@]+$"));
    return address.size() <= 254 && plain.match(address).hasMatch();
}

/// The bare addresses of an address header, groups flattened, in order.
QStringList addresses(const QByteArray &raw)
{
    QStringList result;
    if (raw.trimmed().isEmpty())
        return result;
    Internal::ensureGMime();
    InternetAddressList *list = internet_address_list_parse(nullptr, raw.constData());
    if (!list)
        return result;
    std::function<void(InternetAddressList *)> walk = [&](InternetAddressList *l) {
        for (int i = 0; i < internet_address_list_length(l); ++i) {
            InternetAddress *a = internet_address_list_get_address(l, i);
            if (INTERNET_ADDRESS_IS_GROUP(a)) {
                walk(internet_address_group_get_members(INTERNET_ADDRESS_GROUP(a)));
            } else if (INTERNET_ADDRESS_IS_MAILBOX(a)) {
                const QString address =
                    QString::fromUtf8(internet_address_mailbox_get_idn_addr(INTERNET_ADDRESS_MAILBOX(a))).trimmed();
                if (isPlainAddress(address))
                    result << address;
            }
        }
    };
    walk(list);
    g_object_unref(list);
    return result;
}

/// Message ids ("<id@host>") in `raw`, each checked to be a plain msg-id.
QStringList messageIds(const QByteArray &raw)
{
    static const QRegularExpression id(QStringLiteral("<[!-;=?-~]{1,250}@[!-;=?-~]{1,250}>"));
    QStringList result;
    auto it = id.globalMatch(QString::fromLatin1(raw));
    while (it.hasNext())
        result << it.next().captured();
    return result;
}

QStringList withoutDuplicates(const QStringList &list, const QStringList &excluded)
{
    QStringList result;
    for (const QString &a : list) {
        const bool known = std::any_of(result.cbegin(), result.cend(), [&](const QString &r) { return r.compare(a, Qt::CaseInsensitive) == 0; })
                           || std::any_of(excluded.cbegin(), excluded.cend(), [&](const QString &r) { return r.compare(a, Qt::CaseInsensitive) == 0; });
        if (!known)
            result << a;
    }
    return result;
}

QByteArray encode(const QString &value)
{
    return QUrl::toPercentEncoding(value);
}

struct Parts {
    QStringList to;
    QStringList cc;
    QString subject;
    QString inReplyTo;
    QStringList references;
    QString body;

    QByteArray url(const QString &bodyText) const
    {
        QByteArray url = "mailto:" + QUrl::toPercentEncoding(to.join(QLatin1Char(',')), "@,");
        QList<QByteArray> query;
        if (!cc.isEmpty())
            query << "cc=" + QUrl::toPercentEncoding(cc.join(QLatin1Char(',')), "@,");
        if (!subject.isEmpty())
            query << "subject=" + encode(subject);
        if (!inReplyTo.isEmpty())
            query << "in-reply-to=" + encode(inReplyTo);
        if (!references.isEmpty())
            query << "references=" + encode(references.join(QLatin1Char(' ')));
        if (!bodyText.isEmpty())
            query << "body=" + encode(QString(bodyText).replace(QLatin1Char('\n'), QLatin1String("\r\n")));
        if (!query.isEmpty())
            url += '?' + query.join('&');
        return url;
    }
};

/// The longest beginning of `body` (cut at a line end where possible) whose URL fits `maxLength`.
QString fittingBody(const Parts &parts, int maxLength)
{
    if (parts.url(parts.body).size() <= maxLength)
        return parts.body;
    const QString marker = QStringLiteral("\n[\u2026]");
    qsizetype low = 0;
    qsizetype high = parts.body.size();
    while (low < high) { // the longest prefix that fits, by bisection
        const qsizetype mid = (low + high + 1) / 2;
        if (parts.url(parts.body.left(mid) + marker).size() <= maxLength)
            low = mid;
        else
            high = mid - 1;
    }
    if (low == 0)
        return parts.url(marker).size() <= maxLength ? marker.mid(1) : QString();
    QString cut = parts.body.left(low);
    if (cut.at(cut.size() - 1).isHighSurrogate())
        cut.chop(1);
    const qsizetype lineEnd = cut.lastIndexOf(QLatin1Char('\n'));
    if (lineEnd > cut.size() / 2)
        cut.truncate(lineEnd);
    return cut + marker;
}

QString bodyText(const QByteArray &message)
{
    const MessagePreview preview = decodeMessage(message);
    if (!preview.text.isEmpty())
        return preview.text;
    // An HTML-only message: its text without the markup (a mail program re-wraps it anyway).
    QString html = preview.html;
    html.remove(QRegularExpression(QStringLiteral("<(style|script)[^>]*>.*?</\\1>"),
                                   QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption));
    html.replace(QRegularExpression(QStringLiteral("<(br|/p|/div|/tr|/h\\d)[^>]*>"), QRegularExpression::CaseInsensitiveOption),
                 QStringLiteral("\n"));
    html.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
    html.replace(QLatin1String("&nbsp;"), QLatin1String(" ")).replace(QLatin1String("&lt;"), QLatin1String("<"))
        .replace(QLatin1String("&gt;"), QLatin1String(">")).replace(QLatin1String("&quot;"), QLatin1String("\""))
        .replace(QLatin1String("&amp;"), QLatin1String("&"));
    return html;
}

/// Outside text for the quoted body: no controls other than line breaks and tabs, no
/// bidirectional overrides or other format characters.
QString cleanBody(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        if (c == QLatin1Char('\n') || c == QLatin1Char('\t'))
            result += c;
        else if (c == QLatin1Char('\r'))
            continue;
        else if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            continue;
        else
            result += c;
    }
    return result;
}

} // namespace

QString quoteForReply(const QString &attribution, const QString &text)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    while (!lines.isEmpty() && lines.last().trimmed().isEmpty())
        lines.removeLast();
    QString quoted = attribution + QLatin1String("\n");
    for (const QString &line : std::as_const(lines))
        quoted += (line.startsWith(QLatin1Char('>')) ? QLatin1String(">") : QLatin1String("> ")) + line + QLatin1Char('\n');
    return quoted;
}

QUrl replyMailto(const QByteArray &message, ReplyKind kind, const QStringList &ownAddresses, int maxLength)
{
    const QByteArray headers = headerBlock(message);
    Parts parts;
    const QStringList from = addresses(headerField(headers, "From"));
    const QStringList replyTo = addresses(headerField(headers, "Reply-To"));
    parts.to = withoutDuplicates(replyTo.isEmpty() ? from : replyTo, {});
    if (kind == ReplyKind::ReplyAll) {
        parts.cc = withoutDuplicates(addresses(headerField(headers, "To")) + addresses(headerField(headers, "Cc")),
                                     parts.to + ownAddresses);
        if (parts.to.isEmpty() && !parts.cc.isEmpty())
            parts.to << parts.cc.takeFirst();
    }
    // decodeHeaderText never returns a control: no line break can reach the mail program's headers.
    const QString subject = cleanBody(decodeHeaderText(headerField(headers, "Subject"))).simplified(); // no bidi controls either
    static const QRegularExpression re(QStringLiteral("^\\s*(re|aw|sv|vs)\\s*:"), QRegularExpression::CaseInsensitiveOption);
    parts.subject = subject.contains(re) ? subject : QStringLiteral("Re: ") + subject;
    const QStringList ids = messageIds(headerField(headers, "Message-ID"));
    if (!ids.isEmpty()) {
        parts.inReplyTo = ids.first();
        parts.references = messageIds(headerField(headers, "References"));
        if (parts.references.isEmpty())
            parts.references = messageIds(headerField(headers, "In-Reply-To"));
        parts.references << parts.inReplyTo;
    }
    const QString who = from.isEmpty() ? decodeHeaderText(headerField(headers, "From")) : from.first();
    const QDateTime date = parseMailDate(headerField(headers, "Date"));
    const QString attribution =
        date.isValid() ? Text::tr("On %1, %2 wrote:").arg(QLocale().toString(date.toLocalTime(), QLocale::ShortFormat), who)
                       : Text::tr("%1 wrote:").arg(who);
    parts.body = quoteForReply(attribution, cleanBody(bodyText(message)));

    // Without a body the URL must fit: References first (the first and the last few are what
    // threading needs), then Cc, then the Subject.
    while (parts.url({}).size() > maxLength && parts.references.size() > 1)
        parts.references.removeAt(parts.references.size() > 2 ? 1 : 0);
    if (parts.url({}).size() > maxLength)
        parts.references.clear();
    while (parts.url({}).size() > maxLength && !parts.cc.isEmpty())
        parts.cc.removeLast();
    while (parts.url({}).size() > maxLength && !parts.subject.isEmpty())
        parts.subject.chop(qMax<qsizetype>(1, parts.subject.size() / 8));
    while (parts.url({}).size() > maxLength && parts.to.size() > 1)
        parts.to.removeLast();
    if (parts.url({}).size() > maxLength)
        return QUrl(QStringLiteral("mailto:")); // nothing of it fits (an absurd limit)
    return QUrl::fromEncoded(parts.url(fittingBody(parts, maxLength)), QUrl::StrictMode);
}

} // namespace Poplar::Mime
