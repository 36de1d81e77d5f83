#!/usr/bin/env bash
# Proves the self-contained Linux bundle carries its Qt: unpacks it in a
# fresh minimal Debian 13 system (packaging/debian13/run.sh --bare) that has
# the ordinary desktop libraries a Linux desktop has (X11/xcb, GL, fontconfig,
# FFmpeg, OpenSSL, GLib, D-Bus, PulseAudio/PipeWire clients) but no Qt
# package at all, and runs the bundled app's --self-test there under Xvfb.
#   bash tests/packaging/bundle_check.sh dist/klingstudio-<version>-linux-<arch>.tar.gz
# As root (debootstrap, chroot). Inside the system it runs itself with --inside.
set -euo pipefail

if [ "${1:-}" != --inside ]; then
    src=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
    tarball=$(realpath "$1")
    case "$tarball" in
    "$src"/dist/*) ;;
    *) echo "the bundle must be under $src/dist (shared with the test system)" >&2; exit 2 ;;
    esac
    exec bash "$src/packaging/debian13/run.sh" --bare \
        bash tests/packaging/bundle_check.sh --inside "dist/$(basename "$tarball")"
fi

tarball=$2
fail() { echo "FAIL: $*" >&2; exit 1; }

# Desktop libraries, none of them Qt: what the bundle expects of a system.
desktop=(
    xvfb xauth
    libgl1 libegl1 libopengl0 libfontconfig1 libfreetype6 fonts-dejavu-core
    libx11-6 libx11-xcb1 libxcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
    libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libxcb-xfixes0
    libxcb-sync1 libxcb-shm0 libxcb-render0 libxcb-util1 libxkbcommon0 libxkbcommon-x11-0 libsm6 libice6
    libdbus-1-3 libglib2.0-0t64 libssl3t64 libsecret-1-0 libgssapi-krb5-2 libbrotli1 libzstd1 libpng16-16t64
    libharfbuzz0b libjpeg62-turbo libwebp7 libwebpdemux2 libwebpmux3 libtiff6
    libavcodec61 libavformat61 libavutil59 libswresample5 libswscale8 libpulse0 libpipewire-0.3-0t64
    libva2 libva-drm2 libva-x11-2 libvdpau1 libdrm2 libxrandr2 libxext6 libxcb-xinput0 libproxy1v5 libmng1
)
echo "== installing desktop libraries (no Qt)"
DEBIAN_FRONTEND=noninteractive apt-get update -q >/dev/null
DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${desktop[@]}" \
    </dev/null >/tmp/apt.log 2>&1 || { tail -n 30 /tmp/apt.log; fail "apt-get install"; }

qt_packages=$(dpkg-query -W -f '${Package}\n' | grep -Ei '^(libqt|qt6|qt5|qml|pyqt)' || true)
[ -z "$qt_packages" ] || fail "the test system has Qt packages: $qt_packages"
if ls /usr/lib/*/libQt6Core.so* /usr/lib/*/qt6 >/dev/null 2>&1; then
    fail "the test system has Qt files"
fi
echo "== no Qt package installed"

work=$(mktemp -d)
tar -C "$work" -xzf "$tarball"
app=$(ls -d "$work"/klingstudio-*)
echo "== bundle: $(basename "$app") ($(du -sh "$app" | cut -f1)), $(find "$app" -type f | wc -l) files"
[ -x "$app/bin/klingstudio" ] || fail "no bin/klingstudio"
[ -x "$app/bin/klingstudio-cli" ] || fail "no bin/klingstudio-cli"
for f in qt.conf; do [ -e "$app/bin/$f" ] || fail "no bin/$f"; done
for p in platforms/libqxcb.so platforms/libqoffscreen.so sqldrivers/libqsqlite.so \
    tls/libqopensslbackend.so imageformats/libqwebp.so; do
    [ -e "$app/plugins/$p" ] || fail "bundle lacks plugins/$p"
done
ls "$app"/plugins/multimedia/*.so >/dev/null 2>&1 || fail "bundle lacks a multimedia backend"
ls "$app"/lib/klingstudio/klingstudio-media.so >/dev/null 2>&1 || fail "bundle lacks the media plugin"

# What the carried binaries still need from the system and do not find
# (informational; the self-test below is the verdict).
missing=$(find "$app" -type f \( -name '*.so*' -o -perm -u+x \) -exec sh -c \
    'head -c 4 "$1" | grep -q ELF && ldd "$1" 2>/dev/null | grep "not found" | sed "s|^|$1: |"' _ {} \; 2>/dev/null || true)
if [ -n "$missing" ]; then
    echo "== libraries not found (plugins that need them are skipped at run time):"
    echo "$missing" | sed "s|$app/||" | sort -u
fi
missing_core=$(echo "$missing" | grep -E "bin/klingstudio|libQt6(Core|Gui|Widgets|Network|Sql|Multimedia)|klingstudio-media|libqxcb|libqsqlite|libffmpegmediaplugin" || true)
[ -z "$missing_core" ] || fail "the app itself misses libraries: $missing_core"

export HOME=$work/home XDG_RUNTIME_DIR=$work/run
mkdir -p "$HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
"$app/bin/klingstudio-cli" --version || fail "klingstudio-cli --version"
echo "== self-test under Xvfb"
out=$(xvfb-run -a -s "-screen 0 1280x800x24" "$app/bin/klingstudio" --self-test 2>&1) || {
    echo "$out"
    fail "klingstudio --self-test"
}
echo "$out"
echo "$out" | grep -q '^self-test: ok (' || fail "no 'self-test: ok' line"
echo "== bundle check passed"
