#!/usr/bin/env bash
# Takes the README's screenshots: the demo mailbox in a fresh profile, Poplar in a real window
# under Xvfb, a click on a message, and a capture of the screen. Needs imagemagick and xdotool
# (and fonts-noto-cjk for the Japanese one). Run under a display, e.g. `xvfb-run -a scripts/screenshots.sh`.
# Usage: scripts/screenshots.sh [NAME...]   (default: every screenshot; names as in docs/screenshots)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${POPLAR_BUILD_DIR:-build}
out=docs/screenshots
work=$(mktemp -d)
trap 'kill "${server_pid:-}" 2>/dev/null || true; rm -rf "$work"' EXIT

"$build/tests/testlib/poplar-dovecot" --user demo --password demo --maildir-from tests/data/demo-mail \
    --state-file "$work/state" >"$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 300); do [ -s "$work/state" ] && break; sleep 0.1; done
read -r line <"$work/state"
for field in $line; do case $field in pop3s=*) pop3s=${field#pop3s=} ;; ca=*) ca=${field#ca=} ;; esac; done

sync=("$build/app/poplar-sync" --profile "$work/profile")
"${sync[@]}" account add Demo --host 127.0.0.1 --port "$pop3s" --security tls --user demo \
    --password-command 'echo demo' --ca-file "$ca"
"${sync[@]}" check Demo >/dev/null
uids=$("${sync[@]}" list Demo | awk -F'\t' '/Garden|Welcome|Backup/ {print $1}')
# shellcheck disable=SC2086
"${sync[@]}" download Demo $uids >/dev/null 2>&1

shoot() { # shoot NAME Y-OF-ROW-TO-CLICK [preview-below] [LOCALE]
    local name=$1 row_y=$2 below=${3:-true} locale=${4:-C.UTF-8}
    if [ ${#wanted[@]} -gt 0 ] && [[ " ${wanted[*]} " != *" $name "* ]]; then return; fi
    mkdir -p "$work/home/.config/Poplar"
    printf '[ui]\npreviewBelow=%s\n' "$below" >"$work/home/.config/Poplar/Poplar.conf"
    # The UI follows the system locale: LANGUAGE and LC_ALL choose the translation.
    HOME="$work/home" QT_QPA_PLATFORM=xcb LANGUAGE="${locale%%.*}" LC_ALL="$locale" \
        "$build/app/poplar" --profile "$work/profile" &
    local pid=$!
    sleep 3
    xdotool search --sync --name Poplar windowmove 0 0 windowsize 1100 680 >/dev/null 2>&1 || true
    sleep 1
    xdotool mousemove 420 "$row_y" click 1
    sleep 2
    import -window root -crop 1100x680+0+0 "$out/$name.png"
    kill "$pid"
    wait "$pid" 2>/dev/null || true
}
export -f shoot
wanted=("$@")
mkdir -p "$out"
shoot main-window 167
shoot preview-beside 221 false
shoot triage-spam 151 # the message the spam hints marked, its reasons above the preview
shoot main-window-de 167 true de_DE.UTF-8
shoot main-window-ja 183 true ja_JP.UTF-8 # CJK rows are taller: the same message
echo "screenshots written to $out"
