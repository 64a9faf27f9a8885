#pragma once

#include "ScriptedServer.h"
#include "pop3/Session.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

namespace Poplar::Test {

/// Runs the event loop until `done()` holds; false after `ms` without. Unlike QTest::qWaitFor
/// it never sleeps between rounds, so a server and a client in one thread talk at full speed.
template <typename Predicate>
bool spinUntil(Predicate done, int ms = 5000)
{
    QElapsedTimer elapsed;
    elapsed.start();
    QTimer wake; // bounds each wait for events, so the deadline is noticed
    wake.start(20);
    while (!done()) {
        if (elapsed.hasExpired(ms))
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
    return true;
}

/// Opens one more connection to the server on 127.0.0.1:`port` and waits until the server has
/// answered it (a greeting, or closing it). The server accepts connections in the order they
/// were made, so a count of its connections taken afterwards includes every connection the code
/// under test had started before: "no connection was made" is then checked without a fixed wait.
[[nodiscard]] inline bool connectBehind(quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), port);
    return spinUntil([&] { return socket.bytesAvailable() > 0 || socket.state() == QAbstractSocket::UnconnectedState; });
}

/// The password every hostile test logs in with: distinctive, so a grep finds it anywhere.
inline const QByteArray HostileSecret = "Hostile-Pw-7f3Kq!zX9";

/// A Session on a real socket (the default SslTransport factory) with the test's spies, for
/// the scripted servers of tests/hostile. Timeouts are short: nothing may hang.
class HostileClient {
public:
    HostileClient()
        : session(nullptr), ready(&session, &Pop3::Session::ready), failed(&session, &Pop3::Session::failed),
          closed(&session, &Pop3::Session::closed), replies(&session, &Pop3::Session::replyReceived)
    {
        QObject::connect(&session, &Pop3::Session::bodyChunk, &session,
                         [this](Pop3::CommandId id, const QByteArray &data) { bodies[id] += data; });
        QObject::connect(&session, &Pop3::Session::protocolTrace, &session,
                         [this](Pop3::Session::Direction, const QByteArray &line) { trace += line + '\n'; });
    }

    /// Settings for 127.0.0.1:`port` with 1 s timeouts, trusting `identity` when it is valid.
    static Pop3::SessionSettings settings(quint16 port, Pop3::Security security = Pop3::Security::Plain,
                                          Pop3::AuthMethod auth = Pop3::AuthMethod::User,
                                          const TlsIdentity &identity = TlsIdentity())
    {
        Pop3::SessionSettings s;
        s.host = QStringLiteral("127.0.0.1");
        s.port = port;
        s.security = security;
        s.auth = auth;
        s.user = "alice";
        s.connectTimeoutMs = 1000;
        s.replyTimeoutMs = 1000;
        s.keepaliveIntervalMs = 0;
        if (identity.isValid())
            s.tls.extraCaCertificates = {identity.certificate};
        return s;
    }

    /// Starts the session, with HostileSecret unless told otherwise.
    void open(const Pop3::SessionSettings &s, const QByteArray &secret = HostileSecret) { session.open(s, secret); }

    /// Waits until the session is ready, failed or closed; false after `ms` without any.
    [[nodiscard]] bool waitForOutcome(int ms = 5000)
    {
        return spinUntil([this] { return !ready.isEmpty() || !failed.isEmpty() || !closed.isEmpty(); }, ms);
    }
    /// Waits until the session failed or closed; false after `ms` without either.
    [[nodiscard]] bool waitForEnd(int ms = 5000)
    {
        return spinUntil([this] { return !failed.isEmpty() || !closed.isEmpty(); }, ms);
    }

    /// The one failure reported, or an Error of kind None.
    Pop3::Error error() const
    {
        return failed.isEmpty() ? Pop3::Error() : failed.first().first().value<Pop3::Error>();
    }
    /// The kind of that failure.
    Pop3::Error::Kind failure() const { return error().kind; }

    Pop3::Session session;
    QSignalSpy ready;
    QSignalSpy failed;
    QSignalSpy closed;
    QSignalSpy replies;
    QHash<Pop3::CommandId, QByteArray> bodies;
    QByteArray trace;
};

/// Scripts a greeting, CAPA and a USER/PASS login of alice with HostileSecret, with `capa` as
/// both CAPA replies.
inline void scriptLogin(ScriptedServer &server, const QByteArray &capa = "+OK\r\nUSER\r\nTOP\r\n.\r\n")
{
    server.send("+OK ready\r\n").expect("CAPA").send(capa);
    server.expect("USER alice").send("+OK\r\n").expect("PASS " + HostileSecret).send("+OK\r\n");
    server.expect("CAPA").send(capa);
}

/// The environment for running poplar-sync in a test: English messages, whatever the machine's
/// locale, so its stderr can be checked.
inline QProcessEnvironment englishEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("LANGUAGE"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    return env;
}

/// True when none of what a login sends (commands, the secret, its base64) is in `bytes`.
inline bool noCredentialsIn(const QByteArray &bytes)
{
    for (const QByteArray &needle : {QByteArray("USER "), QByteArray("PASS "), QByteArray("AUTH "),
                                     QByteArray("APOP "), QByteArray("RPOP "), HostileSecret, HostileSecret.toBase64()}) {
        if (bytes.contains(needle)) {
            qWarning("found \"%s\" in: %s", needle.constData(), bytes.left(400).toPercentEncoding(" ").constData());
            return false;
        }
    }
    return true;
}

/// A line of /proc/self/status in kilobytes, e.g. "VmRSS" or "VmHWM"; -1 when unreadable.
inline qint64 procStatusKb(const QByteArray &field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field + ':'))
            return line.mid(field.size() + 1).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

/// False in AddressSanitizer builds, whose quarantine keeps freed memory resident (up to 256 MB),
/// so the peak resident size says nothing about what the code under test holds.
constexpr bool residentSizeIsMeaningful()
{
#if defined(__SANITIZE_ADDRESS__)
    return false;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
    return false;
#else
    return true;
#endif
#else
    return true;
#endif
}

/// Resets the peak resident size (VmHWM) to the current one; false where the kernel cannot.
inline bool resetPeakRss()
{
    QFile refs(QStringLiteral("/proc/self/clear_refs"));
    return refs.open(QIODevice::WriteOnly) && refs.write("5") == 1;
}

} // namespace Poplar::Test
