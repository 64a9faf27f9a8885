#pragma once

#include <csignal>
#include <cstdint>
#include <cstdio>
#include <deque>
#include <memory>
#include <string>
#include <vector>

namespace Poplar::Bench {

/// A TCP proxy on 127.0.0.1 that forwards every connection to a target port and holds each
/// chunk it reads for a fixed one-way delay before writing it on, in each direction: a link
/// with a round-trip time of twice that delay. Byte order is kept; every chunk carries its
/// arrival time and is released when due, so the proxy adds the configured delay and no more.
/// Plain C++ over non-blocking sockets and ppoll(): one thread, no Qt, no event loop.
///
/// What it does not model: the TCP handshake (a client's connect() completes at once, so a
/// connection starts one RTT earlier than on a real link), bandwidth limits and packet loss.
class DelayProxy {
public:
    /// How the proxy is set up.
    struct Options {
        uint16_t targetPort = 0;         ///< where 127.0.0.1 connections are forwarded
        int64_t oneWayDelayNs = 0;       ///< added to every chunk, in each direction
        uint16_t listenPort = 0;         ///< 0: the kernel picks a free port
        size_t maxQueuedBytes = 64 << 20; ///< per direction; reading pauses above it
        std::string tracePath;           ///< when set, one line per released chunk is appended here
    };

    explicit DelayProxy(Options options);
    ~DelayProxy();
    DelayProxy(const DelayProxy &) = delete;
    DelayProxy &operator=(const DelayProxy &) = delete;

    /// Binds and listens on 127.0.0.1; false (with `error` set) on failure.
    bool listen(std::string *error);
    /// The port it listens on, after listen().
    uint16_t port() const { return m_port; }
    /// Serves until `stop` becomes non-zero. `waitMask` is the signal mask used while waiting,
    /// so a signal blocked otherwise (SIGTERM, SIGINT) interrupts the wait without a race.
    /// Returns 0, or 1 after a fatal error (reported on stderr).
    int run(const volatile sig_atomic_t &stop, const sigset_t &waitMask);

    /// CLOCK_MONOTONIC in nanoseconds: the clock of the trace lines (Python's time.monotonic_ns).
    static int64_t nowNs();

private:
    struct Chunk {
        int64_t due = 0;        ///< CLOCK_MONOTONIC ns when it may be written
        std::vector<char> data; ///< empty with `eof`: the reader saw end of stream
        size_t offset = 0;      ///< bytes of `data` already written
        bool eof = false;
    };
    /// One direction of one connection: bytes read from `from`, queued, written to `to`.
    struct Direction {
        int from = -1;
        int to = -1;
        char tag = '?'; ///< 'c' client to server, 's' server to client (in the trace)
        std::deque<Chunk> queue;
        size_t queuedBytes = 0;
        bool readEof = false;
        bool writeShut = false;    ///< end of stream passed on, or the receiver is gone
        bool writeBlocked = false; ///< the last write hit EAGAIN: wait for POLLOUT
    };
    struct Connection {
        int id = 0;
        int client = -1;
        int server = -1;
        Direction up;   ///< client -> server
        Direction down; ///< server -> client
    };

    void acceptAll();
    void readFrom(Direction &d);
    void flush(const Connection &c, Direction &d, int64_t now);
    void trace(const Connection &c, const Direction &d, const Chunk &chunk, int64_t now);
    static void closeConnection(Connection &c);

    Options m_options;
    int m_listenFd = -1;
    uint16_t m_port = 0;
    int m_nextId = 1;
    std::vector<std::unique_ptr<Connection>> m_connections;
    std::vector<char> m_readBuffer;
    FILE *m_trace = nullptr;
};

} // namespace Poplar::Bench
