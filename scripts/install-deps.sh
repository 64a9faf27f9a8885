#!/usr/bin/env bash
# Installs what Poplar needs to build, test and run its demo on Debian 12, and creates the
# unprivileged system user that test and demo Dovecot instances deliver mail as.
set -euo pipefail

packages=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libgl-dev libgsasl-dev libgmime-3.0-dev qtkeychain-qt6-dev libssl-dev libsqlite3-dev
    qt6-networkauth-dev
    dovecot-pop3d openssl
    # a second POP3 server for the tests (tests/testlib/MailutilsServer): GNU Mailutils' pop3d
    mailutils-pop3d
    mpop
    xvfb xauth
    # translations: lupdate for tests/i18n, Qt's own translations, CJK fonts for the screenshots
    python3 qt6-translations-l10n fonts-noto-cjk
    # a real Secret Service for the keychain tests (tst_keychain, tst_wizard -keychain)
    dbus-daemon gnome-keyring
    # validators for the desktop entry and AppStream metadata (tst_desktop_entry, tst_metainfo)
    desktop-file-utils appstream
    # cpack -G DEB: dpkg-shlibdeps computes the package's dependencies
    dpkg-dev
    # the trainable spam classifier behind triage (tst_classifier trains a private wordlist)
    bogofilter
)

sudo_cmd=()
[ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing: ${missing[*]}"
    "${sudo_cmd[@]}" apt-get update -qq
    # policy-rc.d keeps the packaged Dovecot and Mailutils services from starting: tests start their own.
    DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
    # Mailutils' packaged pop3d would serve port 110 system-wide; the tests only need the program.
    if [[ " ${missing[*]} " == *" mailutils-pop3d "* ]] && command -v systemctl >/dev/null 2>&1; then
        "${sudo_cmd[@]}" systemctl disable --now mailutils-pop3d.service >/dev/null 2>&1 || true
    fi
fi

# Dovecot refuses to serve mail as root; test and demo maildirs belong to this user.
if ! id poplar-mail >/dev/null 2>&1; then
    "${sudo_cmd[@]}" useradd --system --no-create-home --shell /usr/sbin/nologin poplar-mail
fi
