#!/usr/bin/env bash
# Builds the Debian package (cpack -G DEB in a release build), inspects it with dpkg-deb,
# installs it with apt into a fresh Debian 12 root made by debootstrap (recommended packages
# left out, so Depends alone must be enough), starts /usr/bin/poplar from that root under
# Xvfb with a fresh HOME, checks that its window appears and takes a screenshot, opens an .eml
# through a second launch (another screenshot), and runs poplar-sync --version. Not part of ctest: it needs root,
# the Debian mirror and a few minutes.
#
#   scripts/package-test.sh            # build dir build-release, work dir /var/tmp/poplar-pkgtest
#   BUILD_DIR=build KEEP_ROOT=1 scripts/package-test.sh
#
# The debootstrap base is made once and kept in $WORK_DIR/base; every run copies it afresh.
set -euo pipefail

src=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD_DIR:-$src/build-release}
case "$build" in /*) ;; *) build=$src/$build ;; esac
work=${WORK_DIR:-/var/tmp/poplar-pkgtest}
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
out=$build/package-test
display=${PACKAGE_TEST_DISPLAY:-:87}

say() { printf '== %s\n' "$*"; }
fail() { printf 'FAIL: %s\n' "$*" >&2; exit 1; }
[ "$(id -u)" -eq 0 ] || fail "run as root (debootstrap, chroot and mounts need it)"

tools=(cmake ninja-build dpkg-dev debootstrap xvfb xauth xdotool x11-utils imagemagick)
missing=()
for p in "${tools[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

say "building the package in $build"
if [ ! -f "$build/CMakeCache.txt" ]; then
    cmake -S "$src" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DPOPLAR_BUILD_TESTS=OFF
fi
nice cmake --build "$build" -j2 --target poplar poplar-sync poplar_man_pages
rm -f "$build"/poplar_*.deb
(cd "$build" && cpack -G DEB >/dev/null)
deb=$(ls "$build"/poplar_*.deb)
mkdir -p "$out"

say "inspecting $(basename "$deb")"
dpkg-deb -I "$deb" | tee "$out/control.txt"
dpkg-deb -c "$deb" | awk '{print $NF}' | tee "$out/contents.txt" >/dev/null
for f in ./usr/bin/poplar ./usr/bin/poplar-sync \
         ./usr/share/applications/org.poplar.Poplar.desktop ./usr/share/metainfo/org.poplar.Poplar.metainfo.xml \
         ./usr/share/icons/hicolor/scalable/apps/org.poplar.Poplar.svg \
         ./usr/share/icons/hicolor/48x48/apps/org.poplar.Poplar.png \
         ./usr/share/icons/hicolor/256x256/apps/org.poplar.Poplar.png \
         ./usr/share/man/man1/poplar.1.gz ./usr/share/man/man1/poplar-sync.1.gz; do
    grep -qx "$f" "$out/contents.txt" || fail "$f is not in the package"
done
depends=$(dpkg-deb -f "$deb" Depends)
for d in libqt6widgets6 libqt6network6 libqt6sql6 libqt6sql6-sqlite qt6-qpa-plugins libgmime-3.0 libgsasl libqt6keychain; do
    grep -q "$d" <<<"$depends" || fail "Depends lacks $d: $depends"
done
! grep -qi dovecot <<<"$depends" || fail "dovecot must not be a dependency"
[ "$(dpkg-deb -f "$deb" Section)" = mail ] || fail "Section is not mail"

root=$work/root
cleanup() {
    set +e
    [ -n "${xvfb_pid:-}" ] && kill "$xvfb_pid" 2>/dev/null
    for m in tmp/.X11-unix dev/pts dev proc; do
        mountpoint -q "$root/$m" && umount -l "$root/$m"
    done
    [ -n "${KEEP_ROOT:-}" ] || rm -rf "$root"
}
trap cleanup EXIT

if [ ! -f "$work/base/.complete" ]; then
    say "debootstrap: a minimal Debian 12 in $work/base (once)"
    rm -rf "$work/base"
    mkdir -p "$work"
    debootstrap --variant=minbase bookworm "$work/base" "$mirror" >"$work/debootstrap.log" 2>&1 \
        || fail "debootstrap failed, see $work/debootstrap.log"
    touch "$work/base/.complete"
fi
say "a fresh root in $root"
rm -rf "$root"
cp -a "$work/base" "$root"
cp /etc/resolv.conf "$root/etc/resolv.conf"
printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d"
chmod +x "$root/usr/sbin/policy-rc.d"
mount -t proc proc "$root/proc"
mount --bind /dev "$root/dev"
mount --bind /dev/pts "$root/dev/pts"

say "apt-get install ./$(basename "$deb") (no recommends)"
cp "$deb" "$root/tmp/poplar.deb"
chroot "$root" apt-get update -qq
DEBIAN_FRONTEND=noninteractive chroot "$root" apt-get install -y -qq --no-install-recommends /tmp/poplar.deb \
    >"$out/apt-install.log" 2>&1 || { tail -20 "$out/apt-install.log"; fail "the package did not install"; }
chroot "$root" dpkg -s poplar | grep -q "Status: install ok installed" || fail "dpkg does not list poplar as installed"

say "poplar-sync --version"
chroot "$root" /usr/bin/poplar-sync --version | tee "$out/poplar-sync-version.txt"
grep -q "Poplar\|poplar" "$out/poplar-sync-version.txt" || fail "poplar-sync --version printed nothing useful"

say "starting /usr/bin/poplar under Xvfb $display"
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >"$out/xvfb.log" 2>&1 &
xvfb_pid=$!
for _ in $(seq 50); do [ -S "/tmp/.X11-unix/X${display#:}" ] && break; sleep 0.1; done
mkdir -p "$root/tmp/.X11-unix"
mount --bind /tmp/.X11-unix "$root/tmp/.X11-unix"
cp "$src/tests/data/demo-mail/02-meeting-utf8.eml" "$root/tmp/meeting.eml"
run_in_root() {
    chroot "$root" env -i PATH=/usr/bin:/bin DISPLAY="$display" HOME=/tmp/home XDG_RUNTIME_DIR=/tmp/run \
        LANG=C.UTF-8 QT_LOGGING_RULES="poplar.ui.debug=true" "$@"
}
chroot "$root" sh -c 'rm -rf /tmp/home /tmp/run && mkdir -p /tmp/home && mkdir -m 700 /tmp/run'
run_in_root /usr/bin/poplar >"$out/poplar.log" 2>&1 &
poplar_pid=$!
window=
for _ in $(seq 60); do
    window=$(DISPLAY=$display xdotool search --onlyvisible --name '^Poplar' 2>/dev/null | head -1 || true)
    [ -n "$window" ] && break
    kill -0 "$poplar_pid" 2>/dev/null || { cat "$out/poplar.log"; fail "poplar exited"; }
    sleep 0.5
done
[ -n "$window" ] || { cat "$out/poplar.log"; fail "no Poplar window appeared"; }
say "window $window: $(DISPLAY=$display xdotool getwindowname "$window")"
DISPLAY=$display xprop -id "$window" WM_CLASS | tee "$out/wm-class.txt"
grep -q '"poplar", "Poplar"' "$out/wm-class.txt" || fail "WM_CLASS does not match the desktop entry's StartupWMClass"
sleep 1
import -display "$display" -window root "$out/poplar-installed.png"

say "a second launch hands an .eml to the first"
run_in_root /usr/bin/poplar /tmp/meeting.eml >"$out/second-launch.log" 2>&1 \
    || { cat "$out/second-launch.log"; fail "the second launch failed"; }
viewer=
for _ in $(seq 20); do
    viewer=$(DISPLAY=$display xdotool search --onlyvisible --name 'Treffen am Donnerstag' 2>/dev/null | head -1 || true)
    [ -n "$viewer" ] && break
    sleep 0.5
done
[ -n "$viewer" ] || { cat "$out/poplar.log"; fail "the message window did not open"; }
sleep 1
import -display "$display" -window root "$out/poplar-message.png"
kill "$poplar_pid" 2>/dev/null || true
wait "$poplar_pid" 2>/dev/null || true
say "PASS: installed in a fresh Debian 12 root and started; screenshots $out/poplar-installed.png, poplar-message.png"
