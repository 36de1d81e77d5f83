#!/usr/bin/env bash
# Kling Studio set-up for Debian 12 / Ubuntu 24.04: installs the Debian
# packages the build needs, builds, and then either starts the app or runs the
# whole test suite headless.
#
#   bash packaging/setup.sh run     install, build (Release), start the app
#   bash packaging/setup.sh test    install, build, run every test headless
#                                   (then the benchmarks once, quick, figures only)
#   bash packaging/setup.sh bench   install, build (Release), full benchmark table
#   bash packaging/setup.sh package install, build (Release), make the DEB and TGZ
#   bash packaging/setup.sh bundle  install, build (Release) and make a self-contained
#                                   Linux bundle that carries Qt: dist/klingstudio-<version>-linux-<arch>.tar.gz
#                                   (needs Qt >= 6.5; with an older Qt, as root, it is made in
#                                   a Debian 13 system: packaging/debian13/run.sh)
#   bash packaging/setup.sh deps    only install what building and testing need (CI)
#
# Runs as root (CI) or as a user with sudo. Needs nothing but Debian's archive.
set -euo pipefail

mode=${1:-run}
shift || true
src=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
jobs=$(nproc 2>/dev/null || echo 2)

packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-multimedia-dev qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools qtkeychain-qt6-dev
    libqt6sql6-sqlite qt6-translations-l10n qt6-qpa-plugins qt6-image-formats-plugins
    libgl-dev libfontconfig-dev
    gstreamer1.0-plugins-base gstreamer1.0-plugins-good gstreamer1.0-libav
    fonts-wqy-microhei
)
if [ "$mode" != run ]; then
    # Headless tests; dpkg-shlibdeps for the DEB's Depends; the validators
    # and tools the packaging tests use.
    packages+=(xvfb xauth dpkg-dev file desktop-file-utils appstream)
    # A private session bus for the desktop-notification test (tst_jobalerts).
    packages+=(dbus-daemon)
    # The benchmarks' peer and test media (tests/bench/run-benchmarks.sh).
    packages+=(curl ffmpeg imagemagick)
    # clang + compiler-rt (libFuzzer) of the release's default clang: the fuzz
    # targets of tests/fuzz (KS_FUZZ).
    packages+=(clang libclang-rt-dev)
fi
if [ "$mode" = bundle ]; then
    # Qt's generic deployer sets the carried libraries' run paths with it.
    packages+=(patchelf)
fi

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

install_packages() {
    local missing=()
    for p in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
    done
    if [ ${#missing[@]} -gt 0 ]; then
        echo "== installing: ${missing[*]}"
        as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}" </dev/null
    fi
}

build() {
    local dir=$1 type=$2
    # The test run also fuzzes the parsers for a bounded time when clang is there.
    local fuzz=OFF werror=OFF
    if [ "$mode" = test ] && command -v clang++ >/dev/null 2>&1; then fuzz=ON; fi
    # The test run treats the project's own warnings as errors (CMake 3.24+);
    # the compiler is the environment's CXX (g++ unless set, e.g. CXX=clang++).
    if [ "$mode" = test ]; then werror=ON; fi
    cmake -S "$src" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE="$type" -DKS_BUILD_TESTS=ON \
        -DKS_FUZZ="$fuzz" -DCMAKE_COMPILE_WARNING_AS_ERROR="$werror"
    cmake --build "$dir" -j "$jobs"
}

# A private X server for the tests that need a real video surface.
start_xvfb() {
    export XDG_RUNTIME_DIR
    XDG_RUNTIME_DIR=$(mktemp -d)
    chmod 700 "$XDG_RUNTIME_DIR"
    local n
    for n in $(seq 90 120); do
        [ -e "/tmp/.X11-unix/X$n" ] || [ -e "/tmp/.X$n-lock" ] && continue
        Xvfb ":$n" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
        xvfb_pid=$!
        for _ in $(seq 1 50); do
            [ -e "/tmp/.X11-unix/X$n" ] && break
            sleep 0.1
        done
        if kill -0 "$xvfb_pid" 2>/dev/null; then
            export DISPLAY=":$n"
            trap 'kill $xvfb_pid 2>/dev/null || true' EXIT
            return 0
        fi
    done
    echo "could not start Xvfb" >&2
    return 1
}

case "$mode" in
run)
    install_packages
    build "$src/build" Release
    exec "$src/build/app/klingstudio" "$@"
    ;;
test)
    install_packages
    build "$src/build-test" Release
    start_xvfb
    ctest --test-dir "$src/build-test" --output-on-failure -j "$jobs" --timeout 300 "$@"
    # Benchmarks once in quick mode so they cannot rot; figures only, never a failure.
    bash "$src/tests/bench/run-benchmarks.sh" --quick "$src/build-test" ||
        echo "== benchmarks (quick) could not run; see above" >&2
    ;;
bench)
    install_packages
    build "$src/build-bench" Release
    exec bash "$src/tests/bench/run-benchmarks.sh" "$@" "$src/build-bench"
    ;;
deps)
    install_packages
    ;;
bundle)
    install_packages
    qt_version=$(pkg-config --modversion Qt6Core)
    # The oldest of the two versions sorts first.
    if [ "$(printf '%s\n6.5\n' "$qt_version" | sort -V | head -n 1)" != 6.5 ]; then
        if [ "$(id -u)" -ne 0 ] || [ "${KS_IN_DEBIAN13:-0}" = 1 ]; then
            echo "The bundle needs Qt 6.5 or newer (Qt's deployment API on Linux); this system has Qt $qt_version." >&2
            echo "As root, this command builds it in a Debian 13 system instead (packaging/debian13/run.sh)." >&2
            exit 1
        fi
        echo "== Qt $qt_version here: building the bundle in a Debian 13 system (Qt 6.8)" >&2
        bash "$src/packaging/debian13/run.sh" env KS_IN_DEBIAN13=1 bash packaging/setup.sh bundle >&2
        ls -t "$src"/dist/klingstudio-*-linux-*.tar.gz | head -n 1
        exit 0
    fi
    dir="$src/build-bundle"
    cmake -S "$src" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=Release -DKS_BUILD_TESTS=OFF -DKS_BUNDLE=ON \
        -DCMAKE_INSTALL_PREFIX=/opt/klingstudio
    cmake --build "$dir" -j "$jobs"
    version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$dir/CMakeCache.txt")
    name="klingstudio-$version-linux-$(uname -m)"
    rm -rf "$dir/stage"
    cmake --install "$dir" --prefix "$dir/stage/$name" --strip
    mkdir -p "$src/dist"
    tar -C "$dir/stage" -czf "$src/dist/$name.tar.gz" "$name"
    ls -l "$src/dist/$name.tar.gz" >&2
    echo "$src/dist/$name.tar.gz"
    ;;
package)
    install_packages
    build "$src/build-release" Release
    (cd "$src/build-release" && cpack)
    ls -l "$src"/build-release/klingstudio[-_]*.{deb,tar.gz}
    ;;
*)
    echo "usage: $0 run|test|bench|package|bundle|deps" >&2
    exit 2
    ;;
esac
