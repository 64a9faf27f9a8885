#!/usr/bin/env bash
# Builds the libFuzzer harnesses of tests/fuzz with clang (AddressSanitizer and
# UndefinedBehaviorSanitizer over all of core) into build-fuzz, then runs every harness at the
# same time, one process each, for the given number of seconds (default 600).
#
#   scripts/fuzz.sh [seconds]
#
# Seeds come from tests/fuzz/corpus/<harness>/; what the fuzzer learns goes to
# build-fuzz/corpus/<harness>/, crashes to build-fuzz/artifacts/<harness>/. A crash fails the
# script: copy the artifact into tests/fuzz/regressions/<harness>/ so the regression runner
# (ctest -R fuzz) replays it from then on. To replay one input by hand:
#   build-fuzz/tests/fuzz/<harness> build-fuzz/artifacts/<harness>/crash-...
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-600}
build=${POPLAR_FUZZ_BUILD_DIR:-build-fuzz}
harnesses=(fuzz_session fuzz_headers fuzz_autoconfig fuzz_render)

scripts/install-deps.sh
for tool in clang-14 clang++-14; do
    command -v "$tool" >/dev/null || { echo "$tool is missing (apt-get install clang-14 libclang-rt-14-dev)" >&2; exit 1; }
done

flags="-fsanitize=address,undefined,fuzzer-no-link -fno-omit-frame-pointer -g -O1"
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=None \
    -DCMAKE_C_COMPILER=clang-14 -DCMAKE_CXX_COMPILER=clang++-14 \
    -DCMAKE_C_FLAGS="$flags" -DCMAKE_CXX_FLAGS="$flags" -DPOPLAR_FUZZ=ON >/dev/null
cmake --build "$build" --target "${harnesses[@]}"

export ASAN_OPTIONS="halt_on_error=1:abort_on_error=1:detect_leaks=1:symbolize=1"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
export LSAN_OPTIONS="suppressions=$PWD/tests/fuzz/lsan.supp:print_suppressions=0"
export QT_QPA_PLATFORM=offscreen

root=$PWD
build=$(cd "$build" && pwd)
pids=()
for h in "${harnesses[@]}"; do
    # -jobs=1 runs the fuzzer in one child process that logs to fuzz-0.log in the current
    # directory: each harness gets a directory of its own.
    mkdir -p "$build/corpus/$h" "$build/artifacts/$h" "$build/logs/$h"
    rm -f "$build/logs/$h/fuzz-0.log"
    (cd "$build/logs/$h" && exec "$build/tests/fuzz/$h" -max_total_time="$seconds" -timeout=20 -rss_limit_mb=2048 \
        -max_len=65536 -jobs=1 -workers=1 -print_final_stats=1 -artifact_prefix="$build/artifacts/$h/" \
        "$build/corpus/$h" "$root/tests/fuzz/corpus/$h" >"$build/logs/$h.log" 2>&1) &
    pids+=($!)
done
status=0
for i in "${!harnesses[@]}"; do
    wait "${pids[$i]}" || status=1
done

for h in "${harnesses[@]}"; do
    log="$build/logs/$h/fuzz-0.log"
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | tail -1 | grep -o '[0-9]*$' || true)
    took=$(grep -o 'Done [0-9]* runs in [0-9]* second' "$log" | tail -1 || true)
    crashes=$(find "$build/artifacts/$h" -type f | wc -l)
    echo "$h: ${runs:-?} executions (${took:-no summary}), ${crashes} crash artifact(s); log: $log"
    [ "$crashes" -eq 0 ] || status=1
done
exit $status
