#include "pop3/SaslMechanism.h"

#include <QCoreApplication>

#include <gsasl.h>

#include <optional>

namespace Poplar::Pop3 {

namespace {

/// One GNU SASL library context for the process; sessions are created from it.
Gsasl *gsaslContext()
{
    static Gsasl *context = [] {
        Gsasl *ctx = nullptr;
        if (gsasl_init(&ctx) != GSASL_OK)
            return static_cast<Gsasl *>(nullptr);
        // No callback: every property is set up front, nothing is asked for later.
        return ctx;
    }();
    return context;
}

bool isBearerMechanism(const QByteArray &name)
{
    return name == "XOAUTH2" || name == "OAUTHBEARER";
}

/// The iteration count ("i=") of a SCRAM server-first message (RFC 5802 section 5.1): nullopt
/// when there is none (a server-final message), -1 when it is not a number that fits.
std::optional<qint64> scramIterations(const QByteArray &message)
{
    for (const QByteArray &attribute : message.split(',')) {
        if (!attribute.startsWith("i="))
            continue;
        const QByteArray digits = attribute.mid(2);
        bool ok = digits.size() <= 18 && !digits.isEmpty();
        for (char c : digits)
            ok = ok && c >= '0' && c <= '9';
        return ok ? digits.toLongLong() : -1;
    }
    return std::nullopt;
}

class GsaslMechanism final : public SaslMechanism {
public:
    GsaslMechanism(QByteArray name, Gsasl_session *session, qint64 maxScramIterations)
        : m_name(std::move(name)), m_session(session), m_maxScramIterations(maxScramIterations) {}
    ~GsaslMechanism() override { gsasl_finish(m_session); }

    QByteArray name() const override { return m_name; }
    bool clientFirst() const override
    {
        return m_name == "PLAIN" || m_name.startsWith("SCRAM-") || m_name == "GSSAPI" || m_name == "EXTERNAL"
               || m_name == "ANONYMOUS";
    }
    bool mutual() const override { return m_name.startsWith("SCRAM-") || m_name == "DIGEST-MD5"; }
    bool finished() const override { return m_finished; }
    bool costly() const override { return isScram(); }

    Step step(const QByteArray &challenge) override
    {
        Step result;
        if (m_finished) {
            // RFC 5034: a challenge after the exchange completed is answered with an empty line.
            result.status = Step::Status::Done;
            return result;
        }
        // GNU SASL runs PBKDF2 for as many rounds as the server names, with no way to stop it:
        // a count far above what any server needs is refused before it starts.
        const std::optional<qint64> iterations = isScram() ? scramIterations(challenge) : std::nullopt;
        if (iterations && (*iterations < 0 || *iterations > m_maxScramIterations)) {
            result.refused = true;
            result.error = *iterations < 0
                ? QCoreApplication::translate("Poplar::Pop3::SaslMechanism",
                                              "The server's SCRAM iteration count is not a number Poplar can accept.")
                : QCoreApplication::translate(
                      "Poplar::Pop3::SaslMechanism",
                      "The server asks for %1 SCRAM iterations, more than this account allows (%2). If you trust "
                      "the server, raise the account's SCRAM iteration limit: poplar-sync account set NAME "
                      "--scram-max-iterations N.")
                      .arg(*iterations)
                      .arg(m_maxScramIterations);
            return result;
        }
        char *output = nullptr;
        size_t outputLength = 0;
        const int rc = gsasl_step(m_session, challenge.constData(), size_t(challenge.size()), &output, &outputLength);
        if (rc == GSASL_OK || rc == GSASL_NEEDS_MORE) {
            result.response = QByteArray(output, qsizetype(outputLength));
            result.status = rc == GSASL_OK ? Step::Status::Done : Step::Status::Continue;
            m_finished = rc == GSASL_OK;
        } else {
            result.error = QString::fromUtf8(gsasl_strerror(rc));
        }
        gsasl_free(output);
        return result;
    }

private:
    bool isScram() const { return m_name.startsWith("SCRAM-"); }

    QByteArray m_name;
    Gsasl_session *m_session;
    qint64 m_maxScramIterations;
    bool m_finished = false;
};

/// XOAUTH2 (Google's) and OAUTHBEARER (RFC 7628): the token goes in the initial response;
/// a challenge afterwards is the server's JSON error, acknowledged so it can answer -ERR.
class BearerMechanism final : public SaslMechanism {
public:
    BearerMechanism(QByteArray name, SaslCredentials credentials)
        : m_name(std::move(name)), m_credentials(std::move(credentials)) {}

    QByteArray name() const override { return m_name; }
    bool clientFirst() const override { return true; }
    bool finished() const override { return m_sent; }

    Step step(const QByteArray &) override
    {
        Step result;
        result.status = Step::Status::Continue;
        if (m_sent) {
            // Error challenge: XOAUTH2 wants an empty response, OAUTHBEARER a lone ^A (RFC 7628 3.2.3).
            result.response = m_name == "OAUTHBEARER" ? QByteArray("\x01") : QByteArray();
            return result;
        }
        m_sent = true;
        if (m_name == "XOAUTH2") {
            result.response = "user=" + m_credentials.user + "\x01" "auth=Bearer " + m_credentials.secret + "\x01\x01";
        } else {
            QByteArray user = m_credentials.user;
            user.replace("=", "=3D").replace(",", "=2C");
            result.response = "n,a=" + user + ",\x01" "host=" + m_credentials.host + "\x01" "port="
                              + QByteArray::number(m_credentials.port) + "\x01" "auth=Bearer " + m_credentials.secret
                              + "\x01\x01";
        }
        return result;
    }

private:
    QByteArray m_name;
    SaslCredentials m_credentials;
    bool m_sent = false;
};

} // namespace

bool isSaslMechanismSupported(const QByteArray &name)
{
    if (isBearerMechanism(name))
        return true;
    Gsasl *ctx = gsaslContext();
    return ctx && gsasl_client_support_p(ctx, name.constData());
}

std::unique_ptr<SaslMechanism> createSaslMechanism(const QByteArray &name, const SaslCredentials &credentials,
                                                   QString *error)
{
    if (isBearerMechanism(name))
        return std::make_unique<BearerMechanism>(name, credentials);
    Gsasl *ctx = gsaslContext();
    Gsasl_session *session = nullptr;
    const int rc = ctx ? gsasl_client_start(ctx, name.constData(), &session) : GSASL_CRYPTO_ERROR;
    if (rc != GSASL_OK) {
        if (error)
            *error = QString::fromUtf8(ctx ? gsasl_strerror(rc) : "GNU SASL could not be initialised");
        return nullptr;
    }
    gsasl_property_set(session, GSASL_AUTHID, credentials.user.constData());
    gsasl_property_set(session, GSASL_PASSWORD, credentials.secret.constData());
    gsasl_property_set(session, GSASL_SERVICE, credentials.service.constData());
    gsasl_property_set(session, GSASL_HOSTNAME, credentials.host.constData());
    return std::make_unique<GsaslMechanism>(name, session, credentials.maxScramIterations);
}

} // namespace Poplar::Pop3
