#!/usr/bin/env bash
# Renders the committed PNG icons from their SVG sources in resources/icons: the application
# icon for every hicolor size, and the bundled fallback action and status icons at the sizes
# the widgets ask for. Needs rsvg-convert (apt: librsvg2-bin). Run after editing an SVG.
set -euo pipefail
cd "$(dirname "$0")/../resources/icons"
command -v rsvg-convert >/dev/null || { echo "rsvg-convert missing: apt-get install librsvg2-bin" >&2; exit 1; }

for size in 16 22 24 32 48 64 128 256; do
    mkdir -p "hicolor/${size}x${size}/apps"
    rsvg-convert -w "$size" -h "$size" org.poplar.Poplar.svg -o "hicolor/${size}x${size}/apps/org.poplar.Poplar.png"
done
for size in 16 24 32 48; do
    mkdir -p "$size"
    for svg in src/*.svg; do
        rsvg-convert -w "$size" -h "$size" "$svg" -o "$size/$(basename "$svg" .svg).png"
    done
done
