#!/usr/bin/env bash
# Builds the DEB with CPack, checks its metadata and dependencies, unpacks it
# into a throw-away root, validates the installed desktop files, and starts
# the installed binary under X: the first paint with --demo, then a second
# launch that hands a file to the running first one and exits.
#   test_deb.sh <build dir> <app id> <version> <Qt version>
set -euo pipefail
build=$1 app_id=$2 version=$3 qt_version=${4:-6.4}
work=$(mktemp -d "${TMPDIR:-/tmp}/ks-deb.XXXXXX")
pids=()
cleanup() {
    local p
    for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
    rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

echo "== cpack -G DEB"
cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1 \
    || { cat "$work/cpack.log"; fail "cpack"; }
deb=$(ls "$work"/out/*.deb)
[ "$(basename "$deb")" = "klingstudio_${version}_$(dpkg --print-architecture).deb" ] \
    || fail "unexpected file name $(basename "$deb")"

echo "== dpkg-deb -I"
dpkg-deb -I "$deb"
[ "$(dpkg-deb -f "$deb" Package)" = klingstudio ] || fail "Package"
[ "$(dpkg-deb -f "$deb" Version)" = "$version" ] || fail "Version is not $version"
depends=$(dpkg-deb -f "$deb" Depends)
needs=(libqt6sql6-sqlite qt6-qpa-plugins libqt6multimedia6 libqt6widgets6
    libqt6multimediawidgets6 libqt6sql6 libqt6network6 libqt6keychain1 libc6 libstdc++6)
# Qt 6.4 plays through GStreamer; Qt 6.5+ through the FFmpeg backend that
# Debian's libqt6multimedia6 carries.
case "$qt_version" in
6.[0-4] | 6.[0-4].*) needs+=(gstreamer1.0-plugins-base gstreamer1.0-plugins-good gstreamer1.0-libav) ;;
esac
for need in "${needs[@]}"; do
    # Debian 13 renamed many libraries for 64-bit time_t (libqt6widgets6t64).
    tr ',|' '\n\n' <<<"$depends" | awk -v n="$need" '$1 == n || $1 == n "t64" { f = 1 } END { exit !f }' \
        || fail "Depends lacks $need: $depends"
done

echo "== contents"
dpkg-deb -c "$deb" | awk '{print $6}' | sort >"$work/contents"
for f in ./usr/bin/klingstudio ./usr/bin/klingstudio-cli \
    "./usr/share/applications/$app_id.desktop" "./usr/share/metainfo/$app_id.metainfo.xml" \
    "./usr/share/icons/hicolor/scalable/apps/$app_id.svg"; do
    grep -qx "$f" "$work/contents" || fail "package lacks $f"
done
for size in 16 24 32 48 64 128 256 512; do
    grep -qx "./usr/share/icons/hicolor/${size}x$size/apps/$app_id.png" "$work/contents" \
        || fail "package lacks the ${size}px icon"
done
if grep -Eq '^\./usr/(lib|share)/.*(tst_|/include/)' "$work/contents"; then
    fail "tests or headers leaked into the package"
fi

echo "== dpkg -x"
root="$work/root"
dpkg -x "$deb" "$root"
bin="$root/usr/bin/klingstudio"
file "$bin" | grep -q 'stripped' && ! file "$bin" | grep -q 'not stripped' || fail "binary not stripped"
if readelf -d "$bin" "$root/usr/bin/klingstudio-cli" | grep -E 'R(UN)?PATH' | grep -q "$build"; then
    fail "installed binaries still point into the build tree"
fi
# ldd's output is read whole first: `ldd | grep -q` under pipefail fails
# whenever grep stops reading before ldd has written everything (SIGPIPE),
# which Qt 6.8's longer dependency lists make likely.
bin_deps=$(ldd "$bin")
if grep -q 'not found' <<<"$bin_deps"; then echo "$bin_deps"; fail "unresolved libraries"; fi
# The multimedia plugin: where MediaBackendLoader looks (bin/../lib[/multiarch]/
# klingstudio), loadable, and the GUI binary itself free of Qt Multimedia.
plugin=$(find "$root/usr/lib" -name klingstudio-media.so -path '*/klingstudio/*' | head -n1)
[ -n "$plugin" ] || fail "package lacks the media plugin"
reldir=$({ strings "$bin"; strings -el "$bin"; } | grep -E '^\.\./lib(/[^/]+)?/klingstudio$' | head -n1)
[ -n "$reldir" ] && [ "$(realpath "$root/usr/bin/$reldir")" = "$(dirname "$(realpath "$plugin")")" ] \
    || fail "the GUI looks for its media plugin in '${reldir:-?}', not where it is installed"
plugin_deps=$(ldd "$plugin")
if grep -q 'not found' <<<"$plugin_deps"; then echo "$plugin_deps"; fail "plugin: unresolved libraries"; fi
grep -q libQt6Multimedia <<<"$plugin_deps" || fail "the plugin does not carry Qt Multimedia"
if grep -q libQt6Multimedia <<<"$bin_deps"; then fail "the GUI links Qt Multimedia at start"; fi
# No empty run-time search path entry (the loader reads one as the current
# folder), neither installed nor in the build tree.
for program in "$bin" "$plugin" "$build/app/klingstudio"; do
    runpath=$(readelf -d "$program" | sed -n 's/.*R\(UN\)\{0,1\}PATH.*\[\(.*\)\]/\2/p')
    [ -z "$runpath" ] && continue
    case ":$runpath:" in
    *::*) fail "$program searches the current folder for libraries (RUNPATH '$runpath')" ;;
    esac
done
desktop-file-validate "$root/usr/share/applications/$app_id.desktop" || fail "installed .desktop"
appstreamcli validate-tree --no-net "$root" || fail "appstreamcli validate-tree"

echo "== dependency check"
if [ "$(id -u)" -eq 0 ]; then
    dpkg --dry-run -i "$deb" || fail "dpkg --dry-run -i"
else
    # Same question without root: is every Depends alternative satisfied?
    IFS=',' read -ra clauses <<<"$depends"
    for clause in "${clauses[@]}"; do
        ok=0
        IFS='|' read -ra alts <<<"$clause"
        for alt in "${alts[@]}"; do
            read -r name op want <<<"$(tr -d '()' <<<"$alt")"
            dpkg-query -W -f='${Status}\n' "$name" 2>/dev/null | grep -q 'install ok installed' \
                || continue
            have=$(dpkg-query -W -f='${Version}\n' "$name" | head -n1)
            if [ -z "${op:-}" ] || dpkg --compare-versions "$have" "$op" "$want"; then
                ok=1
                break
            fi
        done
        [ $ok = 1 ] || fail "unsatisfied dependency:$clause"
    done
fi

echo "== installed binaries"
export XDG_RUNTIME_DIR="$work/runtime" KLINGSTUDIO_DATA_DIR="$work/data"
export KLINGSTUDIO_CONFIG_DIR="$work/config" HOME="$work/home"
mkdir -p "$XDG_RUNTIME_DIR" "$HOME" && chmod 700 "$XDG_RUNTIME_DIR"
[ "$("$root/usr/bin/klingstudio-cli" --version)" = "klingstudio-cli $version" ] || fail "CLI --version"
[ "$(QT_QPA_PLATFORM=offscreen "$bin" --version)" = "Kling Studio $version" ] || fail "GUI --version"

unset QT_QPA_PLATFORM EVOLINK_API_KEY KLINGSTUDIO_MULTI_INSTANCE
if [ -z "${DISPLAY:-}" ]; then
    for n in $(seq 140 180); do
        [ -e "/tmp/.X11-unix/X$n" ] || [ -e "/tmp/.X$n-lock" ] && continue
        Xvfb ":$n" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
        pids+=($!)
        for _ in $(seq 1 50); do [ -e "/tmp/.X11-unix/X$n" ] && break; sleep 0.1; done
        export DISPLAY=":$n"
        break
    done
fi
[ -n "${DISPLAY:-}" ] || fail "no X display"

echo "== first paint under X ($DISPLAY)"
out=$(timeout 60 "$bin" --demo --benchmark-startup 2>"$work/bench.err") \
    || { cat "$work/bench.err"; fail "klingstudio --demo --benchmark-startup"; }
echo "$out"
grep -Eq '^first paint after [0-9]+ ms$' <<<"$out" || fail "no first paint: $out"

echo "== single instance"
QT_LOGGING_RULES='klingstudio.ui.info=true' "$bin" --demo >"$work/first.out" 2>"$work/first.err" &
first=$!
pids+=("$first")
for _ in $(seq 1 100); do
    compgen -G "$XDG_RUNTIME_DIR/$app_id-*" >/dev/null && break
    sleep 0.1
done
compgen -G "$XDG_RUNTIME_DIR/$app_id-*" >/dev/null || { cat "$work/first.err"; fail "first instance is not listening"; }
cp "$(dirname "$0")/../../resources/samples/sample-16x9.mp4" "$work/clip.mp4" 2>/dev/null || : >"$work/clip.mp4"
(cd "$work" && timeout 20 "$bin" clip.mp4) || fail "second launch did not exit 0"
for _ in $(seq 1 100); do
    grep -q 'activation requested with 1 file(s)' "$work/first.err" && break
    sleep 0.1
done
grep -q 'activation requested with 1 file(s)' "$work/first.err" \
    || { cat "$work/first.err"; fail "first instance did not receive the file"; }
kill -0 "$first" || fail "first instance died"
kill "$first"
wait "$first" || true
echo "deb ok: $(basename "$deb"), $(du -h "$deb" | cut -f1)"
