// Autodetection: SRV through an injected resolver, autoconfig from a local HTTP responder,
// probing real Dovecot servers on loopback (with TLS, without TLS, self-signed), and ranking.

#include "DovecotServer.h"
#include "FakeTransport.h"
#include "account/autodetect/AutoconfigFetcher.h"
#include "account/autodetect/Autodetector.h"
#include "account/autodetect/ServerProbe.h"
#include "account/autodetect/SrvResolver.h"
#include "net/SslTransport.h"
#include "pop3/Session.h"

#include <QCryptographicHash>
#include <QHostAddress>
#include <QPointer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <functional>
#include <memory>

using namespace Poplar;
using namespace Poplar::Autodetect;
using Pop3::Security;

namespace {

constexpr int WaitMs = 30000;
const QByteArray Password = "s3cret-Pa55";

/// Answers SRV lookups from a table, a little later, as DNS would; or, while `hold` is set,
/// only when release() says so.
class FakeResolver final : public SrvResolver {
public:
    void lookupSrv(const QString &name, QObject *context, Callback done) override
    {
        asked << name;
        const QList<SrvRecord> records = table.value(name);
        auto answer = [this, done, records] {
            ++answered;
            done(records, QString());
        };
        if (hold)
            m_held << QPair<QPointer<QObject>, std::function<void()>>(context, answer);
        else
            QTimer::singleShot(delayMs, context, answer);
    }
    void release()
    {
        hold = false;
        for (const auto &[context, answer] : std::exchange(m_held, {})) {
            if (context)
                answer();
        }
    }
    QMap<QString, QList<SrvRecord>> table;
    QStringList asked;
    int delayMs = 20;
    bool hold = false;
    int answered = 0;

private:
    QList<QPair<QPointer<QObject>, std::function<void()>>> m_held;
};

/// A tiny HTTP/1.0 server: fixed answers by path, 404 otherwise; "hang" paths never answer.
/// While `hold` is set, answers wait for release().
class HttpResponder : public QTcpServer {
public:
    HttpResponder()
    {
        listen(QHostAddress::LocalHost, 0);
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    m_buffers[socket] += socket->readAll();
                    const QByteArray request = m_buffers[socket];
                    if (!request.contains("\r\n\r\n"))
                        return;
                    const QByteArray path = request.split(' ').value(1);
                    requests << QString::fromLatin1(path);
                    const QString bare = QString::fromLatin1(path.left(path.indexOf('?') < 0 ? path.size() : path.indexOf('?')));
                    if (hang.contains(bare))
                        return;
                    const bool found = files.contains(bare);
                    const QByteArray body = found ? files.value(bare) : QByteArray("<html>not here</html>");
                    const QByteArray answer = (found ? "HTTP/1.0 200 OK\r\n" : "HTTP/1.0 404 Not Found\r\n")
                        + QByteArray("Content-Type: text/xml\r\nContent-Length: ")
                        + QByteArray::number(body.size()) + "\r\n\r\n" + body;
                    if (hold)
                        m_held << QPair<QPointer<QTcpSocket>, QByteArray>(socket, answer);
                    else
                        send(socket, answer);
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
    QString base() const { return QStringLiteral("http://127.0.0.1:%1").arg(serverPort()); }
    void release()
    {
        hold = false;
        for (const auto &[socket, answer] : std::exchange(m_held, {})) {
            if (socket)
                send(socket, answer);
        }
    }

    QMap<QString, QByteArray> files;
    QStringList hang;
    QStringList requests;
    bool hold = false;
    int answered = 0;

private:
    void send(QTcpSocket *socket, const QByteArray &answer)
    {
        ++answered;
        socket->write(answer);
        socket->disconnectFromHost();
    }
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<QPair<QPointer<QTcpSocket>, QByteArray>> m_held;
};

/// A TCP server that accepts and then says nothing, like a firewall that eats packets late.
class SilentServer : public QTcpServer {
public:
    SilentServer()
    {
        listen(QHostAddress::LocalHost, 0);
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = nextPendingConnection()) {
                s->setParent(this);
                ++accepted;
                connect(s, &QTcpSocket::disconnected, this, [this] { ++closed; });
            }
        });
    }
    int accepted = 0; ///< connections taken
    int closed = 0;   ///< of those, closed by the other side
};

QByteArray autoconfigFor(quint16 port, const QByteArray &socketType)
{
    return "<?xml version=\"1.0\"?><clientConfig version=\"1.1\"><emailProvider id=\"example.test\">"
           "<domain>example.test</domain><displayName>Example Test Mail</displayName>"
           "<incomingServer type=\"imap\"><hostname>127.0.0.1</hostname><port>1</port><socketType>SSL</socketType>"
           "</incomingServer><incomingServer type=\"pop3\"><hostname>127.0.0.1</hostname><port>"
           + QByteArray::number(port) + "</port><socketType>" + socketType + "</socketType>"
           "<username>%EMAILLOCALPART%</username><authentication>password-cleartext</authentication>"
           "<pop3><leaveMessagesOnServer>true</leaveMessagesOnServer><checkInterval minutes=\"20\"/></pop3>"
           "</incomingServer></emailProvider></clientConfig>";
}

Net::TlsOptions trusting(const Test::DovecotServer &server)
{
    Net::TlsOptions tls;
    tls.extraCaCertificates = {server.certificate()};
    return tls;
}

std::optional<Candidate> find(const QVector<Candidate> &all, quint16 port)
{
    for (const Candidate &c : all) {
        if (c.port == port)
            return c;
    }
    return std::nullopt;
}

bool runToEnd(Autodetector &detector, const QString &email)
{
    QSignalSpy finished(&detector, &Autodetector::finished);
    detector.start(email);
    return finished.wait(WaitMs) || finished.count() == 1;
}

/// Counts every byte the probes' transports put on the wire.
class RecordingFactory final : public Net::TransportFactory {
public:
    Net::Transport *create(QObject *parent) override
    {
        auto *t = new Recorder(this, parent);
        return t;
    }
    QByteArray written;

private:
    class Recorder final : public Net::Transport {
    public:
        Recorder(RecordingFactory *owner, QObject *parent) : Net::Transport(parent), m_owner(owner)
        {
            auto *inner = m_inner;
            connect(inner, &Net::Transport::connected, this, &Net::Transport::connected);
            connect(inner, &Net::Transport::encrypted, this, &Net::Transport::encrypted);
            connect(inner, &Net::Transport::readyRead, this, &Net::Transport::readyRead);
            connect(inner, &Net::Transport::disconnected, this, &Net::Transport::disconnected);
            connect(inner, &Net::Transport::errorOccurred, this, &Net::Transport::errorOccurred);
        }
        void connectToHost(const QString &h, quint16 p, bool i, const Net::TlsOptions &t, quint16 l) override
        {
            m_inner->connectToHost(h, p, i, t, l);
        }
        void startTls() override { m_inner->startTls(); }
        qint64 bytesAvailable() const override { return m_inner->bytesAvailable(); }
        QByteArray readAll() override { return m_inner->readAll(); }
        qint64 read(char *data, qint64 maxSize) override { return m_inner->read(data, maxSize); }
        void write(const QByteArray &b) override
        {
            m_owner->written += b;
            m_inner->write(b);
        }
        void close() override { m_inner->close(); }
        void abort() override { m_inner->abort(); }
        bool isEncrypted() const override { return m_inner->isEncrypted(); }
        QList<QSslCertificate> peerCertificateChain() const override { return m_inner->peerCertificateChain(); }

    private:
        RecordingFactory *m_owner;
        Net::SslTransport *m_inner = new Net::SslTransport(this);
    };
};

} // namespace

class TestAutodetect : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void srvRecordsAreOrdered();
    void realResolverAlwaysAnswers();
    void rankingPrefersTlsThenStlsThenNothing();
    void onlyPlaintextIsChosenButNeedsConsent();
    void probeNeverLogsIn();
    void probeReadsCapabilitiesOverTls();
    void tiesGoToTheSearchOrder();
    void srvAndAutoconfigFindDovecotAndExplainTheChoice_data();
    void srvAndAutoconfigFindDovecotAndExplainTheChoice();
    void serverWithoutTlsIsReportedNotPickedSilently();
    void selfSignedIsUntrustedUntilPinned();
    void unreachableAndSilentServersAreRejectedInTime();
    void autoconfigFetchOutcomes();
    void cancelStops();
    void notAnAddress();

private:
    std::unique_ptr<Test::DovecotServer> m_tls;
    std::unique_ptr<Test::DovecotServer> m_plain;
};

void TestAutodetect::initTestCase()
{
    m_tls = std::make_unique<Test::DovecotServer>();
    QVERIFY2(m_tls->isValid(), qPrintable(m_tls->error()));
    m_tls->addUser("alice", Password);
    QVERIFY2(m_tls->start(), qPrintable(m_tls->error()));
    m_plain = std::make_unique<Test::DovecotServer>();
    m_plain->setTlsEnabled(false);
    m_plain->addUser("alice", Password);
    QVERIFY2(m_plain->start(), qPrintable(m_plain->error()));
}

void TestAutodetect::srvRecordsAreOrdered()
{
    const QList<SrvRecord> sorted = sortedSrvRecords({{QStringLiteral("b.example"), 995, 10, 5},
                                                      {QStringLiteral("a.example"), 995, 0, 1},
                                                      {QString(), 995, 0, 100}, // "." : not offered
                                                      {QStringLiteral("c.example"), 995, 10, 50}});
    QCOMPARE(sorted.size(), 3);
    QCOMPARE(sorted.at(0).target, QStringLiteral("a.example"));
    QCOMPARE(sorted.at(1).target, QStringLiteral("c.example"));
    QCOMPARE(sorted.at(2).target, QStringLiteral("b.example"));
}

void TestAutodetect::realResolverAlwaysAnswers()
{
    // .invalid never resolves (RFC 2606): with or without a network, the answer comes in time.
    DnsSrvResolver resolver(2000);
    QObject context;
    bool answered = false;
    QList<SrvRecord> records{{QStringLiteral("x"), 1, 0, 0}};
    resolver.lookupSrv(QStringLiteral("_pop3s._tcp.poplar-test.invalid"), &context,
                       [&](const QList<SrvRecord> &r, const QString &) {
                           answered = true;
                           records = r;
                       });
    QTRY_VERIFY_WITH_TIMEOUT(answered, 5000);
    QVERIFY(records.isEmpty());
}

void TestAutodetect::rankingPrefersTlsThenStlsThenNothing()
{
    auto make = [](quint16 port, Security security, Candidate::Status status, const QByteArray &sasl) {
        Candidate c;
        c.host = QStringLiteral("pop.example.org");
        c.port = port;
        c.security = security;
        c.status = status;
        c.sources = {Source::Guess};
        c.sourceDetails = {QString()};
        c.capabilities = Pop3::Capabilities::parse("USER\r\nSASL " + sasl + "\r\n");
        return c;
    };
    QVector<Candidate> all{make(110, Security::Plain, Candidate::Status::NoTls, "SCRAM-SHA-256"),
                           make(111, Security::StartTls, Candidate::Status::Secure, "SCRAM-SHA-256"),
                           make(1, Security::ImplicitTls, Candidate::Status::Unreachable, ""),
                           make(996, Security::ImplicitTls, Candidate::Status::Secure, "PLAIN"),
                           make(995, Security::ImplicitTls, Candidate::Status::Secure, "PLAIN SCRAM-SHA-1"),
                           make(997, Security::ImplicitTls, Candidate::Status::CertificateUntrusted, "SCRAM-SHA-256")};
    all[5].problem = QStringLiteral("self-signed");
    rankCandidates(all);
    QList<quint16> order;
    for (const Candidate &c : all)
        order << c.port;
    QCOMPARE(order, (QList<quint16>{995, 996, 111, 997, 110, 1}));
    QVERIFY(all[0].chosen);
    QVERIFY2(all[0].reason.startsWith(QLatin1String("Chosen")), qPrintable(all[0].reason));
    QVERIFY2(all[0].reason.contains(QLatin1String("SCRAM-SHA-1")), qPrintable(all[0].reason));
    QVERIFY2(all[1].reason.contains(QLatin1String("stronger login (SCRAM-SHA-1 rather than PLAIN)")), qPrintable(all[1].reason));
    QVERIFY2(all[2].reason.contains(QLatin1String("preferred over STLS")), qPrintable(all[2].reason));
    QVERIFY2(all[3].reason.contains(QLatin1String("certificate is trusted")), qPrintable(all[3].reason));
    QVERIFY2(all[4].reason.contains(QLatin1String("no encryption")), qPrintable(all[4].reason));
    QVERIFY2(all[5].reason.startsWith(QLatin1String("Rejected")), qPrintable(all[5].reason));
    for (int i = 1; i < all.size(); ++i)
        QVERIFY(!all[i].chosen);
}

void TestAutodetect::onlyPlaintextIsChosenButNeedsConsent()
{
    Candidate c;
    c.host = QStringLiteral("pop.example.org");
    c.port = 110;
    c.security = Security::Plain;
    c.status = Candidate::Status::NoTls;
    QVector<Candidate> all{c};
    rankCandidates(all);
    QVERIFY(all[0].chosen);
    QVERIFY(all[0].needsPlaintextConsent());
    QVERIFY2(all[0].reason.contains(QLatin1String("explicitly agree")), qPrintable(all[0].reason));
}

void TestAutodetect::probeNeverLogsIn()
{
    QVERIFY(ServerProbe::isAllowedProbeCommand("CAPA\r\n"));
    QVERIFY(ServerProbe::isAllowedProbeCommand("STLS\r\n"));
    QVERIFY(!ServerProbe::isAllowedProbeCommand("USER probe\r\n"));
    QVERIFY(!ServerProbe::isAllowedProbeCommand("AUTH PLAIN\r\n"));
    QVERIFY(!ServerProbe::isAllowedProbeCommand("CAPA\r\nUSER x\r\n"));

    // A scripted server that would happily take a login: the probe sends CAPA and hangs up.
    Test::FakeTransportFactory factory;
    ServerProbe probe({QStringLiteral("pop.example.org"), 995, Security::ImplicitTls}, {}, &factory);
    QSignalSpy finished(&probe, &ServerProbe::finished);
    probe.start(5000);
    QVERIFY(factory.last);
    factory.last->acceptConnection();
    factory.last->serverSends("+OK POP3 ready <1896.697170952@dbc.mtview.ca.us>\r\n");
    QCOMPARE(factory.last->takeWritten(), QByteArray("CAPA\r\n"));
    factory.last->serverSends("+OK\r\nUSER\r\nSASL PLAIN CRAM-MD5\r\n.\r\n");
    QVERIFY(finished.wait(5000));
    QCOMPARE(factory.last->written(), QByteArray());
    QVERIFY(factory.last->aborted);
    const auto result = finished.first().first().value<ProbeResult>();
    QCOMPARE(result.outcome, ProbeResult::Outcome::Secure);
    QCOMPARE(result.capabilities.saslMechanisms(), (QByteArrayList{"PLAIN", "CRAM-MD5"}));
}

void TestAutodetect::probeReadsCapabilitiesOverTls()
{
    for (const auto &[port, security] : {std::pair{m_tls->pop3sPort(), Security::ImplicitTls},
                                         std::pair{m_tls->pop3Port(), Security::StartTls}}) {
        RecordingFactory recorder;
        ServerProbe probe({QStringLiteral("127.0.0.1"), port, security}, trusting(*m_tls), &recorder);
        QSignalSpy finished(&probe, &ServerProbe::finished);
        probe.start(10000);
        QVERIFY(finished.wait(WaitMs));
        const auto result = finished.first().first().value<ProbeResult>();
        QVERIFY2(result.outcome == ProbeResult::Outcome::Secure, qPrintable(result.error.message));
        QVERIFY(result.capabilities.saslMechanisms().contains("SCRAM-SHA-256"));
        QVERIFY(!result.capabilities.stls()); // the CAPA read over TLS, not the one before
        // Nothing but the probe's own commands reached the wire: no user name, no password.
        const QByteArray expected = security == Security::StartTls ? "CAPA\r\nSTLS\r\nCAPA\r\n" : "CAPA\r\n";
        QCOMPARE(recorder.written, expected);
    }
    QTRY_VERIFY_WITH_TIMEOUT(m_tls->logContents().contains("no auth attempts"), 5000);
    QVERIFY(!m_tls->logContents().contains("auth failed"));
}

void TestAutodetect::tiesGoToTheSearchOrder()
{
    // Equal in everything but their place in the search: the earlier place wins, whichever
    // was added (answered) first.
    auto make = [](const QString &host, qint64 order) {
        Candidate c;
        c.host = host;
        c.port = 995;
        c.security = Security::ImplicitTls;
        c.status = Candidate::Status::Secure;
        c.sources = {Source::Srv};
        c.sourceDetails = {QString()};
        c.capabilities = Pop3::Capabilities::parse("USER\r\nSASL SCRAM-SHA-256\r\n");
        c.order = order;
        return c;
    };
    for (const bool laterFirst : {true, false}) {
        QVector<Candidate> all;
        if (laterFirst)
            all = {make(QStringLiteral("later.example.org"), 5), make(QStringLiteral("earlier.example.org"), 3)};
        else
            all = {make(QStringLiteral("earlier.example.org"), 3), make(QStringLiteral("later.example.org"), 5)};
        rankCandidates(all);
        QCOMPARE(all[0].host, QStringLiteral("earlier.example.org"));
        QVERIFY(all[0].chosen);
        QVERIFY(!all[1].chosen);
        QVERIFY2(all[1].reason.contains(QLatin1String("earlier in the search order")), qPrintable(all[1].reason));
    }
}

void TestAutodetect::srvAndAutoconfigFindDovecotAndExplainTheChoice_data()
{
    QTest::addColumn<bool>("srvFirst");
    QTest::newRow("SRV answers first") << true;
    QTest::newRow("autoconfig answers first") << false;
}

void TestAutodetect::srvAndAutoconfigFindDovecotAndExplainTheChoice()
{
    // Both orders of arrival, each forced: the outcome must be the same.
    QFETCH(bool, srvFirst);
    FakeResolver resolver;
    resolver.table[QStringLiteral("_pop3s._tcp.example.test")] = {{QStringLiteral("127.0.0.1."), m_tls->pop3sPort(), 0, 0}};
    resolver.table[QStringLiteral("_pop3._tcp.example.test")] = {{QStringLiteral("127.0.0.1"), m_tls->pop3Port(), 0, 0}};
    HttpResponder http;
    http.files[QStringLiteral("/example.test/mail/config-v1.1.xml")] = autoconfigFor(m_tls->pop3sPort(), "SSL");

    Autodetector detector;
    detector.setSrvResolver(&resolver);
    detector.setAutoconfigUrls({http.base() + QStringLiteral("/%EMAILDOMAIN%/mail/config-v1.1.xml?emailaddress=%EMAILADDRESS%"),
                                http.base() + QStringLiteral("/.well-known/autoconfig/mail/config-v1.1.xml")});
    detector.setProbeHosts({});
    detector.setTlsOptions(trusting(*m_tls));
    detector.setTimeouts(10000, 25000);
    QStringList lines;
    connect(&detector, &Autodetector::progress, this, [&lines](const QString &l) { lines << l; });
    resolver.hold = !srvFirst;
    http.hold = srvFirst;
    QSignalSpy finished(&detector, &Autodetector::finished);
    detector.start(QStringLiteral("alice@example.test"));
    if (srvFirst) {
        QTRY_COMPARE_WITH_TIMEOUT(resolver.answered, 2, WaitMs);
        QCOMPARE(http.answered, 0);
        http.release();
    } else {
        QTRY_COMPARE_WITH_TIMEOUT(http.answered, 2, WaitMs);
        QCOMPARE(resolver.answered, 0);
        resolver.release();
    }
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, WaitMs);

    QCOMPARE(resolver.asked, (QStringList{QStringLiteral("_pop3s._tcp.example.test"), QStringLiteral("_pop3._tcp.example.test")}));
    QVERIFY(http.requests.contains(QStringLiteral("/example.test/mail/config-v1.1.xml?emailaddress=alice%40example.test")));
    const auto best = detector.best();
    QVERIFY(best);
    QCOMPARE(best->port, m_tls->pop3sPort());
    QCOMPARE(best->security, Security::ImplicitTls);
    QCOMPARE(best->status, Candidate::Status::Secure);
    QCOMPARE(best->user, QStringLiteral("alice")); // %EMAILLOCALPART% from the provider's file
    QVERIFY(best->sources.contains(Source::Srv));
    QVERIFY(best->sources.contains(Source::AutoconfigHttp));
    QVERIFY2(best->reason.contains(QLatin1String("SCRAM-SHA-256")), qPrintable(best->reason));
    const auto stls = find(detector.candidates(), m_tls->pop3Port());
    QVERIFY(stls);
    QCOMPARE(stls->status, Candidate::Status::Secure);
    QVERIFY2(stls->reason.contains(QLatin1String("preferred over STLS")), qPrintable(stls->reason));
    QVERIFY(detector.providerHints());
    QCOMPARE(detector.providerHints()->checkIntervalMinutes, std::optional<int>(20));
    QCOMPARE(detector.providerName(), QStringLiteral("Example Test Mail"));
    QVERIFY2(lines.join(QLatin1Char('\n')).contains(QLatin1String("404")), qPrintable(lines.join(QLatin1Char('\n'))));
    QCOMPARE(lines, detector.log());
}

void TestAutodetect::serverWithoutTlsIsReportedNotPickedSilently()
{
    FakeResolver resolver;
    Autodetector detector;
    detector.setSrvResolver(&resolver);
    detector.setAutoconfigUrls({});
    detector.setProbeHosts({QStringLiteral("127.0.0.1")});
    detector.setProbePorts({{m_plain->pop3Port(), Security::StartTls}});
    detector.setTimeouts(10000, 25000);
    QVERIFY(runToEnd(detector, QStringLiteral("alice@example.test")));
    QCOMPARE(detector.candidates().size(), 1);
    const Candidate c = detector.candidates().first();
    QCOMPARE(c.status, Candidate::Status::NoTls);
    QCOMPARE(c.security, Security::Plain);
    QVERIFY(c.needsPlaintextConsent());
    QVERIFY(c.capabilities.isKnown());
    QVERIFY2(c.reason.contains(QLatin1String("no encryption")), qPrintable(c.reason));

    // With a TLS server next to it, the plaintext one loses.
    Autodetector both;
    both.setSrvResolver(&resolver);
    both.setAutoconfigUrls({});
    both.setProbeHosts({QStringLiteral("127.0.0.1")});
    both.setProbePorts({{m_plain->pop3Port(), Security::StartTls}, {m_tls->pop3sPort(), Security::ImplicitTls}});
    both.setTlsOptions(trusting(*m_tls));
    both.setTimeouts(10000, 25000);
    QVERIFY(runToEnd(both, QStringLiteral("alice@example.test")));
    QCOMPARE(both.best()->port, m_tls->pop3sPort());
    const auto plain = find(both.candidates(), m_plain->pop3Port());
    QVERIFY(plain && !plain->chosen);
    QVERIFY2(plain->reason.contains(QLatin1String("offers encryption")), qPrintable(plain->reason));
}

void TestAutodetect::selfSignedIsUntrustedUntilPinned()
{
    FakeResolver resolver;
    Autodetector detector;
    detector.setSrvResolver(&resolver);
    detector.setAutoconfigUrls({});
    detector.setProbeHosts({QStringLiteral("127.0.0.1")});
    detector.setProbePorts({{m_tls->pop3sPort(), Security::ImplicitTls}, {m_tls->pop3Port(), Security::StartTls}});
    detector.setTimeouts(10000, 25000);
    QVERIFY(runToEnd(detector, QStringLiteral("alice@example.test")));
    const auto best = detector.best();
    QVERIFY(best);
    QCOMPARE(best->status, Candidate::Status::CertificateUntrusted);
    QCOMPARE(best->security, Security::ImplicitTls); // untrusted both ways: TLS first still wins
    QVERIFY(!best->sslErrors.isEmpty());
    QVERIFY(!best->peerChain.isEmpty());
    QCOMPARE(best->peerChain.first(), m_tls->certificate());

    // A pin of some other certificate changes nothing.
    Net::TlsOptions wrongPin;
    wrongPin.pinnedSha256 = QCryptographicHash::hash("not this one", QCryptographicHash::Sha256);
    Autodetector wrong;
    wrong.setSrvResolver(&resolver);
    wrong.setAutoconfigUrls({});
    wrong.setProbeHosts({QStringLiteral("127.0.0.1")});
    wrong.setProbePorts({{m_tls->pop3sPort(), Security::ImplicitTls}});
    wrong.setTlsOptions(wrongPin);
    QVERIFY(runToEnd(wrong, QStringLiteral("alice@example.test")));
    QCOMPARE(wrong.best()->status, Candidate::Status::CertificateUntrusted);

    // Pinning exactly the presented certificate makes it trusted, and a login with it works.
    Net::TlsOptions pinned;
    pinned.pinnedSha256 = best->peerChain.first().digest(QCryptographicHash::Sha256);
    Autodetector again;
    again.setSrvResolver(&resolver);
    again.setAutoconfigUrls({});
    again.setProbeHosts({QStringLiteral("127.0.0.1")});
    again.setProbePorts({{m_tls->pop3sPort(), Security::ImplicitTls}});
    again.setTlsOptions(pinned);
    QVERIFY(runToEnd(again, QStringLiteral("alice@example.test")));
    QCOMPARE(again.best()->status, Candidate::Status::Secure);

    Pop3::SessionSettings settings;
    settings.host = QStringLiteral("127.0.0.1");
    settings.port = m_tls->pop3sPort();
    settings.security = Security::ImplicitTls;
    settings.user = "alice";
    settings.tls = pinned;
    Pop3::Session session;
    QSignalSpy ready(&session, &Pop3::Session::ready);
    QSignalSpy failed(&session, &Pop3::Session::failed);
    session.open(settings, Password);
    QTRY_VERIFY_WITH_TIMEOUT(ready.count() + failed.count() > 0, WaitMs);
    QVERIFY2(ready.count() == 1, failed.isEmpty() ? "" : qPrintable(failed.first().first().value<Pop3::Error>().message));
    QVERIFY(session.isEncrypted());
}

void TestAutodetect::unreachableAndSilentServersAreRejectedInTime()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    const quint16 refusedPort = closed.serverPort();
    closed.close();
    SilentServer silent;
    FakeResolver resolver;
    Autodetector detector;
    detector.setSrvResolver(&resolver);
    detector.setAutoconfigUrls({});
    detector.setProbeHosts({QStringLiteral("127.0.0.1")});
    detector.setProbePorts({{refusedPort, Security::ImplicitTls}, {silent.serverPort(), Security::StartTls}});
    detector.setTimeouts(1000, 20000);
    QVERIFY(runToEnd(detector, QStringLiteral("alice@example.test")));
    QVERIFY(!detector.best());
    for (const Candidate &c : detector.candidates()) {
        // Unreachable, not Pending: each probe's own short timeout ended it, not the overall one.
        QCOMPARE(c.status, Candidate::Status::Unreachable);
        QVERIFY2(c.reason.startsWith(QLatin1String("Rejected")), qPrintable(c.reason));
    }
    QVERIFY(detector.log().last().contains(QLatin1String("by hand")));

    // The overall deadline holds even when every step is slow.
    Autodetector slow;
    slow.setSrvResolver(&resolver);
    slow.setAutoconfigUrls({});
    slow.setProbeHosts({QStringLiteral("127.0.0.1")});
    slow.setProbePorts({{silent.serverPort(), Security::StartTls}});
    slow.setTimeouts(10000, 500);
    QVERIFY(runToEnd(slow, QStringLiteral("alice@example.test")));
    // Pending: the overall deadline ended the search before the probe's own timeout could.
    QCOMPARE(slow.candidates().first().status, Candidate::Status::Pending);
    QVERIFY2(slow.candidates().first().reason.contains(QLatin1String("not checked")),
             qPrintable(slow.candidates().first().reason));
}

void TestAutodetect::autoconfigFetchOutcomes()
{
    HttpResponder http;
    http.files[QStringLiteral("/ok.xml")] = autoconfigFor(995, "SSL");
    http.files[QStringLiteral("/broken.xml")] = "<clientConfig><emailProvider>";
    http.files[QStringLiteral("/huge.xml")] = QByteArray(MaxAutoconfigBytes + 10, ' ');
    http.hang << QStringLiteral("/hang.xml");
    AutoconfigFetcher fetcher;
    QMap<QString, QString> outcome;
    connect(&fetcher, &AutoconfigFetcher::fetched, this,
            [&outcome](const QUrl &url, const AutoconfigResult &result, const QString &error) {
                outcome[url.path()] = error.isEmpty() ? QStringLiteral("ok %1").arg(result.servers.size()) : error;
            });
    QSignalSpy finished(&fetcher, &AutoconfigFetcher::finished);
    fetcher.start({http.base() + QStringLiteral("/ok.xml"), http.base() + QStringLiteral("/broken.xml"),
                   http.base() + QStringLiteral("/huge.xml"), http.base() + QStringLiteral("/hang.xml"),
                   http.base() + QStringLiteral("/missing.xml"), QStringLiteral("ftp://%EMAILDOMAIN%/x.xml")},
                  QStringLiteral("a@example.test"), 1500);
    QVERIFY(finished.wait(WaitMs));
    QCOMPARE(outcome.size(), 5); // the ftp URL is not fetched at all
    QCOMPARE(outcome[QStringLiteral("/ok.xml")], QStringLiteral("ok 1"));
    QVERIFY2(outcome[QStringLiteral("/broken.xml")].contains(QLatin1String("not valid XML")), qPrintable(outcome[QStringLiteral("/broken.xml")]));
    QVERIFY2(outcome[QStringLiteral("/huge.xml")].contains(QLatin1String("larger than")), qPrintable(outcome[QStringLiteral("/huge.xml")]));
    QCOMPARE(outcome[QStringLiteral("/hang.xml")], QStringLiteral("no answer in time"));
    QCOMPARE(outcome[QStringLiteral("/missing.xml")], QStringLiteral("HTTP status 404"));

    QCOMPARE(AutoconfigFetcher::urlsFor(AutoconfigFetcher::defaultUrlTemplates(), QStringLiteral("a+b@Example.ORG")).first(),
             QUrl(QStringLiteral("https://autoconfig.example.org/mail/config-v1.1.xml?emailaddress=a%2Bb%40Example.ORG")));
    QVERIFY(AutoconfigFetcher::urlsFor(AutoconfigFetcher::defaultUrlTemplates(), QStringLiteral("a@evil/x?")).isEmpty());
}

void TestAutodetect::cancelStops()
{
    SilentServer silent;
    FakeResolver resolver;
    resolver.delayMs = 60000;
    Autodetector detector;
    detector.setSrvResolver(&resolver);
    detector.setAutoconfigUrls({});
    detector.setProbeHosts({QStringLiteral("127.0.0.1")});
    detector.setProbePorts({{silent.serverPort(), Security::StartTls}});
    QSignalSpy finished(&detector, &Autodetector::finished);
    detector.start(QStringLiteral("a@example.test"));
    QVERIFY(detector.isRunning());
    QTRY_COMPARE_WITH_TIMEOUT(silent.accepted, 1, WaitMs); // the probe is connected and waiting
    detector.cancel();
    QCOMPARE(finished.count(), 1);
    QVERIFY(!detector.isRunning());
    // The probe hangs up, and nothing reports again after that (the SRV answer is not due for
    // a minute, and its lookup was cancelled with the search).
    QTRY_COMPARE_WITH_TIMEOUT(silent.closed, 1, WaitMs);
    QCoreApplication::processEvents();
    QCOMPARE(finished.count(), 1);
}

void TestAutodetect::notAnAddress()
{
    FakeResolver resolver;
    Autodetector detector;
    detector.setSrvResolver(&resolver);
    QVERIFY(runToEnd(detector, QStringLiteral("no address here")));
    QVERIFY(resolver.asked.isEmpty());
    QVERIFY(detector.candidates().isEmpty());
    QVERIFY(detector.log().first().contains(QLatin1String("not an e-mail address")));
}

QTEST_GUILESS_MAIN(TestAutodetect)
#include "tst_autodetect.moc"
