#!/usr/bin/env bash
# Regenerates the derived icon files from the master artwork, so every
# platform shows the same icon: klingstudio-512.png (rsvg-convert), the
# Windows klingstudio.ico (ImageMagick) and the macOS klingstudio.icns
# (packed by the Python helper below; no macOS tools needed).
# The hand-checked small PNGs (16-256) are inputs, never overwritten.
#
#   bash packaging/icons/make-icons.sh
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

rsvg-convert -w 512 -h 512 klingstudio.svg -o klingstudio-512.png
rsvg-convert -w 1024 -h 1024 klingstudio.svg -o /tmp/klingstudio-1024.$$.png

# Windows: 16..256 in one .ico (256 is stored as PNG by ImageMagick).
convert klingstudio-16.png klingstudio-24.png klingstudio-32.png klingstudio-48.png \
    klingstudio-64.png klingstudio-128.png klingstudio-256.png klingstudio.ico

# macOS: an .icns is a big-endian list of (type, length, PNG data) records.
python3 - "/tmp/klingstudio-1024.$$.png" <<'PY'
import struct, sys
big = sys.argv[1]
records = [
    (b"icp4", "klingstudio-16.png"), (b"icp5", "klingstudio-32.png"),
    (b"icp6", "klingstudio-64.png"), (b"ic07", "klingstudio-128.png"),
    (b"ic08", "klingstudio-256.png"), (b"ic09", "klingstudio-512.png"),
    (b"ic10", big),  # 512@2x
    (b"ic11", "klingstudio-32.png"),  # 16@2x
    (b"ic12", "klingstudio-64.png"),  # 32@2x
    (b"ic13", "klingstudio-256.png"),  # 128@2x
    (b"ic14", "klingstudio-512.png"),  # 256@2x
]
body = b""
for kind, path in records:
    data = open(path, "rb").read()
    body += kind + struct.pack(">I", len(data) + 8) + data
open("klingstudio.icns", "wb").write(b"icns" + struct.pack(">I", len(body) + 8) + body)
PY
rm -f "/tmp/klingstudio-1024.$$.png"
