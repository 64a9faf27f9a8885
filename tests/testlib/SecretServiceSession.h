#pragma once

namespace Poplar::Test {

/// For tests that need a real keychain: re-runs the calling test executable inside a private
/// D-Bus session (dbus-run-session) with an unlocked gnome-keyring-daemon and a private HOME,
/// so it never touches the keyring of whoever runs it. Returns -1 when already inside such a
/// session (marked by the environment variable `marker`): the caller then runs its tests.
/// Otherwise returns the child's exit code (1 when the tools are missing).
int runUnderSecretService(int argc, char **argv, const char *marker);

} // namespace Poplar::Test
