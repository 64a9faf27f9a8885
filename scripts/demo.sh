#!/usr/bin/env bash
# Builds Poplar, starts a private Dovecot POP3 server holding the sample mail in
# tests/data/demo-mail (user demo, password demo), lists that mailbox with poplar-sync over
# implicit TLS and over STLS, then checks it and downloads three messages into a demo profile
# (.demo/profile), and opens the application on that profile when there is a display. The
# server stops when the script ends.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
build=${POPLAR_BUILD_DIR:-build}
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build "$build" --parallel "$(nproc)"

demo_dir=.demo
mkdir -p "$demo_dir"
state="$demo_dir/dovecot.state"
server_log="$demo_dir/poplar-dovecot.log"
rm -f "$state"

"$build/tests/testlib/poplar-dovecot" --user demo --password demo \
    --maildir-from tests/data/demo-mail --state-file "$state" >"$server_log" 2>&1 &
server_pid=$!

stop_server() {
    if kill -0 "$server_pid" 2>/dev/null; then
        kill -TERM "$server_pid"
        wait "$server_pid" 2>/dev/null || true
    fi
}
trap stop_server EXIT

# poplar-dovecot writes the state file once both ports answer.
for _ in $(seq 300); do
    [ -s "$state" ] && break
    if ! kill -0 "$server_pid" 2>/dev/null; then
        echo "demo: poplar-dovecot did not start:" >&2
        cat "$server_log" >&2
        exit 1
    fi
    sleep 0.1
done
if [ ! -s "$state" ]; then
    echo "demo: timed out waiting for poplar-dovecot" >&2
    cat "$server_log" >&2
    exit 1
fi

pop3='' pop3s='' ca=''
read -r line <"$state"
for field in $line; do
    case $field in
        pop3=*) pop3=${field#pop3=} ;;
        pop3s=*) pop3s=${field#pop3s=} ;;
        ca=*) ca=${field#ca=} ;;
    esac
done
for port in "$pop3" "$pop3s"; do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
        echo "demo: port $port does not accept connections" >&2
        exit 1
    fi
done
echo "Dovecot is serving user demo: POP3 (STLS) on port $pop3, POP3S on port $pop3s, CA $ca"

sync=("$build/app/poplar-sync" scan --host 127.0.0.1 --user demo --password-command 'echo demo' --ca-file "$ca")

echo
echo "== poplar-sync scan over implicit TLS (port $pop3s) =="
"${sync[@]}" --port "$pop3s" --security tls

echo
echo "== poplar-sync scan over STLS (port $pop3) =="
"${sync[@]}" --port "$pop3" --security starttls

# A fresh demo profile: the account, a check (headers only), then the download into the store.
profile="$demo_dir/profile"
rm -rf "$profile"
store=("$build/app/poplar-sync" --profile "$profile")
"${store[@]}" account add demo --host 127.0.0.1 --port "$pop3s" --security tls --user demo \
    --password-command 'echo demo' --ca-file "$ca"
echo
echo "== poplar-sync check demo =="
"${store[@]}" check demo
echo
# Three messages come down; the rest stay on the server with their headers and first lines,
# as after a check: the window shows both kinds.
uids=$("${store[@]}" list demo | awk -F'\t' '/Garden|Welcome|Backup/ {print $1}')
echo "== poplar-sync download demo (three of them) =="
# shellcheck disable=SC2086
"${store[@]}" download demo $uids
echo
echo "== poplar-sync list demo (UIDL, state, server, size, date, from, subject) =="
"${store[@]}" list demo

# With a display, the application itself opens on the demo profile; the server runs until its
# window is closed. POPLAR_DEMO_GUI=0 skips it.
if [ "${POPLAR_DEMO_GUI:-1}" != 0 ] && [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    echo
    echo "== poplar --profile $profile (close the window to stop the demo server) =="
    "$build/app/poplar" --profile "$profile"
else
    echo
    echo "No display: to see the window, run this under a desktop session or xvfb-run."
fi
