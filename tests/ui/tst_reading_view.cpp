// What the preview pane shows of every kind of message (tests/data/reading): never blank, the
// embedded messages inline with their own headers and foldable, dates in the user's locale.

#include "PreviewPane.h"
#include "SafeTextBrowser.h"
#include "mime/MessagePreview.h"

#include <QFile>
#include <QLocale>
#include <QImage>
#include <QTest>
#include <QTextDocument>

using namespace Poplar;

namespace {

QByteArray sample(const QString &name)
{
    QFile file(QStringLiteral(POPLAR_TEST_DATA "/reading/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestReadingView : public QObject {
    Q_OBJECT
private slots:
    void shows_data();
    void shows();
    void embeddedMessagesFold();
    void forwardedPictureIsShownNotBlocked();
    void datesInTheUsersLocale();
};

void TestReadingView::shows_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("shown");
    QTest::newRow("digest") << QStringLiteral("digest.eml")
                            << QStringList{QStringLiteral("Mine are finally red."), QStringLiteral("Mine too, after the rain."),
                                           QStringLiteral("Turn it every week"), QStringLiteral("Gardening mailing list")};
    QTest::newRow("forward") << QStringLiteral("forward-attached.eml")
                             << QStringList{QStringLiteral("See the message below."), QStringLiteral("Revenue is up 4%."),
                                            QStringLiteral("Quarterly numbers"), QStringLiteral("finance@example.com")};
    QTest::newRow("Outlook forward") << QStringLiteral("forward-outlook.eml")
                                     << QStringList{QStringLiteral("Forwarding the plan"), QStringLiteral("see the sketch:")};
    QTest::newRow("bounce") << QStringLiteral("bounce-postfix.eml")
                            << QStringList{QStringLiteral("could not"), QStringLiteral("Hello? Is this address still used?")};
    QTest::newRow("two text parts") << QStringLiteral("several-text-parts.eml")
                                    << QStringList{QStringLiteral("Here is the photo."), QStringLiteral("Footer text.")};
    QTest::newRow("broken boundary") << QStringLiteral("broken-boundary.eml")
                                     << QStringList{QStringLiteral("whose boundary never appears")};
    QTest::newRow("headerless") << QStringLiteral("headerless.eml") << QStringList{QStringLiteral("A second line.")};
    QTest::newRow("no separator") << QStringLiteral("no-separator.eml") << QStringList{QStringLiteral("And it goes on.")};
    QTest::newRow("mailer daemon") << QStringLiteral("mailer-daemon.eml")
                                   << QStringList{QStringLiteral("MAILER DAEMON <>"), QStringLiteral("A notice from a mailer daemon.")};
    QTest::newRow("IDN") << QStringLiteral("idn.eml") << QStringList{QStringLiteral("info@bücher.example"), QStringLiteral("Bücher")};
}

void TestReadingView::shows()
{
    QFETCH(QString, file);
    QFETCH(QStringList, shown);
    const QByteArray bytes = sample(file);
    Ui::PreviewPane pane;
    pane.resize(800, 600);
    pane.show();
    pane.showMessage(Mime::decodeMessage(bytes), bytes, true);
    const QString text = pane.renderedText();
    for (const QString &expected : shown)
        QVERIFY2(text.contains(expected), qPrintable(QStringLiteral("%1 not in:\n%2").arg(expected, text)));
}

/// A click on an embedded message's fold link hides its body and keeps its headers; a second
/// click shows it again.
void TestReadingView::embeddedMessagesFold()
{
    const QByteArray bytes = sample(QStringLiteral("digest.eml"));
    Ui::PreviewPane pane;
    pane.resize(800, 600);
    pane.show();
    pane.showMessage(Mime::decodeMessage(bytes), bytes, true);
    auto *browser = const_cast<Ui::SafeTextBrowser *>(pane.browser());
    QVERIFY(pane.renderedText().contains(QLatin1String("Mine too, after the rain.")));
    emit browser->anchorClicked(QUrl(QStringLiteral("poplar-part:toggle/1")));
    QVERIFY(!pane.renderedText().contains(QLatin1String("Mine too, after the rain.")));
    QVERIFY(pane.renderedText().contains(QLatin1String("Re: Tomatoes")));
    QVERIFY(pane.renderedText().contains(QLatin1String("Mine are finally red.")));
    emit browser->anchorClicked(QUrl(QStringLiteral("poplar-part:toggle/1")));
    QVERIFY(pane.renderedText().contains(QLatin1String("Mine too, after the rain.")));
}

/// The forwarded message's own picture (cid:) is one of the parts the view may load.
void TestReadingView::forwardedPictureIsShownNotBlocked()
{
    const QByteArray bytes = sample(QStringLiteral("forward-outlook.eml"));
    Ui::PreviewPane pane;
    pane.resize(800, 600);
    pane.show();
    pane.showMessage(Mime::decodeMessage(bytes), bytes, true);
    QCOMPARE(pane.browser()->blockedResources(), 0);
    const QVariant picture = pane.browser()->document()->resource(QTextDocument::ImageResource,
                                                                 QUrl(QStringLiteral("cid:sketch001@example.com")));
    QCOMPARE(picture.value<QImage>().size(), QSize(1, 1));
}

void TestReadingView::datesInTheUsersLocale()
{
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const QByteArray bytes = sample(QStringLiteral("forward-attached.eml"));
    Ui::PreviewPane pane;
    pane.showMessage(Mime::decodeMessage(bytes), bytes, true);
    const QString text = pane.renderedText();
    QLocale::setDefault(before);
    QVERIFY2(text.contains(QLatin1String("November 2023")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("Mittwoch")) && text.contains(QLatin1String("Dienstag")), qPrintable(text));
    QVERIFY2(!text.contains(QLatin1String("Wed, 08 Nov")), qPrintable(text));
}

QTEST_MAIN(TestReadingView)
#include "tst_reading_view.moc"
