#!/usr/bin/env bash
# Runs `--self-test` of the packaged app as a user gets it: the TGZ (Linux),
# the ZIP (Windows) or the DMG (macOS) that cpack left in build/packages,
# unpacked or mounted in a temporary folder. On Windows and macOS the Qt of
# the build machine is taken out of the way (PATH, QT_PLUGIN_PATH), so the
# package must carry every library and plugin it loads; on Linux the package
# uses the system's Qt, as its DEB dependencies declare.
#
#   usage: bash .github/scripts/self-test-package.sh [packages-dir]
#          (Linux CI runs it under xvfb-run, like the tests)
set -euo pipefail

packages=${1:-build/packages}
tmp_root=${RUNNER_TEMP:-/tmp}
if command -v cygpath >/dev/null 2>&1; then
    tmp_root=$(cygpath -u "$tmp_root")
fi
work=$(mktemp -d "$tmp_root/ks-package.XXXXXX")

# The single file in $packages matching the pattern $1.
one_package() {
    local files
    shopt -s nullglob
    # shellcheck disable=SC2206 # the pattern is meant to glob
    files=("$packages"/$1)
    shopt -u nullglob
    if [ ${#files[@]} -ne 1 ]; then
        echo "self-test-package: expected one $1 in $packages, found ${#files[@]}" >&2
        exit 1
    fi
    printf '%s\n' "${files[0]}"
}

# PATH without the entries that start with any of the arguments.
path_without() {
    local entry prefix keep kept=() parts
    IFS=: read -ra parts <<<"$PATH"
    for entry in "${parts[@]}"; do
        keep=1
        for prefix in "$@"; do
            case "$entry" in "$prefix"*) keep=0 ;; esac
        done
        if [ "$keep" = 1 ]; then kept+=("$entry"); fi
    done
    (IFS=:; printf '%s\n' "${kept[*]}")
}

case "$(uname -s)" in
Linux)
    pkg=$(one_package '*.tar.gz')
    tar -xzf "$pkg" -C "$work"
    app=$(printf '%s\n' "$work"/*/bin/klingstudio)
    ;;
MINGW* | MSYS* | CYGWIN*)
    pkg=$(one_package '*.zip')
    zip=$(cygpath -am "$pkg")
    (cd "$work" && cmake -E tar xf "$zip")
    app=$(printf '%s\n' "$work"/*/bin/klingstudio.exe)
    # Only what windeployqt put next to the executable: no Qt, no QtKeychain
    # from the build machine.
    strip=("$(cygpath -u "${RUNNER_TEMP:-/nonexistent}")/qtkeychain")
    if [ -n "${QT_ROOT_DIR:-}" ]; then strip+=("$(cygpath -u "$QT_ROOT_DIR")"); fi
    PATH=$(path_without "${strip[@]}")
    export PATH
    unset QT_PLUGIN_PATH QML2_IMPORT_PATH
    ;;
Darwin)
    pkg=$(one_package '*.dmg')
    mkdir "$work/volume"
    hdiutil attach -nobrowse -readonly -noautoopen -mountpoint "$work/volume" "$pkg" >/dev/null
    trap 'hdiutil detach -force "$work/volume" >/dev/null 2>&1 || true' EXIT
    # CFBundleExecutable is the target's OUTPUT_NAME (packaging/CMakeLists.txt).
    app="$work/volume/Kling Studio.app/Contents/MacOS/Kling Studio"
    unset QT_PLUGIN_PATH QML2_IMPORT_PATH
    ;;
*)
    echo "self-test-package: unsupported system $(uname -s)" >&2
    exit 1
    ;;
esac

if [ ! -x "$app" ]; then
    echo "self-test-package: no executable at $app; the package holds:" >&2
    find "$work" -maxdepth 4 >&2
    exit 1
fi
echo "== self-test of $pkg: $app"
# Qt's messages on stderr even where a GUI program has no console (Windows).
QT_FORCE_STDERR_LOGGING=1 "$app" --self-test
