// One catalogue of error explanations (Pop3::explainError) for the wizard, the error bar and
// poplar-sync: every kind has a title, advice naming the server where it matters, and a remedy.

#include "pop3/ErrorCatalogue.h"

#include <QTest>

using namespace Poplar::Pop3;

Q_DECLARE_METATYPE(Poplar::Pop3::Error::Kind)
Q_DECLARE_METATYPE(Poplar::Pop3::ErrorRemedy)

class TestErrorCatalogue : public QObject {
    Q_OBJECT
private slots:
    void explanations_data();
    void explanations();
    void certificateWithoutChainCannotBeTrusted();
    void connectionIsDescribed();
};

void TestErrorCatalogue::explanations_data()
{
    QTest::addColumn<Error::Kind>("kind");
    QTest::addColumn<ErrorRemedy>("remedy");
    QTest::addColumn<QString>("mentions"); // what the advice must name
    QTest::addColumn<QString>("notMentions");
    using K = Error::Kind;
    using R = ErrorRemedy;
    QTest::newRow("password") << K::AuthenticationFailed << R::EnterPassword << "app password" << "temporar";
    QTest::newRow("temporary") << K::TemporaryFailure << R::Retry << "pop.example.org (port 995)" << "password or";
    QTest::newRow("permanent") << K::PermanentFailure << R::None << "pop.example.org (port 995)" << "";
    QTest::newRow("certificate") << K::CertificateUntrusted << R::TrustCertificate << "certificate" << "";
    QTest::newRow("no tls") << K::TlsUnavailable << R::EditAccount << "unencrypted" << "";
    QTest::newRow("handshake") << K::TlsHandshake << R::EditAccount << "pop.example.org port 995" << "";
    QTest::newRow("host") << K::HostNotFound << R::EditAccount << "pop.example.org" << "";
    QTest::newRow("refused") << K::ConnectionRefused << R::EditAccount << "port 995" << "";
    QTest::newRow("timeout") << K::Timeout << R::Retry << "pop.example.org" << "";
    QTest::newRow("network") << K::Network << R::Retry << "the cable" << "";
    QTest::newRow("closed") << K::ConnectionClosed << R::Retry << "network connection" << "";
    QTest::newRow("locked") << K::MailboxLocked << R::Retry << "another program" << "";
    QTest::newRow("delay") << K::LoginDelay << R::Retry << "every few minutes" << "";
    QTest::newRow("mechanism") << K::MechanismUnavailable << R::EditAccount << "the cable" << "";
    QTest::newRow("settings") << K::InvalidSettings << R::EditAccount << "the cable" << "";
    QTest::newRow("busy") << K::AccountBusy << R::Retry << "the cable" << "";
    QTest::newRow("protocol") << K::ProtocolViolation << R::Retry << "the cable" << "";
    QTest::newRow("stopped") << K::Aborted << R::None << "the cable" << "";
}

void TestErrorCatalogue::explanations()
{
    QFETCH(Error::Kind, kind);
    QFETCH(ErrorRemedy, remedy);
    QFETCH(QString, mentions);
    QFETCH(QString, notMentions);
    Error error;
    error.kind = kind;
    error.message = QStringLiteral("Check the cable.");
    error.peerChain = {QSslCertificate()};
    const ErrorExplanation e = explainError(error, {QStringLiteral("pop.example.org"), 995, Security::ImplicitTls, {}});
    QVERIFY(!e.title.isEmpty());
    QCOMPARE(e.remedy, remedy);
    QVERIFY2(e.advice.contains(mentions, Qt::CaseInsensitive), qPrintable(e.advice));
    if (!notMentions.isEmpty())
        QVERIFY2(!e.advice.contains(notMentions, Qt::CaseInsensitive), qPrintable(e.advice));
}

void TestErrorCatalogue::certificateWithoutChainCannotBeTrusted()
{
    Error error;
    error.kind = Error::Kind::CertificateUntrusted;
    QCOMPARE(explainError(error, {}).remedy, ErrorRemedy::EditAccount); // nothing to look at
}

void TestErrorCatalogue::connectionIsDescribed()
{
    QCOMPARE(describeConnection({QStringLiteral("h"), 995, Security::ImplicitTls, {}}), QStringLiteral("port 995, TLS"));
    QCOMPARE(describeConnection({QStringLiteral("h"), 110, Security::StartTls, QStringLiteral("SCRAM-SHA-256")}),
             QStringLiteral("port 110, STLS, login method SCRAM-SHA-256"));
    QCOMPARE(describeConnection({QStringLiteral("h"), 110, Security::Plain, {}}), QStringLiteral("port 110, unencrypted"));
}

QTEST_GUILESS_MAIN(TestErrorCatalogue)
#include "tst_error_catalogue.moc"
