#!/usr/bin/env bash
# Windows, proven on Linux: cross-builds Kling Studio for x86_64 Windows with
# Debian's MinGW-w64 compilers against Qt 6.8 built here from Debian's own
# Qt sources, runs the test suite and the app's self-test under Wine, and
# makes a ZIP of the deployed program whose self-test must pass in a clean
# Wine prefix.
#
#   bash packaging/windows/cross-check.sh        (as root, Debian 12 or 13)
#
# Everything comes from Debian's archive: g++-mingw-w64-x86-64-posix, Wine,
# the native Qt 6.8 host tools (moc, rcc, uic, lrelease, qsb) and the
# sources of qt6-base, qt6-multimedia and qtkeychain (`apt-get source`). On
# Debian 12 (Qt 6.4, whose host tools cannot build Qt 6.8) the script runs
# itself in the Debian 13 system of packaging/debian13/run.sh.
#
# Cache: $KS_WINDOWS_CACHE, default /var/cache/klingstudio/windows. The
# Qt sources, Qt and QtKeychain for Windows (qt6.8-mingw/), their build
# folders and the Wine prefix live there and are reused: the first run builds
# Qt (hours on 2 cores; progress and the time it took are printed), later
# runs only the app. A Qt build cut short resumes where it stopped. Delete
# the folder to start from nothing.
#
# Output: dist/klingstudio-<version>-windows-x86_64.zip and the test log
# dist/windows-tests.log. The last lines are the test totals under Wine and
# "self-test: ok".
#
# Tests that cannot run under Wine for a reason outside the project are
# listed in packaging/windows/wine-skips.txt with that reason.
set -euo pipefail

src=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cache=${KS_WINDOWS_CACHE:-/var/cache/klingstudio/windows}
jobs=${KS_WINDOWS_JOBS:-$(nproc)}
t0=$(date +%s)

log() { echo "== windows [$(($(date +%s) - t0)) s]: $*"; }
die() { echo "cross-check: $*" >&2; exit 1; }

[ "$(id -u)" -eq 0 ] || die "must run as root (apt-get, and on Debian 12 chroot)"

# Qt 6.8's host tools are needed to build Qt 6.8 for Windows: Debian 13.
. /etc/os-release
if [ "${VERSION_CODENAME:-}" != trixie ]; then
    log "this is ${PRETTY_NAME:-not Debian 13}: running in the Debian 13 system (packaging/debian13/run.sh)"
    mkdir -p "$cache"
    KS_DEBIAN13_SHARE="$cache" KS_WINDOWS_CACHE="$cache" KS_WINDOWS_JOBS="$jobs" \
        exec bash "$src/packaging/debian13/run.sh" bash packaging/windows/cross-check.sh
fi

export DEBIAN_FRONTEND=noninteractive
mkdir -p "$cache"

# --- 1. Cross compiler, Wine, host Qt 6.8 tools, Debian source lines ------
log "installing the MinGW-w64 cross compiler, Wine and Qt 6.8's host tools from Debian"
if [ ! -e /etc/apt/sources.list.d/ks-sources.list ] &&
    ! grep -rqs '^deb-src .* trixie main' /etc/apt/sources.list /etc/apt/sources.list.d; then
    mirror=$(awk '/^deb / && / trixie / {print $2; exit}' /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null || true)
    echo "deb-src ${mirror:-http://deb.debian.org/debian} trixie main" >/etc/apt/sources.list.d/ks-sources.list
fi
apt-get update -q >/dev/null
apt-get install -y -q --no-install-recommends \
    g++-mingw-w64-x86-64-posix binutils-mingw-w64-x86-64 wine wine64 xvfb xauth \
    cmake ninja-build dpkg-dev perl python3 tcl zip unzip file \
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools \
    qt6-shadertools-dev libeigen3-dev make </dev/null >"$cache/apt.log" 2>&1 ||
    { tail -n 30 "$cache/apt.log" >&2; die "apt-get install failed (log: $cache/apt.log)"; }
log "$(x86_64-w64-mingw32-g++-posix --version | head -n 1); $(wine --version 2>/dev/null)"

qt_version=$(dpkg-query -W -f='${Version}' qt6-base-dev)
qt=$cache/qt6.8-mingw
build=$cache/build
mkdir -p "$build" "$cache/src"
cp "$src/packaging/windows/mingw-w64-x86_64.cmake" "$cache/mingw-w64-x86_64.cmake"
export KS_WINDOWS_PREFIX=$qt

# fetch_source PACKAGE [VERSION]: Debian's source package, unpacked with its
# patches, into $cache/src; prints the folder.
fetch_source() {
    local pkg=$1 spec=$1 dir
    [ -z "${2:-}" ] || spec="$1=$2"
    dir=$(find "$cache/src" -mindepth 1 -maxdepth 1 -type d -name "${pkg}-*" | head -n 1)
    if [ -z "$dir" ]; then
        if ! (cd "$cache/src" && apt-get source -q "$spec" >"$cache/src/$pkg.log" 2>&1); then
            # A mirror that has the upstream tarball but lost the Debian
            # part (seen here for qtkeychain: .dsc 404): the upstream source.
            local orig
            orig=$(find "$cache/src" -maxdepth 1 -name "${pkg}_*.orig.tar.*" | head -n 1)
            [ -n "$orig" ] || { tail -n 20 "$cache/src/$pkg.log" >&2; die "apt-get source $pkg failed"; }
            log "apt-get source $pkg: Debian's part is missing on the mirror; using $(basename "$orig") as it is" >&2
            mkdir -p "$cache/src/$pkg-orig"
            tar -xf "$orig" -C "$cache/src/$pkg-orig" --strip-components=1
        fi
        dir=$(find "$cache/src" -mindepth 1 -maxdepth 1 -type d -name "${pkg}-*" | head -n 1)
    fi
    [ -n "$dir" ] || die "no source folder for $pkg in $cache/src"
    echo "$dir"
}

# ninja_with_progress NAME BUILD-DIR: builds, printing progress once a minute.
ninja_with_progress() {
    local name=$1 dir=$2 started=$(date +%s) rc
    set +e
    nice -n 5 ninja -C "$dir" -j "$jobs" >"$dir/ninja.log" 2>&1 &
    local pid=$!
    while kill -0 "$pid" 2>/dev/null; do
        sleep 60 &
        wait $! 2>/dev/null
        kill -0 "$pid" 2>/dev/null || break
        log "$name: $(grep -o '^\[[0-9]*/[0-9]*\]' "$dir/ninja.log" | tail -n 1) after $(($(date +%s) - started)) s"
    done
    wait "$pid"
    rc=$?
    set -e
    if [ "$rc" -ne 0 ]; then
        grep -E -A 12 'FAILED|error:' "$dir/ninja.log" | head -n 60 >&2
        die "$name failed (log: $dir/ninja.log)"
    fi
    # Runs cut short add up: $dir.seconds keeps the build time of all runs.
    local total=$(($(cat "$dir.seconds" 2>/dev/null || echo 0) + $(date +%s) - started))
    echo "$total" >"$dir.seconds"
    log "$name: built in $(($(date +%s) - started)) s ($total s over all runs, $jobs jobs)"
}

# --- 2. SQLite for Windows, from Debian's sqlite3 source -------------------
# Debian's Qt source leaves out Qt's copy of SQLite (the +dfsg), so Qt's
# SQLite driver uses this one: the amalgamation made from Debian's sqlite3
# source (which needs tclsh), compiled with the options Qt's copy uses.
if [ ! -e "$qt/lib/libsqlite3.a" ]; then
    sqlite_src=$(fetch_source sqlite3)
    log "building SQLite for Windows from $sqlite_src"
    rm -rf "$build/sqlite" && mkdir -p "$build/sqlite"
    (cd "$build/sqlite" && "$sqlite_src/configure" --disable-tcl >configure.log 2>&1 &&
        make sqlite3.c >make.log 2>&1) ||
        { tail -n 20 "$build/sqlite/make.log" "$build/sqlite/configure.log" >&2 || true; die "making the SQLite amalgamation failed"; }
    x86_64-w64-mingw32-gcc-posix -O2 -DNDEBUG -DSQLITE_ENABLE_COLUMN_METADATA -DSQLITE_ENABLE_FTS3 \
        -DSQLITE_ENABLE_FTS3_PARENTHESIS -DSQLITE_ENABLE_FTS4 -DSQLITE_ENABLE_FTS5 \
        -DSQLITE_ENABLE_JSON1 -DSQLITE_ENABLE_MATH_FUNCTIONS -DSQLITE_ENABLE_RTREE \
        -DSQLITE_OMIT_COMPLETE -c "$build/sqlite/sqlite3.c" -o "$build/sqlite/sqlite3.o"
    mkdir -p "$qt/lib" "$qt/include"
    x86_64-w64-mingw32-gcc-ar-posix rcs "$qt/lib/libsqlite3.a" "$build/sqlite/sqlite3.o"
    cp "$build/sqlite/sqlite3.h" "$qt/include/"
fi

# --- 3. Qt 6.8 for Windows, from Debian's sources -------------------------
# Only what the app and its tests use: Core, Gui, Widgets, Network (Schannel
# TLS), Sql with SQLite, Test, and Multimedia with MultimediaWidgets (the
# Windows Media Foundation backend; FFmpeg for MinGW is not in Debian).
stamp=$qt/.ks-qtbase-$qt_version
if [ ! -e "$stamp" ]; then
    qtbase_src=$(fetch_source qt6-base "$qt_version")
    log "building qtbase $qt_version for x86_64-w64-mingw32 into $qt (from $qtbase_src)"
    qt_started=$(date +%s)
    # Debian's Qt source also leaves out Wintab's headers (pen tablets, in
    # the Windows platform plugin): Wine's, from Debian's libwine-dev, take
    # their place (only the two headers are unpacked, nothing installed).
    if [ ! -e "$qtbase_src/src/3rdparty/wintab/wintab.h" ]; then
        rm -rf "$build/libwine-dev" && mkdir -p "$build/libwine-dev"
        (cd "$build/libwine-dev" && apt-get download -q libwine-dev >download.log 2>&1 &&
            dpkg-deb -x libwine-dev_*.deb root) || die "apt-get download libwine-dev failed"
        mkdir -p "$qtbase_src/src/3rdparty/wintab"
        cp "$build/libwine-dev/root/usr/include/wine/wine/windows/wintab.h" \
            "$qtbase_src/src/3rdparty/wintab/wine-wintab.h"
        cp "$build/libwine-dev/root/usr/include/wine/wine/windows/pktdef.h" \
            "$qtbase_src/src/3rdparty/wintab/"
        cp "$src/packaging/windows/wintab-mingw.h" "$qtbase_src/src/3rdparty/wintab/wintab.h"
    fi
    # Configured on every run until installed: a changed option here takes
    # effect, and a build cut short goes on where it stopped.
    mkdir -p "$build/qtbase"
    cmake -S "$qtbase_src" -B "$build/qtbase" -G Ninja \
        -DCMAKE_TOOLCHAIN_FILE="$cache/mingw-w64-x86_64.cmake" \
        -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX="$qt" \
        -DQT_HOST_PATH=/usr -DQT_HOST_PATH_CMAKE_DIR=/usr/lib/x86_64-linux-gnu/cmake \
        -DQT_QMAKE_TARGET_MKSPEC=win32-g++ \
        -DQT_BUILD_EXAMPLES=OFF -DQT_BUILD_TESTS=OFF -DQT_BUILD_BENCHMARKS=OFF \
        -DQT_GENERATE_SBOM=OFF \
        -DFEATURE_dbus=OFF -DINPUT_opengl=no -DFEATURE_opengl=OFF -DFEATURE_vulkan=OFF \
        -DFEATURE_dynamicgl=OFF -DFEATURE_opengl_dynamic=OFF -DFEATURE_direct2d=ON \
        -DFEATURE_printsupport=OFF -DFEATURE_xml=OFF -DFEATURE_sql_odbc=OFF \
        -DFEATURE_sql_psql=OFF -DFEATURE_sql_mysql=OFF -DFEATURE_sql_ibase=OFF \
        -DFEATURE_sql_oci=OFF -DFEATURE_sql_db2=OFF -DFEATURE_sql_sqlite=ON \
        -DFEATURE_system_sqlite=ON -DFEATURE_openssl=OFF -DFEATURE_schannel=ON \
        -DFEATURE_system_zlib=OFF -DFEATURE_system_pcre2=OFF -DFEATURE_system_png=OFF \
        -DFEATURE_system_jpeg=OFF -DFEATURE_system_freetype=OFF \
        -DFEATURE_system_harfbuzz=OFF -DFEATURE_system_doubleconversion=OFF \
        >"$build/qtbase.configure.log" 2>&1 ||
        { tail -n 40 "$build/qtbase.configure.log" >&2; die "qtbase configure failed (log: $build/qtbase.configure.log)"; }
    ninja_with_progress qtbase "$build/qtbase"
    ninja -C "$build/qtbase" install >"$build/qtbase.install.log" 2>&1 || die "qtbase install failed"
    touch "$stamp"
    log "qtbase took $(($(date +%s) - qt_started)) s"
fi

# build_module NAME SOURCE-DIR CMAKE-ARGS...: a module or library built
# with the cross-built Qt's toolchain file, installed into $qt.
build_module() {
    local name=$1 dir=$2 started
    shift 2
    # The stamp names the source and the options: a changed option rebuilds.
    local stamp=$qt/.ks-$name-$(basename "$dir")-$(echo "$*" | md5sum | cut -c1-8)
    [ -e "$stamp" ] && return 0
    started=$(date +%s)
    log "building $name for x86_64-w64-mingw32 (from $dir)"
    mkdir -p "$build/$name"
    cmake -S "$dir" -B "$build/$name" -G Ninja \
        -DCMAKE_TOOLCHAIN_FILE="$qt/lib/cmake/Qt6/qt.toolchain.cmake" \
        -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX="$qt" "$@" \
        >"$build/$name.configure.log" 2>&1 ||
        { tail -n 40 "$build/$name.configure.log" >&2; die "$name configure failed (log: $build/$name.configure.log)"; }
    ninja_with_progress "$name" "$build/$name"
    ninja -C "$build/$name" install >"$build/$name.install.log" 2>&1 || die "$name install failed"
    touch "$stamp"
    log "$name took $(($(date +%s) - started)) s"
}

# --- 3b. FFmpeg for Windows, from Debian's ffmpeg source ------------------
# Qt Multimedia's default backend on Windows is FFmpeg, as in Qt's own
# Windows packages; Media Foundation is the fallback. Wine's Media
# Foundation cannot play a local MP4 for Qt (its file: scheme handler
# opens file:///C:/... as /C:/..., and past that it finds no H.264 decoder
# to Qt's video sink), so here FFmpeg is what plays. Debian has no FFmpeg
# for MinGW: it is built from Debian's source, decoders and demuxers for
# what Kling Studio plays only, no assembly (no nasm for MinGW needed), into
# the Qt prefix so its DLLs sit beside Qt's.
ffmpeg_src=$(fetch_source ffmpeg)
ffmpeg_opts="--enable-decoder=h264,hevc,aac,mp3float,opus --enable-demuxer=mov,mp3,aac,matroska \
--enable-parser=h264,hevc,aac,mpegaudio,opus --enable-protocol=file"
ffmpeg_stamp=$qt/.ks-ffmpeg-$(basename "$ffmpeg_src")-$(echo "$ffmpeg_opts" | md5sum | cut -c1-8)
if [ ! -e "$ffmpeg_stamp" ]; then
    started=$(date +%s)
    log "building FFmpeg for x86_64-w64-mingw32 (from $ffmpeg_src)"
    rm -rf "$build/ffmpeg" && mkdir -p "$build/ffmpeg"
    # shellcheck disable=SC2086 # $ffmpeg_opts is a list of options
    (cd "$build/ffmpeg" && "$ffmpeg_src/configure" --prefix="$qt" \
        --enable-cross-compile --arch=x86_64 --target-os=mingw32 \
        --cross-prefix=x86_64-w64-mingw32- --cc=x86_64-w64-mingw32-gcc-posix \
        --enable-shared --disable-static --disable-programs --disable-doc --disable-debug \
        --disable-network --disable-autodetect --disable-everything --disable-x86asm \
        --disable-avdevice --disable-avfilter $ffmpeg_opts >configure.log 2>&1) ||
        { tail -n 30 "$build/ffmpeg/configure.log" >&2; die "FFmpeg configure failed (log: $build/ffmpeg/configure.log)"; }
    log "FFmpeg: compiling"
    nice -n 5 make -C "$build/ffmpeg" -j "$jobs" >"$build/ffmpeg/make.log" 2>&1 ||
        { tail -n 30 "$build/ffmpeg/make.log" >&2; die "FFmpeg build failed (log: $build/ffmpeg/make.log)"; }
    make -C "$build/ffmpeg" install >"$build/ffmpeg/install.log" 2>&1 || die "FFmpeg install failed"
    touch "$ffmpeg_stamp"
    log "FFmpeg took $(($(date +%s) - started)) s"
fi

# --- 4. Qt Multimedia (FFmpeg and Windows Media Foundation backends) -------
# Its shaders are compiled at build time by qsb, Qt Shader Tools' host tool:
# Debian's Qt 6.8 package provides it (nothing of Shader Tools is linked).
# Debian's source builds its bundled Resonance Audio with Debian's Eigen
# headers (libeigen3-dev, /usr/include/eigen3: headers only, for any target).
# Its FFmpeg plugin spells two includes as only a case-insensitive file
# system finds them (D3d11.h, qtgui/...); spelled as the files are named.
multimedia_src=$(fetch_source qt6-multimedia)
{ grep -rlE '[<"](D3d11\.h|qtgui/qscreen_platform\.h)[>"]' "$multimedia_src/src" || true; } |
    xargs -r sed -i -e 's|\([<"]\)D3d11\.h|\1d3d11.h|' -e 's|qtgui/qscreen_platform\.h|QtGui/qscreen_platform.h|'
build_module qtmultimedia "$multimedia_src" \
    -DQt6ShaderTools_DIR=/usr/lib/x86_64-linux-gnu/cmake/Qt6ShaderTools \
    -DQT_BUILD_EXAMPLES=OFF -DQT_BUILD_TESTS=OFF -DQT_GENERATE_SBOM=OFF \
    -DFEATURE_ffmpeg=ON -DFFMPEG_DIR="$qt" -DFEATURE_gstreamer=OFF -DFEATURE_spatialaudio=OFF \
    -DFEATURE_spatialaudio_quick3d=OFF -DFEATURE_wmf=ON

# --- 4b. Qt Image Formats: WebP ------------------------------------------
# Inputs may be WebP (API.md); Qt reads it through this module's plugin,
# with Qt's copy of libwebp built in; the other formats are left out. Built
# when the mirror has the source (this one answers 404 for it): without it
# the Windows build reads no WebP, and the summary says so.
webp="no (qt6-imageformats source not on the mirror)"
if imageformats_src=$(fetch_source qt6-imageformats 2>/dev/null); then
    build_module qtimageformats "$imageformats_src" \
        -DQT_BUILD_EXAMPLES=OFF -DQT_BUILD_TESTS=OFF -DQT_GENERATE_SBOM=OFF \
        -DFEATURE_webp=ON -DFEATURE_system_webp=OFF -DFEATURE_tiff=OFF -DFEATURE_jasper=OFF \
        -DFEATURE_mng=OFF
    webp=yes
else
    log "Qt Image Formats: its source is not on the mirror; this build reads no WebP"
fi

# --- 5. QtKeychain (Windows Credential Manager) ---------------------------
# QtKeychain 0.15.0 passes MSVC's /utf-8 to every Windows compiler; MinGW's
# g++ reads it as a file name. Given to MSVC only, as later QtKeychains do.
keychain_src=$(fetch_source qtkeychain)
sed -i 's|^\( *\)add_definitions( /utf-8 -DUNICODE )|\1if(MSVC)\n\1    add_compile_options(/utf-8)\n\1endif()\n\1add_definitions(-DUNICODE)|' \
    "$keychain_src/qtkeychain/CMakeLists.txt"
build_module qtkeychain "$keychain_src" \
    -DBUILD_WITH_QT6=ON -DBUILD_SHARED_LIBS=ON -DBUILD_TRANSLATIONS=OFF \
    -DBUILD_TEST_APPLICATION=OFF -DUSE_CREDENTIAL_STORE=ON

# Qt's own translations (qtbase_zh_CN.qm: the standard dialogs' buttons in
# Chinese) are the same files for every platform: Debian's, same version.
if [ ! -e "$qt/translations/qtbase_zh_CN.qm" ]; then
    apt-get install -y -q --no-install-recommends qt6-translations-l10n </dev/null >>"$cache/apt.log" 2>&1 ||
        die "apt-get install qt6-translations-l10n failed"
    mkdir -p "$qt/translations"
    cp /usr/share/qt6/translations/qtbase_zh_CN.qm /usr/share/qt6/translations/qtmultimedia_zh_CN.qm \
        "$qt/translations/"
fi

# --- 6. Wine ----------------------------------------------------------------
# One prefix for the tests, made once; a wrapper CTest uses as the
# crosscompiling emulator. Qt's DLLs are found through WINEPATH (the build
# tree has no deployment); the MinGW runtime DLLs likewise.
wine64=/usr/lib/wine/wine64
[ -x "$wine64" ] || wine64=$(command -v wine64 || command -v wine)
gcc_runtime=$(dirname "$(x86_64-w64-mingw32-g++-posix -print-file-name=libstdc++-6.dll)")
pthread_runtime=$(dirname "$(x86_64-w64-mingw32-g++-posix -print-file-name=libwinpthread-1.dll)")
export WINEPREFIX=$cache/wineprefix WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
winpath() { echo "Z:${1//\//\\}"; }
cat >"$cache/wine-run" <<WRAPPER
#!/bin/sh
# CTest's CMAKE_CROSSCOMPILING_EMULATOR: runs a Windows program of the build
# tree under Wine (written by packaging/windows/cross-check.sh).
export WINEPREFIX="$WINEPREFIX" WINEDEBUG="\${WINEDEBUG:--all}" WINEDLLOVERRIDES="$WINEDLLOVERRIDES"
export WINEPATH="$(winpath "$qt/bin");$(winpath "$gcc_runtime");$(winpath "$pthread_runtime")"
case "\${1##*/}" in
tst_*.exe)
    # A test's log written to stdout does not come out of Wine (a test's own
    # printf does): it goes to a file, printed once the test has ended.
    log=\$(mktemp)
    "$wine64" "\$@" -o "\$log,txt"
    rc=\$?
    cat "\$log"
    rm -f "\$log"
    exit \$rc
    ;;
esac
exec "$wine64" "\$@"
WRAPPER
chmod 755 "$cache/wine-run"
# One X server for every Wine process of this run, there before the first:
# Wine's desktop belongs to the display its first program had, and a
# program started without one leaves the prefix unable to make windows.
wineserver=$(dirname "$wine64")/wineserver
[ -x "$wineserver" ] || wineserver=$(command -v wineserver)
"$wineserver" -k 2>/dev/null || true
displayfile=$(mktemp)
Xvfb -displayfd 3 -screen 0 1440x900x24 -nolisten tcp 3>"$displayfile" >/dev/null 2>&1 &
xvfb_pid=$!
for _ in $(seq 50); do [ -s "$displayfile" ] && break; sleep 0.1; done
[ -s "$displayfile" ] || die "Xvfb did not start"
export DISPLAY=":$(cat "$displayfile")"
rm -f "$displayfile"
trap '"$wineserver" -k 2>/dev/null || true; kill "$xvfb_pid" 2>/dev/null || true' EXIT
if [ ! -e "$WINEPREFIX/.ks-ready" ]; then
    log "making the Wine prefix $WINEPREFIX"
    rm -rf "$WINEPREFIX"
    "$wine64" wineboot --init >"$cache/wineboot.log" 2>&1 || true
    "$wineserver" -w || true
    [ -e "$WINEPREFIX/system.reg" ] || { tail -n 20 "$cache/wineboot.log" >&2; die "wineboot failed"; }
    touch "$WINEPREFIX/.ks-ready"
fi

# --- 7. Kling Studio and its tests, cross-built -----------------------------
app=$build/app
version=$(sed -n 's/^ *VERSION \([0-9.]*\)$/\1/p' "$src/CMakeLists.txt" | head -n 1)
log "building Kling Studio $version and its tests for Windows"
cmake -S "$src" -B "$app" -G Ninja \
    -DCMAKE_TOOLCHAIN_FILE="$qt/lib/cmake/Qt6/qt.toolchain.cmake" \
    -DCMAKE_BUILD_TYPE=Release -DKS_BUILD_TESTS=ON \
    -DCMAKE_CROSSCOMPILING_EMULATOR="$cache/wine-run" \
    -DCMAKE_INSTALL_PREFIX="$build/app-install" >"$build/app.configure.log" 2>&1 ||
    { tail -n 40 "$build/app.configure.log" >&2; die "configuring Kling Studio failed (log: $build/app.configure.log)"; }
ninja_with_progress "Kling Studio" "$app"
warnings=$(grep -c 'warning:' "$app/ninja.log" || true)
log "compiler warnings in this build: $warnings (log: $app/ninja.log)"

# --- 8. The tests under Wine ------------------------------------------------
# Each test runs through $cache/wine-run (CTest's emulator), offscreen where
# the test allows it (ks_add_test), the others on Wine's X11 driver in the
# Xvfb above.
# Left out: fuzzers and benchmarks (as on Linux), packaging checks of Linux
# packages, and what packaging/windows/wine-skips.txt lists with its reason.
mkdir -p "$src/dist"
skips=$(sed -e 's/#.*//' "$src/packaging/windows/wine-skips.txt" | awk 'NF {print $1}' | paste -sd'|' -)
exclude="fuzz|bench|^packaging_${skips:+|^(${skips})\$}"
testlog=$src/dist/windows-tests.log
log "running the tests under Wine ($("$wine64" --version)), log: dist/windows-tests.log"
"$wineserver" -p || true
# Wine's services start with the first program and inherit its output: that
# program is this one, not a test whose output pipe CTest would then wait on
# until its timeout.
"$wine64" wineboot >/dev/null 2>&1 </dev/null || true
set +e
ctest --test-dir "$app" -j1 -E "$exclude" --output-on-failure --timeout 600 >"$testlog" 2>&1
tests_rc=$?
set -e
grep -E '^ *[0-9]+/[0-9]+ Test' "$testlog" | sed 's/^/  /'
totals=$(grep -E 'tests passed, [0-9]+ tests failed out of' "$testlog" | tail -n 1)
skipped=$(sed -e 's/#.*//' "$src/packaging/windows/wine-skips.txt" | awk 'NF' | wc -l)

# --- 9. The app's self-test, from the build tree ----------------------------
log "klingstudio.exe --self-test (build tree)"
set +e
selftest=$("$cache/wine-run" "$app/klingstudio.exe" --self-test 2>&1)
selftest_rc=$?
set -e
echo "$selftest" | sed 's/^/  /'

# --- 10. The deployed ZIP, and its self-test in a clean Wine prefix ---------
log "installing and deploying into a ZIP"
rm -rf "$build/app-install" "$build/zip"
cmake --install "$app" >"$build/app.install.log" 2>&1 ||
    { tail -n 30 "$build/app.install.log" >&2; die "cmake --install failed (log: $build/app.install.log)"; }
zipname=klingstudio-$version-windows-x86_64
mkdir -p "$build/zip"
cp -a "$build/app-install" "$build/zip/$zipname"
rm -f "$src/dist/$zipname.zip"
(cd "$build/zip" && zip -q -r -9 "$src/dist/$zipname.zip" "$zipname")
log "dist/$zipname.zip: $(du -h "$src/dist/$zipname.zip" | cut -f1), $(unzip -l "$src/dist/$zipname.zip" | tail -n 1 | awk '{print $2}') files"

clean=$(mktemp -d)
unzip -q "$src/dist/$zipname.zip" -d "$clean/unpacked"
log "the ZIP's self-test in a clean Wine prefix (no WINEPATH: only what the ZIP carries)"
set +e
zip_selftest=$(env -u WINEPATH WINEPREFIX="$clean/prefix" WINEDEBUG=-all \
    "$wine64" "$clean/unpacked/$zipname/bin/klingstudio.exe" --self-test 2>&1)
zip_rc=$?
env WINEPREFIX="$clean/prefix" "$wineserver" -k 2>/dev/null || true
set -e
echo "$zip_selftest" | grep -v '^wine: ' | sed 's/^/  /'
rm -rf "$clean"

log "done in $(($(date +%s) - t0)) s"
echo "Windows x86_64 (MinGW-w64 $(x86_64-w64-mingw32-g++-posix -dumpversion), Qt ${qt_version%%+*}) under $("$wine64" --version):"
echo "  tests: ${totals:-no totals (see dist/windows-tests.log)}; $skipped left out under Wine (packaging/windows/wine-skips.txt)"
echo "  WebP images: $webp"
ok=1
if [ "$selftest_rc" -eq 0 ] && echo "$selftest" | grep -q '^self-test: ok'; then
    echo "  build tree: self-test: ok"
else
    echo "  build tree: self-test: FAILED (exit $selftest_rc)"
    ok=0
fi
if [ "$zip_rc" -eq 0 ] && echo "$zip_selftest" | grep -q '^self-test: ok'; then
    echo "  $zipname.zip in a clean prefix:"
    echo "self-test: ok"
else
    echo "  $zipname.zip in a clean prefix: self-test FAILED (exit $zip_rc)"
    ok=0
fi
[ "$tests_rc" -eq 0 ] && [ "$ok" -eq 1 ]
