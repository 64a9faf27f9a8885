#!/usr/bin/env bash
# Refreshes translations/poplar_*.ts from the sources with lupdate: new texts appear as
# unfinished, texts gone from the sources are dropped (-no-obsolete). Translate the unfinished
# ones (Qt Linguist, or an editor) before committing: tests/i18n fails on any left unfinished.
# Usage: scripts/update-translations.sh [LANGUAGE...]   (default: every translations/poplar_*.ts)
# The build target update_translations (qt_add_translations in translations/CMakeLists.txt) does the same.
set -euo pipefail
cd "$(dirname "$0")/.."
lupdate=${LUPDATE:-}
if [ -z "$lupdate" ]; then
    for candidate in /usr/lib/qt6/bin/lupdate "$(command -v lupdate6 || true)" "$(command -v lupdate || true)"; do
        [ -n "$candidate" ] && [ -x "$candidate" ] && { lupdate=$candidate; break; }
    done
fi
[ -n "$lupdate" ] || { echo "lupdate not found (Debian: apt-get install qt6-l10n-tools)" >&2; exit 1; }

ts_files=()
if [ $# -gt 0 ]; then
    for language in "$@"; do ts_files+=("translations/poplar_$language.ts"); done
else
    ts_files=(translations/poplar_*.ts)
fi
# The same sources and options as tests/i18n/check_translations.py.
"$lupdate" -silent -locations relative -no-obsolete -extensions cpp,h app core ui translations -ts "${ts_files[@]}"
