#pragma once

// What every harness shares: Qt set up once and quiet, and a broken promise that stops the run
// with its name (libFuzzer then keeps the input as a crash artifact).

#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>

namespace Poplar::Fuzz {

[[noreturn]] inline void violated(const char *what)
{
    std::fprintf(stderr, "%s: invariant violated: %s\n", qPrintable(QCoreApplication::applicationName()), what);
    std::abort();
}

/// For LLVMFuzzerInitialize: one QCoreApplication for the whole run, and Qt's own warnings
/// (which hostile input provokes by the thousand) silenced.
inline void initializeQt(int *argc, char ***argv)
{
    qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &) {});
    static QCoreApplication *app = new QCoreApplication(*argc, *argv);
    (void)app;
}

} // namespace Poplar::Fuzz
