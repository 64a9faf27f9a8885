#include "DelayProxy.h"

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstring>
#include <ctime>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace Poplar::Bench {

namespace {

constexpr size_t ReadSize = 256 * 1024;
constexpr int MaxReadsPerWake = 4;
constexpr size_t TracePrefix = 120;

void setNoDelay(int fd)
{
    const int one = 1;
    ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
}

bool setNonBlocking(int fd)
{
    const int flags = ::fcntl(fd, F_GETFL);
    return flags >= 0 && ::fcntl(fd, F_SETFL, flags | O_NONBLOCK) == 0;
}

sockaddr_in loopback(uint16_t port)
{
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    return address;
}

} // namespace

DelayProxy::DelayProxy(Options options) : m_options(std::move(options)), m_readBuffer(ReadSize) {}

DelayProxy::~DelayProxy()
{
    for (auto &c : m_connections)
        closeConnection(*c);
    if (m_listenFd >= 0)
        ::close(m_listenFd);
    if (m_trace)
        std::fclose(m_trace);
}

int64_t DelayProxy::nowNs()
{
    timespec ts{};
    ::clock_gettime(CLOCK_MONOTONIC, &ts);
    return int64_t(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

bool DelayProxy::listen(std::string *error)
{
    if (!m_options.tracePath.empty()) {
        m_trace = std::fopen(m_options.tracePath.c_str(), "a");
        if (!m_trace) {
            *error = "cannot open the trace file " + m_options.tracePath + ": " + std::strerror(errno);
            return false;
        }
    }
    m_listenFd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    const int one = 1;
    ::setsockopt(m_listenFd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    sockaddr_in address = loopback(m_options.listenPort);
    socklen_t length = sizeof address;
    if (m_listenFd < 0 || ::bind(m_listenFd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0
        || ::listen(m_listenFd, 64) != 0
        || ::getsockname(m_listenFd, reinterpret_cast<sockaddr *>(&address), &length) != 0) {
        *error = std::string("cannot listen on 127.0.0.1: ") + std::strerror(errno);
        return false;
    }
    m_port = ntohs(address.sin_port);
    return true;
}

void DelayProxy::acceptAll()
{
    for (;;) {
        const int client = ::accept4(m_listenFd, nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC);
        if (client < 0)
            return; // EAGAIN, or a connection that vanished before accept
        // The target is on loopback: a blocking connect completes at once.
        const int server = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        const sockaddr_in target = loopback(m_options.targetPort);
        if (server < 0 || ::connect(server, reinterpret_cast<const sockaddr *>(&target), sizeof target) != 0
            || !setNonBlocking(server)) {
            std::fprintf(stderr, "poplar-delay-proxy: cannot connect to port %u: %s\n", m_options.targetPort,
                         std::strerror(errno));
            if (server >= 0)
                ::close(server);
            ::close(client);
            continue;
        }
        setNoDelay(client);
        setNoDelay(server);
        auto c = std::make_unique<Connection>();
        c->id = m_nextId++;
        c->client = client;
        c->server = server;
        c->up.from = client;
        c->up.to = server;
        c->up.tag = 'c';
        c->down.from = server;
        c->down.to = client;
        c->down.tag = 's';
        if (m_trace)
            std::fprintf(m_trace, "%d %lld o 0\n", c->id, static_cast<long long>(nowNs()));
        m_connections.push_back(std::move(c));
    }
}

void DelayProxy::readFrom(Direction &d)
{
    // A few reads per wake-up at most: a fast sender must not keep the loop from releasing
    // chunks that have come due meanwhile.
    for (int reads = 0; reads < MaxReadsPerWake && !d.readEof && d.queuedBytes < m_options.maxQueuedBytes; ++reads) {
        const ssize_t n = ::read(d.from, m_readBuffer.data(), m_readBuffer.size());
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
            return;
        // The arrival time is taken per read, so each chunk is held for exactly the delay.
        Chunk chunk;
        chunk.due = nowNs() + m_options.oneWayDelayNs;
        if (n <= 0) {
            // A reset ends this direction like an end of stream: what was read before it is
            // still delivered, in time, and only then is the other side shut down.
            chunk.eof = true;
            d.readEof = true;
            d.queue.push_back(std::move(chunk));
            return;
        }
        chunk.data.assign(m_readBuffer.data(), m_readBuffer.data() + n);
        d.queuedBytes += size_t(n);
        d.queue.push_back(std::move(chunk));
        if (size_t(n) < m_readBuffer.size())
            return; // the socket is most likely drained; poll says when there is more
    }
}

void DelayProxy::flush(const Connection &c, Direction &d, int64_t now)
{
    if (d.writeShut) { // the receiver is gone: what it would have been sent goes nowhere
        d.queue.clear();
        d.queuedBytes = 0;
        return;
    }
    while (!d.writeBlocked && !d.queue.empty() && d.queue.front().due <= now) {
        Chunk &chunk = d.queue.front();
        if (chunk.eof) {
            ::shutdown(d.to, SHUT_WR);
            d.writeShut = true;
            d.queue.pop_front();
            continue;
        }
        if (chunk.offset == 0)
            trace(c, d, chunk, now);
        const ssize_t n = ::send(d.to, chunk.data.data() + chunk.offset, chunk.data.size() - chunk.offset,
                                 MSG_NOSIGNAL);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            if (errno == EAGAIN || errno == EWOULDBLOCK) {
                d.writeBlocked = true;
                return;
            }
            d.writeShut = true;
            d.queue.clear();
            d.queuedBytes = 0;
            return;
        }
        chunk.offset += size_t(n);
        if (chunk.offset == chunk.data.size()) {
            d.queuedBytes -= chunk.data.size();
            d.queue.pop_front();
        }
    }
}

void DelayProxy::trace(const Connection &c, const Direction &d, const Chunk &chunk, int64_t now)
{
    if (!m_trace)
        return;
    std::string text;
    const size_t shown = std::min(chunk.data.size(), TracePrefix);
    for (size_t i = 0; i < shown; ++i) {
        const unsigned char ch = static_cast<unsigned char>(chunk.data[i]);
        if (ch == '\r')
            text += "\\r";
        else if (ch == '\n')
            text += "\\n";
        else if (ch == '\\')
            text += "\\\\";
        else if (ch >= 0x20 && ch < 0x7f)
            text += char(ch);
        else {
            char hex[5];
            std::snprintf(hex, sizeof hex, "\\x%02x", ch);
            text += hex;
        }
    }
    std::fprintf(m_trace, "%d %lld %c %zu %s\n", c.id, static_cast<long long>(now), d.tag, chunk.data.size(),
                 text.c_str());
}

void DelayProxy::closeConnection(Connection &c)
{
    if (c.client >= 0)
        ::close(c.client);
    if (c.server >= 0)
        ::close(c.server);
    c.client = c.server = -1;
}

int DelayProxy::run(const volatile sig_atomic_t &stop, const sigset_t &waitMask)
{
    std::vector<pollfd> fds;
    while (!stop) {
        const int64_t now = nowNs();
        int64_t nextDue = INT64_MAX;
        for (auto it = m_connections.begin(); it != m_connections.end();) {
            Connection &c = **it;
            flush(c, c.up, now);
            flush(c, c.down, now);
            if (c.up.writeShut && c.down.writeShut) {
                if (m_trace)
                    std::fprintf(m_trace, "%d %lld x 0\n", c.id, static_cast<long long>(now));
                closeConnection(c);
                it = m_connections.erase(it);
                continue;
            }
            for (const Direction *d : {&c.up, &c.down}) {
                if (!d->writeBlocked && !d->queue.empty())
                    nextDue = std::min(nextDue, d->queue.front().due);
            }
            ++it;
        }
        if (m_trace)
            std::fflush(m_trace);

        fds.clear();
        fds.push_back({m_listenFd, POLLIN, 0});
        for (const auto &c : m_connections) {
            short clientEvents = 0;
            short serverEvents = 0;
            if (!c->up.readEof && c->up.queuedBytes < m_options.maxQueuedBytes)
                clientEvents |= POLLIN;
            if (!c->down.readEof && c->down.queuedBytes < m_options.maxQueuedBytes)
                serverEvents |= POLLIN;
            if (c->down.writeBlocked)
                clientEvents |= POLLOUT;
            if (c->up.writeBlocked)
                serverEvents |= POLLOUT;
            // A negative fd is skipped: a half-closed socket with nothing wanted would
            // otherwise report POLLHUP on every wait and spin.
            fds.push_back({clientEvents ? c->client : -1, clientEvents, 0});
            fds.push_back({serverEvents ? c->server : -1, serverEvents, 0});
        }
        timespec timeout{};
        timespec *timeoutPtr = nullptr;
        if (nextDue != INT64_MAX) {
            const int64_t wait = std::max<int64_t>(0, nextDue - nowNs());
            timeout.tv_sec = time_t(wait / 1000000000);
            timeout.tv_nsec = long(wait % 1000000000);
            timeoutPtr = &timeout;
        }
        const int ready = ::ppoll(fds.data(), fds.size(), timeoutPtr, &waitMask);
        if (ready < 0) {
            if (errno == EINTR)
                continue;
            std::fprintf(stderr, "poplar-delay-proxy: poll: %s\n", std::strerror(errno));
            return 1;
        }
        if (ready == 0)
            continue;
        // Connections accepted below have no pollfd yet: only the first ones are matched.
        const size_t polled = (fds.size() - 1) / 2;
        for (size_t i = 0; i < polled; ++i) {
            Connection &c = *m_connections[i];
            // An error or hang-up wakes whichever operation was waiting: the read or the
            // write then meets it and ends its direction.
            const short clientReady = fds[1 + 2 * i].revents;
            const short serverReady = fds[2 + 2 * i].revents;
            constexpr short Wake = POLLERR | POLLHUP | POLLNVAL;
            if (clientReady & (POLLOUT | Wake))
                c.down.writeBlocked = false;
            if (serverReady & (POLLOUT | Wake))
                c.up.writeBlocked = false;
            if (clientReady & (POLLIN | Wake))
                readFrom(c.up);
            if (serverReady & (POLLIN | Wake))
                readFrom(c.down);
        }
        if (fds[0].revents & POLLIN)
            acceptAll();
    }
    return 0;
}

} // namespace Poplar::Bench
