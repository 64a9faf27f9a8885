// Session, part two: logging in (USER/PASS, APOP, RPOP and SASL). SASL steps that may compute
// for long (SCRAM's PBKDF2) run on a worker thread so that Stop and the deadlines still work.

#include "pop3/Session.h"

#include "log/Logging.h"
#include "net/HostName.h"

#include "pop3/Apop.h"
#include "pop3/LoginChoice.h"
#include "pop3/SaslMechanism.h"

#include <QPromise>
#include <QThreadPool>

namespace Poplar::Pop3 {

namespace {

// RFC 5034 section 4: an AUTH command with its initial response must fit in 255 octets.
constexpr int MaxAuthLine = 255;
// No mechanism Poplar speaks needs more round trips than this.
constexpr int MaxSaslRounds = 16;

/// Threads for SASL steps. Never destroyed: a step abandoned by Stop cannot be interrupted, and
/// the process must not wait for it when it exits.
QThreadPool *saslThreads()
{
    static QThreadPool *pool = [] {
        auto *threads = new QThreadPool;
        threads->setMaxThreadCount(4);
        threads->setExpiryTimeout(10000);
        return threads;
    }();
    return pool;
}

} // namespace

// ---- RFC 6856: UTF-8 and the server's language ----

void Session::negotiateInternational()
{
    // Both go before login: UTF8 decides how the user name and password are read.
    if (!m_utf8Asked && m_capabilities.has("UTF8")) {
        m_utf8Asked = true;
        sendInternal("UTF8\r\n", "UTF8", ReplyShape::SingleLine, &Session::onUtf8);
        return;
    }
    if (!m_languageAsked && m_capabilities.has("LANG") && !m_settings.language.isEmpty()) {
        m_languageAsked = true;
        sendInternal("LANG " + m_settings.language + "\r\n", "LANG " + m_settings.language, ReplyShape::SingleLine,
                     &Session::onLang);
        return;
    }
    startAuthentication();
}

void Session::onUtf8(Pending &pending)
{
    m_utf8 = pending.status.ok;
    qCDebug(Log::pop3) << "UTF-8 mode" << (m_utf8 ? "on" : "refused");
    negotiateInternational();
}

void Session::onLang(Pending &pending)
{
    if (pending.status.ok)
        m_language = m_settings.language;
    qCDebug(Log::pop3) << "server language" << (pending.status.ok ? m_language : QByteArray("refused"));
    negotiateInternational();
}

// ---- authentication ----

void Session::startAuthentication()
{
    setState(State::Authenticating);
    if (m_state != State::Authenticating)
        return; // a stateChanged listener stopped the session
    const AuthMethod method = m_settings.auth;
    if (method == AuthMethod::Automatic) {
        if (m_capabilities.has("SASL") || m_capabilities.isKnown()) {
            chooseAndLogin(m_capabilities.saslMechanisms());
            return;
        }
        // No CAPA at all: the bare AUTH command of RFC 5034 may still list mechanisms.
        sendInternal("AUTH\r\n", "AUTH", ReplyShape::MultiLine, &Session::onAuthListing,
                     {m_settings.maxListingBytes, MaxCapaCeiling});
        return;
    }
    const QByteArray mechanism = saslName(method);
    if (!mechanism.isEmpty() && m_capabilities.has("SASL") && !m_capabilities.saslMechanisms().contains(mechanism)) {
        fail(Error::Kind::MechanismUnavailable,
             tr("The server does not offer %1 authentication.").arg(QString::fromLatin1(mechanism)));
        return;
    }
    chooseAndLogin({});
}

void Session::onAuthListing(Pending &pending)
{
    QByteArrayList mechanisms;
    if (pending.status.ok) {
        for (const QByteArray &line : pending.body.split('\n')) {
            const QByteArray name = line.trimmed().toUpper();
            if (!name.isEmpty() && mechanisms.size() < Capabilities::MaxLines)
                mechanisms << name;
        }
    }
    chooseAndLogin(mechanisms);
}

void Session::chooseAndLogin(const QByteArrayList &mechanisms)
{
    LoginOffer offer;
    offer.requested = m_settings.auth;
    offer.encrypted = m_transport->isEncrypted();
    offer.saslMechanisms = mechanisms;
    offer.apopTimestamp = apopTimestamp(m_greeting).has_value();
    offer.allowPlaintextFallback = m_settings.allowPlaintextFallback;
    m_loginPlan = chooseLoginMethods(offer);
    if (offer.requested == AuthMethod::Automatic && m_loginPlan.size() > 1
        && m_loginPlan.removeOne(m_settings.preferredLoginMethod))
        m_loginPlan.prepend(m_settings.preferredLoginMethod); // it worked last time
    for (const QByteArray &refused : m_settings.skipLoginMethods) {
        if (m_loginPlan.size() > 1)
            m_loginPlan.removeOne(refused); // refused on the connection the server then closed
    }
    m_loginTried.clear();
    m_loginHeldBack = false;
    if (!offer.encrypted && !offer.allowPlaintextFallback && offer.requested == AuthMethod::Automatic) {
        offer.allowPlaintextFallback = true;
        m_loginHeldBack = chooseLoginMethods(offer).size() > m_loginPlan.size();
    }
    qCDebug(Log::pop3) << "login methods to try:" << m_loginPlan;
    tryNextLogin();
}

void Session::tryNextLogin()
{
    const QByteArray method = m_loginPlan.takeFirst(); // never empty: USER ends every automatic plan
    if (method == "USER" || method == "RPOP") {
        m_mechanismUsed = method;
        sendInternal("USER " + m_settings.user + "\r\n", "USER " + m_settings.user, ReplyShape::SingleLine,
                     &Session::onUser);
        return;
    }
    if (method != "APOP") {
        startSasl(method);
        return;
    }
    const std::optional<QByteArray> timestamp = apopTimestamp(m_greeting);
    if (!timestamp) {
        fail(Error::Kind::MechanismUnavailable,
             tr("The server's greeting carries no valid APOP timestamp, so APOP cannot be used."));
        return;
    }
    m_mechanismUsed = "APOP";
    qCDebug(Log::pop3) << "authenticating with APOP";
    sendInternal("APOP " + m_settings.user + ' ' + apopDigest(*timestamp, m_secret) + "\r\n",
                 "APOP " + m_settings.user + " <redacted>", ReplyShape::SingleLine, &Session::onLogin);
}

void Session::onLoginRefused(const StatusLine &status)
{
    m_loginTried << m_mechanismUsed;
    const bool cancelled = m_saslCancelled && !m_saslError.isEmpty();
    const QString saslError = m_saslError;
    if (m_settings.auth == AuthMethod::Automatic && !m_loginPlan.isEmpty() && refusalAllowsNextMethod(status.code)) {
        qCDebug(Log::pop3) << m_mechanismUsed << "was refused; trying" << m_loginPlan.first();
        m_saslStep.reset(); // a step still computing is abandoned; its thread holds its own mechanism
        m_sasl.reset();
        m_saslCancelled = false;
        m_saslError.clear();
        m_saslRounds = 0;
        m_saslInitialResponse.clear();
        tryNextLogin();
        return;
    }
    const auto display = [](const QByteArray &method) {
        return method == "USER" ? QStringLiteral("USER/PASS") : QString::fromLatin1(method);
    };
    QStringList tried;
    for (const QByteArray &method : m_settings.skipLoginMethods + m_loginTried)
        tried << display(method);
    QString message = tried.size() > 1
                          ? tr("The server refused the %1 login (tried in turn: %2).").arg(tried.last(), tried.join(", "))
                          : tr("The server refused the %1 login.").arg(tried.last());
    if (cancelled)
        message = tr("%1 authentication was cancelled: %2").arg(tried.last(), saslError);
    if (!refusalAllowsNextMethod(status.code)) {
        // locked, delayed or a server failure: nothing about the method to advise
    } else if (m_loginHeldBack) {
        message += ' ' + tr("Poplar did not go on to send the password unencrypted. Check the password, or if this "
                            "network is trusted choose USER/PASS (poplar-sync: --auth user).");
    } else if (m_mechanismUsed == "USER" || m_mechanismUsed == "RPOP") {
        message += ' ' + tr("Check the user name and password.");
    } else if (m_settings.auth == AuthMethod::Automatic) {
        message += ' ' + tr("Check the password, or choose USER/PASS (poplar-sync: --auth user).");
    } else {
        message += ' ' + tr("Check the password, or choose automatic login (poplar-sync: --auth auto) or USER/PASS "
                            "(--auth user).");
    }
    failFromStatus(Error::Kind::AuthenticationFailed, message, status);
}

void Session::onUser(Pending &pending)
{
    if (!pending.status.ok) {
        onLoginRefused(pending.status);
        return;
    }
    const QByteArray verb = m_mechanismUsed == "RPOP" ? "RPOP" : "PASS";
    qCDebug(Log::pop3) << "authenticating with" << m_mechanismUsed;
    sendInternal(verb + ' ' + m_secret + "\r\n", verb + " <redacted>", ReplyShape::SingleLine, &Session::onLogin);
}

void Session::startSasl(const QByteArray &mechanism)
{
    QString error;
    SaslCredentials credentials{m_settings.user, m_secret, Net::asciiHostName(m_settings.host).toUtf8(), m_settings.port, "pop",
                                m_settings.maxScramIterations};
    m_sasl = createSaslMechanism(mechanism, credentials, &error);
    if (!m_sasl) {
        fail(Error::Kind::MechanismUnavailable,
             tr("%1 authentication is not available: %2").arg(QString::fromLatin1(mechanism), error));
        return;
    }
    m_mechanismUsed = mechanism;
    qCDebug(Log::pop3) << "authenticating with SASL" << mechanism;
    QByteArray line = "AUTH " + mechanism;
    QByteArray trace = line;
    if (m_sasl->clientFirst()) {
        const SaslMechanism::Step first = m_sasl->step({});
        if (first.status == SaslMechanism::Step::Status::Failed) {
            fail(Error::Kind::MechanismUnavailable,
                 tr("%1 authentication could not start: %2").arg(QString::fromLatin1(mechanism), first.error));
            return;
        }
        const QByteArray encoded = first.response.isEmpty() ? QByteArray("=") : first.response.toBase64();
        if (line.size() + 1 + encoded.size() + 2 <= MaxAuthLine) {
            line += ' ' + encoded;
            trace += " <redacted>";
        } else {
            m_saslInitialResponse = first.response.isEmpty() ? QByteArray("=") : encoded;
        }
    }
    sendInternal(line + "\r\n", trace, ReplyShape::Sasl, &Session::onLogin);
}

void Session::onSaslChallenge(const QByteArray &encoded)
{
    if (m_saslStep) {
        fail(Error::Kind::ProtocolViolation, tr("The server sent a challenge before its last one was answered."));
        return;
    }
    if (!m_saslInitialResponse.isEmpty()) {
        const QByteArray response = m_saslInitialResponse == "=" ? QByteArray() : m_saslInitialResponse;
        m_saslInitialResponse.clear();
        emit protocolTrace(Direction::Client, "<redacted SASL response>");
        m_transport->write(response + "\r\n");
        restartReplyDeadline();
        return;
    }
    if (m_saslCancelled || ++m_saslRounds > MaxSaslRounds) {
        fail(Error::Kind::ProtocolViolation, tr("The server kept the authentication exchange going."));
        return;
    }
    const auto decoded = QByteArray::fromBase64Encoding(encoded, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        SaslMechanism::Step step;
        step.error = tr("the server's challenge is not valid base64");
        answerSasl(step);
        return;
    }
    if (m_sasl->costly()) {
        runSaslStepAside(decoded.decoded);
        return;
    }
    answerSasl(m_sasl->step(decoded.decoded));
}

void Session::runSaslStepAside(const QByteArray &challenge)
{
    auto promise = std::make_shared<QPromise<SaslMechanism::Step>>();
    m_saslStep = std::make_unique<QFutureWatcher<SaslMechanism::Step>>();
    connect(m_saslStep.get(), &QFutureWatcherBase::finished, this, [this] {
        // Deleted later: answerSasl may end the session, which must not delete a watcher mid-signal.
        QFutureWatcher<SaslMechanism::Step> *watcher = m_saslStep.release();
        watcher->deleteLater();
        const QFuture<SaslMechanism::Step> future = watcher->future();
        if (m_state != State::Authenticating || future.resultCount() < 1)
            return;
        answerSasl(future.result());
    });
    m_saslStep->setFuture(promise->future());
    promise->start();
    // The worker holds the mechanism: if the session stops or goes away first, the GNU SASL
    // session is freed only when the step returns.
    saslThreads()->start([mechanism = m_sasl, challenge, promise] {
        promise->addResult(mechanism->step(challenge));
        promise->finish();
    });
}

void Session::answerSasl(const SaslMechanism::Step &step)
{
    if (step.status == SaslMechanism::Step::Status::Failed) {
        // RFC 5034: "*" cancels; the server then answers -ERR, which ends the login.
        m_saslError = step.error;
        m_saslCancelled = true;
        emit protocolTrace(Direction::Client, "*");
        m_transport->write("*\r\n");
        if (step.refused) // a limit of ours: no need to hear the server out
            fail(Error::Kind::AuthenticationFailed, step.error);
        return;
    }
    emit protocolTrace(Direction::Client, "<redacted SASL response>");
    m_transport->write(step.response.toBase64() + "\r\n");
    restartReplyDeadline(); // each challenge gets its own allowance
}

void Session::onLogin(Pending &pending)
{
    if (!pending.status.ok) {
        onLoginRefused(pending.status);
        return;
    }
    // A step still computing means the server answered before hearing the client's proof.
    if (m_sasl && m_sasl->mutual() && (m_saslStep || !m_sasl->finished())) {
        fail(Error::Kind::AuthenticationFailed,
             tr("The server accepted the login without proving it knows the password; it may be an impostor."));
        return;
    }
    m_sasl.reset();
    m_authenticated = true;
    qCDebug(Log::pop3) << "logged in with" << m_mechanismUsed;
    sendCapa(); // capabilities may change after login (RFC 2449 section 5)
    pipelineBehindCapa();
}

} // namespace Poplar::Pop3
