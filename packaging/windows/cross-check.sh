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
    qt6-shadertools-dev </dev/null >"$cache/apt.log" 2>&1 ||
    { tail -n 30 "$cache/apt.log" >&2; die "apt-get install failed (log: $cache/apt.log)"; }
log "$(x86_64-w64-mingw32-g++-posix --version | head -n 1); $(wine --version)"

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
        (cd "$cache/src" && apt-get source -q "$spec" \
            >"$cache/src/$pkg.log" 2>&1) ||
            { tail -n 20 "$cache/src/$pkg.log" >&2; die "apt-get source $pkg failed"; }
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
    log "$name: built in $(($(date +%s) - started)) s"
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
    if [ ! -e "$build/qtbase/build.ninja" ]; then
        mkdir -p "$build/qtbase"
        cmake -S "$qtbase_src" -B "$build/qtbase" -G Ninja \
            -DCMAKE_TOOLCHAIN_FILE="$cache/mingw-w64-x86_64.cmake" \
            -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX="$qt" \
            -DQT_HOST_PATH=/usr -DQT_HOST_PATH_CMAKE_DIR=/usr/lib/x86_64-linux-gnu/cmake \
            -DQT_QMAKE_TARGET_MKSPEC=win32-g++ \
            -DQT_BUILD_EXAMPLES=OFF -DQT_BUILD_TESTS=OFF -DQT_BUILD_BENCHMARKS=OFF \
            -DQT_GENERATE_SBOM=OFF \
            -DFEATURE_dbus=OFF -DFEATURE_opengl=OFF -DFEATURE_vulkan=OFF \
            -DFEATURE_printsupport=OFF -DFEATURE_xml=OFF -DFEATURE_sql_odbc=OFF \
            -DFEATURE_sql_psql=OFF -DFEATURE_sql_mysql=OFF -DFEATURE_sql_ibase=OFF \
            -DFEATURE_sql_oci=OFF -DFEATURE_sql_db2=OFF -DFEATURE_sql_sqlite=ON \
            -DFEATURE_system_sqlite=ON -DFEATURE_direct2d=OFF -DFEATURE_openssl=OFF -DFEATURE_schannel=ON \
            -DFEATURE_system_zlib=OFF -DFEATURE_system_pcre2=OFF -DFEATURE_system_png=OFF \
            -DFEATURE_system_jpeg=OFF -DFEATURE_system_freetype=OFF \
            -DFEATURE_system_harfbuzz=OFF -DFEATURE_system_doubleconversion=OFF \
            >"$build/qtbase.configure.log" 2>&1 ||
            { tail -n 40 "$build/qtbase.configure.log" >&2; rm -f "$build/qtbase/build.ninja"; die "qtbase configure failed (log: $build/qtbase.configure.log)"; }
    fi
    ninja_with_progress qtbase "$build/qtbase"
    ninja -C "$build/qtbase" install >"$build/qtbase.install.log" 2>&1 || die "qtbase install failed"
    touch "$stamp"
    log "qtbase took $(($(date +%s) - qt_started)) s"
fi
