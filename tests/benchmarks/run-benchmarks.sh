#!/usr/bin/env bash
# Poplar against mpop and against the limit, with latency: see README.md in this directory.
# Everything is in benchmark.py (Python 3, standard library only); this is its entry point.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
exec python3 "$here/benchmark.py" "$@"
