#!/usr/bin/env bash
# Retakes the store and README screenshots from a build, in demo mode, on a
# private Xvfb: main-window.png (English) and main-window-zh_CN.png (Chinese),
# 1360x860 (the size the app opens with and metainfo announces).
#
#   packaging/screenshots/take.sh [BUILD_DIR]     (default ./build)
#
# The history holds three jobs made through klingstudio-cli against the
# demo simulator, so everything on screen is the real flow. Needs Xvfb,
# xdotool, ImageMagick and dbus (apt-get install xvfb xdotool imagemagick
# dbus). Look at both pictures before committing them.
set -euo pipefail

# One private session bus for the whole run, as a desktop session has (Qt's
# accessibility bridge looks for one).
if [ -z "${KS_SHOTS_IN_DBUS:-}" ] && command -v dbus-run-session >/dev/null; then
    export KS_SHOTS_IN_DBUS=1
    exec dbus-run-session -- bash "${BASH_SOURCE[0]}" "$@"
fi

src=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=$(cd "${1:-$src/build}" && pwd)
app="$build/app/klingstudio"
cli="$build/app/cli/klingstudio-cli"
for exe in "$app" "$cli"; do
    [ -x "$exe" ] || { echo "missing $exe: build the project first" >&2; exit 2; }
done
for tool in Xvfb xdotool import dbus-run-session; do
    command -v "$tool" >/dev/null || { echo "missing $tool (apt-get install xvfb xdotool imagemagick dbus)" >&2; exit 2; }
done

scratch=$(mktemp -d)
xvfb=
cleanup() {
    [ -n "$xvfb" ] && kill "$xvfb" 2>/dev/null
    rm -rf "$scratch"
}
trap cleanup EXIT

export KLINGSTUDIO_DATA_DIR="$scratch/data" KLINGSTUDIO_CONFIG_DIR="$scratch/config"
export XDG_RUNTIME_DIR="$scratch/runtime" LC_ALL=C.UTF-8
export QT_QPA_PLATFORM=xcb QT_LOGGING_RULES="*.debug=false;qt.*.warning=false"
mkdir -p "$KLINGSTUDIO_DATA_DIR" "$KLINGSTUDIO_CONFIG_DIR" "$XDG_RUNTIME_DIR" "$scratch/videos"
chmod 700 "$XDG_RUNTIME_DIR"
unset EVOLINK_API_KEY

# ---- three finished jobs, made as a user would from the command line ----------
echo "== making the demo jobs" >&2
make_job() {
    KLINGSTUDIO_SIM_TIME_SCALE=0.05 "$cli" generate --demo --out "$scratch/videos" "$@" \
        >/dev/null 2>>"$scratch/cli.log" || { cat "$scratch/cli.log" >&2; exit 1; }
}
make_job --prompt "Aerial shot over misty pine hills at sunrise, slow push in" --duration 5 --aspect 9:16
make_job --prompt "一只橘猫在窗台上打哈欠，午后阳光，浅景深" --duration 5 --quality 720p
make_job --prompt "A paper boat drifting down a rainy neon street at night, slow tracking shot" \
    --duration 8 --quality 1080p --sound on

# ---- a private X server ---------------------------------------------------------
for n in $(seq 190 230); do
    { [ -e "/tmp/.X11-unix/X$n" ] || [ -e "/tmp/.X$n-lock" ]; } && continue
    Xvfb ":$n" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
    xvfb=$!
    for _ in $(seq 1 50); do [ -e "/tmp/.X11-unix/X$n" ] && break; sleep 0.1; done
    export DISPLAY=":$n"
    break
done
[ -n "$xvfb" ] || { echo "no free X display" >&2; exit 1; }

# ---- one picture per language -------------------------------------------------------
shoot() { # language file
    printf '[General]\nlanguage=%s\n' "$1" >"$KLINGSTUDIO_CONFIG_DIR/klingstudio.ini"
    "$app" --demo --new-instance >/dev/null 2>&1 &
    local pid=$! wid
    wid=$(xdotool search --sync --onlyvisible --pid "$pid" --name "Kling Studio" | tail -n1)
    sleep 3 # backend, thumbnails
    # A prompt being written, and the boat (newest job) selected: it opens
    # in the player on its first frame.
    xdotool mousemove --window "$wid" 200 250 click 1
    xdotool type --delay 5 "A red fox trotting through fresh snow, low tracking shot"
    xdotool mousemove --window "$wid" 630 165 click 1
    sleep 2
    xdotool mousemove --window "$wid" 1355 855 # the pointer out of the picture
    import -window "$wid" "$src/packaging/screenshots/$2"
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    echo "wrote packaging/screenshots/$2 ($(identify -format '%wx%h' "$src/packaging/screenshots/$2"))" >&2
}
shoot en main-window.png
shoot zh_CN main-window-zh_CN.png
