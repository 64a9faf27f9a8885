#!/usr/bin/env bash
# Builds Poplar and its whole test suite with AddressSanitizer and UndefinedBehaviorSanitizer
# (gcc) into build-asan, then runs every test through ctest. The first sanitizer report stops
# the process that hit it, so the test fails. Leaks are checked too; tests/fuzz/lsan.supp
# silences only one-time allocations inside system libraries, never Poplar code.
#
#   scripts/sanitizers.sh [extra ctest arguments, e.g. -R hostile]
#
# Set POPLAR_ASAN_BUILD_DIR to build elsewhere. Prints how long the sanitized suite took.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
build=${POPLAR_ASAN_BUILD_DIR:-build-asan}

scripts/install-deps.sh

flags="-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined"
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_C_FLAGS="$flags" -DCMAKE_CXX_FLAGS="$flags" \
    -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined" \
    -DCMAKE_SHARED_LINKER_FLAGS="-fsanitize=address,undefined"
cmake --build "$build" --parallel "$(nproc)"

export ASAN_OPTIONS="halt_on_error=1:abort_on_error=1:detect_leaks=1:detect_stack_use_after_return=1:check_initialization_order=1:strict_init_order=1"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
export LSAN_OPTIONS="suppressions=$root/tests/fuzz/lsan.supp:print_suppressions=0"
export QT_QPA_PLATFORM=offscreen

cd "$build"
start=$(date +%s)
status=0
# No test times anything (timings are tests/benchmarks'; its smoke run here judges no numbers).
ctest --output-on-failure --timeout 900 "$@" || status=$?
echo "Sanitized suite: $(( $(date +%s) - start )) s wall clock (exit status $status)"
exit $status
