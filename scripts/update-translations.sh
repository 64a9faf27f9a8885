#!/usr/bin/env bash
# Refreshes translations/poplar_*.ts from the sources with lupdate: new texts appear as
# unfinished, texts gone from the sources are dropped (-no-obsolete). Translate the unfinished
# ones (Qt Linguist, or an editor) before committing: tests/i18n fails on any left unfinished.
# poplar_en.ts, English being the language of the sources, is refreshed with -pluralonly: it
# holds only the %n messages, each with its two English forms ("%n item" and "%n items").
# Usage: scripts/update-translations.sh [LANGUAGE...]   (default: every translations/poplar_*.ts)
# The build target update_translations (translations/CMakeLists.txt) does the same.
set -euo pipefail
cd "$(dirname "$0")/.."
lupdate=${LUPDATE:-}
if [ -z "$lupdate" ]; then
    for candidate in /usr/lib/qt6/bin/lupdate "$(command -v lupdate6 || true)" "$(command -v lupdate || true)"; do
        [ -n "$candidate" ] && [ -x "$candidate" ] && { lupdate=$candidate; break; }
    done
fi
[ -n "$lupdate" ] || { echo "lupdate not found (Debian: apt-get install qt6-l10n-tools)" >&2; exit 1; }

plurals_only=translations/poplar_en.ts
ts_files=()
plurals=()
if [ $# -gt 0 ]; then
    for language in "$@"; do ts_files+=("translations/poplar_$language.ts"); done
else
    ts_files=(translations/poplar_*.ts)
fi
for i in "${!ts_files[@]}"; do
    [ "${ts_files[$i]}" = "$plurals_only" ] && { plurals=("$plurals_only"); unset "ts_files[$i]"; }
done
# The same sources and options as tests/i18n/check_translations.py.
update() { "$lupdate" -silent -locations relative -no-obsolete -extensions cpp,h app core ui translations "$@"; }
[ ${#ts_files[@]} -eq 0 ] || update -ts "${ts_files[@]}"
[ ${#plurals[@]} -eq 0 ] || update -pluralonly -ts "${plurals[@]}"
