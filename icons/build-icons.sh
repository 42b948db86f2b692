#!/usr/bin/env bash
# Rebuilds every icon size from dossier.svg, the single source.
# Needs rsvg-convert (Debian: librsvg2-bin) and python3. The outputs are committed, so
# building Dossier itself never needs these tools.
set -euo pipefail
cd "$(dirname "$0")"
for size in 16 24 32 48 64 128 256 512 1024; do
  rsvg-convert -w "$size" -h "$size" dossier.svg -o "dossier-$size.png"
done
python3 pack_icons.py
rm -f dossier-24.png dossier-1024.png
cp dossier-256.png ../packaging/linux/dossier.png
cp dossier.ico ../packaging/windows/dossier.ico
cp dossier.icns ../packaging/macos/dossier.icns
