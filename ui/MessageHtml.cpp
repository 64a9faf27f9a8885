#include "MessageHtml.h"

#include "display/OutsideText.h"

#include <QHash>
#include <QLocale>
#include <QRegularExpression>

namespace Poplar::Ui {

namespace {

/// Message text is long: it is only cleaned of controls, never cut.
constexpr qsizetype MaxBodyChars = std::numeric_limits<int>::max();

bool showsHtml(const Mime::BodyPart &part, bool complete)
{
    return !part.html.isEmpty() && (complete || part.text.trimmed().isEmpty());
}

/// What lies between <body> and </body> of an HTML part (all of it when there are none).
QString htmlBody(const QString &html)
{
    static const QRegularExpression open(QStringLiteral("<body[^>]*>"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression close(QStringLiteral("</body\\s*>"), QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch start = open.match(html);
    if (!start.hasMatch())
        return html;
    const QRegularExpressionMatch end = close.match(html, start.capturedEnd());
    return html.mid(start.capturedEnd(), end.hasMatch() ? end.capturedStart() - start.capturedEnd() : -1);
}

QString textBlock(const QString &text)
{
    return QStringLiteral("<p style=\"white-space:pre-wrap\">%1</p>")
        .arg(Display::forLabel(text, false, MaxBodyChars).toHtmlEscaped());
}

void appendBody(QString &html, const Mime::MessagePreview &preview, bool complete, const QSet<int> &folded,
                int &messageNumber)
{
    bool first = true;
    for (const Mime::BodyPart &part : preview.body) {
        if (!first && part.kind == Mime::BodyPart::Kind::Text)
            html += QStringLiteral("<hr>");
        first = false;
        if (part.kind == Mime::BodyPart::Kind::Text) {
            html += showsHtml(part, complete) ? htmlBody(part.html) : textBlock(part.text);
            continue;
        }
        const int number = messageNumber++;
        const bool isFolded = folded.contains(number);
        html += QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"6\" "
                               "style=\"border-color:#9aa4b1; margin-top:6px; margin-bottom:6px\"><tr><td>");
        html += QStringLiteral("<p><a href=\"%1:toggle/%2\">%3 %4</a></p>")
                    .arg(MessageHtml::toggleScheme())
                    .arg(number)
                    .arg(isFolded ? QStringLiteral("\u25B8") : QStringLiteral("\u25BE"),
                         MessageHtml::tr("Attached message").toHtmlEscaped());
        html += MessageHtml::headerTable(*part.message);
        if (!isFolded)
            appendBody(html, *part.message, complete, folded, messageNumber);
        html += QStringLiteral("</td></tr></table>");
    }
}

} // namespace

bool MessageHtml::isPlainText(const Mime::MessagePreview &preview, bool complete)
{
    return preview.body.isEmpty()
           || (preview.body.size() == 1 && preview.body.first().kind == Mime::BodyPart::Kind::Text
               && !showsHtml(preview.body.first(), complete));
}

QString MessageHtml::plainText(const Mime::MessagePreview &preview, bool)
{
    return preview.body.isEmpty() ? QString() : preview.body.first().text;
}

QString MessageHtml::document(const Mime::MessagePreview &preview, bool complete, const QSet<int> &folded)
{
    if (preview.body.size() == 1 && preview.body.first().kind == Mime::BodyPart::Kind::Text
        && showsHtml(preview.body.first(), complete))
        return preview.body.first().html; // one HTML part: as it is, head and styles included
    QString html = QStringLiteral("<html><body>");
    int messageNumber = 0;
    appendBody(html, preview, complete, folded, messageNumber);
    return html + QStringLiteral("</body></html>");
}

QString MessageHtml::headerTable(const Mime::MessagePreview &preview)
{
    const QHash<QString, QString> labels{
        {QStringLiteral("From"), tr("From")},         {QStringLiteral("To"), tr("To")},
        {QStringLiteral("Cc"), tr("Cc")},             {QStringLiteral("Reply-To"), tr("Reply to")},
        {QStringLiteral("Date"), tr("Date")},         {QStringLiteral("Subject"), tr("Subject")},
    };
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"1\">");
    for (const auto &[label, value] : preview.headers) {
        const QString shown = label == QLatin1String("Date") && preview.summary.date.isValid()
                                  ? QLocale().toString(preview.summary.date.toLocalTime(), QLocale::LongFormat)
                                  : value;
        html += QStringLiteral("<tr><td align=\"right\"><b>%1:</b>&nbsp;</td><td>%2</td></tr>")
                    .arg(Display::forRichText(labels.value(label, label)), Display::forRichText(shown));
    }
    return html + QStringLiteral("</table>");
}

} // namespace Poplar::Ui
