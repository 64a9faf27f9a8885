#!/usr/bin/env bash
# Runs the built test suite several times while two CPU-bound busy loops compete with it for the
# cores, and fails if any run fails: the suite must not depend on how busy the machine is.
# Usage: scripts/test-under-load.sh [BUILD_DIR] [RUNS]   (default: build, 3; build first with
# scripts/test.sh or cmake --build). Extra ctest arguments can be given in CTEST_ARGS.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-${POPLAR_BUILD_DIR:-build}}
runs=${2:-3}
[ -f "$build/CTestTestfile.cmake" ] || { echo "no built test suite in $build (run scripts/test.sh first)" >&2; exit 2; }
[[ "$runs" =~ ^[1-9][0-9]*$ ]] || { echo "RUNS must be a positive number, not '$runs'" >&2; exit 2; }

loops=()
stop_loops() {
    for pid in "${loops[@]}"; do
        kill "$pid" 2>/dev/null || true
    done
    for pid in "${loops[@]}"; do
        wait "$pid" 2>/dev/null || true
    done
    loops=()
}
trap stop_loops EXIT
trap 'exit 130' INT TERM
for _ in 1 2; do
    sh -c 'while :; do :; done' &
    loops+=("$!")
done
echo "busy loops running: ${loops[*]}"

failed=0
for run in $(seq 1 "$runs"); do
    echo "=== run $run of $runs under load (load average: $(cut -d' ' -f1-3 /proc/loadavg)) ==="
    start=$(date +%s)
    # The same flags as scripts/test.sh.
    # shellcheck disable=SC2086
    if (cd "$build" && ctest --output-on-failure --parallel "$(nproc)" --timeout 600 ${CTEST_ARGS:-}); then
        echo "=== run $run passed in $(( $(date +%s) - start )) s ==="
    else
        echo "=== run $run FAILED after $(( $(date +%s) - start )) s ==="
        failed=$((failed + 1))
    fi
done
stop_loops
if [ "$failed" -gt 0 ]; then
    echo "$failed of $runs runs failed under load" >&2
    exit 1
fi
echo "all $runs runs passed under load"
