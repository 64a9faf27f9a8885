// poplar-delay-proxy: a TCP proxy on 127.0.0.1 that adds a round-trip time to every connection
// it forwards (half of it each way), for benchmarks on a kernel without netem.

#include "DelayProxy.h"

#include <cstdlib>
#include <cstring>
#include <string>

namespace {

volatile sig_atomic_t stopRequested = 0;

void onSignal(int)
{
    stopRequested = 1;
}

int usage()
{
    std::fprintf(stderr,
                 "usage: poplar-delay-proxy --target PORT [--rtt-ms MS] [--listen PORT] [--port-file FILE]\n"
                 "                          [--trace FILE]\n"
                 "Listens on 127.0.0.1 (port 0 unless --listen), prints \"port=N\", forwards each connection\n"
                 "to 127.0.0.1:PORT holding every chunk MS/2 milliseconds in each direction, until SIGTERM.\n"
                 "--trace appends \"conn monotonic-ns c|s bytes prefix\" per released chunk (o/x: open/close).\n");
    return 2;
}

bool writeFileAtomically(const std::string &path, const std::string &text)
{
    const std::string temp = path + ".tmp";
    FILE *file = std::fopen(temp.c_str(), "w");
    if (!file)
        return false;
    const bool written = std::fputs(text.c_str(), file) >= 0;
    if (std::fclose(file) != 0 || !written)
        return false;
    return std::rename(temp.c_str(), path.c_str()) == 0;
}

} // namespace

int main(int argc, char *argv[])
{
    Poplar::Bench::DelayProxy::Options options;
    std::string portFile;
    double rttMs = 0;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        const bool hasValue = i + 1 < argc;
        if (arg == "--target" && hasValue)
            options.targetPort = uint16_t(std::atoi(argv[++i]));
        else if (arg == "--rtt-ms" && hasValue)
            rttMs = std::atof(argv[++i]);
        else if (arg == "--listen" && hasValue)
            options.listenPort = uint16_t(std::atoi(argv[++i]));
        else if (arg == "--port-file" && hasValue)
            portFile = argv[++i];
        else if (arg == "--trace" && hasValue)
            options.tracePath = argv[++i];
        else
            return usage();
    }
    if (options.targetPort == 0 || rttMs < 0)
        return usage();
    options.oneWayDelayNs = int64_t(rttMs * 1e6 / 2);

    // SIGTERM and SIGINT stay blocked except inside ppoll(), so none is lost between checks.
    sigset_t blocked;
    sigemptyset(&blocked);
    sigaddset(&blocked, SIGTERM);
    sigaddset(&blocked, SIGINT);
    sigset_t waitMask;
    sigprocmask(SIG_BLOCK, &blocked, &waitMask);
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
    signal(SIGPIPE, SIG_IGN);

    Poplar::Bench::DelayProxy proxy(options);
    std::string error;
    if (!proxy.listen(&error)) {
        std::fprintf(stderr, "poplar-delay-proxy: %s\n", error.c_str());
        return 1;
    }
    const std::string line = "port=" + std::to_string(proxy.port()) + "\n";
    if (!portFile.empty() && !writeFileAtomically(portFile, line)) {
        std::fprintf(stderr, "poplar-delay-proxy: cannot write %s\n", portFile.c_str());
        return 1;
    }
    std::fputs(line.c_str(), stdout);
    std::fflush(stdout);
    return proxy.run(stopRequested, waitMask);
}
